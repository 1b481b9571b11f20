/* groupby.c — group-by-key sums in one pass over the data.
 *
 * Before/after: PIR.  A parallel loop over keys c in 0..K whose body
 * reduces over all the data, counting or summing only the elements whose
 * key is c,
 *     parfor (c in 0..K) {
 *         S1
 *         parfor (i in lo..hi) reduce(sum: s) reduce(count: n) {
 *             key = keys[i] ...; n <count= (key == c); s <sum= select(key == c, x, 0.0)
 *         }
 *         S2                      (uses s, n)
 *     }
 * (k-means' `[count(assign == c) for c in 0..k]`, `[sum(select(assign == c,
 * px, 0.0)) for c in 0..k]`) reads the data K times. It becomes one pass
 * that adds each element to its key's bin, in chunks with bins of their
 * own (so the chunks run in parallel), and a loop over the keys that adds
 * up the chunks' bins:
 *     nchunks = K > 0 ? clamp((hi - lo) / (4 K), 1, 64) : 0
 *     alloc s_bins[nchunks, K], n_bins[nchunks, K]
 *     parfor (t in 0..nchunks) {
 *         parfor (b in 0..K) { s_bins[t, b] = 0.0; n_bins[t, b] = 0 }
 *         for (i in chunk t of lo..hi) {
 *             the body with c replaced by key
 *             if (key >= 0 && key < K) { s_bins[t, key] += x; n_bins[t, key] += 1 }
 *         }
 *     }
 *     parfor (c in 0..K) { S1; s = sum over t of s_bins[t, c]; n = ...; S2 }
 * Legality: with c replaced by key every comparison key == c holds, so the
 * body computes the value the element contributes to its own key's
 * reduction; to every other key it contributed 0 (a select's 0.0, a false
 * count), which changes neither a count nor a float sum (x + 0.0 is x, and
 * a sum that starts at +0.0 never becomes -0.0); keys outside 0..K
 * contribute to no c. The body is scalar code that mentions c only in
 * those comparisons (after key is defined), reads nothing S1 and S2 define
 * or write, and each reduction's value is such a select or comparison; the
 * body runs for every element once (before: once per key, and never when
 * K is 0: then there are no chunks). A float sum's order is free (the
 * per-key sum was a parallel reduction); a count is exact in any order.
 * Only float sums and counts (integer sums wrap through an unsigned
 * shadow). -O0 skips this pass. */
#include "passes.h"
#include "access.h"

enum { ARR_GB_CHUNKS = 64 };    /* at most this many chunks (bins per key) */

static const IExpr *def_of(const PtrList *body, const Var *v)
{
    const IExpr *d = NULL;
    int n = 0;
    for (int i = 0; i < body->len; i++) {
        const IStmt *s = body->items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) { d = s->assign.val; n++; }
    }
    return n == 1 ? d : NULL;
}

/* Follows single definitions in the body. */
static const IExpr *expand(const IExpr *e, const PtrList *body)
{
    for (int k = 0; k < 16 && e->kind == IE_VAR && !e->var->rank; k++) {
        const IExpr *d = def_of(body, e->var);
        if (!d) break;
        e = d;
    }
    return e;
}

/* Is e the comparison key == c (either side)? Sets *key on the first. */
static bool is_key_eq(const IExpr *e, const Var *c, const Var **key)
{
    if (e->kind != IE_BINOP || e->op.op != OP_EQ || e->op.opk != T_I64) return false;
    const IExpr *a = e->op.a, *b = e->op.b;
    if (b->kind == IE_VAR && b->var == c) { const IExpr *t = a; a = b; b = t; }
    if (a->kind != IE_VAR || a->var != c || b->kind != IE_VAR || b->var == c || b->var->rank) return false;
    if (*key && *key != b->var) return false;
    *key = b->var;
    return true;
}

typedef struct Uses { const Var *c; const Var *key; bool bad; } Uses;

/* c only inside key == c */
static bool c_only_in_eq(const IExpr *e, Uses *u)
{
    if (!e) return true;
    if (e->kind == IE_VAR) return e->var != u->c;
    const Var *k = u->key;
    if (is_key_eq(e, u->c, &k)) { u->key = k; return true; }
    switch (e->kind) {
    case IE_UNOP: return c_only_in_eq(e->op.a, u);
    case IE_BINOP: return c_only_in_eq(e->op.a, u) && c_only_in_eq(e->op.b, u);
    case IE_CALL: return c_only_in_eq(e->call.a, u) && c_only_in_eq(e->call.b, u);
    case IE_CONV: return c_only_in_eq(e->conv, u);
    case IE_SELECT: return c_only_in_eq(e->sel.c, u) && c_only_in_eq(e->sel.a, u) && c_only_in_eq(e->sel.b, u);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) if (!c_only_in_eq(e->load.idx[i], u)) return false;
        return true;
    case IE_ECALL:
        for (int i = 0; i < e->ecall.n; i++) if (!c_only_in_eq(e->ecall.args[i], u)) return false;
        return true;
    default: return true;
    }
}

static bool zero_const(const IExpr *e)
{
    return e->kind == IE_CONST && ty_is_float_kind(e->ty) && !ty_is_complex_kind(e->ty) && e->c.f == 0.0;
}

/* Does each reduction add only where key == c: a count of the comparison,
 * a sum of select(key == c, x, 0.0)? */
static bool masked(const Reduction *r, const PtrList *body, const Var *c, const Var **key)
{
    const IExpr *v = expand(r->value, body);
    if (r->op == RED_COUNT) return is_key_eq(v, c, key);
    if (r->op != RED_SUM || !ty_is_float_kind(r->acc->elem) || ty_is_complex_kind(r->acc->elem)) return false;
    if (v->kind != IE_SELECT || !zero_const(v->sel.b)) return false;
    return is_key_eq(expand(v->sel.c, body), c, key);
}

typedef struct Find { const AccessSet *defs; const Var *j; bool bad; } Find;

static void reads_defs(IExpr **slot, void *ctx)
{
    Find *f = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && !e->var->rank && e->var != f->j && access_writes(f->defs, e->var)) f->bad = true;
    if (e->kind == IE_LOAD && (access_writes(f->defs, e->load.arr) || access_rebinds(f->defs, e->load.arr))) f->bad = true;
    if (e->kind == IE_VAR && e->var->rank && access_rebinds(f->defs, e->var)) f->bad = true;
}

/* The reduction loop of lp to rewrite (its key in *key), or NULL. */
static IStmt *candidate(IStmt *lp, const Var **key)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || lp->loop.reds.len) return NULL;
    const IExpr *lo = lp->loop.lo[0], *hi = lp->loop.hi[0];
    if (lo->kind != IE_CONST || lo->c.i != 0 || (hi->kind != IE_VAR && hi->kind != IE_CONST)) return NULL;
    const Var *c = lp->loop.idx[0];
    IStmt *inner = NULL;
    for (int i = 0; i < lp->loop.body.len; i++) {
        IStmt *s = lp->loop.body.items[i];
        if (stmt_jumps_out(s) || s->kind == IS_ALLOC) return NULL;
        if (inner || s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR || s->loop.rank != 1 || !s->loop.reds.len) continue;
        const Var *k = NULL;
        bool ok = true;
        for (int q = 0; q < s->loop.body.len && ok; q++) {
            const IStmt *t = s->loop.body.items[q];
            ok = t->kind == IS_ASSIGN && !t->assign.dst->rank;
        }
        for (int q = 0; q < s->loop.reds.len && ok; q++) ok = masked(s->loop.reds.items[q], &s->loop.body, c, &k);
        if (!ok || !k) continue;
        /* c only in key == c, after key's definition (before it, the
           comparison would read the previous element's key) */
        bool key_defined = false;
        for (int q = 0; q < s->loop.body.len && ok; q++) {
            const IStmt *t = s->loop.body.items[q];
            Uses probe = { c, NULL, false };
            ok = c_only_in_eq(t->assign.val, &probe) && (!probe.key || (probe.key == k && key_defined));
            if (t->assign.dst == k) key_defined = true;
        }
        Uses u = { c, k, false };
        for (int q = 0; q < s->loop.reds.len && ok; q++) {
            const Reduction *r = s->loop.reds.items[q];
            ok = c_only_in_eq(r->value, &u) && u.key == k;
        }
        if (ok && (!def_of(&s->loop.body, k) || k->elem != T_I64)) ok = false;
        if (ok && (!(s->loop.lo[0]->kind == IE_CONST || s->loop.lo[0]->kind == IE_VAR)
                   || !(s->loop.hi[0]->kind == IE_CONST || s->loop.hi[0]->kind == IE_VAR)))
            ok = false;
        if (!ok) continue;
        inner = s;
        *key = k;
    }
    if (!inner) return NULL;
    /* the loop reads nothing the rest of the body defines or writes, and
       its bounds are invariant */
    AccessSet defs = {0};
    for (int i = 0; i < lp->loop.body.len; i++)
        if (lp->loop.body.items[i] != inner) analyze_access(lp->loop.body.items[i], NULL, &defs);
    Find f = { &defs, c, false };
    ir_walk_stmts(&inner->loop.body, reads_defs, &f);
    for (int q = 0; q < inner->loop.reds.len; q++) ir_walk_expr(&((Reduction *)inner->loop.reds.items[q])->value, reads_defs, &f);
    for (int d = 0; d < 2; d++) {
        IExpr *b = d ? inner->loop.hi[0] : inner->loop.lo[0];
        if (b->kind == IE_VAR && (b->var == c || access_writes(&defs, b->var))) f.bad = true;
    }
    VEC_FREE(defs);
    return f.bad ? NULL : inner;
}

/* ---- the producer: the loop that makes the keys ---- */

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

/* the keys' loop reads p's arrays only at its own row j, and only as elements */
static void own_rows(IExpr **slot, void *ctx)
{
    Own *o = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var->rank && prod_writes(o->pr, e->var)) o->bad = true;
    if (e->kind == IE_LOAD && prod_writes(o->pr, e->load.arr)
        && (e->load.n != 1 || e->load.idx[0]->kind != IE_VAR || e->load.idx[0]->var != o->j))
        o->bad = true;
}

/* Does l hold (at any depth) a loop over 0..K? */
static bool loops_over(const PtrList *l, const IExpr *K)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_IF && (loops_over(&s->if_.then, K) || loops_over(&s->if_.els, K))) return true;
        if (s->kind != IS_LOOP) continue;
        if (s->loop.rank == 1 && s->loop.lo[0]->kind == IE_CONST && s->loop.lo[0]->c.i == 0 && ir_same_atom(s->loop.hi[0], K))
            return true;
        if (loops_over(&s->loop.body, K)) return true;
    }
    return false;
}

/* Can the parfor l[at - 1] (the producer p: it computes, row by row, what
 * the keys' loop `inner` of the group-by at l[at] reads) run inside the
 * group-by's chunks, each row made and binned in one visit (k-means: the
 * assignment loop and the bins)?  Legality: p is a parfor (its rows are
 * independent, any order is its meaning) over the rows inner walks (the
 * same bounds), so the chunks, which partition those rows, run each of
 * p's rows exactly once (the chunks run whenever there are rows:
 * rewrite's nchunks is at least 1 then); p stores only at its own row, and
 * inner reads p's arrays only at its own row, so the row's elements are
 * made before they are read in the same visit and no visit reads another
 * row's (in any order of the visits, the values read are those p made);
 * p reads nothing the chunks write (their bins are new arrays) and runs
 * no check, jump or allocation (whose order would change); nothing is
 * between p and the group-by.  Only when a row of p costs at least K (it
 * holds a loop over the keys, as k-means' argmin over the centres does),
 * so that rewrite's 64 chunks' bins cost at most 64 rows' work.  Not under --mpi (distribute splits the
 * parfors that are left). */
static bool producer_ok(const IrProgram *prog, const PtrList *l, int at, const IStmt *inner, const IExpr *lp_hi)
{
    if (prog->mpi || at < 1) return false;
    const IStmt *p = l->items[at - 1];
    if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR || p->loop.rank != 1 || p->loop.reds.len || p->loop.whole)
        return false;
    if (!ir_same_atom(p->loop.lo[0], inner->loop.lo[0]) || !ir_same_atom(p->loop.hi[0], inner->loop.hi[0])) return false;
    Prod pr = { p, {0}, false };
    prod_stores(&pr, &p->loop.body);
    if (pr.bad || !pr.arrs.len || !loops_over(&p->loop.body, lp_hi)) return false;
    Own o = { &pr, inner->loop.idx[0], false };
    ir_walk_stmts((PtrList *)&inner->loop.body, own_rows, &o);
    for (int q = 0; q < inner->loop.reds.len; q++) ir_walk_expr(&((Reduction *)inner->loop.reds.items[q])->value, own_rows, &o);
    return !o.bad;
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
 * keys' loop's), the keys' loop reads what the producer stored at the row
 * from the value stored: a store `a[i] = v` at the top level of the
 * producer's body, v a constant or a scalar no later statement of the
 * producer assigns, is the element's last store there (a later store to a
 * at the row would have to be another top-level store: any store is at
 * the row, producer_ok), so a[i] holds v when the keys' part runs.  The
 * array may then be dead (dce-3 removes it: k-means' `assign`). */
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

/* ---- the rewrite ---- */

/* a op b: i64 operands (bools for &&) */
static IExpr *bin(Op op, TyKind ty, IExpr *a, IExpr *b, Span s)
{
    return ir_binop(op, ty, op == OP_AND ? T_BOOL : T_I64, a, b, s);
}

static IExpr *i64c(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }
static IExpr *ref(Var *v, Span s) { return ir_varref(v, s); }

static Var *temp(IrFunc *f, PtrList *out, const char *name, IExpr *e, Span s)
{
    Var *v = ir_var(f, name, e->ty, 0, V_TEMP, s);
    plist_push(out, ir_assign(v, e, s));
    return v;
}

static IExpr *bin_at(Var *bins, Var *t, IExpr *b, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, bins->elem, s);
    ld->load.arr = bins;
    ld->load.n = 2;
    ld->load.idx[0] = ref(t, s);
    ld->load.idx[1] = b;
    return ld;
}

static IStmt *bin_store(Var *bins, Var *t, IExpr *b, IExpr *val, Span s)
{
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = bins;
    st->store.n = 2;
    st->store.idx[0] = ref(t, s);
    st->store.idx[1] = b;
    st->store.val = val;
    return st;
}

static IExpr *zero_of(TyKind k, Span s) { return ty_is_float_kind(k) ? ir_const_f(k, 0.0, s) : ir_const_i(k, 0, s); }

/* c becomes the element's key: key == c becomes true (post-order: the
 * comparison's operands are replaced first) */
typedef struct Repl { const Var *c; Var *key; } Repl;
static void repl(IExpr **slot, void *ctx)
{
    Repl *r = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var == r->c) e->var = r->key;
    if (e->kind == IE_BINOP && e->op.op == OP_EQ && e->op.a->kind == IE_VAR && e->op.a->var == r->key
        && e->op.b->kind == IE_VAR && e->op.b->var == r->key)
        *slot = ir_const_i(T_BOOL, 1, e->span);
}

/* prod: the producer l[at - 1] moves into the chunks (producer_ok) */
static void rewrite(IrFunc *f, PtrList *l, int at, IStmt *lp, IStmt *inner, const Var *key, IStmt *prod)
{
    Span s = lp->span;
    Var *c = lp->loop.idx[0];
    IExpr *K = lp->loop.hi[0], *ilo = inner->loop.lo[0], *ihi = inner->loop.hi[0];
    int nr = inner->loop.reds.len;
    PtrList pre = {0};
    /* rows = max(ihi - ilo, 0); nchunks = K > 0 ? min(max(rows / K / 4, 1), 64) : 0 */
    Var *rows = temp(f, &pre, "rows", ir_select(T_I64, bin(OP_LT, T_BOOL, ir_clone_expr(ihi), ir_clone_expr(ilo), s), i64c(0, s),
                                          bin(OP_SUB, T_I64, ir_clone_expr(ihi), ir_clone_expr(ilo), s), s), s);
    IExpr *per = bin(OP_DIV, T_I64, bin(OP_DIV, T_I64, ref(rows, s), ir_clone_expr(K), s), i64c(4, s), s);
    IExpr *atleast1 = ir_select(T_I64, bin(OP_LT, T_BOOL, per, i64c(1, s), s), i64c(1, s), ir_clone_expr(per), s);
    IExpr *atmost = ir_select(T_I64, bin(OP_GT, T_BOOL, atleast1, i64c(ARR_GB_CHUNKS, s), s), i64c(ARR_GB_CHUNKS, s),
                        ir_clone_expr(atleast1), s);
    /* with a producer inside (a row costs at least K: producer_ok), min(rows, 64) chunks, so
       that its rows run on every thread and all of them run (one chunk at least when there
       are rows); bins of 64 K cost at most 64 rows' work */
    Var *nch = temp(f, &pre, "nchunks",
                    prod ? ir_select(T_I64, bin(OP_GT, T_BOOL, ref(rows, s), i64c(ARR_GB_CHUNKS, s), s), i64c(ARR_GB_CHUNKS, s),
                                     ref(rows, s), s)
                         : ir_select(T_I64, bin(OP_GT, T_BOOL, ir_clone_expr(K), i64c(0, s), s), atmost, i64c(0, s), s), s);
    Var *base = temp(f, &pre, "chunk", ir_select(T_I64, bin(OP_GT, T_BOOL, ref(nch, s), i64c(0, s), s),
                                          bin(OP_DIV, T_I64, ref(rows, s), ref(nch, s), s), i64c(0, s), s), s);
    Var *rem = temp(f, &pre, "chunk_rem", ir_select(T_I64, bin(OP_GT, T_BOOL, ref(nch, s), i64c(0, s), s),
                                              bin(OP_MOD, T_I64, ref(rows, s), ref(nch, s), s), i64c(0, s), s), s);
    /* the bins: one row of K per chunk, per reduction */
    Var **bins = arena_alloc(sizeof(Var *) * (size_t)nr);
    for (int q = 0; q < nr; q++) {
        const Reduction *r = inner->loop.reds.items[q];
        bins[q] = ir_var(f, arena_printf("%s_bins", r->acc->name), r->acc->elem, 2, V_TEMP, s);
        bins[q]->dims[0].var = nch;
        if (K->kind == IE_VAR) bins[q]->dims[1].var = K->var;
        else bins[q]->dims[1].c = K->c.i;
        IStmt *al = ir_stmt(IS_ALLOC, s);
        al->alloc = bins[q];
        plist_push(&pre, al);
    }
    IStmt *chunks = ir_loop1(f, LOOP_PARFOR, "t", i64c(0, s), ref(nch, s), s);
    plist_push(&chunks->loop.fused, "group-by-key");
    chunks->loop.even = true;       /* equal chunks: a static split (a dynamic one interleaves
                                       the threads' rows of bins, which then share cache lines) */
    Var *t = chunks->loop.idx[0];
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "b", i64c(0, s), ir_clone_expr(K), s);
    for (int q = 0; q < nr; q++)
        plist_push(&zero->loop.body, bin_store(bins[q], t, ref(zero->loop.idx[0], s), zero_of(bins[q]->elem, s), s));
    plist_push(&chunks->loop.body, zero);
    /* chunk t: [ilo + t * chunk + min(t, rem), that + chunk + (t < rem)) */
    IExpr *mn = ir_select(T_I64, bin(OP_LT, T_BOOL, ref(t, s), ref(rem, s), s), ref(t, s), ref(rem, s), s);
    IExpr *st = bin(OP_ADD, T_I64, bin(OP_ADD, T_I64, ir_clone_expr(ilo), bin(OP_MUL, T_I64, ref(t, s), ref(base, s), s), s), mn, s);
    Var *i0 = temp(f, &chunks->loop.body, "i0", st, s);
    IExpr *en = bin(OP_ADD, T_I64, bin(OP_ADD, T_I64, ref(i0, s), ref(base, s), s),
                    ir_select(T_I64, bin(OP_LT, T_BOOL, ref(t, s), ref(rem, s), s), i64c(1, s), i64c(0, s), s), s);
    Var *i1 = temp(f, &chunks->loop.body, "i1", en, s);
    IStmt *elems = ir_loop1(f, LOOP_SERIAL, inner->loop.idx[0]->name, ref(i0, s), ref(i1, s), s);
    if (prod) elems->loop.idx[0] = prod->loop.idx[0];      /* the producer's body, as it is, first */
    for (int q = 0; prod && q < prod->loop.body.len; q++) plist_push(&elems->loop.body, prod->loop.body.items[q]);
    int nprod = elems->loop.body.len;
    /* the body and the values, copied, with c replaced by the element's key */
    PtrList src = {0};
    int key_at = -1;
    for (int q = 0; q < inner->loop.body.len; q++) {
        IStmt *b = inner->loop.body.items[q];
        if (b->assign.dst == key) key_at = q;
        plist_push(&src, b);
    }
    for (int q = 0; q < nr; q++) {
        const Reduction *r = inner->loop.reds.items[q];
        plist_push(&src, ir_assign(ir_var(f, "v", r->value->ty, 0, V_TEMP, s), r->value, s));
    }
    Var *from[1] = { inner->loop.idx[0] }, *to[1] = { elems->loop.idx[0] };
    ir_clone_stmts(f, &src, &elems->loop.body, from, to, 1);
    Repl rp = { c, ((IStmt *)elems->loop.body.items[nprod + key_at])->assign.dst };
    ir_walk_stmts(&elems->loop.body, repl, &rp);
    Var *k2 = rp.key;
    IStmt *in = ir_stmt(IS_IF, s);
    in->if_.cond = bin(OP_AND, T_BOOL, bin(OP_GE, T_BOOL, ref(k2, s), i64c(0, s), s),
                       bin(OP_LT, T_BOOL, ref(k2, s), ir_clone_expr(K), s), s);
    for (int q = 0; q < nr; q++) {
        const Reduction *r = inner->loop.reds.items[q];
        IStmt *vdef = elems->loop.body.items[nprod + inner->loop.body.len + q];
        IExpr *v = ref(vdef->assign.dst, s);
        if (r->op == RED_COUNT) v = ir_select(bins[q]->elem, v, ir_const_i(bins[q]->elem, 1, s), ir_const_i(bins[q]->elem, 0, s), s);
        IExpr *sum = ir_expr(IE_BINOP, bins[q]->elem, s);
        sum->op.op = OP_ADD;
        sum->op.opk = bins[q]->elem;
        sum->op.a = bin_at(bins[q], t, ref(k2, s), s);
        sum->op.b = v;
        sum->nowrap = r->op == RED_COUNT;       /* a count of at most the rows */
        plist_push(&in->if_.then, bin_store(bins[q], t, ref(k2, s), sum, s));
    }
    plist_push(&elems->loop.body, in);
    plist_push(&chunks->loop.body, elems);
    if (prod) {
        forward_rows(prod, &elems->loop.body, nprod);
        for (int k = 0; k < prod->loop.fused.len; k++) plist_push(&chunks->loop.fused, prod->loop.fused.items[k]);
        plist_push(&chunks->loop.fused, "note:each row's key is made and binned in one visit (the loop that makes the keys runs in the chunks)");
    }
    /* the keys' loop: each reduction the sum of its chunks' bins, in chunk order */
    PtrList get = {0};
    for (int q = 0; q < nr; q++) {
        const Reduction *r = inner->loop.reds.items[q];
        plist_push(&get, ir_assign(r->acc, zero_of(r->acc->elem, s), s));
        IStmt *add = ir_loop1(f, LOOP_SERIAL, "t", i64c(0, s), ref(nch, s), s);
        IExpr *sum = ir_expr(IE_BINOP, r->acc->elem, s);
        sum->op.op = OP_ADD;
        sum->op.opk = r->acc->elem;
        sum->op.a = ref(r->acc, s);
        sum->op.b = bin_at(bins[q], add->loop.idx[0], ref(c, s), s);
        sum->nowrap = r->op == RED_COUNT;
        plist_push(&add->loop.body, ir_assign(r->acc, sum, s));
        plist_push(&get, add);
    }
    PtrList body = {0};
    for (int q = 0; q < lp->loop.body.len; q++) {
        IStmt *b = lp->loop.body.items[q];
        if (b != inner) { plist_push(&body, b); continue; }
        for (int g = 0; g < get.len; g++) plist_push(&body, get.items[g]);
    }
    lp->loop.body = body;
    plist_push(&pre, chunks);
    for (int q = pre.len - 1; q >= 0; q--) plist_insert(l, at, pre.items[q]);
    if (prod) plist_remove(l, at - 1);
}

static void walk(const IrProgram *p, IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        const Var *key = NULL;
        IStmt *inner = candidate(s, &key);
        if (inner) {
            int before = l->len;
            IStmt *prod = producer_ok(p, l, i, inner, s->loop.hi[0]) ? l->items[i - 1] : NULL;
            rewrite(f, l, i, s, inner, key, prod);
            i += l->len - before;       /* past what was inserted, at the keys' loop */
            continue;
        }
        switch (s->kind) {
        case IS_IF: walk(p, f, &s->if_.then); walk(p, f, &s->if_.els); break;
        case IS_WHILE: walk(p, f, &s->while_.pre); walk(p, f, &s->while_.body); break;
        case IS_LOOP: if (s->loop.kind != LOOP_PARFOR) walk(p, f, &s->loop.body); break;
        default: break;
        }
    }
}

void pass_groupby(IrProgram *p)
{
    if (!p->fuse) return;
    for (int i = 0; i < p->funcs.len; i++) walk(p, p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body);
}
