/* lower_stencil.c — runStencil to a rounds loop of parfors: the kernel's
 * footprint, the interior loop, border slabs per boundary mode, rotation. */
#include "lower_dir_int.h"

/* ---- runStencil ---- */

static int64_t stencil_off(Expr *x)
{
    return x->kind == E_INT ? (int64_t)x->ival : -(int64_t)x->op.a->ival;
}

/* The kernel's smallest and largest read offset per dimension. */
static void footprint_expr(Expr *e, int64_t *lo, int64_t *hi);
static void footprint_stmts(PtrList *l, int64_t *lo, int64_t *hi)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_LET: case S_VAR: footprint_expr(s->let.init, lo, hi); break;
        case S_ASSIGN: footprint_expr(s->assign.target, lo, hi); footprint_expr(s->assign.value, lo, hi); break;
        case S_IF: footprint_expr(s->if_.cond, lo, hi); footprint_stmts(&s->if_.then, lo, hi); footprint_stmts(&s->if_.els, lo, hi); break;
        case S_FOR: footprint_expr(s->for_.range, lo, hi); footprint_stmts(&s->for_.body, lo, hi); break;
        case S_WHILE: footprint_expr(s->while_.cond, lo, hi); footprint_stmts(&s->while_.body, lo, hi); break;
        case S_EXPR: footprint_expr(s->expr, lo, hi); break;
        default: break;
        }
    }
}

static void footprint_expr(Expr *e, int64_t *lo, int64_t *hi)
{
    if (!e) return;
    switch (e->kind) {
    case E_INDEX:
        if (e->index.base->kind == E_NAME && e->index.base->name.sym && e->index.base->name.sym->kind == SYM_STENCIL) {
            for (int d = 0; d < e->index.idx.len; d++) {
                int64_t o = stencil_off(e->index.idx.items[d]);
                if (o < lo[d]) lo[d] = o;
                if (o > hi[d]) hi[d] = o;
            }
            return;
        }
        footprint_expr(e->index.base, lo, hi);
        for (int d = 0; d < e->index.idx.len; d++) footprint_expr(e->index.idx.items[d], lo, hi);
        return;
    case E_UNARY: footprint_expr(e->op.a, lo, hi); return;
    case E_BINARY: footprint_expr(e->op.a, lo, hi); footprint_expr(e->op.b, lo, hi); return;
    case E_COND: footprint_expr(e->op.c, lo, hi); footprint_expr(e->op.a, lo, hi); footprint_expr(e->op.b, lo, hi); return;
    case E_CALL: for (int i = 0; i < e->call.args.len; i++) footprint_expr(e->call.args.items[i], lo, hi); return;
    case E_BLOCK: footprint_stmts(&e->block.stmts, lo, hi); footprint_expr(e->block.value, lo, hi); return;
    /* reads inside a comprehension, an array literal, a tuple, a range or
       a lambda count as well (a comprehension's were missed: the interior
       then read past the buffer; found writing tests/e2e/stencil_kernel_array) */
    case E_RANGE: footprint_expr(e->range.lo, lo, hi); footprint_expr(e->range.hi, lo, hi); return;
    case E_TUPLE: case E_ARRAYLIT:
        for (int i = 0; i < e->tuple.len; i++) footprint_expr(e->tuple.items[i], lo, hi);
        return;
    case E_COMPREH:
        for (int i = 0; i < e->comp.gens.len; i++) {
            Gen *g = e->comp.gens.items[i];
            footprint_expr(g->range, lo, hi);
            footprint_expr(g->over, lo, hi);
        }
        footprint_expr(e->comp.body, lo, hi);
        return;
    case E_LAMBDA: footprint_expr(e->lambda.body, lo, hi); return;
    case E_INT: case E_FLOAT: case E_BOOL: case E_NAME: case E_TYPENAME: case E_SYMBOL: case E_STENCIL:
        return;
    }
}

/* p[o...]: the element at the cursor plus o, mapped by the boundary mode. */
IExpr *stencil_load(L *l, Expr *e)
{
    StCtx *st = l->st;
    Var *b = st->cur[e->index.base->name.sym->param_index];
    Span s = e->span;
    if (st->mode == ST_NODE) {
        /* the kernel of a stencil node: the offsets, mapped in lower-pir */
        IExpr *r = ir_expr(IE_SLOAD, b->elem, s);
        r->sload.arr = b;
        r->sload.n = b->rank;
        for (int d = 0; d < b->rank; d++) r->sload.off[d] = stencil_off(e->index.idx.items[d]);
        return r;
    }
    int64_t off[4];
    for (int d = 0; d < b->rank; d++) off[d] = stencil_off(e->index.idx.items[d]);
    return stencil_read(b, st->idx, off, st->mode, s);
}

/* One loop nest over a box of the buffers, running the kernel (or, for the
 * border of :oob_dst_zero, storing 0 to the written buffers). */
static IStmt *stencil_loop(L *l, Expr *e, IExpr **lo, IExpr **hi, int mode, bool zero, Span s)
{
    StCtx *st = l->st;
    int r = e->stencil.rank;
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = r;
    static const char *nm[4] = { "i", "j", "k", "l" };
    for (int d = 0; d < r; d++) {
        lp->loop.idx[d] = ir_var(l->f, nm[d], T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = lo[d];
        lp->loop.hi[d] = hi[d];
        st->idx[d] = lp->loop.idx[d];
    }
    st->mode = mode;
    PtrList *save = l->out;
    l->out = &lp->loop.body;
    if (zero) {
        for (int p = 0; p < e->stencil.nbuf; p++) {
            if (!e->stencil.written[p]) continue;
            IStmt *z = ir_stmt(IS_STORE, s);
            z->store.arr = st->cur[p];
            z->store.n = r;
            for (int d = 0; d < r; d++) z->store.idx[d] = ir_varref(lp->loop.idx[d], s);
            z->store.val = conv_to(ir_const_i(T_I64, 0, s), st->cur[p]->elem);
            emit(l, z);
        }
    } else {
        lower_stmts(l, &e->stencil.body, false);
    }
    l->out = save;
    int line, col;
    span_linecol(s, &line, &col);
    plist_push(&lp->loop.fused, arena_printf("%s@line %d", mode < 0 ? "stencil interior" : zero ? "border :oob_dst_zero"
                                             : arena_printf("border :%s", stencil_mode_name[mode]), line));
    return lp;
}

/* The stencil as a Domain IR node (lowered by lower-pir): the kernel is
 * lowered once, its reads of the buffers as offsets (IE_SLOAD). NULL when
 * the kernel holds more than scalar statements (a whole-array operation):
 * then the caller expands the rounds here, the kernel lowered per region. */
static IExpr *stencil_node(L *l, Expr *e, StCtx *st, IExpr *iters, Var **args, const int64_t *flo,
                           const int64_t *fhi, bool value)
{
    Span s = e->span;
    int nb = e->stencil.nbuf, r = e->stencil.rank;
    IStmt *n = ir_stmt(IS_STENCIL, s);
    n->sten.rank = r;
    n->sten.nbuf = nb;
    n->sten.mode = e->stencil.mode;
    n->sten.cur = st->cur;
    n->sten.written = arena_alloc(sizeof(bool) * (size_t)nb);
    for (int p = 0; p < nb; p++) n->sten.written[p] = e->stencil.written[p];
    n->sten.perm = e->stencil.perm;
    n->sten.rounds = ir_clone_expr(iters);
    static const char *nm[4] = { "i", "j", "k", "l" };
    for (int d = 0; d < r; d++) {
        n->sten.idx[d] = st->idx[d] = ir_var(l->f, nm[d], T_I64, 0, V_INDEX, s);
        n->sten.flo[d] = flo[d];
        n->sten.fhi[d] = fhi[d];
    }
    st->mode = ST_NODE;
    StCtx *save_st = l->st;
    PtrList *save = l->out;
    l->st = st;
    l->out = &n->sten.body;
    int errors = diag_error_count();
    lower_stmts(l, &e->stencil.body, false);
    l->out = save;
    l->st = save_st;
    st->mode = -1;
    /* (after an error the node stays: lowering the kernel again would
       report it again) */
    if (!ir_clonable_stmts(&n->sten.body) && diag_error_count() == errors) return NULL;
    if (e->stencil.perm && value) {
        Var *res = ir_var(l->f, arena_printf("%s_last", st->cur[0]->name), args[0]->elem, r, V_LOCAL, s);
        res->is_mutable = true;
        for (int d = 0; d < r; d++) res->dims[d] = args[0]->dims[d];
        assign(l, res, ir_varref(args[0], s), s);     /* with no round: the first buffer */
        n->sten.last = res;
    }
    emit(l, n);
    return ir_varref(n->sten.last ? n->sten.last : st->cur[0], s);
}

static IExpr *stencil_rounds(L *l, Expr *e, bool value, Var **args);

IExpr *lower_stencil(L *l, Expr *e, bool value)
{
    int nb = e->stencil.nbuf;
    Var **args = arena_alloc(sizeof(Var *) * (size_t)nb);
    Var *view0 = NULL;
    for (int i = 0; i < nb; i++) {
        Span as = ((Expr *)e->stencil.args.items[i])->span;
        args[i] = lower_expr(l, e->stencil.args.items[i])->var;
        if (args[i]->kind == V_VIEW) {
            /* sema admits a view (a let or var naming a slice or transpose)
               only as a buffer no round writes and with no rotation: the
               rounds read a snapshot of it, which holds the same elements
               while they run (a buffer they write is another array, or
               aliased buffers, whose order is undefined anyway). A written
               one sema did not see as a view (through an inlined call) is
               refused here: a snapshot would lose the writes */
            if (e->stencil.written[i] || e->stencil.perm) {
                diag_error(as, "this buffer is a view of another array's memory (a slice or a transpose), "
                           "and the stencil writes it; pass copy(...) for a buffer of its own");
                return ir_varref(args[i], e->span);
            }
            if (i == 0) view0 = args[i];
            args[i] = own_array(l, args[i], as);
        }
        if (i) check_same_shape(l, args[0], args[i], as, "runStencil (buffers)");
    }
    IExpr *v = stencil_rounds(l, e, value, args);
    /* the value is the first buffer (no rotation): the view itself, not the snapshot */
    return view0 ? ir_varref(view0, e->span) : v;
}

/* The rounds of runStencil e over the buffers args (whole arrays). */
static IExpr *stencil_rounds(L *l, Expr *e, bool value, Var **args)
{
    Span s = e->span;
    int nb = e->stencil.nbuf, r = e->stencil.rank;
    IExpr *iters = e->stencil.iters ? materialize(l, conv_to(lower_expr(l, e->stencil.iters), T_I64), NULL, s)
                                    : ir_const_i(T_I64, 1, s);
    if (iters->kind == IE_CONST && iters->c.i < 0) { diag_error(e->stencil.iters->span, "negative iteration count"); call_notes(l); }
    else if (iters->kind != IE_CONST)
        check(l, binop(OP_GE, T_BOOL, T_I64, ir_clone_expr(iters), ir_const_i(T_I64, 0, s), s), e->stencil.iters->span,
              "negative iteration count in runStencil");
    /* the buffer each parameter is bound to (rotated between rounds) */
    StCtx st = { .e = e, .fr = l->fr, .mode = -1 };
    st.cur = arena_alloc(sizeof(Var *) * (size_t)nb);
    for (int i = 0; i < nb; i++) {
        Ident *p = e->stencil.params.items[i];
        Var *v = ir_var(l->f, p->name, args[i]->elem, r, V_LOCAL, p->span);
        v->is_mutable = true;
        for (int d = 0; d < r; d++) v->dims[d] = args[0]->dims[d];
        assign(l, v, ir_varref(args[i], s), s);
        st.cur[i] = v;
    }
    for (int d = 0; d < r; d++) st.dims[d] = args[0]->dims[d];
    int64_t flo[4] = {0}, fhi[4] = {0};
    footprint_stmts(&e->stencil.body, flo, fhi);
    IExpr *node = stencil_node(l, e, &st, iters, args, flo, fhi, value);
    if (node) return node;
    /* the interior [lo, hi) needs no boundary handling */
    IExpr *ilo[4], *ihi[4], *full[4];
    for (int d = 0; d < r; d++) {
        ilo[d] = ir_const_i(T_I64, flo[d] < 0 ? -flo[d] : 0, s);
        IExpr *n = ir_ext(st.dims[d], s);
        full[d] = n;
        ihi[d] = fhi[d] > 0 ? materialize(l, binop(OP_SUB, T_I64, T_I64, ir_clone_expr(n), ir_const_i(T_I64, fhi[d], s), s), NULL, s)
                            : ir_clone_expr(n);
    }
    IStmt *rounds = ir_stmt(IS_LOOP, s);
    rounds->loop.kind = LOOP_ROUNDS;
    rounds->loop.rank = 1;
    rounds->loop.idx[0] = ir_var(l->f, "iter", T_I64, 0, V_INDEX, s);
    rounds->loop.lo[0] = ir_const_i(T_I64, 0, s);
    rounds->loop.hi[0] = ir_clone_expr(iters);
    StCtx *save_st = l->st;
    l->st = &st;
    PtrList *save = l->out;
    l->out = &rounds->loop.body;
    emit(l, stencil_loop(l, e, ilo, ihi, -1, false, s));
    if (e->stencil.mode != ST_SKIP) {
        /* the border: for each dimension d, the slabs below and above the
         * interior (earlier dimensions interior, later ones whole) */
        for (int d = 0; d < r; d++) {
            if (flo[d] == 0 && fhi[d] == 0) continue;
            for (int side = 0; side < 2; side++) {
                if ((side == 0 && flo[d] == 0) || (side == 1 && fhi[d] == 0)) continue;
                IExpr *blo[4], *bhi[4];
                for (int q = 0; q < r; q++) {
                    if (q < d) { blo[q] = ir_clone_expr(ilo[q]); bhi[q] = ir_clone_expr(ihi[q]); }
                    else if (q > d) { blo[q] = ir_const_i(T_I64, 0, s); bhi[q] = ir_clone_expr(full[q]); }
                }
                if (side == 0) {
                    /* [0, min(lo, n)) */
                    IExpr *m = ir_expr(IE_SELECT, T_I64, s);
                    m->sel.c = binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(ilo[d]), ir_clone_expr(full[d]), s);
                    m->sel.a = ir_clone_expr(ilo[d]);
                    m->sel.b = ir_clone_expr(full[d]);
                    blo[d] = ir_const_i(T_I64, 0, s);
                    bhi[d] = materialize(l, m, NULL, s);
                } else {
                    /* [max(hi, lo), n) */
                    IExpr *m = ir_expr(IE_SELECT, T_I64, s);
                    m->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(ihi[d]), ir_clone_expr(ilo[d]), s);
                    m->sel.a = ir_clone_expr(ihi[d]);
                    m->sel.b = ir_clone_expr(ilo[d]);
                    blo[d] = materialize(l, m, NULL, s);
                    bhi[d] = ir_clone_expr(full[d]);
                }
                emit(l, stencil_loop(l, e, blo, bhi, e->stencil.mode, e->stencil.mode == ST_DST_ZERO, s));
            }
        }
    }
    /* the value: the buffer bound to the first parameter in the last round
     * (with no round: the first buffer) */
    Var *res = NULL;
    if (e->stencil.perm && value) {
        res = ir_var(l->f, arena_printf("%s_last", st.cur[0]->name), args[0]->elem, r, V_LOCAL, s);
        res->is_mutable = true;
        for (int d = 0; d < r; d++) res->dims[d] = args[0]->dims[d];
        assign(l, res, ir_varref(st.cur[0], s), s);
    }
    if (e->stencil.perm) {
        /* rotation: parameter j is bound to the buffer returned in position j */
        Var **tmp = arena_alloc(sizeof(Var *) * (size_t)nb);
        for (int j = 0; j < nb; j++) {
            tmp[j] = ir_var(l->f, arena_printf("%s_next", st.cur[j]->name), st.cur[j]->elem, r, V_LOCAL, s);
            tmp[j]->is_mutable = true;
            for (int d = 0; d < r; d++) tmp[j]->dims[d] = args[0]->dims[d];
            assign(l, tmp[j], ir_varref(st.cur[e->stencil.perm[j]], s), s);
        }
        for (int j = 0; j < nb; j++) assign(l, st.cur[j], ir_varref(tmp[j], s), s);
    }
    l->out = save;
    l->st = save_st;
    if (res) assign(l, res, ir_varref(args[0], s), s);     /* before the rounds */
    emit(l, rounds);
    return ir_varref(res ? res : st.cur[0], s);
}
