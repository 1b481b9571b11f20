/* arglanes.c — a short argmin/argmax per row, run for ARG_LANES rows at a
 * time, one row a vector lane.
 *
 * k-means' assignment `argmin([dist2(px[i], py[i], cx[c], cy[c]) for c in
 * 0..k])` is, per point i, a loop over the k centres that compares and
 * selects an index per centre (pass nanfree's copy, without NaN tracking).
 * With k = 16 the loop is too short to vectorise along c, and no compiler
 * vectorises the loop over points around it (gcc: "loop nest containing
 * two or more consecutive inner loops cannot be vectorized"); it ran at
 * the hand loop's speed, one centre at a time.  An expert runs the centres
 * in the outer loop and 32 points in vector lanes: each lane keeps its own
 * best value and index.  Measured by hand on bench/kmeans (1e6 points, 16
 * centres, one thread): 12.0 ms -> 6.0 ms, where the lanes' index is
 * selected with bit operations (`idx ^ ((idx ^ c) & -better)`): written as
 * `better ? c : idx`, gcc 12 turns the store of the lane's index into a
 * masked store behind a test of the mask, a branch that random data
 * mispredicts (13.5 ms).
 *
 * Before/after: PIR.  A serial rank-1 loop L (in a parfor's body; its
 * bounds constants or variables its body does not assign) whose body holds,
 * at its top level, the versions `if (cond) { P } else { ... }` of pass
 * nanfree, where P is a rank-1 parfor over lo..hi (lo a constant, hi a
 * constant or a variable L's body does not assign) with one argmin/argmax
 * reduction of floats without NaN tracking, whose index is P's own, whose
 * body only assigns scalars, with no trap site and exact values (pass
 * argblock's arg_exact), its value a scalar the body assigns, and which
 * reads no scalar L's body assigns (but its own and L's index) and no
 * array L's body stores to, allocates or may alias, becomes
 *     fend = L.lo + (L.hi - L.lo) / ARG_LANES * ARG_LANES
 *     alloc best[ARG_LANES], at[ARG_LANES] (on the stack)
 *     for (i in L.lo..L.hi) {
 *         q = (i - L.lo) & (ARG_LANES - 1)
 *         if (q == 0 && i < fend) {       the first row of a whole block
 *             parfor (l in 0..ARG_LANES) { best[l] = +-inf; at[l] = lo }
 *             for (c in lo..hi)
 *                 parfor (l in 0..ARG_LANES) {     a vector loop
 *                     P's body for row i + l and c; v its value
 *                     better = v < best[l]          (> for an argmax)
 *                     at[l] = at[l] ^ ((at[l] ^ c) & -i64(better))
 *                     best[l] = better ? v : best[l]
 *                 }
 *         }
 *         ... L's body, where the versions' first branch is now
 *         if (cond) { if (i < fend) { acc = best[q]; idx = at[q] } else { P } } else { ... }
 *     }
 * Legality: a row i < fend lies in the whole block that starts at
 * i - q (a multiple of ARG_LANES rows from L.lo, all below fend <= L.hi),
 * whose lanes ran when L reached that row, before any of the block's rows.
 * Lane q runs P's updates for row i in P's order from P's initial state
 * (+-inf and the first index: codegen's start for a float argmin without
 * NaN tracking), the comparison P makes, and the bit select is `better ? c
 * : at[l]` (-1 or 0 as a mask): so when P would run for row i (cond
 * holds), the lane ends with the accumulator and index P ends with,
 * provided each value is the same bits.  It is: P's body reads only
 * c, the row index, its own scalars and scalars and arrays L's body does
 * not change, so the block's earlier statements cannot change what the
 * lane computed in advance; and its operations are exactly rounded or
 * exact (arg_exact), with no contraction without --fast-math (where
 * arg_exact refuses float arithmetic), so a vector lane gives a scalar
 * register's bits.  P's body cannot trap and has no effects, so computing
 * lanes whose row's cond fails (NaN inputs: their comparisons are false),
 * or that the rows then do not use, changes nothing.  P's bounds are the
 * same for every row (constant or not assigned in L).  The rows after
 * fend (fewer than ARG_LANES) run P as before.  A parfor (no reductions)
 * whose body holds such versions first runs its last dimension by blocks
 * (by_blocks below).  Not under --mpi, not at
 * -O0, not inside a stencil's rounds or a compaction. */
#include "passes.h"
#include "access.h"
#include <math.h>
#include <stdlib.h>

enum { ARG_LANES = 32 };

static IExpr *bin(Op op, TyKind opk, IExpr *a, IExpr *b, Span s)
{
    bool cmp = op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE || op == OP_EQ || op == OP_NE || op == OP_AND
               || op == OP_OR;
    return ir_binop(op, cmp ? T_BOOL : opk, opk, a, b, s);
}
static IExpr *i64c(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }

static IExpr *at_lane(Var *a, IExpr *l, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, a->elem, s);
    ld->load.arr = a;
    ld->load.n = 1;
    ld->load.idx[0] = l;
    return ld;
}

static IStmt *store_lane(Var *a, IExpr *l, IExpr *v, Span s)
{
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = a;
    st->store.n = 1;
    st->store.idx[0] = l;
    st->store.val = v;
    return st;
}

/* What L's body changes: per var id, assigned scalars (loop indices and
 * reductions too) and arrays stored to or allocated. */
typedef struct Changes { bool *var; PtrList arrs; bool bad; } Changes;

static void note_changes(Changes *c, const PtrList *l)
{
    for (int i = 0; i < l->len && !c->bad; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank) c->bad = true;
            else c->var[s->assign.dst->id] = true;
            break;
        case IS_STORE: plist_push(&c->arrs, s->store.arr); break;
        case IS_ALLOC: plist_push(&c->arrs, s->alloc); break;
        case IS_IF: note_changes(c, &s->if_.then); note_changes(c, &s->if_.els); break;
        case IS_WHILE: note_changes(c, &s->while_.pre); note_changes(c, &s->while_.body); break;
        case IS_LOOP:
            if (s->loop.kind != LOOP_SERIAL && s->loop.kind != LOOP_PARFOR) { c->bad = true; break; }
            for (int d = 0; d < s->loop.rank; d++) c->var[s->loop.idx[d]->id] = true;
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                c->var[r->acc->id] = true;
                if (r->idx) c->var[r->idx->id] = true;
            }
            note_changes(c, &s->loop.body);
            break;
        case IS_CHECK: case IS_GOTO: case IS_LABEL: case IS_PREFETCH: break;
        default: c->bad = true; break;
        }
    }
}

/* Does P's code read nothing that L's body changes (but P's own scalars
 * and L's index)? */
typedef struct Reads { const Changes *c; const bool *own; const Var *row; bool ok; } Reads;

static void check_read(IExpr **slot, void *ctx)
{
    Reads *r = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var != r->row && !r->own[e->var->id] && r->c->var[e->var->id]) r->ok = false;
    if (e->kind == IE_LOAD)
        for (int k = 0; k < r->c->arrs.len; k++) {
            const Var *a = r->c->arrs.items[k];
            if (a == e->load.arr || may_alias(a, e->load.arr)) r->ok = false;
        }
    if (e->kind != IE_VAR && e->kind != IE_LOAD && e->kind != IE_CONST && e->kind != IE_BINOP && e->kind != IE_UNOP
        && e->kind != IE_SELECT && e->kind != IE_CONV && e->kind != IE_CALL)
        r->ok = false;
}

static bool bound_ok(const IExpr *e, const Changes *c)
{
    return e->kind == IE_CONST || (e->kind == IE_VAR && !c->var[e->var->id]);
}

/* Is P (the versions' first branch) an argmin/argmax that runs by lanes in L? */
static bool lanes_ok(const IStmt *p, const IStmt *lp, const Changes *c, bool *own, bool fast)
{
    if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR || p->loop.rank != 1 || p->loop.reds.len != 1 || p->loop.whole)
        return false;
    const Reduction *r = p->loop.reds.items[0];
    if ((r->op != RED_ARGMIN && r->op != RED_ARGMAX) || !arg_red_plain(r) || !r->nan_free) return false;
    if (r->acc->elem != T_F64 && r->acc->elem != T_F32) return false;
    if (!r->lam || r->lam->kind != IE_VAR || r->lam->var != p->loop.idx[0]) return false;
    if (p->loop.lo[0]->kind != IE_CONST || !bound_ok(p->loop.hi[0], c)) return false;
    if (!r->value || r->value->kind != IE_VAR || expr_may_trap(r->value)) return false;
    bool defined = false;
    own[p->loop.idx[0]->id] = true;
    for (int i = 0; i < p->loop.body.len; i++) {
        const IStmt *s = p->loop.body.items[i];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank || s->assign.dst == p->loop.idx[0] || s->assign.dst == r->acc
            || s->assign.dst == r->idx)
            return false;
        if (expr_may_trap(s->assign.val) || !arg_exact(s->assign.val, fast)) return false;
        own[s->assign.dst->id] = true;
        if (s->assign.dst == r->value->var) defined = true;
    }
    if (!defined) return false;
    Reads rd = { c, own, lp->loop.idx[0], true };
    PtrList body = p->loop.body;
    ir_walk_stmts(&body, check_read, &rd);
    return rd.ok;
}

/* Rewrites L = l[at] around its versions at position k (see the top). */
static void rewrite(IrFunc *f, PtrList *l, int at, int k)
{
    IStmt *lp = l->items[at];
    IStmt *ver = lp->loop.body.items[k];
    IStmt *p = ver->if_.then.items[0];
    const Reduction *r = p->loop.reds.items[0];
    Span s = lp->span;
    Var *row = lp->loop.idx[0];
    TyKind fk = r->acc->elem;
    bool amin = r->op == RED_ARGMIN;
    /* fend and the lanes' arrays, before L */
    IExpr *n = bin(OP_SUB, T_I64, ir_clone_expr(lp->loop.hi[0]), ir_clone_expr(lp->loop.lo[0]), s);
    IExpr *whole = bin(OP_MUL, T_I64, bin(OP_DIV, T_I64, n, i64c(ARG_LANES, s), s), i64c(ARG_LANES, s), s);
    Var *fend = ir_var(f, "lanes_end", T_I64, 0, V_TEMP, s);
    IStmt *fe = ir_assign(fend, bin(OP_ADD, T_I64, ir_clone_expr(lp->loop.lo[0]), whole, s), s);
    Var *best = ir_var(f, "lane_best", fk, 1, V_TEMP, s);
    Var *idx = ir_var(f, "lane_at", T_I64, 1, V_TEMP, s);
    IStmt *pre[3] = { fe, NULL, NULL };
    Var *arrs[2] = { best, idx };
    for (int a = 0; a < 2; a++) {
        arrs[a]->dims[0] = (Ext){ NULL, ARG_LANES };
        arrs[a]->on_stack = true;
        arrs[a]->written = true;
        pre[a + 1] = ir_stmt(IS_ALLOC, s);
        pre[a + 1]->alloc = arrs[a];
    }
    for (int q = 0; q < 3; q++) plist_insert(l, at + q, pre[q]);
    /* q = (i - L.lo) & (ARG_LANES - 1), at the top of L's body */
    Var *q = ir_var(f, "lane", T_I64, 0, V_TEMP, s);
    IExpr *off = bin(OP_SUB, T_I64, ir_varref(row, s), ir_clone_expr(lp->loop.lo[0]), s);
    off->nowrap = true;     /* i >= L.lo: a row's distance from the first */
    PtrList top = {0};
    plist_push(&top, ir_assign(q, bin(OP_BAND, T_I64, off, i64c(ARG_LANES - 1, s), s), s));
    /* the block's lanes, at its first row */
    IStmt *blk = ir_stmt(IS_IF, s);
    blk->if_.cond = bin(OP_AND, T_BOOL, bin(OP_EQ, T_I64, ir_varref(q, s), i64c(0, s), s),
                        bin(OP_LT, T_I64, ir_varref(row, s), ir_varref(fend, s), s), s);
    IStmt *init = ir_loop1(f, LOOP_PARFOR, "l", i64c(0, s), i64c(ARG_LANES, s), s);
    init->loop.even = true;
    plist_push(&init->loop.body, store_lane(best, ir_varref(init->loop.idx[0], s), ir_const_f(fk, amin ? INFINITY : -INFINITY, s), s));
    plist_push(&init->loop.body, store_lane(idx, ir_varref(init->loop.idx[0], s), ir_clone_expr(p->loop.lo[0]), s));
    plist_push(&blk->if_.then, init);
    IStmt *cl = ir_loop1(f, LOOP_SERIAL, p->loop.idx[0]->name, ir_clone_expr(p->loop.lo[0]), ir_clone_expr(p->loop.hi[0]), s);
    plist_push(&cl->loop.fused, arena_printf("note:the %s of %d rows at a time, a row a vector lane", amin ? "argmin" : "argmax",
                                             ARG_LANES));
    Var *c = cl->loop.idx[0];
    IStmt *lanes = ir_loop1(f, LOOP_PARFOR, "l", i64c(0, s), i64c(ARG_LANES, s), s);
    lanes->loop.even = true;
    for (int i = 0; i < p->loop.fused.len; i++) plist_push(&lanes->loop.fused, p->loop.fused.items[i]);
    Var *l_ = lanes->loop.idx[0];
    IExpr *ri = bin(OP_ADD, T_I64, ir_varref(row, s), ir_varref(l_, s), s);
    ri->nowrap = true;      /* a row of the block, below fend <= L.hi */
    Var *ii = rowchunks_temp(f, &lanes->loop.body, row->name, ri, s);
    Var *from[2] = { p->loop.idx[0], row }, *to[2] = { c, ii };
    Var *fol[1] = { r->value->var };
    ir_clone_stmts_follow(f, &p->loop.body, &lanes->loop.body, from, to, 2, fol, 1);
    Var *better = ir_var(f, "lane_better", T_BOOL, 0, V_TEMP, s);
    plist_push(&lanes->loop.body, ir_assign(better, bin(amin ? OP_LT : OP_GT, fk, ir_varref(fol[0], s),
                                                        at_lane(best, ir_varref(l_, s), s), s), s));
    IExpr *mask = ir_expr(IE_CONV, T_I64, s);
    mask->conv = ir_varref(better, s);
    IExpr *neg = ir_expr(IE_UNOP, T_I64, s);
    neg->op.op = OP_NEG;
    neg->op.opk = T_I64;
    neg->op.a = mask;
    IExpr *diff = bin(OP_BXOR, T_I64, at_lane(idx, ir_varref(l_, s), s), ir_varref(c, s), s);
    IExpr *sel = bin(OP_BXOR, T_I64, at_lane(idx, ir_varref(l_, s), s), bin(OP_BAND, T_I64, diff, neg, s), s);
    plist_push(&lanes->loop.body, store_lane(idx, ir_varref(l_, s), sel, s));
    plist_push(&lanes->loop.body, store_lane(best, ir_varref(l_, s), ir_select(fk, ir_varref(better, s), ir_varref(fol[0], s),
                                                                                at_lane(best, ir_varref(l_, s), s), s), s));
    plist_push(&cl->loop.body, lanes);
    plist_push(&blk->if_.then, cl);
    plist_push(&top, blk);
    for (int i = 0; i < top.len; i++) plist_insert(&lp->loop.body, i, top.items[i]);
    /* the row's result: its lane in a whole block, else P */
    IStmt *use = ir_stmt(IS_IF, s);
    use->if_.cond = bin(OP_LT, T_I64, ir_varref(row, s), ir_varref(fend, s), s);
    use->if_.versions = true;
    plist_push(&use->if_.then, ir_assign(r->acc, at_lane(best, ir_varref(q, s), s), s));
    plist_push(&use->if_.then, ir_assign(r->idx, at_lane(idx, ir_varref(q, s), s), s));
    plist_push(&use->if_.els, p);
    ver->if_.then.items[0] = use;
    plist_push(&lp->loop.fused, arena_printf("note:its rows' %s by blocks of %d rows, a row a vector lane", amin ? "argmin" : "argmax",
                                             ARG_LANES));
}

typedef struct Al { bool fast; } Al;

/* The position in lp's body of the versions whose first branch runs by
 * lanes in lp, a loop over rows, or -1; with `bounds`, lp's bounds must
 * not change in it either (a serial loop's). */
static int rows_versions(IrFunc *f, const IStmt *lp, bool bounds, bool fast)
{
    Changes c = { xcalloc((size_t)f->vars.len + 1, sizeof(bool)), {0}, false };
    note_changes(&c, &lp->loop.body);
    int k = -1;
    if (!c.bad && (!bounds || (bound_ok(lp->loop.lo[0], &c) && bound_ok(lp->loop.hi[0], &c))))
        for (int i = 0; i < lp->loop.body.len && k < 0; i++) {
            const IStmt *v = lp->loop.body.items[i];
            if (v->kind != IS_IF || !v->if_.versions || v->if_.pp || v->if_.then.len != 1) continue;
            bool *own = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
            if (lanes_ok(v->if_.then.items[0], lp, &c, own, fast)) k = i;
            free(own);
        }
    free(c.var);
    return k;
}

static int try_rows(IrFunc *f, PtrList *l, int at, void *ctx)
{
    IStmt *lp = l->items[at];
    if (lp->loop.kind != LOOP_SERIAL || lp->loop.rank != 1) return 0;
    int k = rows_versions(f, lp, true, ((Al *)ctx)->fast);
    if (k < 0) return 0;
    rewrite(f, l, at, k);
    return 4;           /* fend, the two allocations, L */
}

/* A parfor over rows (no reductions) whose rows run such an argmin: its
 * rows (its last dimension's iterations) run by blocks of ARG_LANES,
 *     parfor (..., blk in 0..(n + ARG_LANES - 1) / ARG_LANES) {
 *         r0 = lo + blk * ARG_LANES; r1 = min(r0 + ARG_LANES, hi)
 *         for (i in r0..r1) { the row }
 *     }
 * (legal: a parfor's iterations are independent, so any grouping of them,
 * in any order, computes the same; n = hi - lo, or 0; the other
 * dimensions stay as they were), and the block's loop is then a serial
 * loop of rows as above.  Returns the new parfor. */
static IStmt *by_blocks(IrFunc *f, IStmt *pf)
{
    Span s = pf->span;
    int d = pf->loop.rank - 1;
    IExpr *lo = pf->loop.lo[d], *hi = pf->loop.hi[d];
    IExpr *n = ir_select(T_I64, bin(OP_GT, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s),
                         bin(OP_SUB, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s), i64c(0, s), s);
    IExpr *nb = bin(OP_DIV, T_I64, bin(OP_ADD, T_I64, n, i64c(ARG_LANES - 1, s), s), i64c(ARG_LANES, s), s);
    IStmt *blks = ir_loop1(f, LOOP_PARFOR, "blk", i64c(0, s), nb, s);
    Var *blk = blks->loop.idx[0];
    blks->loop.rank = pf->loop.rank;
    for (int k = 0; k < d; k++) {
        blks->loop.idx[k] = pf->loop.idx[k];
        blks->loop.lo[k] = pf->loop.lo[k];
        blks->loop.hi[k] = pf->loop.hi[k];
    }
    blks->loop.idx[d] = blk;
    blks->loop.lo[d] = i64c(0, s);
    blks->loop.hi[d] = nb;
    blks->loop.even = true;         /* blocks of equal size (but the last) */
    blks->span = s;
    for (int i = 0; i < pf->loop.fused.len; i++) plist_push(&blks->loop.fused, pf->loop.fused.items[i]);
    IExpr *start = bin(OP_ADD, T_I64, ir_clone_expr(lo), bin(OP_MUL, T_I64, ir_varref(blk, s), i64c(ARG_LANES, s), s), s);
    start->nowrap = start->op.b->nowrap = true;     /* a row of lo..hi */
    Var *r0 = rowchunks_temp(f, &blks->loop.body, "rows_lo", start, s);
    IExpr *end = bin(OP_ADD, T_I64, ir_varref(r0, s), i64c(ARG_LANES, s), s);
    end->nowrap = true;
    Var *r1 = rowchunks_temp(f, &blks->loop.body, "rows_hi", ir_select(T_I64, bin(OP_LT, T_I64, ir_clone_expr(hi), end, s),
                                                                       ir_clone_expr(hi), ir_clone_expr(end), s), s);
    IStmt *rows = ir_stmt(IS_LOOP, s);
    rows->loop.kind = LOOP_SERIAL;
    rows->loop.rank = 1;
    rows->loop.idx[0] = pf->loop.idx[d];
    rows->loop.lo[0] = ir_varref(r0, s);
    rows->loop.hi[0] = ir_varref(r1, s);
    rows->loop.body = pf->loop.body;
    rows->loop.trip_max = ARG_LANES;
    plist_push(&blks->loop.body, rows);
    return blks;
}

/* L must be in a parfor's body (the lanes' arrays are that iteration's, on the stack) */
static int try_par(IrFunc *f, PtrList *l, int at, void *ctx)
{
    IStmt *pf = l->items[at];
    if (pf->loop.kind != LOOP_PARFOR) return 0;
    int d = pf->loop.rank - 1;      /* its rows: the last dimension's iterations */
    if (!pf->loop.reds.len && !pf->loop.whole && !pf->loop.work && !pf->loop.trip_max
        && (pf->loop.lo[d]->kind == IE_CONST || pf->loop.lo[d]->kind == IE_VAR)
        && (pf->loop.hi[d]->kind == IE_CONST || pf->loop.hi[d]->kind == IE_VAR) && rows_versions(f, pf, false, ((Al *)ctx)->fast) >= 0)
        l->items[at] = pf = by_blocks(f, pf);
    for (int i = 0; i < pf->loop.body.len; i++) {
        IStmt *s = pf->loop.body.items[i];
        if (s->kind != IS_LOOP) continue;
        int n = try_rows(f, &pf->loop.body, i, ctx);
        if (n > 0) i += n - 1;
    }
    return 1;       /* not into the rows' own loops */
}

void pass_arglanes(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;     /* -O0; --mpi */
    Al al = { p->fast_math };
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        ir_each_loop(f, &f->body, try_par, &al);
    }
}
