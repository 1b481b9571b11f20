/* histo.c — a histogram's counting loop over chunks of its elements, each
 * chunk counting into bins of its own, then the bins added up per bin.
 *
 * `histogram(keys, k)` lowers to a serial loop (its indices depend on the
 * data): `for (e in lo..hi) { key = ...; check (0 <= key < k); H[key] =
 * H[key] + 1 }`, the keys' computation fused in.  It ran on one thread and
 * at 2.4x a hand loop with per-thread bins at one.
 *
 * Before/after: PIR.  A serial rank-1 loop whose body is scalar assignments
 * that cannot trap, then one check, then as its last statement the store
 * `H[b] = H[b] + c` (H a rank-1 integer array of extent K that is not a
 * parameter, b a scalar the body assigns, c a constant), with H (or an
 * array that may share its memory) not read or written anywhere else in
 * the body, and the check exactly `b >= 0 && b < K`, becomes (rowchunks.c)
 *   if (rows >= 4096 && rows / max(K, 1) >= 8) {    (else the loop as it was)
 *     nchunks = rows > 0 ? min(max(rows / max(K, 1) / 4, 1), 64) : 0
 *     alloc bins[nchunks, K]
 *     parfor (t in 0..nchunks) {
 *         parfor (j in 0..K) bins[t, j] = 0
 *         for (e in chunk t) { the body; check; bins[t, b] = bins[t, b] + c }
 *     }
 *     parfor (j in 0..K) { acc = sum over t of bins[t, j]; H[j] = H[j] + acc }
 *   }
 * Legality: every element adds c to bin b of its chunk exactly as it
 * added it to H[b] (the chunks partition the elements, a chunk's in order);
 * integer addition (wrapping as the store's) is associative and
 * commutative, so H[j] ends with H[j]'s value before plus the same terms.
 * The elements' other statements only assign scalars private to the
 * element.  The check is the loop's only trap site, so whichever element
 * fails first, the error is the same message (the function's result is
 * undefined after an error either way); with rows > 0 at least one chunk
 * runs, so a failing element (K = 0 included) still fails.  Not under
 * --mpi (distribute handles histograms itself), not at -O0.
 *
 * Counting by blocks (H of i64, c = 1, no extern call in the body): the
 * scalar loop above still ran at 1.6x a hand loop (its keys' conversion
 * and bounds test per element, and each bin's add waiting on the last add
 * to the same bin).  Each chunk then has four rows of bins of K + 1
 * columns (bins[4 nchunks, K + 1]), and its elements run by blocks of
 * HISTO_BLOCK:
 *     for (blk ...) {   e0 = i0 + blk * B; e1 = min(e0 + B, i1); nb = e1 - e0
 *         parfor (e in e0..e1) { the body; keys[e - e0] = (b >= 0 && b < K) ? b : K }
 *         for (u in 0..nb / 4) { bins[4t + r, keys[4u + r]] += 1 for r in 0..4 }
 *         for (q in nb / 4 * 4..nb) bins[4t, keys[q]] += 1
 *     }
 * then bad = the sum over all rows of column K; check(bad == 0); the sum
 * over the rows of each column j < K is added to H[j].  The first loop
 * (keys, an array on the stack of the chunk) is vectorised: the keys'
 * computation and test run a vector at a time, without a branch; the four
 * rows make four independent chains of adds (4-way unrolled by hand: gcc
 * does not unroll `bins[4t + (q & 3), ...]`).  Measured (bench/kernels
 * hist, 1e7 elements, 64 bins): 1.6x the hand loop -> 0.81-0.87.
 * Legality, beyond the chunks': the body's statements assign only scalars
 * private to the element (no store, no trap, no extern call), so running
 * them for a block's elements in any order, each element's in its order,
 * gives each element the key it had; each element adds 1 to exactly one
 * bin of its chunk's rows, its key's column where the check holds and
 * column K where it fails; so column j < K of the rows sums to the count
 * the element loop gave bin j, and column K to the number of failing
 * elements, which is at most rows < 2^63 and cannot wrap: the check after
 * the chunks fails exactly when an element's check failed, with the same
 * message (before H is written). */
#include "passes.h"
#include "access.h"

enum { HISTO_CHUNKS = 64, HISTO_MIN_ROWS = 4096, HISTO_BLOCK = 256, HISTO_ROWS = 4 };

static IExpr *bin(Op op, TyKind ty, IExpr *a, IExpr *b, Span s)
{
    return ir_binop(op, ty, (op == OP_AND || op == OP_OR) ? T_BOOL : T_I64, a, b, s);
}
static IExpr *i64c(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }

/* Mentions of v, or loads of an array that may share its memory. */
typedef struct Find { const Var *v; int n; } Find;
static void count_var(IExpr **slot, void *ctx)
{
    Find *f = ctx;
    if ((*slot)->kind == IE_VAR && (*slot)->var == f->v) f->n++;
    if ((*slot)->kind == IE_LOAD && ((*slot)->load.arr == f->v || may_alias((*slot)->load.arr, f->v))) f->n++;
}

static bool simple(const IExpr *e) { return e->kind == IE_CONST || e->kind == IE_VAR; }

/* Is c exactly `key >= 0 && key < K` for H's extent K?  (The store's
 * bin then lies in every chunk's row of bins.) */
static bool bounds_check(const IExpr *c, const Var *key, const Var *h)
{
    if (c->kind != IE_BINOP || c->op.op != OP_AND) return false;
    const IExpr *ge = c->op.a, *lt = c->op.b;
    if (ge->kind != IE_BINOP || ge->op.op != OP_GE || lt->kind != IE_BINOP || lt->op.op != OP_LT) return false;
    if (ge->op.a->kind != IE_VAR || ge->op.a->var != key || ge->op.b->kind != IE_CONST || ge->op.b->c.i != 0) return false;
    if (lt->op.a->kind != IE_VAR || lt->op.a->var != key) return false;
    const IExpr *k = lt->op.b;
    Ext e = h->dims[0];
    return e.var ? k->kind == IE_VAR && k->var == e.var : k->kind == IE_CONST && k->c.i == e.c;
}

/* Is lp a counting loop (see above)? */
static bool counting(const IStmt *lp)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_SERIAL || lp->loop.rank != 1 || lp->loop.reds.len) return false;
    if (!simple(lp->loop.lo[0]) || !simple(lp->loop.hi[0])) return false;
    const PtrList *b = &lp->loop.body;
    if (b->len < 2) return false;
    const IStmt *st = b->items[b->len - 1], *ck = b->items[b->len - 2];
    if (st->kind != IS_STORE || ck->kind != IS_CHECK || st->store.n != 1) return false;
    Var *h = st->store.arr;
    if (h->rank != 1 || !ty_is_int_kind(h->elem) || h->kind == V_VIEW || h->reshaped || h->kind == V_PARAM) return false;
    const IExpr *key = st->store.idx[0], *v = st->store.val;
    if (key->kind != IE_VAR || v->kind != IE_BINOP || v->op.op != OP_ADD) return false;
    const IExpr *ld = v->op.a;
    if (ld->kind != IE_LOAD || ld->load.arr != h || ld->load.n != 1 || ld->load.idx[0]->kind != IE_VAR
        || ld->load.idx[0]->var != key->var)
        return false;
    if (v->op.b->kind != IE_CONST || !bounds_check(ck->check.cond, key->var, h)) return false;     /* + 1 */
    /* H nowhere else: not in the other statements, the check or the added value */
    Find fh = { h, 0 };
    PtrList rest = { b->items, b->len - 1, b->len - 1 };
    ir_walk_stmts(&rest, count_var, &fh);
    if (fh.n) return false;
    for (int k = 0; k < b->len - 2; k++) {
        const IStmt *s = b->items[k];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank || s->assign.val->kind >= IE_MAP || expr_may_trap(s->assign.val)
            || s->assign.dst == lp->loop.idx[0])
            return false;
    }
    if (!ir_clonable_stmts(b)) return false;
    return true;
}

static IExpr *nw(IExpr *e)
{
    e->nowrap = true;       /* index arithmetic between 0 and the element count */
    return e;
}

static void find_ecall(IExpr **slot, void *ctx)
{
    if ((*slot)->kind == IE_ECALL) *(bool *)ctx = true;
}

/* Does the counting loop lp count by blocks (an i64 H, c = 1, no extern call)? */
static bool blockable(const IStmt *lp)
{
    const PtrList *b = &lp->loop.body;
    const IStmt *st = b->items[b->len - 1];
    if (st->store.arr->elem != T_I64 || st->store.val->op.b->c.i != 1) return false;
    bool ecall = false;
    PtrList stmts = { b->items, b->len - 2, b->len - 2 };
    ir_walk_stmts(&stmts, find_ecall, &ecall);
    return !ecall;
}

static IExpr *key_at(Var *keys, IExpr *q, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, T_I64, s);
    ld->load.arr = keys;
    ld->load.n = 1;
    ld->load.idx[0] = q;
    return ld;
}

/* Chunk elements [i0, i1) of the counting loop lp by blocks (see above),
 * counted into the rows rr[0..HISTO_ROWS) of bins, column K for a failing
 * element: the block loop; the keys' block is allocated in cb, the chunk's body. */
static IStmt *by_blocks(IrFunc *f, PtrList *cb, const IStmt *lp, Var *bins, Var *const *rr, const IExpr *K, Var *i0,
                        Var *i1, Span s)
{
    const PtrList *b = &lp->loop.body;
    const IStmt *st = b->items[b->len - 1];
    Var *keys = ir_var(f, "keys", T_I64, 1, V_TEMP, s);
    keys->dims[0] = (Ext){ NULL, HISTO_BLOCK };
    keys->on_stack = true;
    keys->written = true;
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = keys;
    plist_push(cb, al);
    /* blocks: (i1 - i0 + B - 1) / B */
    IExpr *n = nw(bin(OP_SUB, T_I64, ir_varref(i1, s), ir_varref(i0, s), s));
    IExpr *nblk = bin(OP_DIV, T_I64, nw(bin(OP_ADD, T_I64, n, i64c(HISTO_BLOCK - 1, s), s)), i64c(HISTO_BLOCK, s), s);
    IStmt *blks = ir_loop1(f, LOOP_SERIAL, "blk", i64c(0, s), nblk, s);
    plist_push(&blks->loop.fused, "note:the chunk's elements by blocks: their keys, then their adds, in order");
    PtrList *bb = &blks->loop.body;
    Var *e0 = rowchunks_temp(f, bb, "e0", nw(bin(OP_ADD, T_I64, ir_varref(i0, s),
                                                 nw(bin(OP_MUL, T_I64, ir_varref(blks->loop.idx[0], s), i64c(HISTO_BLOCK, s), s)), s)), s);
    IExpr *end = nw(bin(OP_ADD, T_I64, ir_varref(e0, s), i64c(HISTO_BLOCK, s), s));
    Var *e1 = rowchunks_temp(f, bb, "e1", ir_select(T_I64, bin(OP_LT, T_BOOL, ir_varref(i1, s), end, s), ir_varref(i1, s),
                                                    ir_clone_expr(end), s), s);
    Var *nb = rowchunks_temp(f, bb, "nb", nw(bin(OP_SUB, T_I64, ir_varref(e1, s), ir_varref(e0, s), s)), s);
    /* the keys: the element's statements and its check, which picks column K where it fails */
    IStmt *kl = ir_loop1(f, LOOP_PARFOR, lp->loop.idx[0]->name, ir_varref(e0, s), ir_varref(e1, s), s);
    kl->loop.even = true;
    plist_push(&kl->loop.fused, "note:the block's keys, a vector at a time");
    PtrList src = {0};
    for (int k = 0; k < b->len - 1; k++) plist_push(&src, b->items[k]);
    Var *fol[1] = { st->store.idx[0]->var };
    Var *from[1] = { lp->loop.idx[0] }, *to[1] = { kl->loop.idx[0] };
    ir_clone_stmts_follow(f, &src, &kl->loop.body, from, to, 1, fol, 1);
    IStmt *ck = kl->loop.body.items[--kl->loop.body.len];
    ck->check.cond->eager = true;
    IExpr *key = ir_select(T_I64, ck->check.cond, ir_varref(fol[0], s), ir_clone_expr(K), s);
    key->eager = true;
    IStmt *ks = ir_stmt(IS_STORE, s);
    ks->store.arr = keys;
    ks->store.n = 1;
    ks->store.idx[0] = nw(bin(OP_SUB, T_I64, ir_varref(kl->loop.idx[0], s), ir_varref(e0, s), s));
    ks->store.val = key;
    plist_push(&kl->loop.body, ks);
    plist_push(bb, kl);
    /* the adds, four elements at a time into the four rows, then the rest into the first
       (a bin's count is at most the element count: it cannot wrap) */
    IStmt *quad = ir_loop1(f, LOOP_SERIAL, "u", i64c(0, s), bin(OP_DIV, T_I64, ir_varref(nb, s), i64c(HISTO_ROWS, s), s), s);
    Var *u = quad->loop.idx[0];
    plist_push(&quad->loop.fused, "note:the block's adds, four elements at a time into the four rows of bins");
    for (int r = 0; r < HISTO_ROWS; r++) {
        IExpr *q = nw(bin(OP_ADD, T_I64, nw(bin(OP_MUL, T_I64, ir_varref(u, s), i64c(HISTO_ROWS, s), s)), i64c(r, s), s));
        plist_push(&quad->loop.body, rowchunks_bin_add(bins, rr[r], key_at(keys, q, s), i64c(1, s), true, s));
    }
    plist_push(bb, quad);
    IExpr *whole = nw(bin(OP_MUL, T_I64, bin(OP_DIV, T_I64, ir_varref(nb, s), i64c(HISTO_ROWS, s), s), i64c(HISTO_ROWS, s), s));
    IStmt *rest = ir_loop1(f, LOOP_SERIAL, "q", whole, ir_varref(nb, s), s);
    plist_push(&rest->loop.fused, "note:the block's last adds (fewer than four)");
    plist_push(&rest->loop.body, rowchunks_bin_add(bins, rr[0], key_at(keys, ir_varref(rest->loop.idx[0], s), s), i64c(1, s), true, s));
    plist_push(bb, rest);
    return blks;
}

/* l[at] is a counting loop: replaced by the chunks and the bins' sums. */
static void rewrite(IrFunc *f, PtrList *l, int at)
{
    IStmt *lp = l->items[at];
    Span s = lp->span;
    const PtrList *b = &lp->loop.body;
    const IStmt *st = b->items[b->len - 1];
    Var *h = st->store.arr;
    IExpr *K = h->dims[0].var ? ir_varref(h->dims[0].var, s) : i64c(h->dims[0].c, s);
    PtrList top = {0}, pre = {0};
    Var *rows = rowchunks_rows(f, &top, lp->loop.lo[0], lp->loop.hi[0], s);
    IExpr *k1 = ir_select(T_I64, bin(OP_LT, T_BOOL, ir_clone_expr(K), i64c(1, s), s), i64c(1, s), ir_clone_expr(K), s);
    /* chunks only for many elements a bin: the bins (at most a quarter
       of the elements) then cost little beside the elements */
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.versions = true;
    iff->if_.cond = bin(OP_AND, T_BOOL, bin(OP_GE, T_BOOL, ir_varref(rows, s), i64c(HISTO_MIN_ROWS, s), s),
                        bin(OP_GE, T_BOOL, bin(OP_DIV, T_I64, ir_varref(rows, s), ir_clone_expr(k1), s), i64c(8, s), s), s);
    IExpr *per = bin(OP_DIV, T_I64, bin(OP_DIV, T_I64, ir_varref(rows, s), k1, s), i64c(4, s), s);
    IExpr *lo1 = ir_select(T_I64, bin(OP_LT, T_BOOL, per, i64c(1, s), s), i64c(1, s), ir_clone_expr(per), s);
    IExpr *cap = ir_select(T_I64, bin(OP_GT, T_BOOL, lo1, i64c(HISTO_CHUNKS, s), s), i64c(HISTO_CHUNKS, s), ir_clone_expr(lo1), s);
    Var *nch = rowchunks_temp(f, &pre, "nchunks",
                              ir_select(T_I64, bin(OP_GT, T_BOOL, ir_varref(rows, s), i64c(0, s), s), cap, i64c(0, s), s), s);
    bool blocked = blockable(lp);
    Var *nrows = nch;       /* rows of bins: one a chunk, or HISTO_ROWS by blocks */
    Var *bins = ir_var(f, arena_printf("%s_bins", h->name), h->elem, 2, V_TEMP, s);
    bins->dims[1] = h->dims[0];
    if (blocked) {
        nrows = rowchunks_temp(f, &pre, "bin_rows", nw(bin(OP_MUL, T_I64, ir_varref(nch, s), i64c(HISTO_ROWS, s), s)), s);
        if (h->dims[0].var)
            bins->dims[1] = (Ext){ rowchunks_temp(f, &pre, "bin_cols", nw(bin(OP_ADD, T_I64, ir_clone_expr(K), i64c(1, s), s)), s), 0 };
        else
            bins->dims[1].c++;
    }
    bins->dims[0].var = nrows;
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = bins;
    plist_push(&pre, al);
    IStmt *elems;
    IStmt *chunks = rowchunks_loop(f, &pre, rows, nch, lp->loop.lo[0], lp->loop.idx[0]->name, NULL, &elems, s);
    Var *t = chunks->loop.idx[0];
    /* the chunk's rows of bins, zeroed */
    Var *rr[HISTO_ROWS] = { t };
    PtrList head = {0};
    for (int r = 0; blocked && r < HISTO_ROWS; r++)
        rr[r] = rowchunks_temp(f, &head, "row", nw(bin(OP_ADD, T_I64, nw(bin(OP_MUL, T_I64, ir_varref(t, s), i64c(HISTO_ROWS, s), s)),
                                                       i64c(r, s), s)), s);
    Ext cols = bins->dims[1];
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "j", i64c(0, s), cols.var ? ir_varref(cols.var, s) : i64c(cols.c, s), s);
    for (int r = 0; r < (blocked ? HISTO_ROWS : 1); r++)
        plist_push(&zero->loop.body, rowchunks_bin_store(bins, rr[r], ir_varref(zero->loop.idx[0], s), ir_const_i(h->elem, 0, s), s));
    plist_push(&head, zero);
    for (int q = 0; q < head.len; q++) plist_insert(&chunks->loop.body, q, head.items[q]);
    if (blocked) {
        rowchunks_close(chunks, by_blocks(f, &chunks->loop.body, lp, bins, rr, K, elems->loop.lo[0]->var, elems->loop.hi[0]->var, s),
                        NULL, NULL);
        plist_push(&chunks->loop.fused, arena_printf("note:histogram: each chunk of the elements counts into %d rows of bins "
                                                     "of its own, by blocks of %d elements", HISTO_ROWS, HISTO_BLOCK));
    } else {
        /* the element's statements (scalars of their own), its check, and the add into its chunk's bin */
        PtrList src = {0};
        for (int k = 0; k < b->len - 1; k++) plist_push(&src, b->items[k]);
        Var *fol[1] = { st->store.idx[0]->var };
        Var *from[1] = { lp->loop.idx[0] }, *to[1] = { elems->loop.idx[0] };
        ir_clone_stmts_follow(f, &src, &elems->loop.body, from, to, 1, fol, 1);
        plist_push(&elems->loop.body, rowchunks_bin_add(bins, t, ir_varref(fol[0], s), ir_clone_expr(st->store.val->op.b),
                                                        st->store.val->nowrap, s));
        rowchunks_close(chunks, elems, NULL, NULL);
        plist_push(&chunks->loop.fused, "note:histogram: each chunk of the elements counts into bins of its own");
    }
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&chunks->loop.fused, lp->loop.fused.items[k]);
    plist_push(&pre, chunks);
    if (blocked) {      /* column K counted the failing elements */
        Var *bad = ir_var(f, "failed", T_I64, 0, V_TEMP, s);
        rowchunks_combine(f, &pre, bad, bins, nrows, K, true, s);
        ((IStmt *)pre.items[pre.len - 1])->loop.fused.items[0] = "note:the failing elements counted, over the rows of bins";
        IStmt *chk = ir_stmt(IS_CHECK, s);
        chk->check.cond = bin(OP_EQ, T_BOOL, ir_varref(bad, s), i64c(0, s), s);
        chk->check.msg = ((IStmt *)b->items[b->len - 2])->check.msg;
        plist_push(&pre, chk);
    }
    /* H[j] = H[j] + the chunks' bins of j, in chunk order */
    IStmt *get = ir_loop1(f, LOOP_PARFOR, "j", i64c(0, s), ir_clone_expr(K), s);
    plist_push(&get->loop.fused, "note:the histogram's bins added up over the chunks");
    Var *j = get->loop.idx[0];
    Var *acc = ir_var(f, "count", h->elem, 0, V_TEMP, s);
    rowchunks_combine(f, &get->loop.body, acc, bins, nrows, ir_varref(j, s), st->store.val->nowrap, s);
    IExpr *ld = ir_expr(IE_LOAD, h->elem, s);
    ld->load.arr = h;
    ld->load.n = 1;
    ld->load.idx[0] = ir_varref(j, s);
    IExpr *sum = ir_binop(OP_ADD, h->elem, h->elem, ld, ir_varref(acc, s), s);
    sum->nowrap = st->store.val->nowrap;
    IStmt *sto = ir_stmt(IS_STORE, s);
    sto->store.arr = h;
    sto->store.n = 1;
    sto->store.idx[0] = ir_varref(j, s);
    sto->store.val = sum;
    plist_push(&get->loop.body, sto);
    plist_push(&pre, get);
    iff->if_.then = pre;
    plist_push(&iff->if_.els, lp);
    plist_push(&top, iff);
    plist_remove(l, at);
    for (int q = 0; q < top.len; q++) plist_insert(l, at + q, top.items[q]);
}

static int try_loop(IrFunc *f, PtrList *l, int at, void *ctx)
{
    (void)ctx;
    IStmt *s = l->items[at];
    if (s->loop.kind == LOOP_PARFOR) return -1;     /* not inside parallel loops */
    if (!counting(s)) return 0;
    int before = l->len;
    rewrite(f, l, at);
    return l->len - before + 1;
}

void pass_histo(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        ir_each_loop(f, &f->body, try_loop, NULL);
    }
}
