/* minmax.c — float minimum/maximum reductions as vector min/max, with the
 * ordered loop kept for the rare inputs where the two could differ.
 *
 * `maximum(x)` of floats must propagate NaN (the first one met, as NumPy)
 * and, between zeros of both signs, return the later one (NumPy's serial
 * loop does: `maximum([0.0, -0.0])` is -0.0).  Its loop therefore updates
 * `acc = (acc > v || acc != acc) ? acc : v`, which no compiler vectorises:
 * `maximum(x)` ran 4.6x slower than a hand `omp simd reduction(max:)` loop.
 *
 * Before/after: PIR.  A parfor L (not under --mpi, not inside a stencil's
 * rounds or a compaction) whose reductions are all float minimum/maximum,
 * whose body is assignments only, with no trap site and no extern call,
 * becomes
 *     parfor L' (a copy, its scalars new) reduce(max_nonan: m1, ...) reduce(any: odd) {
 *         ... m1 <max_nonan= v1 ...
 *         odd <any= v1 != v1 || ...
 *     }
 *     if (odd || m1 == 0 || extreme(m1) || ...) L  else { acc1 = m1; ... }
 * where max_nonan is OpenMP's max (`m = v > m ? v : m` per lane, combined
 * in any order), and `extreme` is m <= -DBL_MAX (-FLT_MAX) for a maximum,
 * m >= DBL_MAX for a minimum: OpenMP starts a private copy of a max
 * reduction at the least *finite* value (clang does; gcc at -inf), so m is
 * -DBL_MAX, not -inf, when every value is -inf or a thread has none.
 * Legality: L' computes the same values as L (a copy; its body has no
 * stores, checks or calls with effects, so running it and then maybe L
 * again observes nothing more than L).  When no value is NaN, every
 * operand is ordered, so the maximum is the same number in any order of
 * combination; it can differ from L's in bits only when two different
 * values compare equal, which for non-NaN floats means +0 and -0: the
 * result is then a zero.  So when no value was NaN and the result is not a
 * zero, L's result equals m (both start from -inf for a maximum, and an
 * empty L leaves it: the extreme test catches an m that is only OpenMP's
 * identity); otherwise L itself runs and gives its own, ordered, result.  L's bounds are read twice: they are variables
 * and constants that neither loop assigns. */
#include "passes.h"
#include "access.h"
#include <float.h>

static bool fminmax(const Reduction *r)
{
    return (r->op == RED_MIN || r->op == RED_MAX) && ty_is_float_kind(r->acc->elem) && !r->nan_free && !r->cont
           && !r->lanes && !r->lanes_w && !r->mpi_combined;
}

static void has_ecall(IExpr **slot, void *ctx)
{
    if ((*slot)->kind == IE_ECALL) *(bool *)ctx = true;
}

static bool simple_bound(const IExpr *e)
{
    return e->kind == IE_CONST || e->kind == IE_VAR;
}

static bool eligible(const IStmt *lp)
{
    if (lp->loop.kind != LOOP_PARFOR || !lp->loop.reds.len || lp->loop.whole) return false;
    for (int q = 0; q < lp->loop.reds.len; q++)
        if (!fminmax(lp->loop.reds.items[q])) return false;
    for (int d = 0; d < lp->loop.rank; d++)
        if (!simple_bound(lp->loop.lo[d]) || !simple_bound(lp->loop.hi[d])) return false;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ASSIGN || expr_may_trap(s->assign.val)) return false;
        for (int d = 0; d < lp->loop.rank; d++)
            if (s->assign.dst == lp->loop.idx[d]) return false;
    }
    bool ecall = false;
    ir_walk_stmts((PtrList *)&lp->loop.body, has_ecall, &ecall);
    for (int q = 0; q < lp->loop.reds.len; q++)
        if (expr_may_trap(((Reduction *)lp->loop.reds.items[q])->value)) return false;
    return !ecall && ir_clonable_stmts(&lp->loop.body);
}

static IExpr *or_(IExpr *a, IExpr *b, Span s)
{
    return a ? ir_binop(OP_OR, T_BOOL, T_BOOL, a, b, s) : b;
}

/* l[at] is an eligible loop: L' and the if after it. */
static void rewrite(IrFunc *f, PtrList *l, int at)
{
    IStmt *lp = l->items[at];
    Span s = lp->span;
    IStmt *fast = ir_clone_parfor(f, lp);
    Var *odd = ir_var(f, "arr_odd", T_BOOL, 0, V_TEMP, s);
    IExpr *isodd = NULL, *cond = NULL;
    IStmt *iff = ir_stmt(IS_IF, s);
    for (int q = 0; q < fast->loop.reds.len; q++) {
        Reduction *r = fast->loop.reds.items[q];
        Var *acc = r->acc;
        Var *m = ir_var(f, arena_printf("%s_v", acc->name), acc->elem, 0, V_TEMP, s);
        r->acc = m;
        r->nan_free = true;
        IExpr *v = r->value;
        if (v->kind != IE_VAR) {    /* the value once, in a scalar of its own */
            Var *t = ir_var(f, "v", v->ty, 0, V_TEMP, s);
            plist_push(&fast->loop.body, ir_assign(t, v, s));
            r->value = v = ir_varref(t, s);
        }
        isodd = or_(isodd, ir_binop(OP_NE, T_BOOL, v->ty, ir_clone_expr(v), ir_clone_expr(v), s), s);
        cond = or_(cond, ir_binop(OP_EQ, T_BOOL, m->elem, ir_varref(m, s), ir_const_f(m->elem, 0.0, s), s), s);
        double big = m->elem == T_F32 ? FLT_MAX : DBL_MAX;
        cond = or_(cond, r->op == RED_MAX ? ir_binop(OP_LE, T_BOOL, m->elem, ir_varref(m, s), ir_const_f(m->elem, -big, s), s)
                                          : ir_binop(OP_GE, T_BOOL, m->elem, ir_varref(m, s), ir_const_f(m->elem, big, s), s), s);
        plist_push(&iff->if_.els, ir_assign(acc, ir_varref(m, s), s));
    }
    Reduction *ro = NEW(Reduction);
    ro->op = RED_ANY;
    ro->acc = odd;
    ro->value = isodd;
    plist_push(&fast->loop.reds, ro);
    plist_push(&fast->loop.fused, "note:minimum/maximum as vector min/max (the ordered loop after it runs "
                                  "only if a value is NaN or the result is a zero)");
    plist_push(&lp->loop.fused, "note:the ordered minimum/maximum, for a NaN or a zero result");
    iff->if_.cond = or_(ir_varref(odd, s), cond, s);
    iff->if_.versions = true;
    plist_push(&iff->if_.then, lp);
    l->items[at] = fast;
    plist_insert(l, at + 1, iff);
}

static int try_loop(IrFunc *f, PtrList *l, int at, void *ctx)
{
    (void)ctx;
    if (!eligible(l->items[at])) return 0;
    rewrite(f, l, at);
    return 2;       /* L' and the if */
}

void pass_minmax(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;     /* -O0; --mpi: distribute combines reductions itself */
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        ir_each_loop(f, &f->body, try_loop, NULL);
    }
}
