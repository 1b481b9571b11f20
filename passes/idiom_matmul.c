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
 * memory).
 *
 * With an epilogue — the nest does more with each sum than store it
 * (`alpha * dot(...) + beta * c[i, j]`, `dot(...) / (n - 1)`, `i == j ?
 * 1.0 : dot(...)`, the reduction loop then inside an if) — the product goes
 * into a temporary `prod` computed by the kernel before the nest, and the
 * nest keeps everything but the reduction loop, whose accumulator it reads
 * as prod[i, j]:
 *     alloc prod; prod = matmul(a, b); parfor (i, j) { acc = prod[i, j]; ... c[i, j] = ... }
 * Legality: the kernel computes every prod[i, j] as the loop would have
 * (above), and computing it for elements whose condition skips the loop
 * has no effect but the temporary; the rest of the nest runs as before,
 * after instead of interleaved with the products, which changes nothing
 * because it writes neither a nor b (its one store is c[i, j], and c is
 * neither) and reads none of the reduction loop's other variables. */
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

/* Scalar code only: assignments to scalars and checks (and ifs of them). */
static bool scalar_code(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_IF) { if (!scalar_code(&s->if_.then) || !scalar_code(&s->if_.els)) return false; continue; }
        if (!(s->kind == IS_ASSIGN && !s->assign.dst->rank) && s->kind != IS_CHECK) return false;
    }
    return true;
}

/* An if whose branches are scalar code around exactly one loop (the
 * reduction, computed only where the condition asks: `i == j ? 1.0 :
 * dot(...)`): that loop, else NULL. */
static IStmt *loop_in_branches(IStmt *s)
{
    IStmt *found = NULL;
    for (int b = 0; b < 2; b++) {
        PtrList *l = b ? &s->if_.els : &s->if_.then;
        for (int i = 0; i < l->len; i++) {
            IStmt *t = l->items[i];
            if (t->kind == IS_LOOP) { if (found) return NULL; found = t; continue; }
            if (t->kind == IS_IF) {
                IStmt *in = loop_in_branches(t);
                if (in) { if (found) return NULL; found = in; continue; }
                if (!scalar_code(&t->if_.then) || !scalar_code(&t->if_.els)) return NULL;
                continue;
            }
            if (!(t->kind == IS_ASSIGN && !t->assign.dst->rank) && t->kind != IS_CHECK) return NULL;
        }
    }
    return found;
}

/* Replaces the statement old, wherever it is in l (or in its ifs), by new. */
static bool replace_stmt(PtrList *l, const IStmt *old, IStmt *new)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s == old) { l->items[i] = new; return true; }
        if (s->kind == IS_IF && (replace_stmt(&s->if_.then, old, new) || replace_stmt(&s->if_.els, old, new))) return true;
    }
    return false;
}

/* The IS_MATMUL for the nest `lp`, or NULL when it is not the idiom. With
 * an epilogue (the store's value is more than the sum: alpha * sum + beta *
 * c[i, j], say), *epilogue is set and the product goes to a temporary. */
static IStmt *match(IStmt *lp, bool *epilogue, IStmt **inner_out, Reduction **red_out)
{
    *epilogue = false;
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 2 || lp->loop.reds.len) return NULL;
    const Var *i = lp->loop.idx[0], *j = lp->loop.idx[1];
    if (!zero(lp->loop.lo[0]) || !zero(lp->loop.lo[1])) return NULL;
    /* the outer body: one inner reduction loop, one store, scalar
       definitions (and checks) */
    IStmt *inner = NULL, *store = NULL;
    for (int k = 0; k < lp->loop.body.len; k++) {
        IStmt *s = lp->loop.body.items[k];
        if (s->kind == IS_LOOP && !inner) inner = s;
        else if (s->kind == IS_STORE && !store) store = s;
        else if (s->kind == IS_ASSIGN && !s->assign.dst->rank && s->assign.val->kind == IE_VAR) continue;
        else if ((s->kind == IS_ASSIGN && !s->assign.dst->rank) || s->kind == IS_CHECK) *epilogue = true;
        else if (s->kind == IS_IF && !inner && (inner = loop_in_branches(s))) *epilogue = true;
        else return NULL;
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
    if (c->rank != 2 || c->kind == V_VIEW || store->store.n != 2) return NULL;
    if (sv->kind != IE_VAR || sv->var != r->acc) *epilogue = true;
    if (store->store.idx[0]->kind != IE_VAR || store->store.idx[0]->var != i
        || store->store.idx[1]->kind != IE_VAR || store->store.idx[1]->var != j)
        return NULL;
    Var *a = la->load.arr, *b = lb->load.arr;
    TyKind k = r->acc->elem;
    if (a->elem != k || b->elem != k || c->elem != k) return NULL;
    const IExpr *m = lp->loop.hi[0], *n = lp->loop.hi[1], *kk = inner->loop.hi[0];
    if (!(ta ? dims_are(a, kk, m) : dims_are(a, m, kk)) || !(tb ? dims_are(b, n, kk) : dims_are(b, kk, n)))
        return NULL;
    if (may_alias(c, a) || may_alias(c, b)) return NULL;
    if (*epilogue) {
        /* the epilogue runs after the product, in the loop it was in: the
           loop then reads the product's element where it read the sum; it
           must not write a or b (its one store is c[i, j], and c is
           neither) nor read the inner loop's other variables */
        AccessSet w = {0};
        IStmt hole = { .kind = IS_LABEL, .span = inner->span, .label = -1 };   /* accesses nothing */
        replace_stmt(&lp->loop.body, inner, &hole);
        analyze_access_list(&lp->loop.body, NULL, &w);
        replace_stmt(&lp->loop.body, &hole, inner);
        bool ok = !access_writes(&w, a) && !access_writes(&w, b);
        for (int q = 0; q < inner->loop.body.len && ok; q++) {
            const IStmt *d = inner->loop.body.items[q];
            ok = !access_reads(&w, d->assign.dst);
        }
        VEC_FREE(w);
        if (!ok) return NULL;
        *inner_out = inner;
        *red_out = r;
        c = NULL;           /* the caller's temporary */
    } else if (!dims_are(c, m, n)) {
        return NULL;
    }
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

/* The nest with an epilogue: alloc t; t = matmul(a, b); the nest without
 * its inner loop, the accumulator read from t[i, j]. */
static void split_epilogue(IrFunc *f, PtrList *l, int at, IStmt *mm, IStmt *inner, Reduction *r)
{
    IStmt *lp = l->items[at];
    Span s = lp->span;
    Var *t = ir_var(f, "prod", r->acc->elem, 2, V_TEMP, s);
    for (int d = 0; d < 2; d++) {
        const IExpr *h = lp->loop.hi[d];
        if (h->kind == IE_VAR) t->dims[d].var = h->var;
        else t->dims[d].c = h->c.i;
    }
    mm->op->mm.dst = t;
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = t;
    IExpr *ld = ir_expr(IE_LOAD, t->elem, s);
    ld->load.arr = t;
    ld->load.n = 2;
    for (int d = 0; d < 2; d++) ld->load.idx[d] = ir_varref(lp->loop.idx[d], s);
    IStmt *get = ir_stmt(IS_ASSIGN, s);
    get->assign.dst = r->acc;
    get->assign.val = ld;
    replace_stmt(&lp->loop.body, inner, get);
    plist_push(&lp->loop.fused, "matmul kernel");
    plist_insert(l, at, mm);
    plist_insert(l, at, al);
}

static bool is_dim_expr(const IExpr *e) { return e->kind == IE_VAR || e->kind == IE_CONST; }

static void walk(IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        bool epi = false;
        IStmt *inner = NULL;
        Reduction *r = NULL;
        IStmt *mm = match(s, &epi, &inner, &r);
        if (mm && epi) {
            if (!is_dim_expr(s->loop.hi[0]) || !is_dim_expr(s->loop.hi[1])) continue;
            split_epilogue(f, l, i, mm, inner, r);
            i += 2;
            continue;
        }
        if (mm) { l->items[i] = mm; continue; }
        switch (s->kind) {
        case IS_IF: walk(f, &s->if_.then); walk(f, &s->if_.els); break;
        case IS_WHILE: walk(f, &s->while_.pre); walk(f, &s->while_.body); break;
        case IS_LOOP: walk(f, &s->loop.body); break;
        default: break;
        }
    }
}

void pass_idiom_matmul(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) walk(p->funcs.items[fi], &((IrFunc *)p->funcs.items[fi])->body);
}
