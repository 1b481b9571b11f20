/* tile.c — a 2-D parallel loop nest that reads an array across its rows (a
 * transpose) runs by square tiles.
 *
 * Before/after: PIR.  In
 *     parfor (i in lo0..hi0, j in lo1..hi1) { body }
 * a load x[..., e(j), ..., f(i)] of a 2-D or higher array whose last index
 * does not depend on j but an earlier one does (through the body's
 * scalars too: a dependence on a scalar assigned before it is defined
 * would be missed, which only costs the tiling) walks memory with a stride of
 * a row (or more) per step of j, the inner loop: every element read is on
 * a cache line of its own, and the line is gone by the time the next i
 * wants its neighbour.  When something else in the body walks along j
 * with stride 1 (a store or load whose last index mentions j), interchange
 * cannot help (it would turn that one into the strided walk).  The nest
 * becomes
 *     parfor (ti in 0..ceil((hi0 - lo0) / B), tj in 0..ceil((hi1 - lo1) / B)) {
 *         i0 = lo0 + ti B; i1 = min(i0 + B, hi0); j0 = lo1 + tj B; j1 = min(j0 + B, hi1)
 *         parfor (i in i0..i1) { parfor (j in j0..j1) { body } }
 *     }
 * with B = 32 (a tile of f64 is 8 KiB per array: the strided array's B
 * lines stay in L1 while the B rows of the tile use each of them B times);
 * the inner parfors run in their tile's thread, the innermost vectorised.
 * Legality: a parfor's meaning is that its iterations are independent
 * (any order, any split over threads); the tiles partition the iteration
 * space ([i0, i1) x [j0, j1) over all ti, tj covers lo0..hi0 x lo1..hi1
 * once), so every (i, j) runs the same body exactly once.  Only nests
 * without reductions (their order would change), whose body is scalar
 * code (assignments, stores, ifs: no checks, jumps, allocations, inner
 * loops or extern calls), not under --mpi (distribute splits dimension 0
 * of the nest), not at -O0. */
#include "passes.h"
#include <stdlib.h>

enum { ARR_TILE = 32 };

typedef struct Walk { const Var *j; bool *dep; int ndep; bool across, along; } Walk;

/* Does e depend on j: mention it, or a scalar the body computes from it? */
static bool mentions(const Walk *w, const IExpr *e)
{
    if (!e) return false;
    switch (e->kind) {
    case IE_VAR: return e->var == w->j || (e->var->id < w->ndep && w->dep[e->var->id]);
    case IE_UNOP: return mentions(w, e->op.a);
    case IE_BINOP: return mentions(w, e->op.a) || mentions(w, e->op.b);
    case IE_CALL: return mentions(w, e->call.a) || mentions(w, e->call.b);
    case IE_CONV: return mentions(w, e->conv);
    case IE_SELECT: return mentions(w, e->sel.c) || mentions(w, e->sel.a) || mentions(w, e->sel.b);
    case IE_LOAD:
        for (int k = 0; k < e->load.n; k++)
            if (mentions(w, e->load.idx[k])) return true;
        return false;
    default: return true;       /* unknown: as if it did */
    }
}

/* Classifies an access a[idx] of n >= 2 indices: across (last index without
 * j, an earlier one with it) or along (last index with j). */
static void access_kind(Walk *w, const Var *arr, int n, IExpr *const *idx)
{
    if (n < 2 || arr->rank < 2) return;
    if (mentions(w, idx[n - 1])) { w->along = true; return; }
    for (int k = 0; k < n - 1; k++)
        if (mentions(w, idx[k])) w->across = true;
}

static void walk_load(IExpr **slot, void *ctx)
{
    const IExpr *e = *slot;
    if (e->kind == IE_LOAD) access_kind(ctx, e->load.arr, e->load.n, e->load.idx);
}

/* Is l scalar code the pass may reorder (and classify its accesses)? */
static bool scalar_body(Walk *w, PtrList *l)
{
    for (int q = 0; q < l->len; q++) {
        IStmt *s = l->items[q];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank || s->assign.val->kind >= IE_MAP || s->assign.val->kind == IE_ECALL) return false;
            ir_walk_expr(&s->assign.val, walk_load, w);
            if (s->assign.dst->id < w->ndep && mentions(w, s->assign.val)) w->dep[s->assign.dst->id] = true;
            break;
        case IS_STORE:
            access_kind(w, s->store.arr, s->store.n, s->store.idx);
            for (int k = 0; k < s->store.n; k++) ir_walk_expr(&s->store.idx[k], walk_load, w);
            ir_walk_expr(&s->store.val, walk_load, w);
            break;
        case IS_IF:
            ir_walk_expr(&s->if_.cond, walk_load, w);
            if (!scalar_body(w, &s->if_.then) || !scalar_body(w, &s->if_.els)) return false;
            break;
        default: return false;
        }
    }
    return true;
}

/* Any extern call in l's expressions? */
static void find_ecall(IExpr **slot, void *ctx)
{
    if ((*slot)->kind == IE_ECALL) *(bool *)ctx = true;
}

static bool candidate(const IrProgram *p, const IrFunc *f, IStmt *lp)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 2 || lp->loop.reds.len || lp->loop.whole
        || p->mpi)
        return false;
    Walk w = { lp->loop.idx[1], xcalloc((size_t)f->vars.len + 1, sizeof(bool)), f->vars.len, false, false };
    bool ok = scalar_body(&w, &lp->loop.body);
    free(w.dep);
    if (!ok) return false;
    bool ecall = false;
    ir_walk_stmts(&lp->loop.body, find_ecall, &ecall);
    return !ecall && w.across && w.along;
}

static IExpr *ceil_div(IExpr *lo, IExpr *hi, Span s)
{
    IExpr *len = ix_bin(OP_ADD, ix_bin(OP_SUB, ix_cl(hi), ix_cl(lo), s), ix_cst(ARR_TILE - 1, s), s);
    return ir_binop(OP_DIV, T_I64, T_I64, len, ix_cst(ARR_TILE, s), s);
}

static void rewrite(IrFunc *f, IStmt *lp)
{
    Span s = lp->span;
    Var *iv[2] = { lp->loop.idx[0], lp->loop.idx[1] };
    IExpr *lo[2] = { lp->loop.lo[0], lp->loop.lo[1] }, *hi[2] = { lp->loop.hi[0], lp->loop.hi[1] };
    PtrList body = lp->loop.body;
    PtrList tiles = {0};
    IStmt *in[2];
    for (int d = 0; d < 2; d++) {
        Var *t = ir_var(f, d ? "tj" : "ti", T_I64, 0, V_INDEX, s);
        lp->loop.idx[d] = t;
        lp->loop.lo[d] = ix_cst(0, s);
        lp->loop.hi[d] = ceil_div(lo[d], hi[d], s);
        Var *a = ir_var(f, arena_printf("%s0", iv[d]->name), T_I64, 0, V_TEMP, s);
        Var *b = ir_var(f, arena_printf("%s1", iv[d]->name), T_I64, 0, V_TEMP, s);
        plist_push(&tiles, ir_assign(a, ix_bin(OP_ADD, ix_cl(lo[d]), ix_bin(OP_MUL, ir_varref(t, s), ix_cst(ARR_TILE, s), s), s), s));
        plist_push(&tiles, ir_assign(b, ix_min(ix_bin(OP_ADD, ir_varref(a, s), ix_cst(ARR_TILE, s), s), ix_cl(hi[d]), s), s));
        in[d] = ir_loop1(f, LOOP_PARFOR, iv[d]->name, ir_varref(a, s), ir_varref(b, s), s);
        in[d]->loop.idx[0] = iv[d];         /* the body's own indices */
        in[d]->loop.trip_max = ARR_TILE;
    }
    in[1]->loop.body = body;
    plist_push(&in[0]->loop.body, in[1]);
    plist_push(&tiles, in[0]);
    lp->loop.body = tiles;
    lp->loop.even = true;       /* equal tiles (the last ones smaller): a static split */
    plist_push(&lp->loop.fused, arena_printf("note:by tiles of %d x %d elements (a read walks across the rows: the tile "
                                             "reuses its cache lines)", ARR_TILE, ARR_TILE));
}

static void walk(const IrProgram *p, IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (candidate(p, f, s)) { rewrite(f, s); continue; }
        switch (s->kind) {
        case IS_IF: walk(p, f, &s->if_.then); walk(p, f, &s->if_.els); break;
        case IS_WHILE: walk(p, f, &s->while_.pre); walk(p, f, &s->while_.body); break;
        case IS_LOOP: if (s->loop.kind == LOOP_SERIAL) walk(p, f, &s->loop.body); break;
        default: break;
        }
    }
}

void pass_tile(IrProgram *p)
{
    if (!p->fuse) return;
    for (int i = 0; i < p->funcs.len; i++) walk(p, p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body);
}
