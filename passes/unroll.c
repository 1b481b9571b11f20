/* unroll.c — a short inner sum of a constant count inside a parallel loop
 * is written out term by term, so that the loop around it vectorises.
 *
 * `[sum([w[k] * x[i + k] for k in 0..5]) for i in 0..n - 4]` (a small
 * filter, a 3-vector's length, a 2x2 determinant's terms) was an `omp
 * simd` reduction of 5 iterations per element: one partial vector and a
 * horizontal add per element, while the outer loop, the long one, ran
 * scalar (the comprehension ran at 6x the hand C, which vectorises over i
 * with the taps in registers).
 *
 * Before/after: PIR.  In the body of a parfor P, an inner parfor L over
 * c0..c1 (constants, 1 to ARR_UNROLL_MAX iterations) whose body is scalar
 * assignments with no trap site and whose reductions are float sums of
 * variables (or constants) becomes
 *     acc = 0
 *     k_0 = c0; (L's body with k_0 for k and scalars of its own); acc = acc + v_0
 *     k_1 = c0 + 1; ...
 * so P's body is straight-line code and codegen can make P an `omp
 * parallel for simd` loop.
 * Legality: a parfor's iterations may run in any order, one after another
 * in index order too; its body's scalars are private to an iteration (the
 * copies are new variables, so no copy reads another's); a float sum
 * starts at +0 and may add its terms in any order (the spec), here in
 * index order, as the serial loop would.  No statement can trap, so
 * running all the terms is what the loop did.  Not under --mpi or -O0. */
#include "passes.h"
#include "access.h"

enum { ARR_UNROLL_MAX = 8, ARR_UNROLL_BODY = 12 };

static bool eligible(const IStmt *lp, int64_t *lo, int64_t *trip)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || !lp->loop.reds.len) return false;
    const IExpr *a = lp->loop.lo[0], *b = lp->loop.hi[0];
    if (a->kind != IE_CONST || b->kind != IE_CONST || b->c.i - a->c.i < 1 || b->c.i - a->c.i > ARR_UNROLL_MAX)
        return false;
    *lo = a->c.i;
    *trip = b->c.i - a->c.i;
    if (lp->loop.body.len > ARR_UNROLL_BODY || !ir_clonable_stmts(&lp->loop.body)) return false;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank || expr_may_trap(s->assign.val)) return false;
        if (s->assign.dst == lp->loop.idx[0]) return false;
    }
    for (int q = 0; q < lp->loop.reds.len; q++) {
        const Reduction *r = lp->loop.reds.items[q];
        if (r->op != RED_SUM || !ty_is_float_kind(r->acc->elem) || r->cont || r->lanes || r->lanes_w
            || r->mpi_combined || (r->value->kind != IE_VAR && r->value->kind != IE_CONST))
            return false;
    }
    return lp->loop.reds.len <= 4;
}

/* l[at] is an eligible loop: replaced by its terms */
static int unroll(IrFunc *f, PtrList *l, int at, int64_t lo, int64_t trip)
{
    IStmt *lp = l->items[at];
    Span s = lp->span;
    PtrList out = {0};
    int nr = lp->loop.reds.len;
    for (int q = 0; q < nr; q++) {
        const Reduction *r = lp->loop.reds.items[q];
        plist_push(&out, ir_assign(r->acc, ir_const_f(r->acc->elem, 0.0, s), s));
    }
    Var *idx = lp->loop.idx[0];
    for (int64_t t = 0; t < trip; t++) {
        Var *kv = ir_var(f, idx->name, T_I64, 0, V_TEMP, s);
        plist_push(&out, ir_assign(kv, ir_const_i(T_I64, lo + t, s), s));
        Var *fol[4] = {0};
        for (int q = 0; q < nr; q++) {
            const IExpr *v = ((const Reduction *)lp->loop.reds.items[q])->value;
            fol[q] = v->kind == IE_VAR ? v->var : NULL;
        }
        ir_clone_stmts_follow(f, &lp->loop.body, &out, &idx, &kv, 1, fol, nr);
        for (int q = 0; q < nr; q++) {
            const Reduction *r = lp->loop.reds.items[q];
            IExpr *term = fol[q] ? ir_varref(fol[q], s) : ir_clone_expr(r->value);
            plist_push(&out, ir_assign(r->acc, ir_binop(OP_ADD, r->acc->elem, r->acc->elem, ir_varref(r->acc, s), term, s), s));
        }
    }
    plist_remove(l, at);
    for (int i = 0; i < out.len; i++) plist_insert(l, at + i, out.items[i]);
    return out.len;
}

static void walk(IrFunc *f, PtrList *l, IStmt *par)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        int64_t lo, trip;
        switch (s->kind) {
        case IS_IF: walk(f, &s->if_.then, par); walk(f, &s->if_.els, par); break;
        case IS_WHILE: walk(f, &s->while_.body, par); break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_ROUNDS || s->loop.kind == LOOP_COMPACT) break;
            if (par && eligible(s, &lo, &trip)) {
                plist_push(&par->loop.fused, arena_printf("note:the inner sum over %s written out (%d terms)",
                                                          s->loop.idx[0]->name, (int)trip));
                i += unroll(f, l, i, lo, trip) - 1;
                break;
            }
            walk(f, &s->loop.body, s->loop.kind == LOOP_PARFOR ? s : par);
            break;
        default: break;
        }
    }
}

void pass_unroll(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        walk(f, &f->body, NULL);
    }
}
