/* interchange.c — a sum down a column becomes an accumulation over rows.
 *
 * Before/after: PIR.  A parallel loop over columns whose body sums down
 * its column,
 *     parfor (j in lo..hi) {
 *         S1
 *         parfor (p in plo..phi) reduce(sum: acc) { ... a[p, j] ... acc <sum= v }
 *         S2                      (uses acc)
 *     }
 * (`sum(a, 0)`, `[dot(a[.., j], x) for j in 0..n]`) reads a with a stride of
 * one row per step; no vectoriser fixes that. It becomes, over blocks of
 * ARR_ICH_BLOCK columns,
 *     alloc accv[hi - lo]
 *     parfor (jb in 0..blocks) {
 *         j0 = lo + jb * B;  j1 = min(j0 + B, hi)
 *         parfor (j in j0..j1) accv[j - lo] = 0
 *         for (p in plo..phi) parfor (j in j0..j1) { ...; accv[j - lo] = accv[j - lo] + v }
 *         parfor (j in j0..j1) { S1; acc = accv[j - lo]; S2 }
 *     }
 * where the middle loop walks a row segment with stride 1 (the nested
 * parfors run in their block's thread, vectorised).
 * Legality: every column's sum adds the same values v(p, j) in increasing
 * p, starting from 0, as the reduction did (a float sum's order is free in
 * any case); the reduction's body reads nothing the outer body defines or
 * writes (only j, invariants and arrays the outer body does not write),
 * and its bounds do not depend on j, so computing it for all the block's
 * columns before S1 runs changes nothing; S1 and S2 run per column as
 * before, and the outer loop was parallel, so its iterations were
 * independent. A pointer copy the body makes before the sum (`src_now =
 * src`, the same buffer for every column: src is neither rebound nor
 * written in the body, and the copy is the variable's only assignment
 * there) is read through its source. Only float sums (integer sums wrap through an unsigned
 * shadow) and only when some load of the reduction walks down a column (a
 * 2-D or higher array whose last index is j and another index mentions p).
 * -O0 skips this pass, and so does --mpi: the blocked and chunked forms
 * write the result at rows other than their loop's own (a block's
 * columns, a chunk's bins), which distribute cannot split when the result
 * is distributed (`-> f64[w]` of `sum(u, 0)`); the plain form runs each
 * rank's own columns over a gathered copy (tests/mpi colsum).
 *
 * By rows (by_rows): chunks of rows (rowchunks.c), each with its own row
 * of column sums, added up per column in chunk order after the chunks:
 *     parfor (t in 0..nchunks) { bins[t, ..] = 0; for (p in chunk t) parfor (j) bins[t, j] += v(p, j) }
 *     parfor (j in lo..hi) { S1; acc = sum over t of bins[t, j - lo]; S2 }
 * Legality: every column's sum adds the same values v(p, j), each once
 * (the chunks partition the rows; at least one chunk, so the bins are
 * zeroed also for no rows), in another order (a float sum's order is free;
 * the chunk count depends only on the rows, not on the threads); the rest
 * as for the blocks.  Used when the loop right before makes the rows (its
 * producer, fused in: rowchunks_producer_ok), and, as a second version
 * chosen at run time, when there are at most ARR_ICH_FEW_COLS columns
 * (versioned). */
#include "passes.h"
#include "access.h"

enum { ARR_ICH_BLOCK = 256 };   /* columns per block: 2 KB of f64 accumulators, in L1 */
enum { ARR_ICH_CHUNKS = 16, ARR_ICH_CHUNK_ROWS = 16 };   /* by rows: at most 16 chunks of at least 16 rows */
enum { ARR_ICH_FEW_COLS = 4096 };   /* by rows without a producer up to this many columns (16 blocks) */

typedef struct Find { const Var *v; bool found; } Find;

static void find_var(IExpr **slot, void *ctx)
{
    Find *f = ctx;
    if ((*slot)->kind == IE_VAR && (*slot)->var == f->v) f->found = true;
}

static bool mentions(IExpr *e, const Var *v)
{
    Find f = { v, false };
    ir_walk_expr(&e, find_var, &f);
    return f.found;
}

/* copies: the array variables the body sets, before the reduction, to
 * another array's pointer that the body does not change (`src_now = src`:
 * the same buffer for every column), read through that array instead */
typedef struct Scan {
    const IStmt *outer; const Var *p; const AccessSet *defs; bool column, bad;
    const PtrList *copies;          /* IStmt*: the copies */
} Scan;

static Var *copy_source(const Scan *sc, const Var *v)
{
    for (int i = 0; i < sc->copies->len; i++) {
        const IStmt *s = sc->copies->items[i];
        if (s->assign.dst == v) return s->assign.val->var;
    }
    return NULL;
}

/* Every expression of the reduction: loads down a column, and no variable
 * the outer body defines (j and the reduction's own variables aside). */
static void scan_expr(IExpr **slot, void *ctx)
{
    Scan *sc = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_LOAD && e->load.n >= 2) {
        const IExpr *last = e->load.idx[e->load.n - 1];
        bool p_before = false;
        for (int d = 0; d < e->load.n - 1; d++) p_before |= mentions(e->load.idx[d], sc->p);
        if (last->kind == IE_VAR && last->var == sc->outer->loop.idx[0] && p_before) sc->column = true;
    }
    if (e->kind == IE_VAR && !e->var->rank && e->var != sc->outer->loop.idx[0] && access_writes(sc->defs, e->var))
        sc->bad = true;
    /* an array the rest of the body stores into or rebinds (a copy of a
       pointer made there: found by make fuzz) */
    if (e->kind == IE_LOAD && (access_writes(sc->defs, e->load.arr)
                               || (access_rebinds(sc->defs, e->load.arr) && !copy_source(sc, e->load.arr))))
        sc->bad = true;
    if (e->kind == IE_VAR && e->var->rank && access_rebinds(sc->defs, e->var) && !copy_source(sc, e->var)) sc->bad = true;
}

static bool invariant(const IExpr *e, const AccessSet *defs, const Var *j)
{
    if (e->kind == IE_CONST) return true;
    return e->kind == IE_VAR && e->var != j && !access_writes(defs, e->var);
}

/* The reduction loop of lp to interchange, or NULL; *copies_out: the
 * pointer copies it reads through (see Scan). */
static IStmt *candidate(IStmt *lp, PtrList **copies_out)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || lp->loop.reds.len) return NULL;
    if (lp->loop.lo[0]->kind != IE_CONST && lp->loop.lo[0]->kind != IE_VAR) return NULL;
    if (lp->loop.hi[0]->kind != IE_CONST && lp->loop.hi[0]->kind != IE_VAR) return NULL;
    const Var *j = lp->loop.idx[0];
    IStmt *inner = NULL;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (stmt_jumps_out(s) || s->kind == IS_ALLOC) return NULL;
        if (inner || s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR || s->loop.rank != 1 || s->loop.reds.len != 1) continue;
        const Reduction *r = s->loop.reds.items[0];
        if (r->op != RED_SUM || !ty_is_float_kind(r->acc->elem) || ty_is_complex_kind(r->acc->elem)) continue;
        bool scalar = true;
        for (int k = 0; k < s->loop.body.len && scalar; k++) {
            const IStmt *t = s->loop.body.items[k];
            scalar = t->kind == IS_ASSIGN && !t->assign.dst->rank;
        }
        if (scalar) inner = (IStmt *)s;
    }
    if (!inner) return NULL;
    /* what the outer body defines or writes, the reduction loop left out */
    AccessSet defs = {0};
    for (int i = 0; i < lp->loop.body.len; i++)
        if (lp->loop.body.items[i] != inner) analyze_access(lp->loop.body.items[i], NULL, &defs);
    PtrList *copies = arena_alloc(sizeof(PtrList));
    *copies = (PtrList){0};
    for (int i = 0; i < lp->loop.body.len && lp->loop.body.items[i] != inner; i++) {
        IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ASSIGN || !s->assign.dst->rank || s->assign.val->kind != IE_VAR) continue;
        const Var *dst = s->assign.dst, *src = s->assign.val->var;
        int sets = 0;
        for (int k = 0; k < defs.len; k++) sets += defs.items[k].write && defs.items[k].ptr && defs.items[k].v == dst;
        if (sets == 1 && !access_rebinds(&defs, src) && !access_writes(&defs, src) && src->kind != V_VIEW)
            plist_push(copies, s);
    }
    Scan sc = { lp, inner->loop.idx[0], &defs, false, false, copies };
    bool ok = invariant(inner->loop.lo[0], &defs, j) && invariant(inner->loop.hi[0], &defs, j);
    if (ok) {
        ir_walk_stmts(&inner->loop.body, scan_expr, &sc);
        Reduction *r = inner->loop.reds.items[0];
        ir_walk_expr(&r->value, scan_expr, &sc);
        ok = sc.column && !sc.bad;
    }
    VEC_FREE(defs);
    *copies_out = copies;
    return ok ? inner : NULL;
}

static IExpr *bin(Op op, IExpr *a, IExpr *b, Span s)
{
    if ((op == OP_ADD || op == OP_SUB) && b->kind == IE_CONST && b->c.i == 0) return a;
    if (op == OP_ADD && a->kind == IE_CONST && a->c.i == 0) return b;
    return ir_binop(op, op == OP_LT ? T_BOOL : T_I64, T_I64, a, b, s);
}

/* accv[j - lo] (as a load, or the store of val) */
static IExpr *acc_at(Var *accv, const Var *j, const IExpr *lo, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, accv->elem, s);
    ld->load.arr = accv;
    ld->load.n = 1;
    ld->load.idx[0] = bin(OP_SUB, ir_varref((Var *)j, s), ir_clone_expr(lo), s);
    ld->load.idx[0]->nowrap = true;
    return ld;
}

static IStmt *acc_store(Var *accv, const Var *j, const IExpr *lo, IExpr *val, Span s)
{
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = accv;
    st->store.n = 1;
    st->store.idx[0] = acc_at(accv, j, lo, s)->load.idx[0];
    st->store.val = val;
    return st;
}

/* The reduction's body and its value (as the definition of a temporary v,
 * returned), copied into cols (the loop over a row's columns) with j the
 * columns' index and the reduction's index the row's. */
static Var *add_row(IrFunc *f, IStmt *cols, const IStmt *inner, Var *j, Var *row, const PtrList *copies)
{
    Span s = inner->span;
    const Reduction *r = inner->loop.reds.items[0];
    int nmap = 2 + copies->len;
    Var **from = arena_alloc(sizeof(Var *) * (size_t)nmap), **to = arena_alloc(sizeof(Var *) * (size_t)nmap);
    from[0] = j; to[0] = cols->loop.idx[0];
    from[1] = inner->loop.idx[0]; to[1] = row;
    for (int k = 0; k < copies->len; k++) {       /* read the copied pointer's source */
        const IStmt *c = copies->items[k];
        from[2 + k] = c->assign.dst;
        to[2 + k] = c->assign.val->var;
    }
    PtrList both = {0};
    for (int k = 0; k < inner->loop.body.len; k++) plist_push(&both, inner->loop.body.items[k]);
    plist_push(&both, ir_assign(ir_var(f, "v", r->acc->elem, 0, V_TEMP, s), r->value, s));
    int at = cols->loop.body.len;
    ir_clone_stmts(f, &both, &cols->loop.body, from, to, nmap);
    return ((IStmt *)cols->loop.body.items[at + both.len - 1])->assign.dst;
}

/* The blocked form of lp (above); its statements replace lp at l[at]. */
static void interchange(IrFunc *f, PtrList *l, int at, IStmt *lp, IStmt *inner, const PtrList *copies, Var *acc)
{
    Span s = lp->span;
    Reduction *r = inner->loop.reds.items[0];
    Var *j = lp->loop.idx[0];
    IExpr *lo = lp->loop.lo[0], *hi = lp->loop.hi[0];
    /* the accumulators: one per column */
    Var *accv = ir_var(f, arena_printf("%s_cols", r->acc->name), r->acc->elem, 1, V_TEMP, s);
    Var *ncol = ir_var(f, "ncols", T_I64, 0, V_TEMP, s);
    IExpr *n = bin(OP_SUB, ir_clone_expr(hi), ir_clone_expr(lo), s);
    IExpr *pos = ir_expr(IE_SELECT, T_I64, s);           /* max(hi - lo, 0) */
    pos->sel.c = bin(OP_LT, ir_clone_expr(hi), ir_clone_expr(lo), s);
    pos->sel.a = ir_const_i(T_I64, 0, s);
    pos->sel.b = n;
    accv->dims[0].var = ncol;
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = accv;
    /* blocks */
    Var *nblk = ir_var(f, "nblocks", T_I64, 0, V_TEMP, s);
    IExpr *nb = bin(OP_DIV, bin(OP_ADD, ir_varref(ncol, s), ir_const_i(T_I64, ARR_ICH_BLOCK - 1, s), s),
                    ir_const_i(T_I64, ARR_ICH_BLOCK, s), s);
    IStmt *blocks = ir_loop1(f, LOOP_PARFOR, "jb", ir_const_i(T_I64, 0, s), ir_varref(nblk, s), s);
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&blocks->loop.fused, lp->loop.fused.items[k]);
    plist_push(&blocks->loop.fused, "interchange");
    blocks->loop.even = true;       /* equal blocks (but the last): a static split */
    Var *jb = blocks->loop.idx[0];
    Var *j0 = ir_var(f, "j0", T_I64, 0, V_TEMP, s), *j1 = ir_var(f, "j1", T_I64, 0, V_TEMP, s);
    IExpr *start = bin(OP_ADD, ir_clone_expr(lo), bin(OP_MUL, ir_varref(jb, s), ir_const_i(T_I64, ARR_ICH_BLOCK, s), s), s);
    start->nowrap = true;
    plist_push(&blocks->loop.body, ir_assign(j0, start, s));
    IExpr *end = bin(OP_ADD, ir_varref(j0, s), ir_const_i(T_I64, ARR_ICH_BLOCK, s), s);
    end->nowrap = true;
    IExpr *mn = ir_expr(IE_SELECT, T_I64, s);             /* min(j0 + B, hi) */
    mn->sel.c = bin(OP_LT, end, ir_clone_expr(hi), s);
    mn->sel.a = ir_clone_expr(end);
    mn->sel.b = ir_clone_expr(hi);
    plist_push(&blocks->loop.body, ir_assign(j1, mn, s));
    /* 1. accv = 0 over the block */
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "j", ir_varref(j0, s), ir_varref(j1, s), s);
    plist_push(&zero->loop.body, acc_store(accv, zero->loop.idx[0], lo, ir_const_f(accv->elem, 0.0, s), s));
    plist_push(&blocks->loop.body, zero);
    /* 2. rows outside, the block's columns inside */
    IStmt *rows = ir_loop1(f, LOOP_SERIAL, inner->loop.idx[0]->name, ir_clone_expr(inner->loop.lo[0]),
                        ir_clone_expr(inner->loop.hi[0]), s);
    IStmt *cols = ir_loop1(f, LOOP_PARFOR, "j", ir_varref(j0, s), ir_varref(j1, s), s);
    Var *v = add_row(f, cols, inner, j, rows->loop.idx[0], copies);
    IExpr *sum = ir_expr(IE_BINOP, accv->elem, s);
    sum->op.op = OP_ADD;
    sum->op.opk = accv->elem;
    sum->op.a = acc_at(accv, cols->loop.idx[0], lo, s);
    sum->op.b = ir_varref(v, s);
    plist_push(&cols->loop.body, acc_store(accv, cols->loop.idx[0], lo, sum, s));
    plist_push(&rows->loop.body, cols);
    plist_push(&blocks->loop.body, rows);
    /* 3. the outer body per column, the sum read from accv */
    IStmt *rest = ir_stmt(IS_LOOP, s);
    rest->loop.kind = LOOP_PARFOR;
    rest->loop.rank = 1;
    rest->loop.idx[0] = j;
    rest->loop.lo[0] = ir_varref(j0, s);
    rest->loop.hi[0] = ir_varref(j1, s);
    for (int k = 0; k < lp->loop.body.len; k++) {
        IStmt *t = lp->loop.body.items[k];
        if (t == inner) t = ir_assign(acc ? acc : r->acc, acc_at(accv, j, lo, s), s);
        plist_push(&rest->loop.body, t);
    }
    plist_push(&blocks->loop.body, rest);
    l->items[at] = blocks;
    plist_insert(l, at, al);
    plist_insert(l, at, ir_assign(nblk, nb, s));
    plist_insert(l, at, ir_assign(ncol, pos, s));
}

/* The chunked form of lp when the loop right before it makes, row by row,
 * what the sum reads (rowchunks_producer_ok): that loop runs in the chunks
 * and each row is made and added in while it is in cache (atax's
 * `tmp = [dot(A[i, ..], x) for i]` then `[dot(A[.., j], tmp) for j]`: A is
 * read once, not twice). */
static void by_rows(IrFunc *f, PtrList *l, int at, IStmt *lp, IStmt *inner, const PtrList *copies, IStmt *prod)
{
    Span s = lp->span;
    Reduction *r = inner->loop.reds.items[0];
    Var *j = lp->loop.idx[0];
    IExpr *lo = lp->loop.lo[0], *hi = lp->loop.hi[0];
    PtrList pre = {0};
    IExpr *n = bin(OP_SUB, ir_clone_expr(hi), ir_clone_expr(lo), s);
    Var *ncol = rowchunks_temp(f, &pre, "ncols", ir_select(T_I64, bin(OP_LT, ir_clone_expr(hi), ir_clone_expr(lo), s),
                                                          ir_const_i(T_I64, 0, s), n, s), s);
    Var *rows = rowchunks_rows(f, &pre, inner->loop.lo[0], inner->loop.hi[0], s);
    /* nchunks = min(max(rows / 16, 1), 16): at least one (the bins are then
       zeroed and every row runs), bins of at most a sixteenth of the rows */
    IExpr *per = bin(OP_DIV, ir_varref(rows, s), ir_const_i(T_I64, ARR_ICH_CHUNK_ROWS, s), s);
    IExpr *lo1 = ir_select(T_I64, bin(OP_LT, per, ir_const_i(T_I64, 1, s), s), ir_const_i(T_I64, 1, s), ir_clone_expr(per), s);
    IExpr *gt = ir_binop(OP_GT, T_BOOL, T_I64, lo1, ir_const_i(T_I64, ARR_ICH_CHUNKS, s), s);
    Var *nch = rowchunks_temp(f, &pre, "nchunks", ir_select(T_I64, gt, ir_const_i(T_I64, ARR_ICH_CHUNKS, s), ir_clone_expr(lo1), s), s);
    IStmt *elems;
    IStmt *chunks = rowchunks_loop(f, &pre, rows, nch, inner->loop.lo[0], inner->loop.idx[0]->name, prod, &elems, s);
    Var *t = chunks->loop.idx[0];
    Var *bins = ir_var(f, arena_printf("%s_bins", r->acc->name), r->acc->elem, 2, V_TEMP, s);
    bins->dims[0].var = nch;
    bins->dims[1].var = ncol;
    IStmt *al = ir_stmt(IS_ALLOC, s);
    al->alloc = bins;
    plist_push(&pre, al);
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&chunks->loop.fused, lp->loop.fused.items[k]);
    plist_push(&chunks->loop.fused, "interchange");
    /* 1. the chunk's bins = 0 */
    IStmt *zero = ir_loop1(f, LOOP_PARFOR, "j", ir_clone_expr(lo), ir_clone_expr(hi), s);
    plist_push(&zero->loop.body, rowchunks_bin_store(bins, t, acc_at(bins, zero->loop.idx[0], lo, s)->load.idx[0],
                                                     ir_const_f(bins->elem, 0.0, s), s));
    plist_insert(&chunks->loop.body, 0, zero);
    /* 2. per row (after the producer's body): all columns, stride 1 */
    IStmt *cols = ir_loop1(f, LOOP_PARFOR, "j", ir_clone_expr(lo), ir_clone_expr(hi), s);
    Var *v = add_row(f, cols, inner, j, elems->loop.idx[0], copies);
    IExpr *b = acc_at(bins, cols->loop.idx[0], lo, s)->load.idx[0];
    plist_push(&cols->loop.body, rowchunks_bin_add(bins, t, b, ir_varref(v, s), false, s));
    plist_push(&elems->loop.body, cols);
    rowchunks_close(chunks, elems, prod, "note:each row is made and added to the columns' sums in one visit "
                    "(the loop that makes the rows runs in the chunks)");
    /* 3. the outer body per column, the sum the chunks' bins in chunk order */
    PtrList body = {0};
    for (int k = 0; k < lp->loop.body.len; k++) {
        IStmt *st = lp->loop.body.items[k];
        if (st != inner) { plist_push(&body, st); continue; }
        rowchunks_combine(f, &body, r->acc, bins, nch, acc_at(bins, j, lo, s)->load.idx[0], false, s);
    }
    lp->loop.body = body;
    plist_push(&pre, chunks);
    for (int k = pre.len - 1; k >= 0; k--) plist_insert(l, at, pre.items[k]);
    if (prod) plist_remove(l, at - 1);
}

/* Without a producer, few columns (ncols <= ARR_ICH_FEW_COLS, known only
 * at run time) make few blocks, so few threads (`mean(points, 0)` of an
 * n x 3 array ran on one): then the chunks by rows, else the blocks.  The
 * two versions compute the same (each form's legality above); the rest of
 * the body is copied for the second (new scalars, and an accumulator of
 * its own), so it must be statements ir_clone_stmts can copy and no
 * pointer copies; otherwise the blocks alone, as before. */
static bool versioned(IrFunc *f, PtrList *l, int at, IStmt *lp, IStmt *inner, const PtrList *copies)
{
    Span s = lp->span;
    PtrList rest = {0};
    int where = -1;
    Var *mark = ir_var(f, "mark", T_I64, 0, V_TEMP, s);
    for (int k = 0; k < lp->loop.body.len; k++) {
        IStmt *t = lp->loop.body.items[k];
        if (t == inner) { where = k; t = ir_assign(mark, ir_const_i(T_I64, 0, s), s); }
        plist_push(&rest, t);
    }
    if (copies->len || !ir_clonable_stmts(&rest)) return false;
    IStmt *lp2 = ir_stmt(IS_LOOP, s);
    lp2->loop = lp->loop;
    lp2->loop.body = (PtrList){0};
    lp2->loop.fused = (PtrList){0};
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&lp2->loop.fused, lp->loop.fused.items[k]);
    /* the same index (the sum's body reads it); an accumulator of its own
       (codegen declares a scalar where it is first set: in the first version) */
    const Reduction *r = inner->loop.reds.items[0];
    Var *from[1] = { r->acc }, *to[1] = { ir_var(f, r->acc->name, r->acc->elem, 0, V_TEMP, s) };
    ir_clone_stmts(f, &rest, &lp2->loop.body, from, to, 1);
    if (lp2->loop.body.len != rest.len) return false;
    lp2->loop.body.items[where] = inner;        /* read only by both forms (copied where used) */
    IExpr *hi = lp->loop.hi[0], *lo = lp->loop.lo[0];
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.versions = true;
    iff->if_.cond = ir_binop(OP_LE, T_BOOL, T_I64, bin(OP_SUB, ir_clone_expr(hi), ir_clone_expr(lo), s),
                             ir_const_i(T_I64, ARR_ICH_FEW_COLS, s), s);
    plist_push(&iff->if_.then, lp);
    by_rows(f, &iff->if_.then, 0, lp, inner, copies, NULL);
    plist_push(&iff->if_.els, lp2);
    interchange(f, &iff->if_.els, 0, lp2, inner, copies, to[0]);
    l->items[at] = iff;
    return true;
}

static void walk(const IrProgram *p, IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        PtrList *copies = NULL;
        IStmt *inner = candidate(s, &copies);
        if (inner && rowchunks_producer_ok(p, l, i, inner)) {
            int before = l->len;
            by_rows(f, l, i, s, inner, copies, l->items[i - 1]);
            i += l->len - before;       /* at the column loop */
            continue;
        }
        if (inner && versioned(f, l, i, s, inner, copies)) continue;
        if (inner) { interchange(f, l, i, s, inner, copies, NULL); i += 3; continue; }
        switch (s->kind) {
        case IS_IF: walk(p, f, &s->if_.then); walk(p, f, &s->if_.els); break;
        case IS_WHILE: walk(p, f, &s->while_.pre); walk(p, f, &s->while_.body); break;
        case IS_LOOP: if (s->loop.kind != LOOP_PARFOR) walk(p, f, &s->loop.body); break;
        default: break;
        }
    }
}

void pass_interchange(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;
    for (int i = 0; i < p->funcs.len; i++) walk(p, p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body);
}
