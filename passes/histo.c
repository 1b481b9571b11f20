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
 * --mpi (distribute handles histograms itself), not at -O0. */
#include "passes.h"
#include "access.h"

enum { HISTO_CHUNKS = 64, HISTO_MIN_ROWS = 4096 };

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
    Var *bins = ir_var(f, arena_printf("%s_bins", h->name), h->elem, 2, V_TEMP, s);
    bins->dims[0].var = nch;
    bins->dims[1] = h->dims[0];
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = bins;
    plist_push(&pre, al);
    IStmt *elems;
    IStmt *chunks = rowchunks_loop(f, &pre, rows, nch, lp->loop.lo[0], lp->loop.idx[0]->name, NULL, &elems, s);
    Var *t = chunks->loop.idx[0];
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "j", i64c(0, s), ir_clone_expr(K), s);
    plist_push(&zero->loop.body, rowchunks_bin_store(bins, t, ir_varref(zero->loop.idx[0], s), ir_const_i(h->elem, 0, s), s));
    plist_insert(&chunks->loop.body, 0, zero);
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
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&chunks->loop.fused, lp->loop.fused.items[k]);
    plist_push(&pre, chunks);
    /* H[j] = H[j] + the chunks' bins of j, in chunk order */
    IStmt *get = ir_loop1(f, LOOP_PARFOR, "j", i64c(0, s), ir_clone_expr(K), s);
    plist_push(&get->loop.fused, "note:the histogram's bins added up over the chunks");
    Var *j = get->loop.idx[0];
    Var *acc = ir_var(f, "count", h->elem, 0, V_TEMP, s);
    rowchunks_combine(f, &get->loop.body, acc, bins, nch, ir_varref(j, s), st->store.val->nowrap, s);
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
