/* rowfuse.c — consecutive 2-D parallel loops that read each other's rows
 * at fixed distances run as one pass over the rows: each row of every
 * loop in turn, so a row one loop writes is still in cache when the next
 * loop reads it (PolyBench's fdtd-2d: its three updates of ey, ex and hz
 * stream 6 arrays' worth of memory a time step instead of 10).
 *
 * Before/after: PIR.  A group of m >= 2 statements in a row, each
 *     parfor (i_k in lo_k..hi_k, j_k in clo_k..chi_k) { body_k }
 * becomes (rows by chunks, rowchunks.c; L = min lo_k, H = max hi_k)
 *     parfor (t in 0..nch) {                   (equal chunks [i0, i1), static)
 *         for (r in i0..i1) {
 *             for k in 1..m: if (lo_k <= r < hi_k && !(deferred k && r < i0 + D_k))
 *                 parfor (j in clo_k..chi_k) { body_k with i_k = r }
 *         }
 *     }
 *     parfor (t in 0..nch) {                   (the same chunks)
 *         for (r in i0..min(i1, i0 + D)) {
 *             for each deferred k: if (lo_k <= r < hi_k && r < i0 + D_k) parfor (j ...) { body_k }
 *         }
 *     }
 *
 * Legality.  Loop k's iteration i_k touches, in each array that some loop
 * of the group writes, only row i_k + c for constants c (every access is
 * a[i_k + c, e] with e free of i_k; views, reshaped arrays and arrays that
 * may share memory with a written one are refused), and a parfor's
 * iterations are independent.  In the fused loop, loop k's row i runs at
 * step r = i.  Element row y, touched by loop k at offset c_k and by a
 * later loop l at offset c_l (one of them a write), is touched by k at
 * step y - c_k and by l at step y - c_l: the original order (all of k
 * before all of l) holds when the distance d = c_k - c_l >= 0 (at d = 0
 * in the same step, k's part runs first).  Any d < 0: the group is
 * refused.  Over chunks: a dependence at distance d >= 1 may leave a
 * chunk; its sink l then runs its first D_l = max d rows of each chunk
 * after every chunk has finished (the second loop), where everything it
 * depends on is done.  A deferred loop may not be the source of any
 * dependence (what runs later would see its effect too late), and chunks
 * are at least 2 D rows (rowchunks' equal split of chunks of at least
 * 2 D rows gives each at least D), so a dependence at distance d <= D_l
 * from a chunk reaches only the first D_l rows of the next one.  The
 * bodies are scalar code that cannot trap (assignments, stores, ifs; no
 * checks, whose order of report would change, no integer operations that
 * may fail, no extern calls), without reductions; not under --mpi
 * (distribute splits the loops' rows over ranks), not at -O0. */
#include "passes.h"
#include "access.h"
#include "cg.h"

enum { MAX_PARTS = 8, MIN_CHUNK_ROWS = 16 };

typedef struct Acc { Var *v; int64_t c; bool write, rowed; } Acc;
typedef struct Part { IStmt *lp; Acc *acc; int n, cap; bool bad; int64_t D; } Part;

static void add_acc(Part *p, Acc a)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? 2 * p->cap : 16;
        Acc *na = arena_alloc(sizeof(Acc) * (size_t)p->cap);
        for (int k = 0; k < p->n; k++) na[k] = p->acc[k];
        p->acc = na;
    }
    p->acc[p->n++] = a;
}

static bool mentions(const IExpr *e, const Var *v);
static void mentions_fn(IExpr **slot, void *ctx)
{
    const void **x = ctx;
    if ((*slot)->kind == IE_VAR && (*slot)->var == x[0]) x[1] = x[0];
}
static bool mentions(const IExpr *e, const Var *v)
{
    const void *x[2] = { v, NULL };
    IExpr *c = (IExpr *)e;
    ir_walk_expr(&c, mentions_fn, x);
    return x[1] != NULL;
}

/* An access of v at idx in part p: rowed when it is v[i + c, e], e free of i. */
static void access_at(Part *p, Var *v, int n, IExpr *const *idx, bool write)
{
    const Var *i = p->lp->loop.idx[0];
    Acc a = { v, 0, write, false };
    if (n == v->rank && (n == 1 || (n == 2 && !mentions(idx[1], i))) && v->kind != V_VIEW && !v->reshaped) {
        const IExpr *x = idx[0];
        if (x->kind == IE_VAR && x->var == i) a.rowed = true;
        else if (x->kind == IE_BINOP && (x->op.op == OP_ADD || x->op.op == OP_SUB)) {
            const IExpr *l = x->op.a, *r = x->op.b;
            if (l->kind == IE_VAR && l->var == i && r->kind == IE_CONST) {
                a.rowed = true;
                a.c = x->op.op == OP_ADD ? r->c.i : -r->c.i;
            } else if (x->op.op == OP_ADD && r->kind == IE_VAR && r->var == i && l->kind == IE_CONST) {
                a.rowed = true;
                a.c = l->c.i;
            }
        }
    }
    add_acc(p, a);
}

static void load_fn(IExpr **slot, void *ctx)
{
    Part *p = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_LOAD) access_at(p, e->load.arr, e->load.n, e->load.idx, false);
    else if (e->kind == IE_ECALL || e->kind >= IE_MAP || e->kind == IE_SLOAD) p->bad = true;
}

static void scan(Part *p, PtrList *l)
{
    for (int k = 0; k < l->len && !p->bad; k++) {
        IStmt *s = l->items[k];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank || expr_may_trap(s->assign.val)) p->bad = true;
            else ir_walk_expr(&s->assign.val, load_fn, p);
            break;
        case IS_STORE: {
            bool trap = expr_may_trap(s->store.val);
            for (int d = 0; d < s->store.n; d++) trap = trap || expr_may_trap(s->store.idx[d]);
            if (trap) { p->bad = true; break; }
            for (int d = 0; d < s->store.n; d++) ir_walk_expr(&s->store.idx[d], load_fn, p);
            ir_walk_expr(&s->store.val, load_fn, p);
            access_at(p, s->store.arr, s->store.n, s->store.idx, true);
            break;
        }
        case IS_IF:
            if (expr_may_trap(s->if_.cond)) { p->bad = true; break; }
            ir_walk_expr(&s->if_.cond, load_fn, p);
            scan(p, &s->if_.then);
            scan(p, &s->if_.els);
            break;
        case IS_LOOP:
            /* a row loop's inner loops (its row's reductions, a row's
               elements): parfors of scalar code whose reductions are plain */
            if (p->lp->loop.rank != 1 || s->loop.kind != LOOP_PARFOR || s->loop.rank != 1
                || expr_may_trap(s->loop.lo[0]) || expr_may_trap(s->loop.hi[0])) { p->bad = true; break; }
            ir_walk_expr(&s->loop.lo[0], load_fn, p);
            ir_walk_expr(&s->loop.hi[0], load_fn, p);
            scan(p, &s->loop.body);
            for (int q = 0; q < s->loop.reds.len && !p->bad; q++) {
                Reduction *r = s->loop.reds.items[q];
                if (r->lam || r->cont || r->lanes || r->lanes_w || expr_may_trap(r->value)) p->bad = true;
                else ir_walk_expr(&r->value, load_fn, p);
            }
            break;
        default: p->bad = true; break;
        }
    }
}

static bool has_inner_loop(const PtrList *l)
{
    for (int k = 0; k < l->len; k++) {
        const IStmt *s = l->items[k];
        if (s->kind == IS_LOOP) return true;
        if (s->kind == IS_IF && (has_inner_loop(&s->if_.then) || has_inner_loop(&s->if_.els))) return true;
    }
    return false;
}

/* A part: a parfor without reductions of its own, every access scanned:
 * over rows and columns (rank 2, scalar code), or over rows (rank 1: a
 * row's scalar code and inner loops, `[sum(a[i, ..]) for i in 0..m]`). */
static bool part_of(IStmt *s, Part *p)
{
    *p = (Part){ s, NULL, 0, 0, false, 0 };
    if (s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR || s->loop.rank < 1 || s->loop.rank > 2 || s->loop.reds.len
        || (s->loop.rank == 2 && !ir_clonable_stmts(&s->loop.body)))
        return false;
    for (int d = 0; d < s->loop.rank; d++)
        if (expr_may_trap(s->loop.lo[d]) || expr_may_trap(s->loop.hi[d])) return false;
    /* a loop over rows counts only with a loop over each row (a plain 1-D
       map stays a vector loop of its own) */
    if (s->loop.rank == 1 && !has_inner_loop(&s->loop.body)) return false;
    scan(p, &s->loop.body);
    return !p->bad;
}

static bool conflict(const Acc *a, const Acc *b) { return a->v == b->v && (a->write || b->write); }

/* Can parts g[0..m) run fused (the comment at the top)?  Sets each part's D;
 * *reuse: a later part reads an array an earlier one writes. */
static bool legal(Part *g, int m, bool *reuse)
{
    *reuse = false;
    for (int k = 0; k < m; k++) g[k].D = 0;
    for (int k = 0; k < m; k++)
        for (int x = 0; x < g[k].n; x++) {
            const Acc *w = &g[k].acc[x];
            if (!w->write) continue;
            for (int l = 0; l < m; l++)
                for (int y = 0; y < g[l].n; y++) {
                    const Acc *o = &g[l].acc[y];
                    if (o->v == w->v ? !o->rowed : may_alias(o->v, w->v)) return false;
                }
        }
    for (int k = 0; k < m; k++)
        for (int l = k + 1; l < m; l++)
            for (int x = 0; x < g[k].n; x++)
                for (int y = 0; y < g[l].n; y++) {
                    const Acc *a = &g[k].acc[x], *b = &g[l].acc[y];
                    if (!conflict(a, b)) continue;
                    int64_t d = a->c - b->c;
                    if (d < 0 || d > 8) return false;
                    if (d > g[l].D) g[l].D = d;
                    if (a->write && !b->write) *reuse = true;
                }
    for (int l = 0; l < m; l++) {
        if (!g[l].D) continue;
        if (g[l].lp->loop.rank == 1) return false;     /* its body runs once, in the first pass */
        for (int q = l + 1; q < m; q++)
            for (int x = 0; x < g[l].n; x++)
                for (int y = 0; y < g[q].n; y++)
                    if (conflict(&g[l].acc[x], &g[q].acc[y])) return false;     /* a deferred part as a source */
    }
    return true;
}

/* Part k's row r (r a row index): if (lo <= r < hi && extra) parfor (j ...) { body, i = r } */
static void rename_fn(IExpr **slot, void *ctx)
{
    Var **ft = ctx;
    if ((*slot)->kind == IE_VAR && (*slot)->var == ft[0]) *slot = ir_varref(ft[1], (*slot)->span);
}

static IStmt *part_row(IrFunc *f, IStmt *lp, Var *r, Var *lo, Var *hi, IExpr *extra, Span s)
{
    IExpr *in = ix_bin(OP_AND, ix_bin(OP_GE, ir_varref(r, s), ir_varref(lo, s), s), ix_bin(OP_LT, ir_varref(r, s), ir_varref(hi, s), s), s);
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = extra ? ix_bin(OP_AND, in, extra, s) : in;
    if (lp->loop.rank == 1) {
        /* a row loop: its body itself, with r for its index (it runs once:
           never deferred, legal()) */
        Var *ft[2] = { lp->loop.idx[0], r };
        ir_walk_stmts(&lp->loop.body, rename_fn, ft);
        for (int q = 0; q < lp->loop.body.len; q++) plist_push(&iff->if_.then, lp->loop.body.items[q]);
        return iff;
    }
    IStmt *cols = ir_loop1(f, LOOP_PARFOR, lp->loop.idx[1]->name, ir_clone_expr(lp->loop.lo[1]), ir_clone_expr(lp->loop.hi[1]), s);
    Var *from[2] = { lp->loop.idx[0], lp->loop.idx[1] }, *to[2] = { r, cols->loop.idx[0] };
    ir_clone_stmts(f, &lp->loop.body, &cols->loop.body, from, to, 2);
    for (int q = 0; q < lp->loop.fused.len; q++) plist_push(&cols->loop.fused, lp->loop.fused.items[q]);
    plist_push(&iff->if_.then, cols);
    return iff;
}

/* Appends the fused loops of parts g[0..m) to out. */
static void rewrite(IrFunc *f, PtrList *out, Part *g, int m)
{
    Span s = g[0].lp->span;
    PtrList pre = {0};
    Var *lo[MAX_PARTS], *hi[MAX_PARTS];
    int64_t D = 0;
    for (int k = 0; k < m; k++) {
        lo[k] = rowchunks_temp(f, &pre, "rows_lo", ir_clone_expr(g[k].lp->loop.lo[0]), s);
        hi[k] = rowchunks_temp(f, &pre, "rows_hi", ir_clone_expr(g[k].lp->loop.hi[0]), s);
        if (g[k].D > D) D = g[k].D;
    }
    IExpr *L = ir_varref(lo[0], s), *H = ir_varref(hi[0], s);
    for (int k = 1; k < m; k++) { L = ix_min(L, ir_varref(lo[k], s), s); H = ix_max(H, ir_varref(hi[k], s), s); }
    Var *L0 = rowchunks_temp(f, &pre, "rows_from", L, s);
    Var *rows = rowchunks_rows(f, &pre, ir_varref(L0, s), H, s);
    int64_t least = 2 * D > MIN_CHUNK_ROWS ? 2 * D : MIN_CHUNK_ROWS;
    Var *len = rowchunks_temp(f, &pre, "chunk_rows", ix_call("arr_tile_len", ir_varref(rows, s), ix_cst(least, s), ir_varref(rows, s), s), s);
    Var *nch = rowchunks_temp(f, &pre, "chunks", ix_call("arr_ceil_div", ir_varref(rows, s), ir_varref(len, s), NULL, s), s);
    for (int pass = 0; pass < (D ? 2 : 1); pass++) {
        IStmt *elems;
        IStmt *chunks = rowchunks_loop(f, &pre, rows, nch, ir_varref(L0, s), "row", NULL, &elems, s);
        /* the overhead guard's view of the work: rows (the deferred ones: D a
           chunk) x each loop's columns x its element's work */
        IExpr *w = NULL;
        for (int k = 0; k < m; k++) {
            if (pass && !g[k].D) continue;
            const IStmt *lp = g[k].lp;
            IExpr *cols = lp->loop.rank == 1 ? ix_cst(1, s)
                          : ix_max(ix_bin(OP_SUB, ir_clone_expr(lp->loop.hi[1]), ir_clone_expr(lp->loop.lo[1]), s), ix_cst(0, s), s);
            IExpr *t = ix_bin(OP_MUL, cols, ix_cst(cg_iteration_work(lp), s), s);
            w = w ? ix_bin(OP_ADD, w, t, s) : t;
        }
        chunks->loop.work = ix_bin(OP_MUL, pass ? ix_bin(OP_MUL, ir_varref(nch, s), ix_cst(D, s), s) : ir_varref(rows, s), w, s);
        elems->loop.fused.len = 0;
        Var *r = elems->loop.idx[0];
        IExpr *i0 = elems->loop.lo[0];
        if (pass) elems->loop.hi[0] = ix_min(ir_clone_expr(elems->loop.hi[0]), ix_bin(OP_ADD, ir_clone_expr(i0), ix_cst(D, s), s), s);
        for (int k = 0; k < m; k++) {
            IExpr *first = g[k].D ? ix_bin(pass ? OP_LT : OP_GE, ir_varref(r, s), ix_bin(OP_ADD, ir_clone_expr(i0), ix_cst(g[k].D, s), s), s)
                                  : NULL;
            if (pass && !g[k].D) continue;
            plist_push(&elems->loop.body, part_row(f, g[k].lp, r, lo[k], hi[k], first, s));
        }
        plist_push(&elems->loop.fused, pass ? arena_printf("note:the first %lld rows of each chunk of the loops that read "
                                                           "rows another chunk writes, after all chunks", (long long)D)
                                            : arena_printf("note:%d loops over rows fused: each row of each loop in turn "
                                                           "(rows at distances up to %lld)", m, (long long)D));
        plist_push(&chunks->loop.fused, arena_printf("note:by chunks of rows, about one per thread (at least %lld rows)",
                                                      (long long)least));
        rowchunks_close(chunks, elems, NULL, NULL);
        plist_push(&pre, chunks);
    }
    for (int q = 0; q < pre.len; q++) plist_push(out, pre.items[q]);
}

/* Scalar code only: no loads, calls of extern functions or domain nodes. */
static void scalar_fn(IExpr **slot, void *ctx)
{
    IExpr *e = *slot;
    if (e->kind == IE_LOAD || e->kind == IE_ECALL || e->kind == IE_SLOAD || e->kind >= IE_MAP) *(bool *)ctx = false;
}
static bool scalar_only(IExpr *e)
{
    bool ok = true;
    ir_walk_expr(&e, scalar_fn, &ok);
    return ok;
}

/* Does a part's loop (bounds, body) mention v?  (Its scalars' own
 * assignments need no look: a part assigns only scalars of its own.) */
static bool part_mentions(const IStmt *lp, const Var *v)
{
    for (int d = 0; d < lp->loop.rank; d++)
        if (mentions(lp->loop.lo[d], v) || mentions(lp->loop.hi[d], v)) return true;
    const void *x[2] = { v, NULL };
    ir_walk_stmts((PtrList *)&lp->loop.body, mentions_fn, x);
    return x[1] != NULL;
}

/* A statement between two parts that may run before the group instead: a
 * check on scalars, a scalar assignment that cannot trap to a variable
 * the parts before it do not mention, or an allocation or array binding
 * (below).  Neither reads what the parts write
 * (arrays; their scalars are their own), and the parts cannot fail, so
 * only a failing check moves: it then fails before those parts' stores
 * instead of after them (the hoisting of checks does as much). */
static bool movable(IStmt *s, const Part *g, int m)
{
    if (s->kind == IS_CHECK) return scalar_only(s->check.cond);
    /* an allocation, or a second name for an array (`e = out`, a result's
       buffer): what they bind is not mentioned by the parts before them,
       which therefore run the same after them (an allocation reads only
       its extents, scalars the parts do not assign) */
    const Var *bound = s->kind == IS_ALLOC ? s->alloc
                       : s->kind == IS_ASSIGN && s->assign.dst->rank && s->assign.val->kind == IE_VAR ? s->assign.dst : NULL;
    if (bound) {
        for (int k = 0; k < m; k++)
            if (part_mentions(g[k].lp, bound)) return false;
        return true;
    }
    if (s->kind != IS_ASSIGN || s->assign.dst->rank || !scalar_only(s->assign.val) || expr_may_trap(s->assign.val)) return false;
    for (int k = 0; k < m; k++)
        if (part_mentions(g[k].lp, s->assign.dst)) return false;
    return true;
}

static void walk(const IrProgram *p, IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Part g[MAX_PARTS];
        int at[MAX_PARTS];
        int m = 0, best = 0, end = i;
        bool reuse = false, best_reuse = false;
        for (int j = i; j < l->len && m < MAX_PARTS; j++) {
            if (part_of(l->items[j], &g[m])) {
                at[m++] = j;
                if (m < 2) continue;
                if (!legal(g, m, &reuse)) break;
                best = m;
                best_reuse = reuse;
                end = j + 1;
            } else if (!m || !movable(l->items[j], g, m)) break;
        }
        if (best >= 2 && best_reuse) {
            legal(g, best, &reuse);         /* the parts' D for best */
            /* l[i .. end): the statements between the parts first, then the fused loops */
            PtrList mid = {0};
            for (int j = i, k = 0; j < end; j++) {
                if (k < best && at[k] == j) { k++; continue; }
                plist_push(&mid, l->items[j]);
            }
            PtrList out = {0};
            for (int q = 0; q < i; q++) plist_push(&out, l->items[q]);
            for (int q = 0; q < mid.len; q++) plist_push(&out, mid.items[q]);
            rewrite(f, &out, g, best);
            int next = out.len;
            for (int q = end; q < l->len; q++) plist_push(&out, l->items[q]);
            *l = out;
            i = next - 1;
            continue;
        }
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: walk(p, f, &s->if_.then); walk(p, f, &s->if_.els); break;
        case IS_WHILE: walk(p, f, &s->while_.pre); walk(p, f, &s->while_.body); break;
        case IS_LOOP: if (s->loop.kind == LOOP_SERIAL) walk(p, f, &s->loop.body); break;
        default: break;
        }
    }
}

void pass_rowfuse(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;
    for (int i = 0; i < p->funcs.len; i++) walk(p, p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body);
}
