/* distribute_reach.c — arrc --mpi: which rows of a distributed array a
 * loop reads near its own row i (distribute.c takes those from a halo,
 * any other row from a gathered copy).  A row is nearby only when that is
 * provable from its form: i + c; that clamped or mirrored at the global
 * edges 0..N (the boundary modes' selects, min(u, N - 1), max(u, 0)), whose
 * value is u, an edge row between i and u, or u's reflection, never
 * farther from i than u; or wrapped around them (:oob_wraparound), whose
 * row the halo's slots hold.  Anything else (a constant row, a row chosen
 * by a condition, u clamped at another row, i % n) is not nearby. */
#include "distribute_int.h"

static bool same_shift(const IExpr *a, const IExpr *b);

/* |c| when u is idx + c, c + idx or idx - c (c a constant), 0 for idx; else -1 */
int64_t dist_shift_of(const IExpr *u, const Var *idx)
{
    if (u->kind == IE_VAR) return u->var == idx ? 0 : -1;
    if (u->kind != IE_BINOP || (u->op.op != OP_ADD && u->op.op != OP_SUB)) return -1;
    const IExpr *c = NULL;
    if (u->op.a->kind == IE_VAR && u->op.a->var == idx && u->op.b->kind == IE_CONST) c = u->op.b;
    else if (u->op.op == OP_ADD && u->op.b->kind == IE_VAR && u->op.b->var == idx && u->op.a->kind == IE_CONST) c = u->op.a;
    if (!c || c->c.i == INT64_MIN) return -1;
    return c->c.i < 0 ? -c->c.i : c->c.i;
}

static bool is_const(const IExpr *e, int64_t v) { return e->kind == IE_CONST && e->c.i == v; }

/* N - 1 */
static bool is_last(const IExpr *e, const Var *N)
{
    return e->kind == IE_BINOP && e->op.op == OP_SUB && e->op.a->kind == IE_VAR && e->op.a->var == N && is_const(e->op.b, 1);
}

static bool is_call(const IExpr *e, BuiltinId fn) { return e->kind == IE_CALL && e->call.fn == fn; }

/* A row kept within the global edges 0..N: u clamped (u < 0 ? 0 : u >= N ?
 * N - 1 : u, as :oob_clamp's reads; min(u, N - 1), max(u, 0), nested) or
 * mirrored (:oob_mirror's reads, mirror_index at both edges).  Its value is
 * u, or an edge row that lies between the loop's row and u (clamped), or
 * u's reflection, no farther from the loop's row than u (mirrored); returns
 * u, or NULL when e is not that. */
static const IExpr *edge_row(const IExpr *e, const Var *idx, const Var *N)
{
    if (dist_shift_of(e, idx) >= 0) return e;
    if (is_call(e, BI_MIN) || is_call(e, BI_MAX)) {
        bool mn = e->call.fn == BI_MIN;
        const IExpr *a = e->call.a, *b = e->call.b;
        if (mn ? is_last(a, N) : is_const(a, 0)) { const IExpr *t = a; a = b; b = t; }
        if (!(mn ? is_last(b, N) : is_const(b, 0))) return NULL;
        return edge_row(a, idx, N);
    }
    if (e->kind != IE_SELECT || e->sel.b->kind != IE_SELECT) return NULL;
    const IExpr *lo = e->sel.a, *hi = e->sel.b->sel.a, *u = e->sel.b->sel.b, *c1 = e->sel.c, *c2 = e->sel.b->sel.c;
    if (dist_shift_of(u, idx) < 0 || c1->kind != IE_BINOP || c1->op.op != OP_LT || !same_shift(c1->op.a, u) || !is_const(c1->op.b, 0) ||
        c2->kind != IE_BINOP || c2->op.op != OP_GE || !same_shift(c2->op.a, u) || c2->op.b->kind != IE_VAR || c2->op.b->var != N)
        return NULL;
    bool clamp = is_const(lo, 0) && is_last(hi, N);
    bool mirror = is_call(lo, BI_MIRRORIDX) && is_call(hi, BI_MIRRORIDX) && same_shift(lo->call.a, u) &&
                  same_shift(hi->call.a, u) && lo->call.b->kind == IE_VAR && lo->call.b->var == N &&
                  hi->call.b->kind == IE_VAR && hi->call.b->var == N;
    return clamp || mirror ? u : NULL;
}

/* How far from the loop's row idx the row index e of an array of global
 * extent N reads, when that is nearby: |c| for idx + c; for u = idx + c
 * clamped or mirrored at the global edges (edge_row) or wrapped around
 * them (:oob_wraparound, wrapped_row: the halo's slots hold the rows at
 * the other end).  -2 for any other row (a constant, a data-dependent row,
 * i % n, 2 * i, u clamped at another row than the edges): not nearby, or
 * not provably so. */
int64_t dist_reach(const IExpr *e, const Var *idx, const Var *N)
{
    const IExpr *u = dist_wrapped_row(e, idx);
    if (u && e->sel.a->call.b->var != N) u = NULL;
    if (!u) u = edge_row(e, idx, N);
    return u ? dist_shift_of(u, idx) : -2;
}

/* the same idx, idx + c or idx - c */
static bool same_shift(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == IE_VAR) return a->var == b->var;
    return a->kind == IE_BINOP && a->op.op == b->op.op && ir_same_atom(a->op.a, b->op.a) && ir_same_atom(a->op.b, b->op.b);
}

/* :oob_wraparound's row (lower_pir_stencil.c): u < 0 ? wrap_index(u, N) :
 * u >= N ? wrap_index(u, N) : u, for u = idx + c, is u mod N; returns u, or
 * NULL when e is not that */
const IExpr *dist_wrapped_row(const IExpr *e, const Var *idx)
{
    if (e->kind != IE_SELECT || e->sel.b->kind != IE_SELECT) return NULL;
    const IExpr *w1 = e->sel.a, *w2 = e->sel.b->sel.a, *u = e->sel.b->sel.b, *c1 = e->sel.c, *c2 = e->sel.b->sel.c;
    if (dist_shift_of(u, idx) < 0 || w1->kind != IE_CALL || w1->call.fn != BI_WRAPIDX || w2->kind != IE_CALL ||
        w2->call.fn != BI_WRAPIDX || !same_shift(w1->call.a, u) || !same_shift(w2->call.a, u) ||
        w1->call.b->kind != IE_VAR || w2->call.b->kind != IE_VAR || w1->call.b->var != w2->call.b->var)
        return NULL;
    if (c1->kind != IE_BINOP || c1->op.op != OP_LT || !same_shift(c1->op.a, u) || c1->op.b->kind != IE_CONST ||
        c1->op.b->c.i != 0 || c2->kind != IE_BINOP || c2->op.op != OP_GE || !same_shift(c2->op.a, u) ||
        c2->op.b->kind != IE_VAR || c2->op.b->var != w1->call.b->var)
        return NULL;
    return u;
}

