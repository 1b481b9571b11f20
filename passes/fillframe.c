/* fillframe.c — a fill that a stencil's first round overwrites inside
 * fills only the frame around the stencil's interior.
 *
 * `let y = zeros_like(x); runStencil(y, x) |b, a| { b[0] = ... }` fills y
 * with zeros, then writes y's interior again: three streams of memory where
 * an expert's C has two (a 5-tap filter on 8e6 doubles: 1.4x the hand C at
 * one thread, 1.7x at two).  The zeros stay only where the stencil does not
 * write, its border (`:oob_skip`).
 *
 * Before/after: PIR.
 *     parfor (i in 0..n0, j in 0..n1) { y[i, j] = c }        F
 *     s1; ...; sk                   not touching y
 *     rounds (iter in 0..R) {       R a constant >= 1
 *         parfor (i in lo0..hi0, j in lo1..hi1) { ...; y[i, j] = v }    P
 *         ...
 *     }
 * becomes
 *     s1; ...; sk
 *     a0 = clamp(lo0, 0, n0); b0 = clamp(hi0, a0, n0); (likewise a1, b1)
 *     parfor (i in 0..n0) {
 *         if (i < a0 || i >= b0) { for (j in 0..n1) y[i, j] = c }
 *         else { for (j in 0..a1) y[i, j] = c; for (j in b1..n1) y[i, j] = c }
 *     }
 *     rounds ... (unchanged)
 * (rank 1: the loops over 0..a0 and b0..n0; rank 3: the middle planes get
 * rank 2's frame).  Legality: the new loops store c to every element of y
 * outside the box [a0, b0) x [a1, b1) (an element outside it is outside
 * in some dimension d, the first such: its loop over d fills it whole
 * below), and F stored c to all of y, so they differ only inside the box,
 * where F's stores are dead: nothing reads y between F and P (s1..sk, the
 * frame's stores move past them, neither read, write nor name y: they are
 * assignments, allocations, checks, ifs and loops without extern calls;
 * one that fails ends the call, after which a result buffer may be partly
 * written anyway, c-api.md), and P, which runs first in
 * the first round (R >= 1 rounds: at least one), stores to every element
 * of the box unconditionally (its body is assignments and the one store
 * y[i, j] = v at its own indices; the box lies inside its domain lo..hi and
 * inside y) before anything after it can read one.  P itself does not read
 * y: its loads are of parameters and of other arrays allocated in the
 * function, none of them y or bound to y (y is allocated here, or the
 * result buffer, which the C API and the Python wrapper require not to
 * overlap a parameter); no variable involved is rebound (is_mutable).
 * Not under --mpi (distribute splits the loops itself). */
#include "passes.h"
#include "access.h"

typedef struct Ff {
    IrFunc *f;
    PtrList *top;               /* the function's body: where y's allocation or binding is */
} Ff;

static bool is_idx(const IExpr *e, const Var *v)
{
    return e->kind == IE_VAR && e->var == v;
}

/* s stores to arr at the loop's own indices */
static bool store_at_indices(const IStmt *s, const IStmt *lp, const Var *arr)
{
    if (s->kind != IS_STORE || s->store.arr != arr || s->store.n != lp->loop.rank) return false;
    for (int d = 0; d < lp->loop.rank; d++)
        if (!is_idx(s->store.idx[d], lp->loop.idx[d])) return false;
    return true;
}

/* F: a parfor over all of y (0..extents) whose body is y[indices] = constant; returns y */
static Var *fill_of(const IStmt *lp)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.reds.len || lp->loop.body.len != 1) return NULL;
    const IStmt *s = lp->loop.body.items[0];
    if (s->kind != IS_STORE || s->store.val->kind != IE_CONST) return NULL;
    Var *y = s->store.arr;
    if (y->rank != lp->loop.rank || y->kind == V_VIEW || y->is_mutable || y->reshaped || !store_at_indices(s, lp, y))
        return NULL;
    for (int d = 0; d < y->rank; d++) {
        const IExpr *lo = lp->loop.lo[d], *hi = lp->loop.hi[d];
        if (lo->kind != IE_CONST || lo->c.i != 0) return NULL;
        if (y->dims[d].var ? !is_idx(hi, y->dims[d].var) : (hi->kind != IE_CONST || hi->c.i != y->dims[d].c)) return NULL;
    }
    return y;
}

/* y's memory is its own: allocated in the function, or bound once at its
 * top level to a result buffer */
static bool own_memory(const PtrList *top, const Var *y)
{
    for (int i = 0; i < top->len; i++) {
        const IStmt *s = top->items[i];
        if (s->kind == IS_ALLOC && s->alloc == y) return true;
        if (s->kind == IS_ASSIGN && s->assign.dst == y)
            return s->assign.val->kind == IE_VAR && s->assign.val->var->kind == V_RESULT;
    }
    return false;
}

typedef struct Rd { const PtrList *top; const Var *y; bool bad; } Rd;

/* a load P may make: not of y, of a parameter or an array allocated here, never rebound */
static void check_load(IExpr **slot, void *ctx)
{
    Rd *rd = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var == rd->y) rd->bad = true;
    if (e->kind == IE_ECALL || e->kind == IE_SLOAD) rd->bad = true;
    if (e->kind != IE_LOAD) return;
    const Var *a = e->load.arr;
    if (a == rd->y || a->is_mutable || a->kind == V_VIEW || a->reshaped) { rd->bad = true; return; }
    if (a->kind == V_PARAM) return;
    for (int i = 0; i < rd->top->len; i++) {
        const IStmt *s = rd->top->items[i];
        if (s->kind == IS_ALLOC && s->alloc == a) return;
    }
    rd->bad = true;
}

static bool reads_ok(const PtrList *top, const Var *y, IExpr **slot)
{
    Rd rd = { top, y, false };
    ir_walk_expr(slot, check_load, &rd);
    return !rd.bad;
}

/* P: the first statement of a rounds loop of a constant R >= 1 rounds,
 * a parfor over a box that stores to y at its indices */
static const IStmt *stencil_of(const PtrList *top, const IStmt *r, const Var *y)
{
    if (r->kind != IS_LOOP || r->loop.kind != LOOP_ROUNDS || r->loop.rank != 1 || !r->loop.body.len) return NULL;
    const IExpr *lo = r->loop.lo[0], *hi = r->loop.hi[0];
    if (lo->kind != IE_CONST || lo->c.i != 0 || hi->kind != IE_CONST || hi->c.i < 1) return NULL;
    const IStmt *p = r->loop.body.items[0];
    if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR || p->loop.rank != y->rank || p->loop.reds.len) return NULL;
    for (int d = 0; d < p->loop.rank; d++) {
        const IExpr *a = p->loop.lo[d], *b = p->loop.hi[d];
        if ((a->kind != IE_CONST && a->kind != IE_VAR) || (b->kind != IE_CONST && b->kind != IE_VAR)) return NULL;
    }
    int stores = 0;
    for (int i = 0; i < p->loop.body.len; i++) {
        IStmt *s = p->loop.body.items[i];
        if (s->kind == IS_ASSIGN && !s->assign.dst->rank && reads_ok(top, y, &s->assign.val)) continue;
        if (store_at_indices(s, p, y) && reads_ok(top, y, &s->store.val)) { stores++; continue; }
        return NULL;
    }
    return stores == 1 ? p : NULL;
}

static IExpr *v_(Var *v, Span s) { return ir_varref(v, s); }

/* min(max(x, lo), hi) in a new scalar (of constants x >= lo: min(x, hi)) */
static IExpr *clamp(IrFunc *f, PtrList *out, const char *name, const IExpr *x, IExpr *lo, const IExpr *hi, Span s)
{
    IExpr *t = ir_clone_expr(x);
    if (!(x->kind == IE_CONST && lo->kind == IE_CONST && x->c.i >= lo->c.i)) {
        IExpr *lt = ir_binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(x), ir_clone_expr(lo), s);
        t = ir_select(T_I64, lt, lo, t, s);
    }
    Var *u = ir_var(f, name, T_I64, 0, V_TEMP, s);
    IExpr *gt = ir_binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(t), ir_clone_expr(hi), s);
    plist_push(out, ir_assign(u, ir_select(T_I64, gt, ir_clone_expr(hi), t, s), s));
    return v_(u, s);
}

typedef struct Frame {
    IrFunc *f;
    const IStmt *fill;          /* F */
    Var *y;
    IExpr *a[4], *b[4];         /* the box, per dimension */
    Var *idx[4];                /* the indices of the loops around */
    Span s;
} Frame;

static IStmt *loop_over(Frame *fr, int d, IExpr *lo, IExpr *hi)
{
    IStmt *lp = ir_loop1(fr->f, LOOP_PARFOR, fr->fill->loop.idx[d]->name, lo, hi, fr->s);
    fr->idx[d] = lp->loop.idx[0];
    return lp;
}

static void store_c(Frame *fr, PtrList *body)
{
    const IStmt *st = fr->fill->loop.body.items[0];
    IStmt *s = ir_stmt(IS_STORE, fr->s);
    s->store.arr = fr->y;
    s->store.n = fr->y->rank;
    for (int d = 0; d < fr->y->rank; d++) s->store.idx[d] = v_(fr->idx[d], fr->s);
    s->store.val = ir_clone_expr(st->store.val);
    plist_push(body, s);
}

/* all of dimensions d.. at the outer indices */
static void whole(Frame *fr, int d, PtrList *out)
{
    if (d == fr->y->rank) { store_c(fr, out); return; }
    IStmt *lp = loop_over(fr, d, ir_const_i(T_I64, 0, fr->s), ir_clone_expr(fr->fill->loop.hi[d]));
    whole(fr, d + 1, &lp->loop.body);
    plist_push(out, lp);
}

/* the elements of dimensions d.. outside the box, at outer indices inside it */
static void frame(Frame *fr, int d, PtrList *out)
{
    const IExpr *n = fr->fill->loop.hi[d];
    if (d == fr->y->rank - 1) {
        IStmt *l1 = loop_over(fr, d, ir_const_i(T_I64, 0, fr->s), ir_clone_expr(fr->a[d]));
        store_c(fr, &l1->loop.body);
        IStmt *l2 = loop_over(fr, d, ir_clone_expr(fr->b[d]), ir_clone_expr(n));
        store_c(fr, &l2->loop.body);
        plist_push(out, l1);
        plist_push(out, l2);
        return;
    }
    IStmt *lp = loop_over(fr, d, ir_const_i(T_I64, 0, fr->s), ir_clone_expr(n));
    Var *i = fr->idx[d];
    IStmt *iff = ir_stmt(IS_IF, fr->s);
    iff->if_.cond = ir_binop(OP_OR, T_BOOL, T_BOOL, ir_binop(OP_LT, T_BOOL, T_I64, v_(i, fr->s), ir_clone_expr(fr->a[d]), fr->s),
                             ir_binop(OP_GE, T_BOOL, T_I64, v_(i, fr->s), ir_clone_expr(fr->b[d]), fr->s), fr->s);
    whole(fr, d + 1, &iff->if_.then);
    fr->idx[d] = i;
    frame(fr, d + 1, &iff->if_.els);
    plist_push(&lp->loop.body, iff);
    plist_push(out, lp);
}

static void mentions(IExpr **slot, void *ctx)
{
    Rd *rd = ctx;
    const IExpr *e = *slot;
    if ((e->kind == IE_VAR && e->var == rd->y) || (e->kind == IE_LOAD && e->load.arr == rd->y)
        || e->kind == IE_ECALL || e->kind == IE_SLOAD)
        rd->bad = true;
}

/* s neither reads nor writes y nor names it (assignments, allocations,
 * checks, ifs and loops only; an extern call might reach anything) */
static bool free_of(IStmt *s, const Var *y)
{
    switch (s->kind) {
    case IS_ASSIGN: if (s->assign.dst == y) return false; break;
    case IS_STORE: if (s->store.arr == y) return false; break;
    case IS_ALLOC: return s->alloc != y;
    case IS_CHECK: break;
    case IS_IF:
        for (int i = 0; i < s->if_.then.len; i++) if (!free_of(s->if_.then.items[i], y)) return false;
        for (int i = 0; i < s->if_.els.len; i++) if (!free_of(s->if_.els.items[i], y)) return false;
        break;
    case IS_LOOP:
        if (s->loop.kind != LOOP_PARFOR && s->loop.kind != LOOP_SERIAL) return false;
        for (int i = 0; i < s->loop.body.len; i++) if (!free_of(s->loop.body.items[i], y)) return false;
        break;
    default: return false;
    }
    PtrList one = { (void **)&s, 1, 1 };
    Rd rd = { NULL, y, false };
    ir_walk_stmts(&one, mentions, &rd);
    return !rd.bad;
}

/* l[at] = F; returns the statements that replace F..R's start, or 0 */
static int try_fill(Ff *ff, PtrList *l, int at)
{
    const IStmt *fill = l->items[at];
    Var *y = fill_of(fill);
    if (!y || !own_memory(ff->top, y)) return 0;
    int j = at + 1;
    for (; j < l->len; j++) {
        IStmt *s = l->items[j];
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_ROUNDS) break;
        if (!free_of(s, y)) return 0;
    }
    if (j == l->len) return 0;
    const IStmt *p = stencil_of(ff->top, l->items[j], y);
    if (!p) return 0;
    Span s = fill->span;
    PtrList out = {0};
    Frame fr = { ff->f, fill, y, {0}, {0}, {0}, s };
    for (int d = 0; d < y->rank; d++) {
        const char *nm = p->loop.idx[d]->name;
        fr.a[d] = clamp(ff->f, &out, arena_printf("%s_a", nm), p->loop.lo[d], ir_const_i(T_I64, 0, s), fill->loop.hi[d], s);
        fr.b[d] = clamp(ff->f, &out, arena_printf("%s_b", nm), p->loop.hi[d], fr.a[d], fill->loop.hi[d], s);
    }
    frame(&fr, 0, &out);
    if (y->rank > 1) {
        /* the overhead guard's view: the frame's elements (all but the box's), 2 units each */
        IExpr *all = NULL, *box = NULL;
        for (int d = 0; d < y->rank; d++) {
            IExpr *n = ir_clone_expr(fill->loop.hi[d]);
            IExpr *e = ir_binop(OP_SUB, T_I64, T_I64, ir_clone_expr(fr.b[d]), ir_clone_expr(fr.a[d]), s);
            all = all ? ir_binop(OP_MUL, T_I64, T_I64, all, n, s) : n;
            box = box ? ir_binop(OP_MUL, T_I64, T_I64, box, e, s) : e;
        }
        IStmt *outer = out.items[out.len - 1];
        outer->loop.work = ir_binop(OP_MUL, T_I64, T_I64, ir_binop(OP_SUB, T_I64, T_I64, all, box, s), ir_const_i(T_I64, 2, s), s);
    }
    for (int k = 0; k < out.len; k++) {
        IStmt *st = out.items[k];
        if (st->kind != IS_LOOP) continue;
        for (int q = 0; q < fill->loop.fused.len; q++) plist_push(&st->loop.fused, fill->loop.fused.items[q]);
        plist_push(&st->loop.fused, "note:the fill only around the stencil's interior, which its first round writes");
    }
    /* F goes; the frame goes where P's bounds are known, just before R */
    plist_remove(l, at);
    j--;
    for (int k = 0; k < out.len; k++) plist_insert(l, j + k, out.items[k]);
    return j - at + out.len;
}

static void walk(Ff *ff, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR) {
            int n = try_fill(ff, l, i);
            if (n) i += n - 1;
        } else if (s->kind == IS_LOOP && s->loop.kind == LOOP_SERIAL) {
            walk(ff, &s->loop.body);
        } else if (s->kind == IS_IF) {
            walk(ff, &s->if_.then);
            walk(ff, &s->if_.els);
        }
    }
}

void pass_fillframe(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;    /* -O0; --mpi: distribute splits loops by rows itself */
    for (int i = 0; i < p->funcs.len; i++) {
        Ff ff = { p->funcs.items[i], &((IrFunc *)p->funcs.items[i])->body };
        walk(&ff, &ff.f->body);
    }
}
