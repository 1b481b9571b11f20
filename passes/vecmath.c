/* vecmath.c — the math calls of a parallel loop run as a vector math
 * library's vector functions, a block of elements at a time: SLEEF's under
 * --vector-math=sleef, libmvec's (by default) for compilers other than gcc
 * with OpenMP (see walk).
 *
 * Before/after: PIR.  Only gcc turns `#pragma omp declare simd` on a libm
 * declaration into calls of glibc's vector functions (libmvec); clang 14
 * and other compilers keep one scalar call per element, and a loop of exp
 * or erf then runs 3-7x slower than gcc's.  Under --vector-math=sleef the
 * calls are made explicit instead, for every compiler: a parfor
 *     parfor (i in lo..hi) { x = a[i] * c; y = exp(x); out[i] = y + erf(x) }
 * becomes a parfor over blocks of VM_BLOCK elements whose body runs the
 * original body in segments, split at the math calls, each a loop over the
 * block (which the C compiler vectorises), with the calls between them:
 *     parfor (b in 0..(hi - lo + B - 1) / B) {
 *         i0 = lo + b * B; nb = min(B, hi - i0)
 *         parfor (k in 0..nb) { x = a[i0 + k] * c; x_a[k] = x }
 *         vmath e_r[0..nb] = exp(x_a); vmath f_r[0..nb] = erf(x_a)
 *         parfor (k in 0..nb) { y = e_r[k]; out[i0 + k] = y + f_r[k] }
 *     }
 * where x_a, e_r, f_r are blocks on the stack of the iteration (on_stack);
 * calls whose arguments are ready together are made together, and a
 * scalar defined in one segment and read in a later one is kept in a block
 * too (scalar expansion), or, when it is a load from an array the loop
 * does not write, loaded again.
 *
 * Legality: the iterations of a parfor are independent (none reads what
 * another writes, which is what lets them run in any order on any thread),
 * so running segment 1 for every element of a block, then segment 2, ...
 * runs each element's statements in their order and only reorders
 * statements of different elements; the scheduling keeps each element's
 * statements in an order with every dependence they had, through scalars
 * and through memory (arrays that may share memory, may_alias, count as
 * one).  A value that crosses segments goes through the element's own
 * block slot; a load repeated in a later segment reads memory the loop
 * never writes (no store to an array that may alias it), so it reads the
 * same value.  The
 * body must be straight-line scalar code (assignments, each local assigned
 * once, and stores) with no reduction, no run-time check or trapping
 * operation (whose first failure would then be another element's) and no
 * extern call (whose calls would be reordered); math functions are pure
 * (the generated code never reads errno).  Values: SLEEF's u10 functions
 * are within 1 ulp (erfc 1.5, hypot 0.5), more accurate than libmvec's 4;
 * every element, the last partial block's too, goes through the same
 * vector function, so the result of an element does not depend on the
 * block it falls in or on the number of threads or ranks. */
#include "passes.h"
#include "access.h"
#include <string.h>

enum { VM_BLOCK = 256 };        /* elements per block: a few blocks of 2 KB stay in L1 */

/* The math builtins glibc's libmvec and SLEEF have vector versions of (both
 * have the same set here; codegen's libmvec declarations use it too). */
bool vector_math_has(BuiltinId id)
{
    switch (id) {
    case BI_EXP: case BI_LOG: case BI_SIN: case BI_COS: case BI_TAN: case BI_POW:
    case BI_ACOS: case BI_ASIN: case BI_ATAN: case BI_ATAN2: case BI_ACOSH: case BI_ASINH:
    case BI_ATANH: case BI_CBRT: case BI_COSH: case BI_SINH: case BI_TANH: case BI_ERF:
    case BI_ERFC: case BI_EXP10: case BI_EXP2: case BI_EXPM1: case BI_HYPOT: case BI_LOG10:
    case BI_LOG1P: case BI_LOG2:
        return true;
    default:
        return false;
    }
}

static bool is_vcall(const IExpr *e)
{
    return e->kind == IE_CALL && vector_math_has(e->call.fn) && (e->ty == T_F64 || e->ty == T_F32)
           && e->call.a->ty == e->ty && (!e->call.b || e->call.b->ty == e->ty);
}

/* Scalar code that can neither trap nor call out; *calls counts the vector calls. */
static bool pure_expr(const IExpr *e, int *calls)
{
    if (!e) return true;
    if (ty_is_complex_kind(e->ty)) return false;
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return !e->var->rank;
    case IE_UNOP: return pure_expr(e->op.a, calls);
    case IE_BINOP:
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) && ty_is_int_kind(e->op.opk)
            && !ir_safe_divisor(e))
            return false;
        if (ty_is_complex_kind(e->op.opk)) return false;
        return pure_expr(e->op.a, calls) && pure_expr(e->op.b, calls);
    case IE_CALL:
        if (is_vcall(e)) (*calls)++;
        return pure_expr(e->call.a, calls) && pure_expr(e->call.b, calls);
    case IE_CONV: return pure_expr(e->conv, calls);
    case IE_SELECT: return pure_expr(e->sel.c, calls) && pure_expr(e->sel.a, calls) && pure_expr(e->sel.b, calls);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) if (!pure_expr(e->load.idx[i], calls)) return false;
        return true;
    default: return false;
    }
}

/* Why the parfor lp is not one this pass rewrites (see the legality note
 * above), or NULL when it is; *calls counts its vector math calls. */
static const char *why_not(const IStmt *lp, int *calls)
{
    *calls = 0;
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR) return "not a parallel loop";
    const char *why = NULL;
    /* float sums only: the block's sum is a partial sum, which the loop's sum adds up (a float sum of a
       parallel loop is already taken in any order); other reductions keep their order rules */
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if (r->op != RED_SUM || (r->acc->elem != T_F64 && r->acc->elem != T_F32) || r->idx || r->lam
            || !pure_expr(r->value, calls))
            why = "it has a reduction other than a float sum";
    }
    PtrList seen = {0};     /* locals assigned so far (bodies are short) */
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        bool ok;
        if (s->kind == IS_ASSIGN) {
            Var *v = s->assign.dst;
            ok = pure_expr(s->assign.val, calls);
            bool again = false;
            for (int k = 0; k < seen.len; k++) again |= seen.items[k] == v;
            if (v->rank || (v->kind != V_LOCAL && v->kind != V_TEMP) || again) why = why ? why : "a variable is assigned twice";
            plist_push(&seen, v);
        } else if (s->kind == IS_STORE) {
            ok = s->store.arr->kind != V_VIEW && pure_expr(s->store.val, calls);
            for (int k = 0; k < s->store.n && ok; k++) ok = pure_expr(s->store.idx[k], calls);
        } else {
            ok = false;
            if (!why) why = s->kind == IS_CHECK ? "it has a run-time check" : "its body is not straight-line code";
        }
        if (!ok && !why) why = "an operation can trap (integer division) or calls an extern function";
    }
    return why;
}

static bool eligible(const IStmt *lp)
{
    int calls;
    return !why_not(lp, &calls) && calls > 0;
}

const char *vecmath_not_why(const IStmt *lp)
{
    int calls;
    for (int i = 0; i < lp->loop.fused.len; i++)
        if (!strncmp(lp->loop.fused.items[i], "vecmath:", 8)) return NULL;
    const char *why = why_not(lp, &calls);
    return calls ? why : NULL;
}

typedef struct VM {
    IrFunc *f;
    Span span;
    Var *K;                 /* the segments' index while they are built */
    Var *nb;                /* the block's length */
    PtrList out;            /* the new body */
    PtrList cur;            /* the segment being built */
    PtrList pend;           /* IStmt* IS_VMATH whose arguments cur computes */
    PtrList blocks;         /* Var*: on_stack blocks to allocate */
    int nseg;
} VM;

static Var *new_block(VM *m, const char *name, TyKind elem)
{
    Var *v = ir_var(m->f, name, elem, 1, V_TEMP, m->span);
    v->dims[0] = (Ext){ NULL, VM_BLOCK };
    v->on_stack = true;
    v->written = true;
    plist_push(&m->blocks, v);
    return v;
}

static IExpr *block_at(VM *m, Var *blk)
{
    IExpr *e = ir_expr(IE_LOAD, blk->elem, m->span);
    e->load.arr = blk;
    e->load.n = 1;
    e->load.idx[0] = ir_varref(m->K, m->span);
    return e;
}

static IStmt *block_store(VM *m, Var *blk, IExpr *val)
{
    IStmt *st = ir_stmt(IS_STORE, m->span);
    st->store.arr = blk;
    st->store.n = 1;
    st->store.idx[0] = ir_varref(m->K, m->span);
    st->store.val = val;
    return st;
}

/* Does e read one of the blocks the pending calls will fill? */
typedef struct Reads { const PtrList *pend; bool hit; } Reads;
static void reads_pending(IExpr **slot, void *ctx)
{
    Reads *r = ctx;
    const IExpr *e = *slot;
    if (e->kind != IE_LOAD) return;
    for (int i = 0; i < r->pend->len; i++)
        if (((IStmt *)r->pend->items[i])->vm.dst == e->load.arr) r->hit = true;
}

/* The segment built so far becomes a loop over the block, and the pending calls follow it. */
static void flush(VM *m)
{
    if (m->cur.len) {
        IStmt *lp = ir_loop1(m->f, LOOP_PARFOR, "k", ir_const_i(T_I64, 0, m->span), ir_varref(m->nb, m->span), m->span);
        lp->loop.body = m->cur;
        lp->loop.even = true;
        plist_push(&m->out, lp);
        m->nseg++;
    }
    m->cur = (PtrList){0};
    for (int i = 0; i < m->pend.len; i++) plist_push(&m->out, m->pend.items[i]);
    m->pend = (PtrList){0};
}

static bool reads_pend(VM *m, IExpr *e)
{
    Reads r = { &m->pend, false };
    ir_walk_expr(&e, reads_pending, &r);
    return r.hit;
}

/* Post-order: each vector call (its arguments already lifted) becomes a
 * load of its result block, its arguments stores into blocks in cur. */
static void lift(IExpr **slot, void *ctx)
{
    VM *m = ctx;
    IExpr *e = *slot;
    if (!is_vcall(e) || reads_pend(m, e)) return;     /* its argument is a call made later: next round */
    IStmt *vm = ir_stmt(IS_VMATH, e->span);
    vm->vm.fn = e->call.fn;
    vm->vm.n = ir_varref(m->nb, m->span);
    const char *fn = builtins[e->call.fn].name;
    vm->vm.a = new_block(m, arena_printf("%s_a", fn), e->ty);
    plist_push(&m->cur, block_store(m, vm->vm.a, e->call.a));
    if (e->call.b) {
        vm->vm.b = new_block(m, arena_printf("%s_b", fn), e->ty);
        plist_push(&m->cur, block_store(m, vm->vm.b, e->call.b));
    }
    vm->vm.dst = new_block(m, arena_printf("%s_r", fn), e->ty);
    plist_push(&m->pend, vm);
    *slot = block_at(m, vm->vm.dst);
}

/* ---- values that cross segments ---- */

typedef struct Cross {
    int *seg;               /* per var id: 1 + the segment that assigns it, 0: none */
    const IStmt **def;      /* per var id: its assignment */
    Var **blk;              /* per var id: its block (scalar expansion) */
    char *remat;            /* per var id: loaded again where read */
    int here;               /* the segment being walked */
    char *cross;            /* per var id: read in another segment */
    Var **segk;             /* per var id: the index of the segment that assigns it */
    const IStmt *lp;        /* the original loop (what it writes) */
    VM *m;
} Cross;

static void mark_cross(IExpr **slot, void *ctx)
{
    Cross *c = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && c->seg[e->var->id] && c->seg[e->var->id] - 1 != c->here) c->cross[e->var->id] = 1;
}

/* Does the body store to memory a may share (may_alias: the array itself, or a rebindable one of its type)? */
static bool writes_arr(const PtrList *body, const Var *a)
{
    for (int i = 0; i < body->len; i++) {
        const IStmt *s = body->items[i];
        if (s->kind == IS_STORE && may_alias(s->store.arr, a)) return true;
    }
    return false;
}

/* A load at indices made of loop indices and constants, from an array the loop does not write. */
static bool reloadable(const IExpr *e, const Cross *c)
{
    if (e->kind != IE_LOAD || e->load.arr->on_stack || writes_arr(&c->lp->loop.body, e->load.arr)) return false;
    for (int i = 0; i < e->load.n; i++) {
        const IExpr *x = e->load.idx[i];
        if (x->kind == IE_CONST) continue;
        if (x->kind == IE_VAR && !c->seg[x->var->id]) continue;
        if (x->kind == IE_BINOP && x->op.op == OP_ADD && x->op.a->kind == IE_VAR && x->op.b->kind == IE_VAR
            && !c->seg[x->op.a->var->id] && !c->seg[x->op.b->var->id])
            continue;
        return false;
    }
    return true;
}

typedef struct Sub { Var *from; const IExpr *to_e; Cross *c; Var *k; } Sub;

static void subst_var(IExpr **slot, void *ctx)
{
    Sub *u = ctx;
    if ((*slot)->kind == IE_VAR && (*slot)->var == u->from) *slot = ir_clone_expr(u->to_e);
}

/* In a segment other than its own, a crossing scalar is its block's slot or a new load. */
static void use_cross(IExpr **slot, void *ctx)
{
    Sub *u = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_VAR || !u->c->cross[e->var->id] || u->c->seg[e->var->id] - 1 == u->c->here) return;
    Var *v = e->var;
    if (u->c->remat[v->id]) {
        /* the load again, at this segment's index */
        IExpr *l = ir_clone_expr(u->c->def[v->id]->assign.val);
        Sub k = { u->c->segk[v->id], ir_varref(u->k, e->span), NULL, NULL };
        ir_walk_expr(&l, subst_var, &k);
        *slot = l;
        return;
    }
    IExpr *l = ir_expr(IE_LOAD, v->elem, e->span);
    l->load.arr = u->c->blk[v->id];
    l->load.n = 1;
    l->load.idx[0] = ir_varref(u->k, e->span);
    *slot = l;
}


static void expand_crossing(VM *m, const IStmt *lp)
{
    int nv = m->f->vars.len + 1;
    Cross c = { xcalloc((size_t)nv, sizeof(int)), xcalloc((size_t)nv, sizeof(IStmt *)), xcalloc((size_t)nv, sizeof(Var *)),
                xcalloc((size_t)nv, 1), 0, xcalloc((size_t)nv, 1), xcalloc((size_t)nv, sizeof(Var *)), lp, m };
    int seg = 0;
    for (int i = 0; i < m->out.len; i++) {
        IStmt *s = m->out.items[i];
        if (s->kind != IS_LOOP) continue;
        for (int j = 0; j < s->loop.body.len; j++) {
            IStmt *t = s->loop.body.items[j];
            if (t->kind == IS_ASSIGN) {
                c.seg[t->assign.dst->id] = seg + 1;
                c.def[t->assign.dst->id] = t;
                c.segk[t->assign.dst->id] = s->loop.idx[0];
            }
        }
        seg++;
    }
    seg = 0;
    for (int i = 0; i < m->out.len; i++) {
        IStmt *s = m->out.items[i];
        if (s->kind != IS_LOOP) continue;
        c.here = seg++;
        ir_walk_stmts(&s->loop.body, mark_cross, &c);
    }
    /* a crossing value that is a reloadable load is loaded again; the others get a block */
    for (int id = 0; id < nv; id++) {
        if (!c.cross[id]) continue;
        if (reloadable(c.def[id]->assign.val, &c)) c.remat[id] = 1;
        else c.blk[id] = new_block(m, arena_printf("%s_x", c.def[id]->assign.dst->name), c.def[id]->assign.dst->elem);
    }
    seg = 0;
    for (int i = 0; i < m->out.len; i++) {
        IStmt *s = m->out.items[i];
        if (s->kind != IS_LOOP) continue;
        c.here = seg++;
        Sub u = { NULL, NULL, &c, s->loop.idx[0] };
        ir_walk_stmts(&s->loop.body, use_cross, &u);
        /* after each assignment of an expanded scalar, its block slot */
        PtrList nb = {0};
        for (int j = 0; j < s->loop.body.len; j++) {
            IStmt *t = s->loop.body.items[j];
            plist_push(&nb, t);
            if (t->kind == IS_ASSIGN && c.blk[t->assign.dst->id]) {
                IStmt *st = ir_stmt(IS_STORE, t->span);
                st->store.arr = c.blk[t->assign.dst->id];
                st->store.n = 1;
                st->store.idx[0] = ir_varref(s->loop.idx[0], t->span);
                st->store.val = ir_varref(t->assign.dst, t->span);
                plist_push(&nb, st);
            }
        }
        s->loop.body = nb;
    }
    free(c.seg); free(c.def); free(c.blk); free(c.remat); free(c.cross); free(c.segk);
}

/* ---- scheduling: as many calls as possible per segment ----
 * Rounds over the statements not yet placed, in their order: a statement
 * whose calls' arguments are ready has its calls lifted; it is placed in
 * the segment unless it reads a call's result (then it waits for the next
 * round, after the calls).  A statement waits too when it reads a scalar
 * a waiting statement assigns, or would pass a waiting statement's access
 * to an array it stores to (or store to an array a waiting statement
 * reads), so each element's statements keep every dependence they had. */

/* The arrays (not blocks) e loads, pushed on the list ctx. */
static void push_loads(IExpr **slot, void *ctx)
{
    const IExpr *e = *slot;
    if (e->kind == IE_LOAD && !e->load.arr->on_stack) plist_push(ctx, e->load.arr);
}

static bool alias_in(const PtrList *l, const Var *v)
{
    for (int i = 0; i < l->len; i++)
        if (may_alias(l->items[i], v)) return true;
    return false;
}

typedef struct VarsIn { const char *set; int n; bool hit; } VarsIn;
static void vars_in(IExpr **slot, void *ctx)
{
    VarsIn *v = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var->id <= v->n && v->set[e->var->id]) v->hit = true;
}

static PtrList one_stmt(IStmt *st)
{
    PtrList one = {0};
    plist_push(&one, st);
    return one;
}

static void schedule(VM *m, const PtrList *body)
{
    int n = m->f->vars.len;             /* the body's scalars (blocks come later) */
    PtrList in = *body;
    for (int round = 0; in.len; round++) {
        if (round > 2 * body->len + 64) ice("vecmath: statements that never become ready");
        PtrList wait = {0};
        char *wdef = xcalloc((size_t)n + 1, 1);     /* scalars assigned by waiting statements */
        PtrList wload = {0}, wstore = {0};          /* arrays they read, write */
        for (int i = 0; i < in.len; i++) {
            IStmt *st = in.items[i];
            PtrList one = one_stmt(st), loads = {0};
            VarsIn v = { wdef, n, false };
            ir_walk_stmts(&one, vars_in, &v);
            ir_walk_stmts(&one, push_loads, &loads);
            /* an array access may not pass a waiting one to memory it may share, if either writes */
            bool w = v.hit;
            for (int k = 0; k < loads.len && !w; k++) w = alias_in(&wstore, loads.items[k]);
            if (!w && st->kind == IS_STORE) w = alias_in(&wload, st->store.arr) || alias_in(&wstore, st->store.arr);
            if (!w) {
                if (st->kind == IS_ASSIGN) ir_walk_expr(&st->assign.val, lift, m);
                else ir_walk_expr(&st->store.val, lift, m);
                w = reads_pend(m, st->kind == IS_ASSIGN ? st->assign.val : st->store.val);
            }
            if (!w) { plist_push(&m->cur, st); continue; }
            plist_push(&wait, st);
            for (int k = 0; k < loads.len; k++) plist_push(&wload, loads.items[k]);
            if (st->kind == IS_ASSIGN) wdef[st->assign.dst->id] = 1;
            else plist_push(&wstore, st->store.arr);
        }
        flush(m);
        free(wdef);
        in = wait;
    }
}

/* Rewrites lp (eligible) into blocks; its last dimension is the one blocked. */
static void rewrite(IrFunc *f, IStmt *lp)
{
    Span sp = lp->span;
    int d = lp->loop.rank - 1;
    VM m = { .f = f, .span = sp };
    m.K = ir_var(f, "k", T_I64, 0, V_INDEX, sp);
    Var *b = ir_var(f, "blk", T_I64, 0, V_INDEX, sp);
    Var *i0 = ir_var(f, "i0", T_I64, 0, V_TEMP, sp);
    m.nb = ir_var(f, "nb", T_I64, 0, V_TEMP, sp);
    IExpr *lo = lp->loop.lo[d], *hi = lp->loop.hi[d];
    /* i0 = lo + blk * B; nb = min(B, hi - i0); the block count (hi - lo + B - 1) / B (hi >= lo) */
    IExpr *bsz = ir_const_i(T_I64, VM_BLOCK, sp);
    IExpr *start = ir_binop(OP_ADD, T_I64, T_I64, ir_clone_expr(lo), ir_binop(OP_MUL, T_I64, T_I64, ir_varref(b, sp), bsz, sp), sp);
    start->nowrap = start->op.b->nowrap = true;
    IExpr *left = ir_binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_varref(i0, sp), sp);
    left->nowrap = true;
    IExpr *nbv = ir_select(T_I64, ir_binop(OP_LT, T_BOOL, T_I64, left, ir_clone_expr(bsz), sp), ir_clone_expr(left),
                           ir_clone_expr(bsz), sp);
    IExpr *span_len = ir_binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), sp);
    span_len->nowrap = true;
    IExpr *plus = ir_binop(OP_ADD, T_I64, T_I64, span_len, ir_const_i(T_I64, VM_BLOCK - 1, sp), sp);
    plus->nowrap = true;
    IExpr *nblk = ir_binop(OP_DIV, T_I64, T_I64, plus, ir_clone_expr(bsz), sp);
    /* the element index inside the segments: i0 + k */
    IExpr *at = ir_binop(OP_ADD, T_I64, T_I64, ir_varref(i0, sp), ir_varref(m.K, sp), sp);
    at->nowrap = true;
    Sub s = { lp->loop.idx[d], at, NULL, NULL };
    ir_walk_stmts(&lp->loop.body, subst_var, &s);
    /* each reduction's value becomes a scalar of the body (rv = value), scheduled like the others */
    int nred = lp->loop.reds.len;
    Var **rv = xcalloc((size_t)nred + 1, sizeof *rv);
    for (int k = 0; k < nred; k++) {
        Reduction *r = lp->loop.reds.items[k];
        rv[k] = ir_var(f, arena_printf("%s_v", r->acc->name), r->acc->elem, 0, V_TEMP, sp);
        ir_walk_expr(&r->value, subst_var, &s);
        plist_push(&lp->loop.body, ir_assign(rv[k], r->value, sp));
    }
    schedule(&m, &lp->loop.body);
    /* each segment's own index replaces the placeholder k */
    for (int i = 0; i < m.out.len; i++) {
        IStmt *st = m.out.items[i];
        if (st->kind != IS_LOOP) continue;
        Sub u = { m.K, ir_varref(st->loop.idx[0], sp), NULL, NULL };
        ir_walk_stmts(&st->loop.body, subst_var, &u);
    }
    expand_crossing(&m, lp);
    PtrList body = {0};
    plist_push(&body, ir_assign(i0, start, sp));
    plist_push(&body, ir_assign(m.nb, nbv, sp));
    /* the segment that computes rv sums it into the block's partial sum (from 0), which the
       loop over the blocks sums into the accumulator */
    for (int k = 0; k < nred; k++) {
        Reduction *r = lp->loop.reds.items[k];
        Var *part = ir_var(f, arena_printf("%s_blk", r->acc->name), r->acc->elem, 0, V_TEMP, sp);
        for (int i = 0; i < m.out.len; i++) {
            IStmt *seg = m.out.items[i];
            if (seg->kind != IS_LOOP) continue;
            bool here = false;
            for (int j = 0; j < seg->loop.body.len; j++) {
                const IStmt *t = seg->loop.body.items[j];
                here |= t->kind == IS_ASSIGN && t->assign.dst == rv[k];
            }
            if (!here) continue;
            Reduction *in = NEW(Reduction);
            in->op = RED_SUM;
            in->acc = part;
            in->value = ir_varref(rv[k], sp);
            plist_push(&seg->loop.reds, in);
            plist_insert(&m.out, i, ir_assign(part, ir_const_f(part->elem, 0.0, sp), sp));
            break;
        }
        r->value = ir_varref(part, sp);
    }
    free(rv);
    for (int i = 0; i < m.blocks.len; i++) {
        IStmt *al = ir_stmt(IS_ALLOC, sp);
        al->alloc = m.blocks.items[i];
        plist_push(&body, al);
    }
    for (int i = 0; i < m.out.len; i++) plist_push(&body, m.out.items[i]);
    lp->loop.idx[d] = b;
    lp->loop.lo[d] = ir_const_i(T_I64, 0, sp);
    lp->loop.hi[d] = nblk;
    lp->loop.body = body;
    lp->loop.even = true;
    int calls = 0;
    for (int i = 0; i < m.out.len; i++) calls += ((IStmt *)m.out.items[i])->kind == IS_VMATH;
    plist_push(&lp->loop.fused, arena_printf("vecmath:by blocks of %d elements, the body in %d loop%s over the block "
                                             "between %d vector math call%s per block", VM_BLOCK, m.nseg,
                                             m.nseg == 1 ? "" : "s", calls, calls == 1 ? "" : "s"));
}

/* Under the default --vector-math=libmvec: gcc with OpenMP calls libmvec
 * for the loop as it is (declare simd); every other compiler (clang)
 * called the scalar functions one element at a time, 8x slower on
 * Black-Scholes.  So the loop is kept, and beside it the blocked version
 * calls libmvec's vector functions by their names, for the compilers that
 * do not, on x86-64 with glibc 2.35 or later (where libmvec has them all):
 *     if #ARR_VM_CALLS { the parfor by blocks } else { the parfor }
 * which the C preprocessor decides (codegen/cg_vmath.c defines
 * ARR_VM_CALLS).  Legality: the two are versions of one loop (the blocked
 * one's argument above); values: libmvec's functions either way (within 4
 * ulp), the blocked one's for every element. */
static void walk(IrFunc *f, PtrList *l, bool dual)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_LOOP) {
            if (s->loop.kind == LOOP_PARFOR && eligible(s)) {
                IStmt *orig = dual ? ir_clone_parfor(f, s) : NULL;
                rewrite(f, s);
                if (!dual) continue;
                IStmt *iff = ir_stmt(IS_IF, s->span);
                iff->if_.cond = ir_const_i(T_BOOL, 1, s->span);
                iff->if_.pp = "ARR_VM_CALLS";
                iff->if_.versions = true;
                plist_push(&iff->if_.then, s);
                plist_push(&iff->if_.els, orig);
                l->items[i] = iff;
            } else if (!(dual && s->loop.kind == LOOP_ROUNDS)) {
                /* libmvec: not inside a runStencil's rounds, whose loops
                   codegen runs in one parallel region one by one */
                walk(f, &s->loop.body, dual);
            }
        } else if (s->kind == IS_IF) {
            walk(f, &s->if_.then, dual);
            walk(f, &s->if_.els, dual);
        } else if (s->kind == IS_WHILE) {
            walk(f, &s->while_.pre, dual);
            walk(f, &s->while_.body, dual);
        }
    }
}

void pass_vecmath(IrProgram *p)
{
    /* libmvec: not under --mpi, where the vector functions are not used
       at all (a rank's results must be a single process's bit for bit) */
    bool dual = p->vector_math == VM_LIBMVEC && !p->mpi;
    if (p->vector_math != VM_SLEEF && !dual) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        walk(f, &f->body, dual);
    }
}
