/* idiom_matmul.c — a matrix product written as a loop nest becomes the
 * runtime's tiled kernel.
 *
 * Before/after: PIR.  The nest that `[dot(a[i, ..], b[.., j]) for i in 0..m,
 * j in 0..n]` (or `[sum([a[i, p] * b[p, j] for p in 0..k]) for ...]`) fuses
 * into,
 *     parfor (i in 0..m, j in 0..n) {
 *         parfor (p in 0..k) reduce(sum: acc) { ... acc <sum= a[i, p] * b[p, j] }
 *         c[i, j] = acc
 *     }
 * reads b down its columns, which no vectoriser fixes; it becomes
 *     c = matmul(a, b)
 * (IS_MATMUL), the kernel of the `@` operator, with either operand read as
 * its transpose when the nest indexes it [p, i] or [j, p].
 * Legality: the nest computes, for every (i, j) of c's extents, the sum
 * over p in 0..k of the two loaded elements' product, and nothing else
 * (the outer body is the reduction and the store, up to scalar copies; the
 * inner body only defines scalars); the kernel computes exactly that,
 * adding the products in increasing p (a reduction's order is free, as for
 * any parallel sum); a, b and c are 2-D arrays of one float kind whose
 * extents are the loops' (so every load was in bounds and the kernel reads
 * the same elements), and c is neither a nor b (nor may share their
 * memory).  -O0 skips this pass. */
#include "passes.h"
#include "access.h"

static bool zero(const IExpr *e) { return e->kind == IE_CONST && e->c.i == 0; }

static bool ext_is(const IExpr *e, Ext x)
{
    if (x.var) return e->kind == IE_VAR && e->var == x.var;
    return e->kind == IE_CONST && e->c.i == x.c;
}

/* Follows scalar copies and definitions in a body (each assigned once
 * there): the expression a variable stands for. */
static const IExpr *expand(const IExpr *e, const PtrList *body, int depth)
{
    while (e->kind == IE_VAR && !e->var->rank && depth++ < 16) {
        const IExpr *def = NULL;
        int n = 0;
        for (int i = 0; i < body->len; i++) {
            const IStmt *s = body->items[i];
            if (s->kind == IS_ASSIGN && s->assign.dst == e->var) { def = s->assign.val; n++; }
        }
        if (n != 1) return e;
        e = def;
    }
    return e;
}

/* A load of a 2-D array at [x, y] with x, y loop indices: which of the two
 * is `first` decides the orientation. */
static bool load2(const IExpr *e, const Var *u, const Var *w, bool *swapped)
{
    if (e->kind != IE_LOAD || e->load.n != 2 || e->load.arr->rank != 2 || e->load.arr->kind == V_VIEW) return false;
    const IExpr *x = e->load.idx[0], *y = e->load.idx[1];
    if (x->kind != IE_VAR || y->kind != IE_VAR) return false;
    if (x->var == u && y->var == w) { *swapped = false; return true; }
    if (x->var == w && y->var == u) { *swapped = true; return true; }
    return false;
}

static bool dims_are(const Var *v, const IExpr *d0, const IExpr *d1)
{
    return ext_is(d0, v->dims[0]) && ext_is(d1, v->dims[1]);
}

/* The IS_MATMUL for the nest `lp`, or NULL when it is not the idiom. */
static IStmt *match(IStmt *lp)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 2 || lp->loop.reds.len) return NULL;
    const Var *i = lp->loop.idx[0], *j = lp->loop.idx[1];
    if (!zero(lp->loop.lo[0]) || !zero(lp->loop.lo[1])) return NULL;
    /* the outer body: scalar copies, one inner reduction loop, one store */
    IStmt *inner = NULL, *store = NULL;
    for (int k = 0; k < lp->loop.body.len; k++) {
        IStmt *s = lp->loop.body.items[k];
        if (s->kind == IS_LOOP && !inner) inner = s;
        else if (s->kind == IS_STORE && !store) store = s;
        else if (!(s->kind == IS_ASSIGN && !s->assign.dst->rank && s->assign.val->kind == IE_VAR)) return NULL;
    }
    if (!inner || !store || inner->loop.kind != LOOP_PARFOR || inner->loop.rank != 1 || inner->loop.reds.len != 1
        || !zero(inner->loop.lo[0]))
        return NULL;
    Reduction *r = inner->loop.reds.items[0];
    if (r->op != RED_SUM || !ty_is_float_kind(r->acc->elem) || ty_is_complex_kind(r->acc->elem)) return NULL;
    for (int k = 0; k < inner->loop.body.len; k++) {
        const IStmt *s = inner->loop.body.items[k];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank) return NULL;
    }
    /* the reduced value: a[.] * b[.] */
    const Var *p = inner->loop.idx[0];
    const IExpr *v = expand(r->value, &inner->loop.body, 0);
    if (v->kind != IE_BINOP || v->op.op != OP_MUL || v->op.opk != r->acc->elem) return NULL;
    const IExpr *la = expand(v->op.a, &inner->loop.body, 0), *lb = expand(v->op.b, &inner->loop.body, 0);
    bool ta, tb;
    if (!load2(la, i, p, &ta) || !load2(lb, p, j, &tb)) {
        const IExpr *x = la; la = lb; lb = x;       /* b[p, j] * a[i, p] */
        if (!load2(la, i, p, &ta) || !load2(lb, p, j, &tb)) return NULL;
    }
    /* the store: c[i, j] = the accumulator */
    Var *c = store->store.arr;
    const IExpr *sv = expand(store->store.val, &lp->loop.body, 0);
    if (c->rank != 2 || c->kind == V_VIEW || store->store.n != 2 || sv->kind != IE_VAR || sv->var != r->acc) return NULL;
    if (store->store.idx[0]->kind != IE_VAR || store->store.idx[0]->var != i
        || store->store.idx[1]->kind != IE_VAR || store->store.idx[1]->var != j)
        return NULL;
    Var *a = la->load.arr, *b = lb->load.arr;
    TyKind k = r->acc->elem;
    if (a->elem != k || b->elem != k || c->elem != k) return NULL;
    const IExpr *m = lp->loop.hi[0], *n = lp->loop.hi[1], *kk = inner->loop.hi[0];
    if (!dims_are(c, m, n) || !(ta ? dims_are(a, kk, m) : dims_are(a, m, kk)) || !(tb ? dims_are(b, n, kk) : dims_are(b, kk, n)))
        return NULL;
    if (may_alias(c, a) || may_alias(c, b)) return NULL;
    IExpr *op = ir_expr(IE_MATMUL, k, lp->span);
    op->mm.a = a;
    op->mm.b = b;
    op->mm.dst = c;
    op->mm.ta = ta;
    op->mm.tb = tb;
    IStmt *mm = ir_stmt(IS_MATMUL, lp->span);
    mm->op = op;
    return mm;
}

static void walk(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        IStmt *mm = match(s);
        if (mm) { l->items[i] = mm; continue; }
        switch (s->kind) {
        case IS_IF: walk(&s->if_.then); walk(&s->if_.els); break;
        case IS_WHILE: walk(&s->while_.pre); walk(&s->while_.body); break;
        case IS_LOOP: walk(&s->loop.body); break;
        default: break;
        }
    }
}

void pass_idiom_matmul(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) walk(&((IrFunc *)p->funcs.items[fi])->body);
}
