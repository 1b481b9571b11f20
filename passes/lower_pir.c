/* lower_pir.c — Domain IR to Parallel IR.
 *
 * Before: DIR (domain nodes as assignment values).  After: no domain nodes;
 * each became `alloc` (unless it writes a caller's result buffer) and a
 * parfor loop nest over the result's extents whose body loads each operand
 * element at the loop indices, computes, and stores.  A reduction becomes an
 * accumulator initialised before a parfor carrying a Reduction. */
#include "passes.h"

typedef struct P { IrFunc *f; PtrList *out; } P;

static void emit(P *p, IStmt *s) { plist_push(p->out, s); }

static IStmt *new_loop(P *p, const Var *shape, Span s)
{
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = shape->rank;
    static const char *names[4] = { "i", "j", "k", "l" };
    for (int d = 0; d < shape->rank; d++) {
        lp->loop.idx[d] = ir_var(p->f, names[d], T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = ir_const_i(T_I64, 0, s);
        lp->loop.hi[d] = ir_ext(shape->dims[d], s);
    }
    return lp;
}

static IExpr *load_at(Var *arr, IStmt *lp, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, arr->elem, s);
    ld->load.arr = arr;
    ld->load.n = arr->rank;
    for (int d = 0; d < arr->rank; d++) ld->load.idx[d] = ir_varref(lp->loop.idx[d], s);
    ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, s);
    return ld;
}

static IStmt *store_at(Var *arr, IStmt *lp, IExpr *val, Span s)
{
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = arr;
    st->store.n = arr->rank;
    for (int d = 0; d < arr->rank; d++) st->store.idx[d] = ir_varref(lp->loop.idx[d], s);
    st->store.val = val;
    ir_resolve_view(&st->store.arr, &st->store.n, st->store.idx, s);
    return st;
}

static IStmt *set(Var *v, IExpr *e, Span s)
{
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = v;
    st->assign.val = e;
    return st;
}

/* Row-major flat index of the loop's indices over `shape`. */
static IExpr *flat_index(IStmt *lp, const Var *shape, Span s)
{
    IExpr *e = ir_varref(lp->loop.idx[0], s);
    for (int d = 1; d < shape->rank; d++) {
        IExpr *m = ir_expr(IE_BINOP, T_I64, s);
        m->op.op = OP_MUL; m->op.opk = T_I64; m->op.a = e; m->op.b = ir_ext(shape->dims[d], s);
        IExpr *a = ir_expr(IE_BINOP, T_I64, s);
        a->op.op = OP_ADD; a->op.opk = T_I64; a->op.a = m; a->op.b = ir_varref(lp->loop.idx[d], s);
        e = a;
    }
    return e;
}

static const char *where(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return arena_printf("line %d", line);
}

static void lower_list(P *p, PtrList *l);

/* A comprehension: allocate its outputs; one parfor over their extents
 * whose indices are the generators (offset by their starts). */
static void lower_gen(P *p, IStmt *st)
{
    IExpr *e = st->assign.val;
    Span s = st->span;
    for (int k = 0; k < e->gen.nout; k++) {
        IStmt *al = ir_stmt(IS_ALLOC, s);
        al->alloc = e->gen.outs[k];
        emit(p, al);
    }
    IStmt *lp = new_loop(p, e->gen.outs[0], s);
    for (int d = 0; d < e->gen.rank; d++) {
        IExpr *lo = e->gen.lo[d];
        if (lo->kind == IE_CONST && lo->c.i == 0) {
            lp->loop.idx[d] = e->gen.idx[d];
            continue;
        }
        IExpr *v = ir_expr(IE_BINOP, T_I64, s);
        v->op.op = OP_ADD; v->op.opk = T_I64; v->op.a = ir_clone_expr(lo); v->op.b = ir_varref(lp->loop.idx[d], s);
        plist_push(&lp->loop.body, set(e->gen.idx[d], v, s));
    }
    lower_list(p, &e->gen.body);
    for (int k = 0; k < e->gen.body.len; k++) plist_push(&lp->loop.body, e->gen.body.items[k]);
    for (int k = 0; k < e->gen.nout; k++) plist_push(&lp->loop.body, store_at(e->gen.outs[k], lp, e->gen.results[k], s));
    plist_push(&lp->loop.fused, arena_printf("comprehension@%s", where(s)));
    emit(p, lp);
}

/* Stream compaction: k = 0; then a LOOP_COMPACT over the operands' shape
 * whose body computes keep and the value and appends the value to dst
 * where keep holds (see LoopKind; codegen allocates dst). */
static void lower_compact(P *p, IStmt *st)
{
    Var *dst = st->assign.dst;
    IExpr *e = st->assign.val;
    Span s = st->span;
    Var *k = dst->dims[0].var;
    k->is_mutable = true;
    emit(p, set(k, ir_const_i(T_I64, 0, s), s));
    IStmt *lp = new_loop(p, e->map.args[0], s);
    lp->loop.kind = LOOP_COMPACT;
    lp->loop.cdst = dst;
    for (int j = 0; j < e->map.n; j++)
        plist_push(&lp->loop.body, set(e->map.elems[j], load_at(e->map.args[j], lp, s), s));
    if (e->map.flat) plist_push(&lp->loop.body, set(e->map.flat, flat_index(lp, e->map.args[0], s), s));
    for (int j = 0; j < e->map.body.len; j++) plist_push(&lp->loop.body, e->map.body.items[j]);
    IStmt *when = ir_stmt(IS_IF, s);
    when->if_.cond = e->map.keep;
    IStmt *app = ir_stmt(IS_STORE, s);
    app->store.arr = dst;
    app->store.n = 1;
    app->store.idx[0] = ir_varref(k, s);
    app->store.val = e->map.result;
    plist_push(&when->if_.then, app);
    IExpr *inc = ir_expr(IE_BINOP, T_I64, s);
    inc->op.op = OP_ADD; inc->op.opk = T_I64; inc->op.a = ir_varref(k, s); inc->op.b = ir_const_i(T_I64, 1, s);
    inc->nowrap = true;
    plist_push(&when->if_.then, set(k, inc, s));
    plist_push(&lp->loop.body, when);
    plist_push(&lp->loop.fused, arena_printf("%s@%s", e->map.what, where(s)));
    emit(p, lp);
}

static void lower_domain(P *p, IStmt *st)
{
    Var *dst = st->assign.dst;
    IExpr *e = st->assign.val;
    Span s = st->span;
    if (e->kind == IE_GEN) { lower_gen(p, st); return; }
    if (e->kind == IE_COMPACT) { lower_compact(p, st); return; }
    if (e->kind == IE_SCAN || e->kind == IE_SORT || e->kind == IE_MATMUL) {
        IStmt *al = ir_stmt(IS_ALLOC, s);
        al->alloc = dst;
        emit(p, al);
        IStmt *op = ir_stmt(e->kind == IE_SCAN ? IS_SCAN : e->kind == IE_SORT ? IS_SORT : IS_MATMUL, s);
        if (e->kind == IE_SCAN) e->scan.dst = dst;
        else if (e->kind == IE_SORT) e->sort.dst = dst;
        else e->mm.dst = dst;
        op->op = e;
        emit(p, op);
        return;
    }
    if (e->kind == IE_REDUCE) {
        Var *arr = e->red.arr;
        IStmt *lp = new_loop(p, arr, s);
        Reduction *r = NEW(Reduction);
        r->op = e->red.op;
        Var *el = ir_var(p->f, arena_printf("%s_e", arr->name), arr->elem, 0, V_TEMP, s);
        plist_push(&lp->loop.body, set(el, load_at(arr, lp, s), s));
        r->value = ir_varref(el, s);
        if (r->op == RED_ARGMIN || r->op == RED_ARGMAX) {
            r->acc = ir_var(p->f, arena_printf("%s_best", dst->name), arr->elem, 0, V_TEMP, s);
            r->idx = dst;
            Var *fi = ir_var(p->f, "flat", T_I64, 0, V_TEMP, s);
            plist_push(&lp->loop.body, set(fi, flat_index(lp, arr, s), s));
            r->lam = ir_varref(fi, s);   /* the flat index of this element */
        } else {
            r->acc = dst;
        }
        if (r->op == RED_LAMBDA) {
            r->pa = e->red.pa;
            r->pb = e->red.pb;
            r->lam = e->red.lam;
            emit(p, set(dst, e->red.init, s));
        }
        plist_push(&lp->loop.reds, r);
        plist_push(&lp->loop.fused, arena_printf("%s@%s", redop_name[r->op], where(s)));
        emit(p, lp);
        return;
    }
    if (dst->kind != V_RESULT && dst->kind != V_VIEW) {
        IStmt *al = ir_stmt(IS_ALLOC, s);
        al->alloc = dst;
        emit(p, al);
    }
    if (e->kind == IE_FILL && !e->fill) return;     /* empty(): allocation only */
    IStmt *lp = new_loop(p, dst, s);
    IExpr *val;
    const char *what;
    switch (e->kind) {
    case IE_MAP:
        for (int k = 0; k < e->map.n; k++)
            plist_push(&lp->loop.body, set(e->map.elems[k], load_at(e->map.args[k], lp, s), s));
        for (int k = 0; k < e->map.body.len; k++) plist_push(&lp->loop.body, e->map.body.items[k]);
        val = e->map.result;
        what = e->map.what;
        break;
    case IE_FILL: val = e->fill; what = "fill"; break;
    case IE_ARANGE: val = ir_varref(lp->loop.idx[0], s); what = "arange"; break;
    case IE_LINSPACE: {
        /* lo + (hi - lo) * k / (n - 1), and lo when n == 1 */
        TyKind k = dst->elem;
        IExpr *kk = ir_expr(IE_CONV, k, s); kk->conv = ir_varref(lp->loop.idx[0], s);
        IExpr *n1 = ir_expr(IE_BINOP, T_I64, s);
        n1->op.op = OP_SUB; n1->op.opk = T_I64; n1->op.a = ir_ext(dst->dims[0], s); n1->op.b = ir_const_i(T_I64, 1, s);
        IExpr *nf = ir_expr(IE_CONV, k, s); nf->conv = n1;
        IExpr *d = ir_expr(IE_BINOP, k, s);
        d->op.op = OP_SUB; d->op.opk = k; d->op.a = ir_clone_expr(e->lin.hi); d->op.b = ir_clone_expr(e->lin.lo);
        IExpr *m = ir_expr(IE_BINOP, k, s); m->op.op = OP_MUL; m->op.opk = k; m->op.a = d; m->op.b = kk;
        IExpr *q = ir_expr(IE_BINOP, k, s); q->op.op = OP_DIV; q->op.opk = k; q->op.a = m; q->op.b = nf;
        IExpr *a = ir_expr(IE_BINOP, k, s); a->op.op = OP_ADD; a->op.opk = k; a->op.a = ir_clone_expr(e->lin.lo); a->op.b = q;
        IExpr *one = ir_expr(IE_BINOP, T_BOOL, s);
        one->op.op = OP_EQ; one->op.opk = T_I64; one->op.a = ir_ext(dst->dims[0], s); one->op.b = ir_const_i(T_I64, 1, s);
        val = ir_expr(IE_SELECT, k, s);
        val->sel.c = one; val->sel.a = ir_clone_expr(e->lin.lo); val->sel.b = a;
        what = "linspace";
        break;
    }
    default:
        ice("unexpected domain node %s", iexpr_kind_name[e->kind]);
    }
    plist_push(&lp->loop.body, store_at(dst, lp, val, s));
    plist_push(&lp->loop.fused, arena_printf("%s@%s", what, where(s)));
    emit(p, lp);
}

static void lower_list(P *p, PtrList *l)
{
    PtrList in = *l, *save = p->out;
    *l = (PtrList){0};
    p->out = l;
    for (int i = 0; i < in.len; i++) {
        IStmt *st = in.items[i];
        switch (st->kind) {
        case IS_ASSIGN:
            if (st->assign.val->kind >= IE_MAP) { lower_domain(p, st); continue; }
            break;
        case IS_STENCIL: lower_stencil_node(p->f, p->out, st); continue;
        case IS_IF: lower_list(p, &st->if_.then); lower_list(p, &st->if_.els); break;
        case IS_LOOP: lower_list(p, &st->loop.body); break;
        case IS_WHILE: lower_list(p, &st->while_.pre); lower_list(p, &st->while_.body); break;
        default: break;
        }
        emit(p, st);
    }
    p->out = save;
}

void lower_pir(IrProgram *prog)
{
    for (int i = 0; i < prog->funcs.len; i++) {
        IrFunc *f = prog->funcs.items[i];
        P p = { f, NULL };
        lower_list(&p, &f->body);
        f->is_pir = true;
    }
}

/* parfors: parallel loop nests (a loop nested in a parfor body runs inside
 * it and is not counted); allocs: every allocation, nested ones included;
 * of versions that the C preprocessor picks between, the one gcc compiles. */
static void count_list(const PtrList *l, bool nested, int *parfors, int *allocs)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC: if (!s->alloc->on_stack) (*allocs)++; break;     /* blocks on the stack are no allocations */
        case IS_LOOP:
            if (s->loop.kind == LOOP_PARFOR && !nested) (*parfors)++;
            count_list(&s->loop.body, nested || s->loop.kind == LOOP_PARFOR, parfors, allocs);
            break;
        case IS_IF:
            /* versions for different C compilers (pass vecmath): one is compiled, count the second */
            if (!s->if_.pp) count_list(&s->if_.then, nested, parfors, allocs);
            count_list(&s->if_.els, nested, parfors, allocs);
            break;
        case IS_WHILE:
            count_list(&s->while_.pre, nested, parfors, allocs);
            count_list(&s->while_.body, nested, parfors, allocs);
            break;
        default: break;
        }
    }
}

void analyze_counts(const IrProgram *p, int *parfors, int *allocs)
{
    *parfors = *allocs = 0;
    for (int i = 0; i < p->funcs.len; i++) count_list(&((IrFunc *)p->funcs.items[i])->body, false, parfors, allocs);
}
