/* padtail.c — a short inner reduction loop runs whole vectors: its trip
 * count is rounded up to a multiple of the vector length and the extra
 * iterations add 0.
 *
 * Before/after: PIR.  An inner parfor (inside a parallel loop: codegen
 * makes it an `omp simd` reduction) over 0..n whose body only computes
 * scalars from loads at `off + i` and feeds sum reductions becomes
 *
 *     n_pad = max(n, min((n + V - 1) / V * V, ext(a) - off, ...))
 *     parfor (i in 0..n_pad) reduce(sum: acc) { ...; acc <sum= select(i < n, v, 0) }
 *
 * with V = 64 bytes over the smallest element the loop handles (8 for
 * f64), the padded count cut at every array's end.  Why: gcc (12) runs the
 * last n mod V iterations of a vectorised loop one at a time, and a loop of
 * a few dozen iterations (MD link cells: a run of about 40 atoms in the
 * cells beside an atom, 9 runs per atom) spends as long in that scalar
 * tail as in its vectors: measured on bench/md's 32,000-atom link cells,
 * padding the runs by hand took a step from 1.8x to 1.3x the hand C.
 *
 * Legality (each condition is checked; otherwise the loop is left alone):
 *   - the extra iterations change nothing: the body has no effect but its
 *     reductions (scalar assignments, private to the iteration in a parfor,
 *     and no stores, checks, ifs, loops, jumps or extern calls), and each
 *     reduction is a sum whose extra values are replaced by 0 (the select
 *     chooses, it does not compute: 0 * NaN never happens).  Adding +0 to
 *     a sum changes nothing: a float sum starts at +0 and x + 0 = x for
 *     every x but -0, which a sum from +0 never holds (-0 + -0 is the only
 *     sum that gives -0); an integer sum adds 0.  A sum's order is free
 *     (the spec), so the vector loop's other partition of the real terms is
 *     allowed, as it is for any change of n.
 *   - the extra iterations cannot fail or be undefined: every load is of a
 *     rank-1 array at off + i with off invariant and at least 0 (checked at
 *     run time: otherwise n_pad = n), and n_pad is at most ext - off for
 *     every array loaded, so the extra loads are inside the arrays (the
 *     values are whatever the arrays hold); the max with n keeps at least
 *     the original iterations whatever the cut.  No operation in the body
 *     can trap or be undefined on any value: no integer division or
 *     remainder by a non-constant, no shift by a non-constant, no integer
 *     operation marked as not overflowing (index arithmetic: C's signed
 *     overflow) other than off + i itself, no conversion of a float to an
 *     integer (undefined out of range), math calls only those that are
 *     one instruction and never fail (abs, sqrt, floor, ceil, trunc,
 *     round, on floats).
 *   - only where the loop vectorises (codegen's cg_simd_ok, and no calls
 *     into libm, which clang does not vectorise), so the extra iterations
 *     are lanes of the last vector, not iterations of their own.  gcc -O3
 *     would split the loop at the select's test of the index (-fsplit-
 *     loops), tail and all: codegen turns that off in a file with a padded
 *     loop (cg.c, NOSPLIT).
 * Not with --mpi (pass distribute, after this one, gives the arrays their
 * ranks' extents) or -O0. */
#include "passes.h"
#include "cg.h"
#include <math.h>

typedef struct P {
    IrProgram *prog;
    IStmt *lp;
    Var *i;
    const char *why;
    int minsize;            /* the smallest element size handled */
    PtrList arrs, offs;     /* each load's array and its offset (IExpr*) */
} P;

/* The statement of the body that assigns v, or NULL (v not assigned in the body) */
static const IStmt *def_in(const P *p, const Var *v)
{
    for (int k = 0; k < p->lp->loop.body.len; k++) {
        const IStmt *s = p->lp->loop.body.items[k];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return s;
    }
    return NULL;
}

/* e does not change in the loop: no loop index, no variable assigned in the
 * body, no loads.  pad() evaluates it before the loop, also when the loop
 * runs no iteration: so no arithmetic marked as not overflowing (C's
 * signed overflow), which only the loop's own iterations vouch for. */
static bool invariant(const P *p, const IExpr *e)
{
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return e->var != p->i && e->var->rank == 0 && !def_in(p, e->var);
    case IE_BINOP:
        return (e->op.op == OP_ADD || e->op.op == OP_SUB || e->op.op == OP_MUL) && ty_is_int_kind(e->ty) && !e->nowrap
               && invariant(p, e->op.a) && invariant(p, e->op.b);
    default: return false;
    }
}

/* e is off + i (or i, or i + off) with off invariant: *off (NULL for i alone) */
static bool index_form(const P *p, const IExpr *e, const IExpr **off, int depth)
{
    if (depth > 8) return false;
    if (e->kind == IE_VAR) {
        if (e->var == p->i) { *off = NULL; return true; }
        const IStmt *d = def_in(p, e->var);
        return d && index_form(p, d->assign.val, off, depth + 1);
    }
    if (e->kind == IE_BINOP && e->op.op == OP_ADD && ty_is_int_kind(e->ty)) {
        const IExpr *o = NULL;
        if (invariant(p, e->op.a) && index_form(p, e->op.b, &o, depth + 1) && !o) { *off = e->op.a; return true; }
        if (invariant(p, e->op.b) && index_form(p, e->op.a, &o, depth + 1) && !o) { *off = e->op.b; return true; }
    }
    return false;
}

static void size_of(P *p, TyKind k)
{
    int z = ty_kind_size(k);
    if (z > 0 && z < p->minsize) p->minsize = z;
}

/* a body variable whose value is an index (off + i): its arithmetic is the index's */
static bool is_index_var(const P *p, const Var *v)
{
    const IStmt *d = def_in(p, v);
    const IExpr *o;
    return d && index_form(p, d->assign.val, &o, 0);
}

static void check_expr(P *p, const IExpr *e)
{
    if (!e || p->why) return;
    switch (e->kind) {
    case IE_CONST: case IE_VAR: return;
    case IE_UNOP: check_expr(p, e->op.a); return;
    case IE_BINOP: {
        Op o = e->op.op;
        if (ty_is_int_kind(e->op.opk)) {
            if ((o == OP_DIV || o == OP_MOD || o == OP_POW) && !ir_safe_divisor(e)) { p->why = "an integer division"; return; }
            if ((o == OP_SHL || o == OP_SHR) && e->op.b->kind != IE_CONST) { p->why = "a shift by a variable"; return; }
            if (e->nowrap) { p->why = "index arithmetic"; return; }
        }
        check_expr(p, e->op.a);
        check_expr(p, e->op.b);
        return;
    }
    case IE_CALL:
        if (!ty_is_float_kind(e->ty)
            || !(e->call.fn == BI_ABS || e->call.fn == BI_SQRT || e->call.fn == BI_FLOOR || e->call.fn == BI_CEIL
                 || e->call.fn == BI_TRUNC || e->call.fn == BI_ROUND)) {
            p->why = "a call";
            return;
        }
        check_expr(p, e->call.a);
        check_expr(p, e->call.b);
        return;
    case IE_CONV:
        if (ty_is_int_kind(e->ty) && ty_is_float_kind(e->conv->ty)) { p->why = "a float converted to an integer"; return; }
        check_expr(p, e->conv);
        return;
    case IE_SELECT: check_expr(p, e->sel.c); check_expr(p, e->sel.a); check_expr(p, e->sel.b); return;
    case IE_LOAD: {
        const IExpr *off = NULL;
        if (e->load.n != 1 || e->load.arr->rank != 1 || !index_form(p, e->load.idx[0], &off, 0)) {
            p->why = "a load not at an offset plus the index";
            return;
        }
        size_of(p, e->load.arr->elem);
        plist_push(&p->arrs, e->load.arr);
        plist_push(&p->offs, (void *)off);
        return;
    }
    default: p->why = "more than arithmetic on loads"; return;
    }
}

/* Why the loop cannot be padded (NULL: it can) */
static const char *illegal(P *p)
{
    IStmt *lp = p->lp;
    if (lp->loop.rank != 1 || lp->loop.lo[0]->kind != IE_CONST || lp->loop.lo[0]->c.i != 0) return "not a loop from 0";
    if (!lp->loop.reds.len) return "no reductions";
    /* a constant count: the C compiler knows the tail (and unrolls a short
       loop whole); a padded count would depend on the outer index (the cut
       at the arrays' ends), which made its loop's schedule dynamic */
    if (lp->loop.hi[0]->kind == IE_CONST) return "a constant count";
    if (!cg_simd_ok(lp)) return "not vectorised";
    for (int k = 0; k < lp->loop.reds.len; k++) {
        const Reduction *r = lp->loop.reds.items[k];
        if (r->op != RED_SUM || r->acc->rank || ty_is_complex_kind(r->acc->elem)) return "a reduction other than a sum";
        size_of(p, r->acc->elem);
    }
    for (int k = 0; k < lp->loop.body.len && !p->why; k++) {
        const IStmt *s = lp->loop.body.items[k];
        if (s->kind != IS_ASSIGN || s->assign.dst->rank) return "statements other than scalar assignments";
        if (def_in(p, s->assign.dst) != s) return "a variable assigned twice";
        /* the index's own arithmetic (off + i, marked as not overflowing) is checked as a load index */
        if (is_index_var(p, s->assign.dst)) continue;
        check_expr(p, s->assign.val);
    }
    for (int k = 0; k < lp->loop.reds.len && !p->why; k++) check_expr(p, ((Reduction *)lp->loop.reds.items[k])->value);
    if (p->why) return p->why;
    if (!p->arrs.len) return "no loads";
    return NULL;
}

/* The one assignment v = select(c, x, 0) (0: an integer 0 or a float +0)
 * in the body when e is the variable v of the reduction's kind, or NULL. */
static IStmt *zero_select_def(const P *p, const IExpr *e)
{
    if (e->kind != IE_VAR) return NULL;
    IStmt *def = NULL;
    for (int k = 0; k < p->lp->loop.body.len; k++) {
        IStmt *s = p->lp->loop.body.items[k];
        if (s->kind == IS_ASSIGN && s->assign.dst == e->var) {
            if (def) return NULL;
            def = s;
        }
    }
    if (!def || def->assign.val->kind != IE_SELECT || def->assign.val->ty != e->ty) return NULL;
    const IExpr *z = def->assign.val->sel.b;
    if (z->kind != IE_CONST || z->ty != e->ty) return NULL;
    if (ty_is_float_kind(z->ty)) return z->c.f == 0.0 && !signbit(z->c.f) ? def : NULL;
    return ty_is_int_kind(z->ty) && z->c.i == 0 ? def : NULL;
}

static IExpr *i64(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }
static IExpr *bin(Op op, IExpr *a, IExpr *b, Span s)
{
    bool cmp = op == OP_LT || op == OP_GE || op == OP_GT || op == OP_LE;
    return ir_binop(op, cmp ? T_BOOL : T_I64, T_I64, a, b, s);
}

static void pad(IrFunc *f, PtrList *out, int at, P *p)
{
    IStmt *lp = p->lp;
    Span s = lp->span;
    int64_t V = 64 / p->minsize;
    if (V > 16) V = 16;
    /* n, the rounded count, the cut at each array's end, the offsets' signs */
    Var *n = ir_var(f, "pad_n", T_I64, 0, V_TEMP, s);
    PtrList pre = {0};
    plist_push(&pre, ir_assign(n, ir_clone_expr(lp->loop.hi[0]), s));
    Var *mv = ir_var(f, "pad_cut", T_I64, 0, V_TEMP, s);
    plist_push(&pre, ir_assign(mv, bin(OP_MUL, bin(OP_DIV, bin(OP_ADD, ir_varref(n, s), i64(V - 1, s), s), i64(V, s), s),
                                       i64(V, s), s), s));
    IExpr *ok = NULL;
    for (int k = 0; k < p->arrs.len; k++) {
        Var *a = p->arrs.items[k];
        const IExpr *off = p->offs.items[k];
        bool seen = false;
        for (int q = 0; q < k && !seen; q++) {
            const IExpr *o2 = p->offs.items[q];
            seen = ext_equal(((Var *)p->arrs.items[q])->dims[0], a->dims[0]) && (o2 == off || (o2 && off && ir_same_atom(o2, off)));
        }
        if (seen) continue;
        IExpr *lim = off ? bin(OP_SUB, ir_ext(a->dims[0], s), ir_clone_expr(off), s) : ir_ext(a->dims[0], s);
        plist_push(&pre, ir_assign(mv, ir_select(T_I64, bin(OP_LT, lim, ir_varref(mv, s), s), ir_clone_expr(lim),
                                                 ir_varref(mv, s), s), s));
        if (off) {
            IExpr *c = bin(OP_GE, ir_clone_expr(off), i64(0, s), s);
            ok = ok ? ir_binop(OP_AND, T_BOOL, T_BOOL, ok, c, s) : c;
        }
    }
    IExpr *np = ir_select(T_I64, bin(OP_GT, ir_varref(mv, s), ir_varref(n, s), s), ir_varref(mv, s), ir_varref(n, s), s);
    if (ok) np = ir_select(T_I64, ok, np, ir_varref(n, s), s);
    Var *nv = ir_var(f, "pad_end", T_I64, 0, V_TEMP, s);
    plist_push(&pre, ir_assign(nv, np, s));
    lp->loop.hi[0] = ir_varref(nv, s);
    for (int k = 0; k < lp->loop.reds.len; k++) {
        Reduction *r = lp->loop.reds.items[k];
        IExpr *in = bin(OP_LT, ir_varref(p->i, s), ir_varref(n, s), s);
        IStmt *d = zero_select_def(p, r->value);
        if (d) {
            /* v = select(c, x, 0) summed: v = select(c && i < n, x, 0), one
               mask where the loop already has one (the MD runs: 4 sums of
               `near ? ... : 0.0`, 8 % faster a step than a second select
               per sum).  Each iteration below n computes the same v; an
               extra one gives 0, which only reductions read (the body has
               no other effect, see the legality above), each of them
               zeroed too. */
            d->assign.val->sel.c = ir_binop(OP_AND, T_BOOL, T_BOOL, d->assign.val->sel.c, in, s);
            continue;
        }
        IExpr *zero = ty_is_float_kind(r->acc->elem) ? ir_const_f(r->acc->elem, 0.0, s) : ir_const_i(r->acc->elem, 0, s);
        r->value = ir_select(r->acc->elem, in, r->value, zero, s);
    }
    p->prog->padded = true;
    plist_push(&lp->loop.fused, arena_printf("note:runs whole vectors of %lld: the count rounded up (cut at the arrays' "
                                             "ends), the extra iterations adding 0", (long long)V));
    for (int k = pre.len - 1; k >= 0; k--) plist_insert(out, at, pre.items[k]);
}

static void walk(IrProgram *prog, IrFunc *f, PtrList *l, int depth)
{
    for (int k = 0; k < l->len; k++) {
        IStmt *s = l->items[k];
        switch (s->kind) {
        case IS_IF: walk(prog, f, &s->if_.then, depth); walk(prog, f, &s->if_.els, depth); break;
        case IS_WHILE: walk(prog, f, &s->while_.pre, depth); walk(prog, f, &s->while_.body, depth); break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_PARFOR && depth > 0) {
                P p = { .prog = prog, .lp = s, .i = s->loop.idx[0], .minsize = 8 };
                if (!illegal(&p)) {
                    int before = l->len;
                    pad(f, l, k, &p);
                    k += l->len - before;
                    break;
                }
            }
            walk(prog, f, &s->loop.body, depth + (s->loop.kind == LOOP_PARFOR));
            break;
        default: break;
        }
    }
}

void pass_padtail(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;     /* --mpi: distribute changes the arrays' extents to the rank's rows */
    for (int i = 0; i < p->funcs.len; i++) walk(p, p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body, 0);
}
