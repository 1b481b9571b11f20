/* idxwrap.c — a subscript `i + c` of two non-negative values is plain
 * signed arithmetic in C, not the wrapping form.
 *
 * arr's i64 arithmetic wraps, so codegen writes `x[i + 1]` as
 * `x[(int64_t)((uint64_t)i + (uint64_t)1)]`.  gcc vectorises that; clang
 * 14 does not inside an `omp parallel for simd` loop ("could not determine
 * number of loop iterations"): a 5-tap filter written as a comprehension
 * ran at 2.5x the hand C with clang, 1.04x with gcc.
 *
 * Before/after: PIR (before cdepth).  The subscripts of loads and stores that are `a + b`
 * or `a - b` (i64) of two values known to be >= 0 get `nowrap`, which
 * codegen writes as `(a + b)`.  Known >= 0: integer constants >= 0, size
 * variables and extent parameters (checked at entry), the indices of
 * enclosing loops whose lower bound is such a value, and scalars assigned
 * exactly once in the function, from a constant >= 0, and written by
 * nothing else (pass unroll's k_t; not under --mpi).
 * Legality: a - b of two values in [0, 2^63) lies in (-2^63, 2^63): it
 * never wraps.  a + b lies in [0, 2^64): it wraps only past 2^63 - 1, and
 * then the wrapped index is negative, outside every extent, which the
 * program reads or writes only in undefined behaviour already
 * (docs/language.md: an out-of-range index is undefined behaviour without
 * --bounds-check); an index that does not wrap has the same value either
 * way.  Only the subscript's own operation: an inner sum that wrapped could
 * come back into range through an outer one.  Not under --bounds-check,
 * where an out-of-range index must be reported. */
#include "passes.h"
#include "access.h"

typedef struct Once { int assigns; bool nonneg; } Once;

typedef struct W {
    Once *once;                 /* by var id: scalar i64 assignments */
    const Var **loops;          /* indices of the enclosing loops known >= 0 */
    int nloops, cap;
} W;

/* A scalar written other than by its one assignment (a reduction's
 * accumulator or index, a statement such as a sort or an MPI call) is
 * not known >= 0. */
static void disqualify(Once *once, const Var *v)
{
    once[v->id].assigns += 2;
    once[v->id].nonneg = false;
}

static void count_assigns(PtrList *l, Once *once)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            Once *o = &once[s->assign.dst->id];
            o->assigns++;
            const IExpr *v = s->assign.val;
            o->nonneg = o->assigns == 1 && v->kind == IE_CONST && ty_is_int_kind(v->ty) && v->c.i >= 0;
            break;
        }
        case IS_IF: count_assigns(&s->if_.then, once); count_assigns(&s->if_.els, once); break;
        case IS_LOOP:
            for (int q = 0; q < s->loop.reds.len; q++) {
                const Reduction *r = s->loop.reds.items[q];
                disqualify(once, r->acc);
                if (r->idx) disqualify(once, r->idx);
            }
            count_assigns(&s->loop.body, once);
            break;
        case IS_WHILE: count_assigns(&s->while_.pre, once); count_assigns(&s->while_.body, once); break;
        default: {
            AccessSet a = {0};
            analyze_access(s, NULL, &a);
            for (int k = 0; k < a.len; k++)
                if (a.items[k].write && !a.items[k].v->rank) disqualify(once, a.items[k].v);
            VEC_FREE(a);
            break;
        }
        }
    }
}

static bool nonneg(const W *w, const IExpr *e)
{
    if (e->kind == IE_CONST) return ty_is_int_kind(e->ty) && e->c.i >= 0;
    if (e->kind != IE_VAR || e->var->rank) return false;
    const Var *v = e->var;
    if (ir_var_nonneg(v)) return true;
    if (w->once[v->id].nonneg) return true;
    for (int i = 0; i < w->nloops; i++)
        if (w->loops[i] == v) return true;
    return false;
}

static void mark(W *w, IExpr *ix)
{
    if (ix->kind == IE_BINOP && (ix->op.op == OP_ADD || ix->op.op == OP_SUB) && ix->op.opk == T_I64
        && nonneg(w, ix->op.a) && nonneg(w, ix->op.b))
        ix->nowrap = true;
}

static void mark_loads(IExpr **slot, void *ctx)
{
    IExpr *e = *slot;
    if (e->kind == IE_LOAD)
        for (int k = 0; k < e->load.n; k++) mark(ctx, e->load.idx[k]);
}

static void walk(W *w, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        PtrList one = { (void **)&l->items[i], 1, 1 };
        if (s->kind == IS_STORE)
            for (int k = 0; k < s->store.n; k++) mark(w, s->store.idx[k]);
        switch (s->kind) {
        case IS_IF:
            ir_walk_expr(&s->if_.cond, mark_loads, w);
            walk(w, &s->if_.then);
            walk(w, &s->if_.els);
            break;
        case IS_WHILE: walk(w, &s->while_.pre); walk(w, &s->while_.body); ir_walk_expr(&s->while_.cond, mark_loads, w); break;
        case IS_LOOP: {
            int save = w->nloops;
            for (int d = 0; d < s->loop.rank; d++) ir_walk_expr(&s->loop.hi[d], mark_loads, w);
            for (int d = 0; d < s->loop.rank; d++)
                if (nonneg(w, s->loop.lo[d])) {
                    if (w->nloops == w->cap) {
                        w->cap = w->cap ? 2 * w->cap : 16;
                        w->loops = xrealloc(w->loops, (size_t)w->cap * sizeof *w->loops);
                    }
                    w->loops[w->nloops++] = s->loop.idx[d];
                }
            walk(w, &s->loop.body);
            for (int q = 0; q < s->loop.reds.len; q++) {
                Reduction *r = s->loop.reds.items[q];
                ir_walk_expr(&r->value, mark_loads, w);
            }
            w->nloops = save;
            break;
        }
        default: ir_walk_stmts(&one, mark_loads, w); break;
        }
    }
}

void pass_idxwrap(IrProgram *p)
{
    if (p->bounds_check) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        W w = { xcalloc((size_t)f->vars.len + 1, sizeof(Once)), NULL, 0, 0 };
        if (!p->mpi) count_assigns(&f->body, w.once);      /* --mpi: no scalar of this kind is trusted */
        walk(&w, &f->body);
        free(w.once);
        free(w.loops);
    }
}
