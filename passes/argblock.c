/* argblock.c — argmin/argmax by blocks: a vector min/max of each block,
 * and the ordered loop only over a block that may change the result.
 *
 * `argmax(x)` must return the first index of the largest value, or of the
 * first NaN (NumPy).  Its loop compares and selects an index per element
 * (red_update), which no compiler vectorises: 2.5x an expert's C at one
 * thread, who takes the vector maximum of a block of 1024 elements and
 * looks for the index only in a block that beats the best so far (from L1,
 * and rarely: on random data in O(log n) blocks).
 *
 * Before/after: PIR.  A parfor L of rank 1 (not under --mpi, not in a
 * stencil's rounds or a compaction) whose reductions (at most 4) are all
 * argmins or argmaxes, whose body is assignments only, with no trap site and no extern
 * call, and whose values are computed exactly (see `arg_exact`), gets its
 * reductions marked `blocked` (printed `argmax_blocked`).  Codegen
 * (red_blocked_loop, cg_reduce.c) then runs, for each block [b, e) of
 * ARR_ARG_BLOCK iterations in order (a thread's blocks are contiguous):
 *     m = acc; odd = 0;
 *     simd reduction(max: m) reduction(|: odd):
 *         for i in b..e { body; m = v > m ? v : m; odd |= v != v }
 *     if (m > acc || odd || idx < 0) for i in b..e { body; L's update of acc, idx, nan }
 * (min and < for an argmin; `odd` only for floats whose NaNs are tracked;
 * `idx < 0` only where the index starts at -1, red_first_index; with
 * several reductions, an m for each, and the block is rescanned when any
 * of them may change).
 * Legality: the second loop is L's own loop over the block, so the result
 * is L's provided a block it skips would change nothing.  L's update
 * changes acc/idx only for a value v > acc (or while idx < 0), and its NaN
 * index only for a NaN.  The first loop's m is max(acc, the non-NaN
 * values) in any order of combination (a NaN never wins `v > m`; acc is
 * never NaN: it only takes values that beat it), so some non-NaN v > acc
 * implies m >= v > acc, and the block is rescanned; an m above acc with no
 * such v (OpenMP's identity -DBL_MAX above an acc of -inf under clang)
 * only costs a rescan, which repeats L's updates exactly as L would make
 * them (so it is harmless, also for the reductions that did not need it).  This needs the first loop's v to be the second's:
 * the body is evaluated twice, so it must be free of effects (no stores,
 * checks, extern calls, allocations) and its floating-point operations
 * must give the same bits in a vector loop as in a scalar one: IEEE
 * + - * / and sqrt are correctly rounded and the generated C forbids
 * contraction (fp-contract=off) without --fast-math; abs, floor, ceil,
 * round, trunc, min, max, copysign, sign and comparisons are exact.
 * Math functions (exp, log, ...: the vector variants may differ from
 * the scalar ones in the last bit), float % and ** (but ** 2, a product)
 * are refused, and under
 * --fast-math (which may contract or reassociate either loop its own way)
 * every float operation but a comparison is. */
#include "passes.h"
#include "access.h"
#include "cg.h"

static bool exact_call(BuiltinId fn)
{
    switch (fn) {
    case BI_ABS: case BI_SQRT: case BI_FLOOR: case BI_CEIL: case BI_ROUND: case BI_TRUNC: case BI_SIGN:
    case BI_ISNAN: case BI_ISINF: case BI_ISFINITE: case BI_SIGNBIT: case BI_MIN: case BI_MAX: case BI_COPYSIGN:
        return true;
    default:
        return false;
    }
}

/* e gives the same bits wherever and however it is evaluated (in a vector
 * lane or a scalar register; also pass arglanes) */
bool arg_exact(const IExpr *e, bool fast)
{
    if (!e) return true;
    switch (e->kind) {
    case IE_CONST: case IE_VAR: return true;
    case IE_LOAD:
        for (int k = 0; k < e->load.n; k++)
            if (!arg_exact(e->load.idx[k], fast)) return false;
        return true;
    case IE_CONV: return arg_exact(e->conv, fast);
    case IE_SELECT: return arg_exact(e->sel.c, fast) && arg_exact(e->sel.a, fast) && arg_exact(e->sel.b, fast);
    case IE_UNOP: return arg_exact(e->op.a, fast);
    case IE_BINOP: {
        bool fl = ty_is_float_kind(e->op.opk) || ty_is_complex_kind(e->op.opk);
        /* ** 2 is a product (codegen, pow_is_square) */
        if (fl && (e->op.op == OP_MOD || (e->op.op == OP_POW && (fast || !pow_is_square(e))))) return false;
        bool arith = e->op.op == OP_ADD || e->op.op == OP_SUB || e->op.op == OP_MUL || e->op.op == OP_DIV;
        if (fl && fast && arith) return false;
        return arg_exact(e->op.a, fast) && arg_exact(e->op.b, fast);
    }
    case IE_CALL:
        if (!exact_call(e->call.fn)) return false;
        if (fast && e->call.fn == BI_SQRT) return false;
        return arg_exact(e->call.a, fast) && arg_exact(e->call.b, fast);
    default:
        return false;
    }
}

bool arg_red_plain(const Reduction *r)
{
    if ((r->op != RED_ARGMIN && r->op != RED_ARGMAX) || r->cont || r->lanes || r->lanes_w || r->mpi_combined || r->blocked)
        return false;
    TyKind k = r->acc->elem;
    return ty_is_float_kind(k) || (ty_is_int_kind(k) && k != T_ILIT);
}

static bool eligible(const IStmt *lp, bool fast)
{
    if (lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || !lp->loop.reds.len || lp->loop.reds.len > 4 || lp->loop.whole)
        return false;
    const IExpr *lo = lp->loop.lo[0], *hi = lp->loop.hi[0];
    /* from a constant start >= 0: no block bound overflows (codegen's blocks
       run from lo in steps of ARR_ARG_BLOCK up to hi) */
    if (lo->kind != IE_CONST || lo->c.i < 0 || (hi->kind != IE_CONST && hi->kind != IE_VAR)) return false;
    if (hi->kind == IE_CONST && hi->c.i - lo->c.i <= ARR_ARG_BLOCK) return false;  /* one block */
    for (int q = 0; q < lp->loop.reds.len; q++) {
        const Reduction *r = lp->loop.reds.items[q];
        if (!arg_red_plain(r) || expr_may_trap(r->value) || !arg_exact(r->value, fast)) return false;
    }
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank || s->assign.dst == lp->loop.idx[0]) return false;
        for (int q = 0; q < lp->loop.reds.len; q++) {
            const Reduction *r = lp->loop.reds.items[q];
            if (s->assign.dst == r->acc || s->assign.dst == r->idx) return false;
        }
        if (expr_may_trap(s->assign.val) || !arg_exact(s->assign.val, fast)) return false;
    }
    return true;
}

typedef struct Ab { bool fast; } Ab;

static void mark(IStmt *lp)
{
    for (int q = 0; q < lp->loop.reds.len; q++) ((Reduction *)lp->loop.reds.items[q])->blocked = true;
    plist_push(&lp->loop.fused, arena_printf("note:argmin/argmax by blocks of %d (when there are more): a vector minimum/maximum "
                                             "of each, the ordered loop only over a block that may change the result", ARR_ARG_BLOCK));
}

/* A loop inside a parallel loop runs once per outer iteration: blocked here
 * only when it has more than one block whatever its inputs (a constant
 * count; `version` below takes a count known at run time).
 * With a count known only at run time, codegen's test of it between the
 * blocked and the ordered loop cost k-means' assignment (an argmin over 16
 * centres a point) 8%. */
static int try_nested(IrFunc *f, PtrList *l, int at, void *ctx)
{
    (void)f;
    IStmt *lp = l->items[at];
    if (!eligible(lp, ((Ab *)ctx)->fast)) return 0;
    if (lp->loop.hi[0]->kind != IE_CONST) return 0;
    mark(lp);
    return 1;
}

static bool assigns(const PtrList *l, const Var *v)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return true;
        if (s->kind == IS_LOOP && assigns(&s->loop.body, v)) return true;
        if (s->kind == IS_IF && (assigns(&s->if_.then, v) || assigns(&s->if_.els, v))) return true;
    }
    return false;
}

/* A parallel loop L over rows whose body is an eligible loop P of a count
 * known only at run time (the same in every row: its bound a variable L
 * does not assign) and a few scalar statements (the argmax of each row of
 * a variable width) becomes
 *     if (P's count > ARR_ARG_BLOCK) L' else L
 * with L' a copy of L whose P runs by blocks, its count known to be over a
 * block (codegen writes no test per row).  Legality: the two branches are
 * the same computation (a copy; by blocks is L's result, see the top), and
 * the condition reads a variable and a constant, at L's start as P would.
 * Only for small bodies: the copy doubles L's C (k-means' loop of bins is
 * left alone: its argmin over 16 centres would never run by blocks). */
static int version(IrFunc *f, PtrList *l, int at, bool fast)
{
    IStmt *lp = l->items[at];
    int inner = -1;
    if (lp->loop.body.len > 8 || !ir_clonable_rows(&lp->loop.body)) return 0;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind == IS_LOOP && inner < 0 && eligible(s, fast)) inner = i;
        else if (s->kind != IS_ASSIGN && s->kind != IS_STORE) return 0;
    }
    if (inner < 0) return 0;
    const IStmt *p = lp->loop.body.items[inner];
    const IExpr *lo = p->loop.lo[0], *hi = p->loop.hi[0];
    if (hi->kind != IE_VAR || assigns(&lp->loop.body, hi->var)) return 0;
    IStmt *copy = ir_clone_parfor(f, lp);
    IStmt *pc = copy->loop.body.items[inner];
    mark(pc);
    for (int q = 0; q < pc->loop.reds.len; q++) ((Reduction *)pc->loop.reds.items[q])->blocks_sure = true;
    Span sp = lp->span;
    IStmt *iff = ir_stmt(IS_IF, sp);
    IExpr *count = lo->c.i ? ir_binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), sp) : ir_clone_expr(hi);
    iff->if_.cond = ir_binop(OP_GT, T_BOOL, T_I64, count, ir_const_i(T_I64, ARR_ARG_BLOCK, sp), sp);
    iff->if_.versions = true;
    plist_push(&iff->if_.then, copy);
    plist_push(&iff->if_.els, lp);
    l->items[at] = iff;
    return 1;
}

static int try_loop(IrFunc *f, PtrList *l, int at, void *ctx)
{
    IStmt *lp = l->items[at];
    bool fast = ((Ab *)ctx)->fast;
    if (eligible(lp, fast)) {
        mark(lp);
        return 1;
    }
    if (lp->loop.kind != LOOP_PARFOR) return 0;     /* a serial loop's parfors are parallel loops of their own */
    ir_each_loop(f, &lp->loop.body, try_nested, ctx);
    version(f, l, at, fast);
    return 1;
}

void pass_argblock(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;     /* -O0; --mpi: distribute combines reductions itself */
    Ab ab = { p->fast_math };
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        ir_each_loop(f, &f->body, try_loop, &ab);
    }
}
