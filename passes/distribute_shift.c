/* distribute_shift.c — arrc --mpi: a parallel loop that writes distributed
 * arrays at a constant distance from its row (a range store along
 * dimension 0, `y[1..n] = x[0..n - 1]`, `ey[1..nx, ..] -= ...`) is
 * renumbered so that it writes at its own row.
 *
 * distribute.c runs a parfor over this rank's rows only when every write
 * to an array is at the loop's own dimension-0 index i (the row of a
 * distributed array may otherwise be another rank's; a replicated array's
 * rows that each rank wrote are shared after the loop).  When every write
 * is at i + c for one constant c != 0, the loop is renamed: i = i' - c, for i'
 * in lo + c..hi + c, every use of i in it replaced by i' - c (folded into
 * the constants around it, so the writes are at i' and the reads of the
 * source at i' - c, a nearby row that distribute.c then takes from a
 * halo; in reductions too, the index an argmin/argmax records
 * included).  Legality: the substitution is exact (the same iterations, each
 * computing the same values; i' - c is within the loop's range, so
 * nothing overflows), and a parfor's iterations do not depend on each
 * other, so numbering them otherwise changes no value. */
#include "distribute_int.h"

/* c when e is idx + c, c + idx or idx - c (through the constants only) */
static bool offset_of(const IExpr *e, const Var *idx, int64_t *c)
{
    if (e->kind == IE_VAR && e->var == idx) { *c = 0; return true; }
    if (e->kind != IE_BINOP || (e->op.op != OP_ADD && e->op.op != OP_SUB)) return false;
    const IExpr *a = e->op.a, *b = e->op.b;
    if (a->kind == IE_VAR && a->var == idx && b->kind == IE_CONST) { *c = e->op.op == OP_ADD ? b->c.i : -b->c.i; return true; }
    if (e->op.op == OP_ADD && b->kind == IE_VAR && b->var == idx && a->kind == IE_CONST) { *c = a->c.i; return true; }
    return false;
}

typedef struct Shift {
    Var *idx;
    int64_t c;
    int n;              /* writes to arrays */
    bool same;          /* all at idx + c */
    bool (*skip)(const Var *a, void *ctx);  /* writes not to count (NULL: none) */
    void *ctx;
} Shift;

static void find_writes(Shift *sh, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE:
            if (s->store.arr->rank && !(sh->skip && sh->skip(s->store.arr, sh->ctx))) {
                int64_t c;
                if (!offset_of(s->store.idx[0], sh->idx, &c) || (sh->n && c != sh->c)) sh->same = false;
                sh->c = c;
                sh->n++;
            }
            break;
        case IS_IF: find_writes(sh, &s->if_.then); find_writes(sh, &s->if_.els); break;
        case IS_LOOP: find_writes(sh, &s->loop.body); break;
        case IS_WHILE: find_writes(sh, &s->while_.pre); find_writes(sh, &s->while_.body); break;
        default: break;
        }
    }
}

/* idx + k as an expression: idx, idx + k or idx - (-k) */
static IExpr *idx_plus(Var *idx, int64_t k, Span s)
{
    IExpr *v = ir_varref(idx, s);
    if (!k) return v;
    IExpr *e = ir_expr(IE_BINOP, T_I64, s);
    e->op.op = k > 0 ? OP_ADD : OP_SUB;
    e->op.opk = T_I64;
    e->op.a = v;
    e->op.b = ir_const_i(T_I64, k > 0 ? k : -k, s);
    return e;
}

/* post-order: idx becomes idx - c; an addition or subtraction of a
 * constant to idx + k (what the children became) folds into idx + k' */
static void substitute(IExpr **slot, void *ctx)
{
    Shift *sh = ctx;
    IExpr *e = *slot;
    int64_t k;
    if (e->kind == IE_VAR && e->var == sh->idx) { *slot = idx_plus(sh->idx, -sh->c, e->span); return; }
    if (e->kind != IE_BINOP || (e->op.op != OP_ADD && e->op.op != OP_SUB) || e->ty != T_I64) return;
    if (e->op.b->kind == IE_CONST && offset_of(e->op.a, sh->idx, &k))
        *slot = idx_plus(sh->idx, e->op.op == OP_ADD ? k + e->op.b->c.i : k - e->op.b->c.i, e->span);
    else if (e->op.op == OP_ADD && e->op.a->kind == IE_CONST && offset_of(e->op.b, sh->idx, &k))
        *slot = idx_plus(sh->idx, k + e->op.a->c.i, e->span);
}

static IExpr *plus_const(IExpr *e, int64_t c)
{
    if (e->kind == IE_CONST) return ir_const_i(T_I64, e->c.i + c, e->span);
    IExpr *r = ir_expr(IE_BINOP, T_I64, e->span);
    r->op.op = c > 0 ? OP_ADD : OP_SUB;
    r->op.opk = T_I64;
    r->op.a = e;
    r->op.b = ir_const_i(T_I64, c > 0 ? c : -c, e->span);
    return r;
}

int dist_write_rows(const IStmt *lp, int64_t *c, bool (*skip)(const Var *a, void *ctx), void *ctx)
{
    Shift sh = { lp->loop.idx[0], 0, 0, true, skip, ctx };
    find_writes(&sh, &lp->loop.body);
    *c = sh.c;
    return !sh.n ? 0 : sh.same ? 1 : -1;
}

bool dist_shift_rows(IStmt *lp)
{
    Shift sh = { lp->loop.idx[0], 0, 0, true, NULL, NULL };
    if (dist_write_rows(lp, &sh.c, NULL, NULL) != 1 || !sh.c) return false;
    if (sh.c > INT32_MAX || sh.c < -INT32_MAX) return false;
    ir_walk_stmts(&lp->loop.body, substitute, &sh);
    for (int k = 0; k < lp->loop.reds.len; k++) {
        /* the value, and the index an argmin/argmax records (lam: i itself
         * for the loop's own index; before this, the renumbered loop
         * reported i' = i + c, found by make fuzz) */
        Reduction *r = lp->loop.reds.items[k];
        if (r->value) ir_walk_expr(&r->value, substitute, &sh);
        if (r->lam) ir_walk_expr(&r->lam, substitute, &sh);
    }
    for (int k = 1; k < lp->loop.rank; k++) {
        ir_walk_expr(&lp->loop.lo[k], substitute, &sh);
        ir_walk_expr(&lp->loop.hi[k], substitute, &sh);
    }
    lp->loop.lo[0] = plus_const(lp->loop.lo[0], sh.c);
    lp->loop.hi[0] = plus_const(lp->loop.hi[0], sh.c);
    return true;
}
