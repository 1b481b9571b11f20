/* lower_index.c — element indexing, slices and views (compose_view
 * folds a view of a view into one of the underlying array), and
 * own_array, a buffer of its own for an operand that must not be a view. */
#include "lower_dir_int.h"

/* An element index (i64), bounds-checked when asked for or when `always`. */
static IExpr *checked_index(L *l, Expr *x, Ext dim, const char *what, bool always)
{
    IExpr *ix = conv_to(lower_expr(l, x), T_I64);
    if (!(l->p->bounds_check || always)) return ix;
    ix = materialize(l, ix, NULL, x->span);
    IExpr *ok = binop(OP_AND, T_BOOL, T_BOOL,
                      binop(OP_GE, T_BOOL, T_I64, ix, ir_const_i(T_I64, 0, x->span), x->span),
                      binop(OP_LT, T_BOOL, T_I64, ix, ir_ext(dim, x->span), x->span), x->span);
    check(l, ok, x->span, what);
    return ix;
}

/* a[lo..hi, j, ..]: a view of a, no copy.  Bounds are always checked
 * (once, outside any loop over the view). */
Var *lower_slice(L *l, Var *a, Expr *e)
{
    Span s = e->span;
    const char *name = a->name;     /* the source's name in messages, not the snapshot's */
    a = held_buffer(l, a, s);
    int rank = e->ty->rank;
    Var *v = ir_var(l->f, tmpname(l, "slice"), a->elem, rank, V_VIEW, s);
    int r = 0, d = 0;
    for (int ix = 0; ix < e->index.idx.len; ix++) {
        Expr *x = e->index.idx.items[ix];
        if (x->kind == E_RANGE && x->range.newaxis) {   /* an extent of 1 no dimension of a follows */
            v->dims[r++] = (Ext){ NULL, 1 };
            continue;
        }
        if (x->kind != E_RANGE) {
            v->vstart[d] = checked_index(l, x, a->dims[d], arena_printf("index out of bounds in dimension %d of a slice of '%s'",
                                                                        d, name), true);
            v->vmap[d++] = -1;
            continue;
        }
        IExpr *lo = x->range.lo ? materialize(l, conv_to(lower_expr(l, x->range.lo), T_I64), NULL, s) : ir_const_i(T_I64, 0, s);
        IExpr *hi = x->range.hi ? materialize(l, conv_to(lower_expr(l, x->range.hi), T_I64), NULL, s) : ir_ext(a->dims[d], s);
        bool lo0 = lo->kind == IE_CONST && lo->c.i == 0;
        /* in bounds: 0 <= lo and hi <= the extent (then lo < hi <= the
           extent), or empty (hi <= lo) wherever it lies (section 5; NumPy's
           a[1:-1] of an empty a): an empty view has extent 0, and every
           access through it is inside a loop of no iterations */
        IExpr *ok = NULL;
        if (!lo0) ok = binop(OP_GE, T_BOOL, T_I64, lo, ir_const_i(T_I64, 0, s), s);
        if (x->range.hi) {
            IExpr *hok = binop(OP_LE, T_BOOL, T_I64, hi, ir_ext(a->dims[d], s), s);
            ok = ok ? binop(OP_AND, T_BOOL, T_BOOL, ok, hok, s) : hok;
        }
        if (ok && !lo0) ok = binop(OP_OR, T_BOOL, T_BOOL, binop(OP_LE, T_BOOL, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s), ok, s);
        if (ok) check(l, ok, x->span, arena_printf("slice out of bounds in dimension %d of '%s'", d, name));
        Ext ext = lo0 && !x->range.hi ? a->dims[d] : range_extent(l, lo, hi, s);
        v->vstart[d] = ir_clone_expr(lo);
        v->vmap[d] = r;
        v->dims[r++] = ext;
        d++;
    }
    v->base = a;
    compose_view(l, v, s);
    return v;
}

/* v views a view: make it a view of the underlying array. */
void compose_view(L *l, Var *v, Span s)
{
    Var *a = v->base;
    if (a->kind == V_VIEW && a->vcoef[0]) {
        /* a is affine over a rank-1 array: a's index d is v's start there
           plus v's index vmap[d] (or fixed), so v is affine over it too:
           start a.start + sum a.coef[d] * v.start[d], coefficient j the
           sum of a.coef[d] over the d that follow j */
        bool block = a->vrowmajor && view_is_block(v, a->rank, a->dims);    /* a block of a block */
        IExpr *st = a->vstart[0];
        IExpr *co[4];
        for (int j = 0; j < v->rank; j++) co[j] = ir_const_i(T_I64, 0, s);
        for (int d = 0; d < a->rank; d++) {
            st = ix_add(st, ix_mul(ir_clone_expr(a->vcoef[d]), ir_clone_expr(v->vstart[d]), s), s);
            if (v->vmap[d] >= 0) co[v->vmap[d]] = ix_add(co[v->vmap[d]], ir_clone_expr(a->vcoef[d]), s);
        }
        for (int d = 0; d < 4; d++) { v->vstart[d] = NULL; v->vmap[d] = 0; v->vcoef[d] = NULL; }
        v->vstart[0] = materialize(l, st, NULL, s);
        for (int j = 0; j < v->rank; j++) v->vcoef[j] = materialize(l, co[j], NULL, s);
        v->vrowmajor = block;
        v->base = a->base;
        v->reshaped = true;
        return;
    }
    if (a->kind == V_VIEW) {
        Var *b = a->base;
        IExpr *st[4];
        int mp[4];
        for (int bd = 0; bd < b->rank; bd++) {
            int ad = a->vmap[bd];
            if (ad < 0) { st[bd] = a->vstart[bd]; mp[bd] = -1; continue; }
            /* a's dimension ad is v's base dimension ad */
            IExpr *vs = v->vstart[ad];
            if (vs->kind == IE_CONST && vs->c.i == 0) st[bd] = a->vstart[bd];
            else if (a->vstart[bd]->kind == IE_CONST && a->vstart[bd]->c.i == 0) st[bd] = vs;
            else st[bd] = materialize(l, binop(OP_ADD, T_I64, T_I64, ir_clone_expr(a->vstart[bd]), ir_clone_expr(vs), s), NULL, s);
            mp[bd] = v->vmap[ad];
        }
        for (int bd = 0; bd < b->rank; bd++) { v->vstart[bd] = st[bd]; v->vmap[bd] = mp[bd]; }
        v->base = b;
    }
}

/* A copy of a view as an array of its own (where a pointer is needed). */
Var *own_array(L *l, Var *v, Span s)
{
    if (v->kind != V_VIEW) return v;
    IExpr *op = ir_varref(v, s);
    MapB mb;
    map_begin(l, &mb, 1, &op, s, "copy");
    return map_end(l, &mb, op)->var;
}


IExpr *lower_index(L *l, Expr *e)
{
    if (l->st && e->index.base->kind == E_NAME && e->index.base->name.sym && e->index.base->name.sym->kind == SYM_STENCIL)
        return stencil_load(l, e);
    Var *a = lower_expr(l, e->index.base)->var;
    if (is_mask_index(e)) return lower_mask_read(l, a, e->index.idx.items[0], e->span);
    if (e->ty->kind == T_ARRAY && a->rank == 1 && e->index.idx.len == 1
        && ((Expr *)e->index.idx.items[0])->kind != E_RANGE) {
        /* gather: a map over the index array; indices are data, always checked */
        Expr *x = e->index.idx.items[0];
        IExpr *op = lower_expr(l, x);
        MapB mb;
        map_begin(l, &mb, 1, &op, e->span, "gather");
        PtrList *save = l->out;
        l->out = &mb.map->map.body;
        IExpr *ix = materialize(l, conv_to(op, T_I64), NULL, x->span);
        IExpr *ok = binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GE, T_BOOL, T_I64, ix, ir_const_i(T_I64, 0, x->span), x->span),
                          binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(ix), ir_ext(a->dims[0], x->span), x->span), x->span);
        check(l, ok, x->span, arena_printf("index out of bounds in a gather from '%s'", a->name));
        l->out = save;
        IExpr *ld = ir_expr(IE_LOAD, a->elem, e->span);
        ld->load.arr = a;
        ld->load.n = 1;
        ld->load.idx[0] = ir_clone_expr(ix);
        ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, e->span);
        return map_end(l, &mb, ld);
    }
    if (e->ty->kind == T_ARRAY) return ir_varref(lower_slice(l, a, e), e->span);
    IExpr *ld = ir_expr(IE_LOAD, a->elem, e->span);
    ld->load.arr = a;
    ld->load.n = e->index.idx.len;
    for (int i = 0; i < ld->load.n; i++)
        ld->load.idx[i] = checked_index(l, e->index.idx.items[i], a->dims[i],
                                        arena_printf("index out of bounds for dimension %d of '%s'", i, a->name), false);
    ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, e->span);
    return ld;
}
