/* rowchunks.c — a loop over rows by chunks, each chunk adding into bins of
 * its own, with the loop that makes what a row reads (the producer) moved
 * into the chunks; shared by groupby.c (sums by key) and interchange.c
 * (sums down columns).
 *
 *     rows = max(hi - lo, 0); nchunks (the caller's choice, from rows)
 *     parfor (t in 0..nchunks) {                    (equal chunks, static)
 *         i0 = lo + t * (rows / nchunks) + min(t, rows % nchunks)
 *         i1 = i0 + rows / nchunks + (t < rows % nchunks)
 *         for (i in i0..i1) { the producer's body for row i; the caller's part }
 *     }
 * The chunks partition lo..hi (each row in exactly one chunk, in
 * increasing order inside it) whenever nchunks >= 1.
 *
 * The producer (rowchunks_producer_ok has the legality argument) is the
 * parfor right before the loop that reads it, over the same rows, storing
 * only at its own row; the row's part reads its arrays only at that row. */
#include "passes.h"
#include "access.h"

typedef struct Prod { const IStmt *p; PtrList arrs; bool bad; } Prod;

/* Every store of p at p's own row (rank 1, index p's index), anywhere in its body. */
static void prod_stores(Prod *pr, const PtrList *l)
{
    const Var *i = pr->p->loop.idx[0];
    for (int k = 0; k < l->len && !pr->bad; k++) {
        const IStmt *s = l->items[k];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank || s->assign.val->kind >= IE_MAP) pr->bad = true;
            break;
        case IS_STORE:
            if (s->store.n != 1 || s->store.arr->rank != 1 || s->store.arr->kind == V_VIEW || s->store.arr->reshaped
                || s->store.idx[0]->kind != IE_VAR || s->store.idx[0]->var != i)
                pr->bad = true;
            else plist_push(&pr->arrs, s->store.arr);
            break;
        case IS_IF: prod_stores(pr, &s->if_.then); prod_stores(pr, &s->if_.els); break;
        case IS_LOOP:
            if (s->loop.kind != LOOP_SERIAL && s->loop.kind != LOOP_PARFOR) pr->bad = true;
            else prod_stores(pr, &s->loop.body);
            break;
        default: pr->bad = true; break;     /* checks, jumps, allocations, whiles, ... */
        }
    }
}

static bool prod_writes(const Prod *pr, const Var *a)
{
    for (int k = 0; k < pr->arrs.len; k++)
        if (pr->arrs.items[k] == a) return true;
    return false;
}

typedef struct Own { const Prod *pr; const Var *j; bool bad; } Own;

/* the row's part reads p's arrays only at its own row j, and only as elements */
static void own_rows(IExpr **slot, void *ctx)
{
    Own *o = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var->rank && prod_writes(o->pr, e->var)) o->bad = true;
    if (e->kind == IE_LOAD && prod_writes(o->pr, e->load.arr)
        && (e->load.n != 1 || e->load.idx[0]->kind != IE_VAR || e->load.idx[0]->var != o->j))
        o->bad = true;
}

/* Can the parfor l[at - 1] (the producer p: it computes, row by row, what
 * the row loop `inner` of the statement at l[at] reads) run inside the
 * chunks that replace inner, each row made and used in one visit?
 * Legality: p is a parfor (its rows are independent, any order is its
 * meaning) over the rows inner walks (the same bounds), so the chunks,
 * which partition those rows, run each of p's rows exactly once (the
 * caller makes at least one chunk when there are rows); p stores only at
 * its own row, and inner reads p's arrays only at its own row, so the
 * row's elements are made before they are read in the same visit and no
 * visit reads another row's (in any order of the visits, the values read
 * are those p made); p reads nothing the chunks write (their bins are new
 * arrays) and runs no check, jump or allocation (whose order would
 * change); nothing is between p and the statement.  The statement's other
 * parts run after all the chunks, when p's arrays are complete, as they
 * ran after p.  Not under --mpi (distribute splits the parfors that are
 * left). */
bool rowchunks_producer_ok(const IrProgram *prog, const PtrList *l, int at, const IStmt *inner)
{
    if (prog->mpi || at < 1) return false;
    const IStmt *p = l->items[at - 1];
    if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR || p->loop.rank != 1 || p->loop.reds.len || p->loop.whole)
        return false;
    if (!ir_same_atom(p->loop.lo[0], inner->loop.lo[0]) || !ir_same_atom(p->loop.hi[0], inner->loop.hi[0])) return false;
    Prod pr = { p, {0}, false };
    prod_stores(&pr, &p->loop.body);
    bool ok = !pr.bad && pr.arrs.len;
    Own o = { &pr, inner->loop.idx[0], false };
    ir_walk_stmts((PtrList *)&inner->loop.body, own_rows, &o);
    for (int q = 0; q < inner->loop.reds.len; q++) ir_walk_expr(&((Reduction *)inner->loop.reds.items[q])->value, own_rows, &o);
    return ok && !o.bad;
}

/* Is v assigned anywhere in l (the access analysis: scalars, indices, accumulators)? */
static bool assigns(const PtrList *l, const Var *v)
{
    AccessSet w = {0};
    analyze_access_list(l, NULL, &w);
    bool r = access_writes(&w, v);
    VEC_FREE(w);
    return r;
}

typedef struct Fwd { const Var *arr, *i; const IExpr *val; } Fwd;
static void fwd_load(IExpr **slot, void *ctx)
{
    Fwd *w = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_LOAD && e->load.arr == w->arr && e->load.n == 1 && e->load.idx[0]->kind == IE_VAR
        && e->load.idx[0]->var == w->i)
        *slot = ir_clone_expr(w->val);
}

/* In a row's visit (body: the producer's statements, then from `from` the
 * row's part), the row's part reads what the producer stored at the row
 * from the value stored: a store `a[i] = v` at the top level of the
 * producer's body, v a constant or a scalar no later statement of the
 * producer assigns, is the element's last store there (a later store to a
 * at the row would have to be another top-level store: any store is at
 * the row, rowchunks_producer_ok), so a[i] holds v when the row's part
 * runs.  The array may then be dead (dce-3 removes it: k-means' `assign`,
 * atax's `tmp`). */
static void forward_rows(const IStmt *prod, PtrList *body, int from)
{
    const PtrList *pl = &prod->loop.body;
    for (int k = 0; k < pl->len; k++) {
        const IStmt *st = pl->items[k];
        if (st->kind != IS_STORE) continue;
        const IExpr *v = st->store.val;
        bool ok = v->kind == IE_CONST || (v->kind == IE_VAR && !v->var->rank);
        PtrList rest = { (void **)pl->items + k + 1, pl->len - k - 1, 0 };
        if (ok && v->kind == IE_VAR && assigns(&rest, v->var)) ok = false;
        for (int q = k + 1; ok && q < pl->len; q++) {          /* a later store to the array, anywhere */
            const IStmt *t = pl->items[q];
            if (t->kind == IS_STORE ? t->store.arr == st->store.arr : t->kind != IS_ASSIGN) {
                AccessSet w = {0};
                analyze_access(t, NULL, &w);
                if (access_writes(&w, st->store.arr)) ok = false;
                VEC_FREE(w);
            }
        }
        if (!ok) continue;
        Fwd w = { st->store.arr, prod->loop.idx[0], v };
        PtrList part = { body->items + from, body->len - from, 0 };
        ir_walk_stmts(&part, fwd_load, &w);
    }
}

static IExpr *ibin(Op op, TyKind ty, IExpr *a, IExpr *b, Span s)
{
    return ir_binop(op, ty, op == OP_AND ? T_BOOL : T_I64, a, b, s);
}

Var *rowchunks_temp(IrFunc *f, PtrList *out, const char *name, IExpr *e, Span s)
{
    Var *v = ir_var(f, name, e->ty, 0, V_TEMP, s);
    plist_push(out, ir_assign(v, e, s));
    return v;
}

Var *rowchunks_rows(IrFunc *f, PtrList *pre, const IExpr *lo, const IExpr *hi, Span s)
{
    return rowchunks_temp(f, pre, "rows", ir_select(T_I64, ibin(OP_LT, T_BOOL, ir_clone_expr(hi), ir_clone_expr(lo), s),
                                                    ir_const_i(T_I64, 0, s),
                                                    ibin(OP_SUB, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s), s), s);
}

IStmt *rowchunks_loop(IrFunc *f, PtrList *pre, Var *rows, Var *nch, const IExpr *lo, const char *name, IStmt *prod,
                      IStmt **elems_out, Span s)
{
    IExpr *some = ibin(OP_GT, T_BOOL, ir_varref(nch, s), ir_const_i(T_I64, 0, s), s);
    Var *base = rowchunks_temp(f, pre, "chunk", ir_select(T_I64, some, ibin(OP_DIV, T_I64, ir_varref(rows, s), ir_varref(nch, s), s),
                                                          ir_const_i(T_I64, 0, s), s), s);
    Var *rem = rowchunks_temp(f, pre, "chunk_rem", ir_select(T_I64, ir_clone_expr(some),
                                                             ibin(OP_MOD, T_I64, ir_varref(rows, s), ir_varref(nch, s), s),
                                                             ir_const_i(T_I64, 0, s), s), s);
    IStmt *chunks = ir_loop1(f, LOOP_PARFOR, "t", ir_const_i(T_I64, 0, s), ir_varref(nch, s), s);
    chunks->loop.even = true;       /* equal chunks: a static split (a dynamic one interleaves
                                       the threads' rows of bins, which then share cache lines) */
    Var *t = chunks->loop.idx[0];
    /* chunk t: [lo + t * chunk + min(t, rem), that + chunk + (t < rem)) */
    IExpr *mn = ir_select(T_I64, ibin(OP_LT, T_BOOL, ir_varref(t, s), ir_varref(rem, s), s), ir_varref(t, s), ir_varref(rem, s), s);
    IExpr *st = ibin(OP_ADD, T_I64, ibin(OP_ADD, T_I64, ir_clone_expr(lo), ibin(OP_MUL, T_I64, ir_varref(t, s), ir_varref(base, s), s), s),
                     mn, s);
    Var *i0 = rowchunks_temp(f, &chunks->loop.body, "i0", st, s);
    IExpr *en = ibin(OP_ADD, T_I64, ibin(OP_ADD, T_I64, ir_varref(i0, s), ir_varref(base, s), s),
                     ir_select(T_I64, ibin(OP_LT, T_BOOL, ir_varref(t, s), ir_varref(rem, s), s), ir_const_i(T_I64, 1, s),
                               ir_const_i(T_I64, 0, s), s), s);
    Var *i1 = rowchunks_temp(f, &chunks->loop.body, "i1", en, s);
    IStmt *elems = ir_loop1(f, LOOP_SERIAL, name, ir_varref(i0, s), ir_varref(i1, s), s);
    plist_push(&elems->loop.fused, "note:the chunk's rows, in order, each added to the chunk's bins");
    if (prod) {
        elems->loop.idx[0] = prod->loop.idx[0];      /* the producer's body, as it is, first */
        for (int q = 0; q < prod->loop.body.len; q++) plist_push(&elems->loop.body, prod->loop.body.items[q]);
    }
    *elems_out = elems;
    return chunks;
}

/* The chunk's rows loop elems goes last into chunks; with a producer (prod,
 * checked by rowchunks_producer_ok), the producer's body runs in it, for
 * each row before its use (note: what --report says of the fusion). */
void rowchunks_close(IStmt *chunks, IStmt *elems, const IStmt *prod, const char *note)
{
    plist_push(&chunks->loop.body, elems);
    if (!prod) return;
    forward_rows(prod, &elems->loop.body, prod->loop.body.len);
    for (int k = 0; k < prod->loop.fused.len; k++) plist_push(&chunks->loop.fused, prod->loop.fused.items[k]);
    plist_push(&chunks->loop.fused, (void *)note);
}

/* bins[t, b] (as a load, or the store of val) */
IExpr *rowchunks_bin_at(Var *bins, Var *t, IExpr *b, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, bins->elem, s);
    ld->load.arr = bins;
    ld->load.n = 2;
    ld->load.idx[0] = ir_varref(t, s);
    ld->load.idx[1] = b;
    return ld;
}

IStmt *rowchunks_bin_store(Var *bins, Var *t, IExpr *b, IExpr *val, Span s)
{
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = bins;
    st->store.n = 2;
    st->store.idx[0] = ir_varref(t, s);
    st->store.idx[1] = b;
    st->store.val = val;
    return st;
}

/* bins[t, b] = bins[t, b] + v (nowrap: an integer sum that cannot wrap) */
IStmt *rowchunks_bin_add(Var *bins, Var *t, IExpr *b, IExpr *v, bool nowrap, Span s)
{
    IExpr *sum = ir_expr(IE_BINOP, bins->elem, s);
    sum->op.op = OP_ADD;
    sum->op.opk = bins->elem;
    sum->op.a = rowchunks_bin_at(bins, t, ir_clone_expr(b), s);
    sum->op.b = v;
    sum->nowrap = nowrap;
    return rowchunks_bin_store(bins, t, b, sum, s);
}

/* acc = 0; for (t in 0..nch) acc = acc + bins[t, b]: the chunks' bins in chunk order */
void rowchunks_combine(IrFunc *f, PtrList *out, Var *acc, Var *bins, Var *nch, const IExpr *b, bool nowrap, Span s)
{
    plist_push(out, ir_assign(acc, ty_is_float_kind(acc->elem) ? ir_const_f(acc->elem, 0.0, s) : ir_const_i(acc->elem, 0, s), s));
    IStmt *add = ir_loop1(f, LOOP_SERIAL, "t", ir_const_i(T_I64, 0, s), ir_varref(nch, s), s);
    plist_push(&add->loop.fused, "note:the chunks' bins added up, in chunk order");
    IExpr *sum = ir_expr(IE_BINOP, acc->elem, s);
    sum->op.op = OP_ADD;
    sum->op.opk = acc->elem;
    sum->op.a = ir_varref(acc, s);
    sum->op.b = rowchunks_bin_at(bins, add->loop.idx[0], ir_clone_expr(b), s);
    sum->nowrap = nowrap;
    plist_push(&add->loop.body, ir_assign(acc, sum, s));
    plist_push(out, add);
}
