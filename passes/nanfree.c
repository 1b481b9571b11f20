/* nanfree.c — argmin/argmax over floats without the first-NaN tracking,
 * where the values compared cannot be NaN, behind a check of the inputs.
 *
 * An argmin of floats returns the index of the first NaN if there is one
 * (NumPy), so its loop tracks the first NaN beside the running minimum; that
 * costs as much as the comparison itself and keeps gcc from its minsd/cmov
 * idiom (k-means' assignment step: 1.3x hand C).  Most values compared
 * cannot be NaN at all when the inputs they are computed from are finite:
 * the squared distance (x - cx)^2 + (y - cy)^2 of finite coordinates may
 * overflow to +inf but is never NaN.
 *
 * For a parallel loop L nested in another loop (its body scalar code that
 * ir_clone_stmts can copy), with a float argmin/argmax reduction
 * whose value is computed by L's body from
 *   - scalars and array elements that do not change in L (its "invariant
 *     leaves": checked once per execution of L, just before it), and
 *   - elements of array parameters that are never written, of no more
 *     elements than L has iterations (its extents are L's: checked once, by
 *     an `all(isfinite(a))` loop at the function's top level before the
 *     statement that holds L),
 * through + and - (of non-NaN operands, one of them finite, or both >= 0
 * for +), * (of finite operands, or x * x of a non-NaN x), negation, conversions from integers, abs, sqrt
 * of non-negative values, exp, min, max, ** by an integer constant and
 * selects, the pass proves by these rules (each says when the result is
 * not NaN: inf - inf, 0 * inf and sqrt of a negative are the only ways
 * these operations make a NaN of non-NaN operands) that every value L
 * compares is not NaN when every leaf is finite.  L becomes
 *     if (L runs && every invariant leaf is finite && every checked array is finite)
 *         L' (a copy of L whose argmin does not track NaNs)
 *     else
 *         L
 * Legality: the two loops compute the same statements (L' on scalars of
 * its own: L is a parfor, whose body's scalars are private to an iteration
 * and read by nothing after it) into the same reductions; they differ
 * only in the tracking, which changes the result
 * only when a value is NaN, which the condition rules out.  The leaves are
 * read before L where L would read them: L's body has no stores, checks,
 * jumps, allocations, while loops or extern calls, so an invariant leaf
 * holds in every iteration the value it holds before L, and its read is
 * in range when L runs (L reads it, unconditionally, in every iteration:
 * only definitions at the top level of L's body are followed, and the
 * condition reads leaves only after testing that L runs).  A checked array
 * is a parameter nobody writes, so its elements are the same everywhere in
 * the function.  Not inside a stencil's rounds or a compaction (their
 * codegen runs statements once per region or twice). */
#include "passes.h"
#include "access.h"
#include <stdlib.h>
#include <string.h>

enum { F_NN = 1, F_FIN = 2, F_POS = 4 };     /* not NaN; finite (and not NaN); >= 0 or +inf */

typedef struct Nf {
    IrFunc *f;
    const IStmt *lp;            /* L */
    int *assigned;              /* per var id: assignments in L's body (anywhere) */
    int *defat;                 /* per var id: 1 + position of its one top-level assignment, or 0 */
    IExpr **def;                /* per var id: that assignment's value */
    PtrList inv;                /* IExpr*: invariant leaves (copies) */
    PtrList whole;              /* Var*: arrays to check whole */
    int depth;                  /* recursion bound */
} Nf;

static bool is_index(const Nf *c, const Var *v)
{
    for (int d = 0; d < c->lp->loop.rank; d++)
        if (c->lp->loop.idx[d] == v) return true;
    return false;
}

/* Does e depend on nothing L changes (its indices, the scalars it assigns)? */
static bool invariant(const Nf *c, const IExpr *e)
{
    if (!e) return true;
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return !is_index(c, e->var) && !c->assigned[e->var->id];
    case IE_UNOP: return invariant(c, e->op.a);
    case IE_BINOP: return invariant(c, e->op.a) && invariant(c, e->op.b);
    case IE_CALL: return invariant(c, e->call.a) && invariant(c, e->call.b);
    case IE_CONV: return invariant(c, e->conv);
    case IE_SELECT: return invariant(c, e->sel.c) && invariant(c, e->sel.a) && invariant(c, e->sel.b);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++)
            if (!invariant(c, e->load.idx[i])) return false;
        return true;
    default: return false;
    }
}

static bool pure(const IExpr *e)
{
    if (!e) return true;
    if (e->kind == IE_ECALL || e->kind >= IE_MAP || expr_may_trap(e)) return false;
    switch (e->kind) {
    case IE_UNOP: return pure(e->op.a);
    case IE_BINOP: return pure(e->op.a) && pure(e->op.b);
    case IE_CALL: return pure(e->call.a) && pure(e->call.b);
    case IE_CONV: return pure(e->conv);
    case IE_SELECT: return pure(e->sel.c) && pure(e->sel.a) && pure(e->sel.b);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++)
            if (!pure(e->load.idx[i])) return false;
        return true;
    default: return true;
    }
}

/* Are a's extents each one of L's (from 0): no more elements than L has iterations? */
static bool small_array(const Nf *c, const Var *a)
{
    for (int k = 0; k < a->rank; k++) {
        bool found = false;
        for (int d = 0; d < c->lp->loop.rank && !found; d++) {
            const IExpr *lo = c->lp->loop.lo[d], *hi = c->lp->loop.hi[d];
            if (lo->kind != IE_CONST || lo->c.i != 0) continue;
            if (a->dims[k].var ? hi->kind == IE_VAR && hi->var == a->dims[k].var
                               : hi->kind == IE_CONST && hi->c.i >= a->dims[k].c)
                found = true;
        }
        if (!found) return false;
    }
    return true;
}

static bool same_leaf(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == IE_VAR) return a->var == b->var;
    if (a->kind != IE_LOAD || a->load.arr != b->load.arr || a->load.n != b->load.n) return false;
    for (int i = 0; i < a->load.n; i++)
        if (!ir_same_atom(a->load.idx[i], b->load.idx[i])) return false;
    return true;
}

/* A value read from outside L's computation: finite if checked. */
static int leaf(Nf *c, const IExpr *e)
{
    if (e->kind == IE_LOAD && e->load.arr->kind == V_PARAM && !e->load.arr->written && small_array(c, e->load.arr)
        && !invariant(c, e)) {
        for (int i = 0; i < c->whole.len; i++)
            if (c->whole.items[i] == e->load.arr) return F_NN | F_FIN;
        plist_push(&c->whole, e->load.arr);
        return F_NN | F_FIN;
    }
    if (!invariant(c, e) || !pure(e)) return 0;
    for (int i = 0; i < c->inv.len; i++)
        if (same_leaf(c->inv.items[i], e)) return F_NN | F_FIN;
    plist_push(&c->inv, ir_clone_expr(e));
    return F_NN | F_FIN;
}

static int flags(Nf *c, const IExpr *e, int before);

/* Do a and b compute the same value?  Both are pure operands of one
 * expression in L's body, evaluated in the same iteration, and L's body
 * stores to no array (scan_body): written alike, they read the same
 * elements and variables and apply the same operations, so they are the
 * same value ((px[i] - cx[c]) * (px[i] - cx[c]): a square, where only a
 * variable or a constant squared was recognised before).  The caller checks
 * that a is pure (no extern call, nothing that may trap).  Constants
 * compare by their bits (a NaN constant is never equal to itself as a
 * number). */
static bool same_value(const IExpr *a, const IExpr *b, int depth)
{
    if (a->kind != b->kind || a->ty != b->ty || depth > 64) return false;
    switch (a->kind) {
    case IE_CONST: return !memcmp(&a->c, &b->c, sizeof a->c);
    case IE_VAR: return a->var == b->var;
    case IE_LOAD:
        if (a->load.arr != b->load.arr || a->load.n != b->load.n) return false;
        for (int i = 0; i < a->load.n; i++)
            if (!same_value(a->load.idx[i], b->load.idx[i], depth + 1)) return false;
        return true;
    case IE_CONV: return same_value(a->conv, b->conv, depth + 1);
    case IE_UNOP: return a->op.op == b->op.op && a->op.opk == b->op.opk && same_value(a->op.a, b->op.a, depth + 1);
    case IE_BINOP:
        return a->op.op == b->op.op && a->op.opk == b->op.opk && same_value(a->op.a, b->op.a, depth + 1)
               && same_value(a->op.b, b->op.b, depth + 1);
    case IE_CALL:
        return a->call.fn == b->call.fn && (a->call.a ? b->call.a && same_value(a->call.a, b->call.a, depth + 1) : !b->call.a)
               && (a->call.b ? b->call.b && same_value(a->call.b, b->call.b, depth + 1) : !b->call.b);
    default: return false;
    }
}

/* A variable: followed to its one top-level definition in L (before
 * position `before`), or a leaf when L does not assign it. */
static int var_flags(Nf *c, const IExpr *e, int before)
{
    const Var *v = e->var;
    if (is_index(c, v)) return 0;
    if (!c->assigned[v->id]) return leaf(c, e);
    if (c->assigned[v->id] != 1 || !c->defat[v->id] || c->defat[v->id] - 1 >= before) return 0;
    return flags(c, c->def[v->id], c->defat[v->id] - 1);
}

/* What is known of e's value when every leaf is finite (0: it may be NaN). */
static int flags(Nf *c, const IExpr *e, int before)
{
    if (!ty_is_float_kind(e->ty)) {
        /* a boolean or an integer: converted, a finite float (complex: no) */
        return ty_is_complex_kind(e->ty) ? 0 : F_NN | F_FIN;
    }
    if (++c->depth > 200) return 0;
    int r = 0;
    switch (e->kind) {
    case IE_CONST:
        if (e->c.f == e->c.f) r = F_NN | (e->c.f >= 0 ? F_POS : 0) | (e->c.f - e->c.f == 0 ? F_FIN : 0);
        break;
    case IE_VAR: r = var_flags(c, e, before); break;
    case IE_LOAD: r = leaf(c, e); break;
    case IE_CONV:
        if (!ty_is_float_kind(e->conv->ty)) r = flags(c, e->conv, before);
        else {
            r = flags(c, e->conv, before);
            if (e->ty == T_F32 && e->conv->ty != T_F32) r &= ~F_FIN;  /* may overflow to inf */
        }
        break;
    case IE_UNOP:
        if (e->op.op == OP_NEG) r = flags(c, e->op.a, before) & ~F_POS;
        break;
    case IE_BINOP: {
        if (!ty_is_float_kind(e->op.opk)) break;
        Op op = e->op.op;
        if (op != OP_ADD && op != OP_SUB && op != OP_MUL && op != OP_POW) break;
        int a = flags(c, e->op.a, before);
        if (op == OP_POW) {
            /* x ** n, n an integer constant: pow(+-inf, n) and pow(0, -n) are not NaN */
            const IExpr *b = e->op.b;
            if (b->kind == IE_CONV) b = b->conv;
            bool ib = b->kind == IE_CONST && (ty_is_int_kind(b->ty) ? true : b->c.f == (double)(int64_t)b->c.f && b->c.f > -1e15 && b->c.f < 1e15);
            int64_t n = !ib ? 0 : ty_is_int_kind(b->ty) ? b->c.i : (int64_t)b->c.f;
            if (ib && (a & F_NN)) r = F_NN | ((n % 2 == 0 || (a & F_POS)) ? F_POS : 0);
            break;
        }
        int bf = flags(c, e->op.b, before);
        bool same = pure(e->op.a) && same_value(e->op.a, e->op.b, 0);
        if (op == OP_ADD) {
            /* NaN only as inf + -inf: one operand finite, or both >= 0 */
            if ((a & F_NN) && (bf & F_NN) && ((a | bf) & F_FIN || (a & bf & F_POS))) r = F_NN | (a & bf & F_POS);
        } else if (op == OP_SUB) {
            /* NaN only as inf - inf: one operand finite */
            if ((a & F_NN) && (bf & F_NN) && ((a | bf) & F_FIN)) r = F_NN;
        } else {
            /* NaN only as 0 * inf: both finite, or the same non-NaN value squared */
            if ((a & F_FIN) && (bf & F_FIN)) r = F_NN | ((same || (a & bf & F_POS)) ? F_POS : 0);
            else if (same && (a & F_NN)) r = F_NN | F_POS;       /* inf * inf */
        }
        break;
    }
    case IE_CALL: {
        int a = e->call.a ? flags(c, e->call.a, before) : 0;
        switch (e->call.fn) {
        case BI_ABS: r = (a & (F_NN | F_FIN)) ? (a & (F_NN | F_FIN)) | F_POS : 0; break;
        case BI_SQRT: r = (a & F_NN) && (a & F_POS) ? a : 0; break;
        case BI_EXP: r = (a & F_NN) ? F_NN | F_POS : 0; break;
        case BI_MIN: case BI_MAX: {
            int b = flags(c, e->call.b, before);
            r = (a & F_NN) && (b & F_NN) ? a & b : 0;
            break;
        }
        default: break;
        }
        break;
    }
    case IE_SELECT:
        if (pure(e->sel.c)) r = flags(c, e->sel.a, before) & flags(c, e->sel.b, before);
        break;
    default: break;
    }
    c->depth--;
    return r;
}

/* Counts the assignments in l per variable; false if l holds a statement
 * that rules the pass out (a store, check, jump, allocation, while loop,
 * compaction, extern call or a loop continuing a reduction). */
static bool scan_body(Nf *c, const PtrList *l, bool top)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            const Var *v = s->assign.dst;
            if (v->rank || s->assign.val->kind >= IE_MAP || !pure(s->assign.val)) return false;
            c->assigned[v->id]++;
            if (top) { c->defat[v->id] = i + 1; c->def[v->id] = s->assign.val; }
            break;
        }
        case IS_IF:
            if (!pure(s->if_.cond) || !scan_body(c, &s->if_.then, false) || !scan_body(c, &s->if_.els, false)) return false;
            break;
        case IS_LOOP:
            if (s->loop.kind != LOOP_SERIAL && s->loop.kind != LOOP_PARFOR) return false;
            for (int d = 0; d < s->loop.rank; d++) {
                if (!pure(s->loop.lo[d]) || !pure(s->loop.hi[d])) return false;
                c->assigned[s->loop.idx[d]->id]++;
            }
            for (int q = 0; q < s->loop.reds.len; q++) {
                const Reduction *r = s->loop.reds.items[q];
                if (r->cont || r->op == RED_LAMBDA || !pure(r->value)) return false;
                c->assigned[r->acc->id] += 2;
                if (r->idx) c->assigned[r->idx->id] += 2;
            }
            if (!scan_body(c, &s->loop.body, false)) return false;
            break;
        default: return false;
        }
    }
    return true;
}

static bool nan_tracked(const Reduction *r)
{
    return (r->op == RED_ARGMIN || r->op == RED_ARGMAX) && ty_is_float_kind(r->acc->elem) && !r->nan_free;
}

static IExpr *and_(IExpr *a, IExpr *b, Span s)
{
    return a ? ir_binop(OP_AND, T_BOOL, T_BOOL, a, b, s) : b;
}

static IExpr *isfinite_(IExpr *x, Span s)
{
    IExpr *e = ir_expr(IE_CALL, T_BOOL, s);
    e->call.fn = BI_ISFINITE;
    e->call.a = x;
    return e;
}

static void leaf_name(Buf *b, const IExpr *e)
{
    if (e->kind == IE_VAR) { buf_puts(b, e->var->src_name ? e->var->src_name : e->var->name); return; }
    buf_printf(b, "%s[", e->load.arr->name);
    for (int i = 0; i < e->load.n; i++) {
        const IExpr *x = e->load.idx[i];
        if (i) buf_puts(b, ", ");
        if (x->kind == IE_VAR) buf_puts(b, x->var->src_name ? x->var->src_name : x->var->name);
        else if (x->kind == IE_CONST) buf_printf(b, "%lld", (long long)x->c.i);
        else buf_puts(b, "...");
    }
    buf_putc(b, ']');
}

typedef struct Pass {
    IrFunc *f;
    PtrList *top; int *top_at;  /* the function's body, and the index of the statement being walked */
    Var **fin;                  /* per array var id: its `all finite` flag, once made */
    int nfin;
    int n;                      /* loops made */
} Pass;

/* The flag `a's elements are all finite`, computed before the current top-level statement. */
static Var *array_flag(Pass *ps, Var *a, Span s)
{
    if (ps->fin[a->id]) return ps->fin[a->id];
    IrFunc *f = ps->f;
    Var *flag = ir_var(f, arena_printf("%s_finite", a->name), T_BOOL, 0, V_TEMP, s);
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_SERIAL;        /* no more elements than the loop it is for has iterations */
    lp->loop.rank = a->rank;
    IExpr *ld = ir_expr(IE_LOAD, a->elem, s);
    ld->load.arr = a;
    ld->load.n = a->rank;
    for (int d = 0; d < a->rank; d++) {
        lp->loop.idx[d] = ir_var(f, d ? "j" : "i", T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = ir_const_i(T_I64, 0, s);
        lp->loop.hi[d] = ir_ext(a->dims[d], s);
        ld->load.idx[d] = ir_varref(lp->loop.idx[d], s);
    }
    IExpr *all = ir_binop(OP_AND, T_BOOL, T_BOOL, ir_varref(flag, s), isfinite_(ld, s), s);
    all->eager = true;
    plist_push(&lp->loop.body, ir_assign(flag, all, s));
    plist_push(&lp->loop.fused, arena_printf("note:are the elements of '%s' all finite (for an argmin without NaN tracking)", a->name));
    plist_insert(ps->top, *ps->top_at, ir_assign(flag, ir_const_i(T_BOOL, 1, s), s));
    (*ps->top_at)++;
    plist_insert(ps->top, *ps->top_at, lp);
    (*ps->top_at)++;
    ps->fin[a->id] = flag;
    return flag;
}

/* l[at] is a loop nested in another: made two when the pass applies. */
static bool try_loop(Pass *ps, PtrList *l, int at)
{
    IStmt *lp = l->items[at];
    bool any = false;
    for (int q = 0; q < lp->loop.reds.len; q++) any |= nan_tracked(lp->loop.reds.items[q]);
    if (!any || lp->loop.kind != LOOP_PARFOR || !ir_clonable_stmts(&lp->loop.body)) return false;
    IrFunc *f = ps->f;
    int nv = f->vars.len + 1;
    Nf c = { f, lp, xcalloc((size_t)nv, sizeof(int)), xcalloc((size_t)nv, sizeof(int)),
             xcalloc((size_t)nv, sizeof(IExpr *)), {0}, {0}, 0 };
    bool ok = scan_body(&c, &lp->loop.body, true);
    for (int d = 0; ok && d < lp->loop.rank; d++) ok = pure(lp->loop.lo[d]) && pure(lp->loop.hi[d]);
    bool proved[16] = {0};
    bool some = false;
    for (int q = 0; ok && q < lp->loop.reds.len && q < 16; q++) {
        const Reduction *r = lp->loop.reds.items[q];
        if (!nan_tracked(r)) continue;
        int inv = c.inv.len, wh = c.whole.len;
        proved[q] = (flags(&c, r->value, lp->loop.body.len) & F_NN) != 0;
        if (!proved[q]) { c.inv.len = inv; c.whole.len = wh; }   /* its leaves are not needed */
        some |= proved[q];
    }
    if (!ok || !some) goto out;

    /* the condition: L runs, its invariant leaves are finite, its arrays too */
    Span s = lp->span;
    IExpr *cond = NULL;
    for (int d = 0; d < lp->loop.rank; d++)
        cond = and_(cond, ir_binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(lp->loop.lo[d]), ir_clone_expr(lp->loop.hi[d]), s), s);
    Buf what = {0};
    for (int i = 0; i < c.inv.len; i++) {
        IExpr *x = c.inv.items[i];
        leaf_name(&what, x);
        buf_puts(&what, ", ");
        cond = and_(cond, isfinite_(x, s), s);
    }
    for (int i = 0; i < c.whole.len; i++) {
        Var *a = c.whole.items[i];
        buf_printf(&what, "%s, ", a->name);
        cond = and_(cond, ir_varref(array_flag(ps, a, s), s), s);
    }
    if (what.len >= 2) what.s[what.len - 2] = 0;

    /* L' : a copy of the statements with scalars of its own (a parfor's body
       scalars are private to its iterations: nothing after it reads them;
       codegen may declare each where it is set), the argmins untracked */
    IStmt *fast = ir_clone_parfor(f, lp);
    int nproved = 0, ntracked = 0;
    for (int q = 0; q < lp->loop.reds.len; q++) {
        ntracked += nan_tracked(lp->loop.reds.items[q]);
        nproved += q < 16 && proved[q];
    }
    const char *which = nproved == ntracked ? (ntracked > 1 ? "its argmins/argmaxes" : "its argmin/argmax")
                        : arena_printf("%d of its %d argmins/argmaxes", nproved, ntracked);
    plist_push(&fast->loop.fused,
               c.inv.len + c.whole.len == 0 ? arena_printf("note:%s without NaN tracking: the values cannot be NaN", which)
               : arena_printf("note:%s without NaN tracking: the values cannot be NaN when %s %s finite "
                              "(checked before the loop; else the loop that tracks NaNs runs)",
                              which, what.s, c.inv.len + c.whole.len > 1 ? "are" : "is"));
    plist_push(&lp->loop.fused, "note:the version that tracks NaNs, for inputs that are not all finite");
    for (int q = 0; q < lp->loop.reds.len && q < 16; q++)
        if (proved[q]) ((Reduction *)fast->loop.reds.items[q])->nan_free = true;
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = cond;
    iff->if_.versions = true;
    plist_push(&iff->if_.then, fast);
    plist_push(&iff->if_.els, lp);
    l->items[at] = iff;
    buf_free(&what);
    ps->n++;
out:
    free(c.assigned);
    free(c.defat);
    free(c.def);
    return some && ok;
}

/* depth: the loops around l; top: l is the function's body */
static void walk(Pass *ps, PtrList *l, int depth, bool top)
{
    for (int i = 0; i < l->len; i++) {
        if (top) *ps->top_at = i;
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: walk(ps, &s->if_.then, depth, false); walk(ps, &s->if_.els, depth, false); break;
        case IS_WHILE: walk(ps, &s->while_.body, depth + 1, false); break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_ROUNDS || s->loop.kind == LOOP_COMPACT) break;
            if (depth > 0 && try_loop(ps, l, i)) break;     /* its copies need nothing more */
            walk(ps, &s->loop.body, depth + 1, false);
            break;
        default: break;
        }
        if (top) i = *ps->top_at;       /* past the array checks inserted before it */
    }
}

void pass_nanfree(IrProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        int top_at = 0;
        Pass ps = { f, &f->body, &top_at, xcalloc((size_t)f->vars.len + 1, sizeof(Var *)), f->vars.len + 1, 0 };
        walk(&ps, &f->body, 0, true);
        free(ps.fin);
    }
}
