/* lower_mask.c — boolean masks in Domain IR (LANGUAGE.md section 14):
 * mask reads a[m] and where(m) as compaction nodes, mask stores a[m] = e
 * and a[m] op= e as in-place maps. */
#include "lower_dir_int.h"

/* A compaction node: the elements of src (or, with src NULL, their flat
 * row-major positions) where the bool array `mask` holds, as a new rank-1
 * array whose extent is a fresh variable (known once the node has run).
 * The fuse-mask pass moves the map that computes the mask into it. */
static IExpr *compaction(L *l, Var *src, IExpr *mask, Span s, const char *what)
{
    Var *m = mask->var;
    if (src) check_same_shape(l, src, m, s, what);
    IExpr *c = ir_expr(IE_COMPACT, src ? src->elem : T_I64, s);
    int n = src && src != m ? 2 : 1;
    c->map.args = arena_alloc(sizeof(Var *) * (size_t)n);
    c->map.elems = arena_alloc(sizeof(Var *) * (size_t)n);
    c->map.args[0] = m;
    c->map.elems[0] = ir_var(l->f, arena_printf("%s_e", m->name), T_BOOL, 0, V_TEMP, s);
    c->map.keep = ir_varref(c->map.elems[0], s);
    if (n == 2) {
        c->map.args[1] = src;
        c->map.elems[1] = ir_var(l->f, arena_printf("%s_e", src->name), src->elem, 0, V_TEMP, s);
    }
    if (src) {
        c->map.result = ir_varref(c->map.elems[n - 1], s);
    } else {
        c->map.flat = ir_var(l->f, "flat", T_I64, 0, V_INDEX, s);
        c->map.result = ir_varref(c->map.flat, s);
    }
    c->map.n = n;
    c->map.what = what;
    Ext k = { ir_var(l->f, tmpname(l, "nkept"), T_I64, 0, V_TEMP, s), 0 };
    return ir_varref(emit_domain(l, c, c->ty, 1, &k, s), s);
}

IExpr *lower_mask_read(L *l, Var *a, Expr *mask, Span s)
{
    return compaction(l, a, lower_expr(l, mask), s, "mask");
}

IExpr *lower_where(L *l, Expr *mask, Span s)
{
    return compaction(l, NULL, lower_expr(l, mask), s, "where");
}

/* a[m] = e, a[m] op= e: an in-place map over all of a whose element is
 * m ? new : old, a C conditional, so `new` (e's element, or old op e's) is
 * evaluated only where m holds: a[m] /= d with d zero where m does not hold
 * is no error.  Sema made the value of a[m] op= e the binary a op e. */
void lower_mask_store(L *l, Stmt *s)
{
    Span sp = s->span;
    Expr *tg = s->assign.target, *ve = s->assign.value, *bin = NULL;
    if (s->assign.op != OP_ASSIGN) { bin = ve; ve = bin->op.b; }
    Var *a = lower_expr(l, tg->index.base)->var;
    IExpr *m = lower_expr(l, tg->index.idx.items[0]);
    check_same_shape(l, a, m->var, tg->span, "mask store");
    a = held_buffer(l, a, sp);
    Var *view = ir_var(l->f, tmpname(l, "all"), a->elem, a->rank, V_VIEW, sp);
    for (int d = 0; d < a->rank; d++) {
        view->dims[d] = a->dims[d];
        view->vstart[d] = ir_const_i(T_I64, 0, sp);
        view->vmap[d] = d;
    }
    view->base = a;
    compose_view(l, view, sp);
    IExpr *v = lower_expr(l, ve);
    if (v->kind == IE_VAR && v->var->rank) v = read_first(l, view, v, sp);
    /* a scalar value is evaluated once, before any element is stored: one
       that reads a (x[m] += x[0]) must see the old element (found by make fuzz) */
    else v = materialize(l, v, NULL, sp);
    IExpr *ops[3] = { ir_varref(view, sp), m, v };
    MapB mb;
    map_begin(l, &mb, 3, ops, sp, "mask store");
    if (mb.rank != a->rank) {
        diag_error(ve->span, "a mask store takes a scalar or an array of the shape of '%s'", a->name);
        call_notes(l);
        return;
    }
    IExpr *nv;
    if (bin) {
        TyKind opk = bin->op.opk;
        IExpr *b = bin->op.op == OP_SHL || bin->op.op == OP_SHR ? conv_to(ops[2], T_I64) : conv_to(ops[2], opk);
        nv = conv_to(binop(bin->op.op, elem_kind(bin->ty), opk, conv_to(ops[0], opk), b, sp), a->elem);
    } else {
        nv = conv_to(ops[2], a->elem);
    }
    IExpr *sel = ir_expr(IE_SELECT, a->elem, sp);
    sel->sel.c = ops[1];
    sel->sel.a = nv;
    sel->sel.b = ir_clone_expr(ops[0]);
    mb.map->map.result = sel;
    mb.map->ty = a->elem;
    view->written = true;
    if (view->base->kind == V_PARAM) view->base->written = true;
    assign(l, view, mb.map, sp);
}
