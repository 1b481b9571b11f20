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

/* The loop that makes the keys (l[at - 1]) runs in the chunks when
 * rowchunks_producer_ok allows it (the legality argument is there) and a
 * row of it costs at least K (it holds a loop over the keys, as k-means'
 * argmin over the centres does), so that rewrite's 64 chunks' bins cost at
 * most 64 rows' work. */
static bool producer_ok(const IrProgram *prog, const PtrList *l, int at, const IStmt *inner, const IExpr *lp_hi)
{
    return rowchunks_producer_ok(prog, l, at, inner) && loops_over(&((const IStmt *)l->items[at - 1])->loop.body, lp_hi);
}

/* ---- the rewrite ---- */

/* a op b: i64 operands (bools for &&) */
static IExpr *bin(Op op, TyKind ty, IExpr *a, IExpr *b, Span s)
{
    return ir_binop(op, ty, op == OP_AND ? T_BOOL : T_I64, a, b, s);
}

static IExpr *i64c(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }
static IExpr *ref(Var *v, Span s) { return ir_varref(v, s); }

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
    Var *rows = rowchunks_rows(f, &pre, ilo, ihi, s);
    IExpr *per = bin(OP_DIV, T_I64, bin(OP_DIV, T_I64, ref(rows, s), ir_clone_expr(K), s), i64c(4, s), s);
    IExpr *atleast1 = ir_select(T_I64, bin(OP_LT, T_BOOL, per, i64c(1, s), s), i64c(1, s), ir_clone_expr(per), s);
    IExpr *atmost = ir_select(T_I64, bin(OP_GT, T_BOOL, atleast1, i64c(ARR_GB_CHUNKS, s), s), i64c(ARR_GB_CHUNKS, s),
                        ir_clone_expr(atleast1), s);
    /* with a producer inside (a row costs at least K: producer_ok), min(rows, 64) chunks, so
       that its rows run on every thread and all of them run (one chunk at least when there
       are rows); bins of 64 K cost at most 64 rows' work */
    Var *nch = rowchunks_temp(f, &pre, "nchunks",
                    prod ? ir_select(T_I64, bin(OP_GT, T_BOOL, ref(rows, s), i64c(ARR_GB_CHUNKS, s), s), i64c(ARR_GB_CHUNKS, s),
                                     ref(rows, s), s)
                         : ir_select(T_I64, bin(OP_GT, T_BOOL, ir_clone_expr(K), i64c(0, s), s), atmost, i64c(0, s), s), s);
    IStmt *elems;
    IStmt *chunks = rowchunks_loop(f, &pre, rows, nch, ilo, inner->loop.idx[0]->name, prod, &elems, s);
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
    plist_push(&chunks->loop.fused, "group-by-key");
    Var *t = chunks->loop.idx[0];
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "b", i64c(0, s), ir_clone_expr(K), s);
    for (int q = 0; q < nr; q++)
        plist_push(&zero->loop.body, rowchunks_bin_store(bins[q], t, ref(zero->loop.idx[0], s), zero_of(bins[q]->elem, s), s));
    plist_insert(&chunks->loop.body, 0, zero);
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
        /* nowrap: a count of at most the rows */
        plist_push(&in->if_.then, rowchunks_bin_add(bins[q], t, ref(k2, s), v, r->op == RED_COUNT, s));
    }
    plist_push(&elems->loop.body, in);
    rowchunks_close(chunks, elems, prod, "note:each row's key is made and binned in one visit (the loop that "
                    "makes the keys runs in the chunks)");
    /* the keys' loop: each reduction the sum of its chunks' bins, in chunk order */
    PtrList get = {0};
    for (int q = 0; q < nr; q++) {
        const Reduction *r = inner->loop.reds.items[q];
        rowchunks_combine(f, &get, r->acc, bins[q], nch, ref(c, s), r->op == RED_COUNT, s);
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
