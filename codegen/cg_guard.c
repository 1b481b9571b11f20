/* cg_guard.c — the overhead guard: a parallel loop too small to pay for
 * threads runs on one thread (an OpenMP if clause, or two copies of the
 * loop, from a cost estimate in C: a constant number of iterations, or,
 * for inner loops of run-time length, their trip counts written out). */
#include "cg_int.h"

static int expr_cost(const IExpr *e)
{
    if (!e) return 0;
    switch (e->kind) {
    case IE_CONST: case IE_VAR: return 0;
    case IE_LOAD: { int c = 1; for (int i = 0; i < e->load.n; i++) c += expr_cost(e->load.idx[i]); return c; }
    case IE_UNOP: return 1 + expr_cost(e->op.a);
    case IE_BINOP: return ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) ? 8 : 1)
                          + expr_cost(e->op.a) + expr_cost(e->op.b);
    case IE_ECALL: return 20;
    case IE_CALL: return (e->call.fn == BI_MIN || e->call.fn == BI_MAX || e->call.fn == BI_ABS
                          || builtin_is_fp_predicate(e->call.fn) ? 1 : 20)
                         + expr_cost(e->call.a) + expr_cost(e->call.b);
    case IE_CONV: return 1 + expr_cost(e->conv);
    case IE_SELECT: return 1 + expr_cost(e->sel.c) + expr_cost(e->sel.a) + expr_cost(e->sel.b);
    default: return 1;
    }
}

/* Estimated work of one iteration; a nested loop of run-time length or a
 * while counts as enough (for the former, sym_work below writes it out). */
static int body_cost(const PtrList *l)
{
    int c = 0;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: c += expr_cost(s->assign.val); break;
        case IS_STORE: c += 1 + expr_cost(s->store.val); break;
        case IS_PREFETCH: c += 1; break;
        case IS_IF: c += expr_cost(s->if_.cond) + body_cost(&s->if_.then) + body_cost(&s->if_.els); break;
        case IS_LOOP: {
            int64_t trip = 1;
            if (s->loop.trip_max) trip = s->loop.trip_max;      /* a tile's loop (pass tile) */
            for (int d = 0; d < s->loop.rank && !s->loop.trip_max; d++) {
                const IExpr *h = s->loop.hi[d], *lo = s->loop.lo[d];
                /* a nested loop of unknown length: the work is unknown, count it as enough */
                if (h->kind != IE_CONST || lo->kind != IE_CONST) return ARR_PAR_MIN_WORK;
                trip *= h->c.i - lo->c.i > 0 ? h->c.i - lo->c.i : 0;
                if (trip > ARR_PAR_MIN_WORK) return ARR_PAR_MIN_WORK;
            }
            c += (int)trip * (1 + body_cost(&s->loop.body));
            break;
        }
        case IS_WHILE: return ARR_PAR_MIN_WORK;
        default: c += 1; break;
        }
        if (c > ARR_PAR_MIN_WORK) return ARR_PAR_MIN_WORK;
    }
    return c;
}

/* The estimated work of one iteration of lp, in the guard's units. */
int64_t cg_iteration_work(const IStmt *lp)
{
    return (int64_t)(1 + body_cost(&lp->loop.body) + lp->loop.reds.len);
}

int cg_par_min_work(void) { return ARR_PAR_MIN_WORK; }

static int64_t guard_need(const IStmt *lp, int64_t rounds_factor)
{
    int64_t w = cg_iteration_work(lp) * (rounds_factor ? rounds_factor : 1);
    return w >= ARR_PAR_MIN_WORK ? 0 : (ARR_PAR_MIN_WORK + w - 1) / w;
}

int64_t cg_guard_iterations(const IrProgram *p, const IStmt *lp)
{
    return p->serial || p->no_guard || lp->loop.work ? 0 : guard_need(lp, 0);
}

/* ---- inner loops of a length known only at run time: their work as a C
 * expression, so that a nest over a small matrix (sum(a, 1) of 4 x 5) does
 * not start threads.  body_cost counts such a loop as enough work. ---- */

/* The variables a statement list defines (assigned scalars, loop indices):
 * a bound that mentions one may change from iteration to iteration. */
static void defs_of(const PtrList *l, PtrList *out)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN) plist_push(out, s->assign.dst);
        else if (s->kind == IS_IF) { defs_of(&s->if_.then, out); defs_of(&s->if_.els, out); }
        else if (s->kind == IS_WHILE) { defs_of(&s->while_.pre, out); defs_of(&s->while_.body, out); }
        else if (s->kind == IS_LOOP) {
            for (int d = 0; d < s->loop.rank; d++) plist_push(out, s->loop.idx[d]);
            defs_of(&s->loop.body, out);
        }
    }
}

/* Scalar arithmetic of constants and variables the loop does not define
 * (no loads: data-dependent bounds, rp[i]..rp[i + 1], stay "enough"). */
static bool invariant(const IExpr *e, const PtrList *defs)
{
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR:
        for (int i = 0; i < defs->len; i++) if (defs->items[i] == e->var) return false;
        return !e->var->rank;
    case IE_UNOP: return invariant(e->op.a, defs);
    case IE_BINOP: return invariant(e->op.a, defs) && invariant(e->op.b, defs);
    case IE_CONV: return invariant(e->conv, defs);
    case IE_SELECT: return invariant(e->sel.c, defs) && invariant(e->sel.a, defs) && invariant(e->sel.b, defs);
    default: return false;
    }
}

/* Has l a loop of non-constant length (anywhere inside)? */
static bool has_runtime_loop(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_IF && (has_runtime_loop(&s->if_.then) || has_runtime_loop(&s->if_.els))) return true;
        if (s->kind != IS_LOOP) continue;
        for (int d = 0; d < s->loop.rank && !s->loop.trip_max; d++)
            if (s->loop.lo[d]->kind != IE_CONST || s->loop.hi[d]->kind != IE_CONST) return true;
        if (has_runtime_loop(&s->loop.body)) return true;
    }
    return false;
}

/* The work of one pass over l as a C double expression, body_cost's units
 * with each loop's trip count written out, or NULL (a while loop, a bound
 * the loop changes); with g NULL only whether there is one ("" or NULL). */
static const char *sym_cost(CG *g, const PtrList *l, const PtrList *defs)
{
    Buf t = {0};
    int64_t c = 0;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        const char *part = NULL;
        switch (s->kind) {
        case IS_ASSIGN: c += expr_cost(s->assign.val); break;
        case IS_STORE: c += 1 + expr_cost(s->store.val); break;
        case IS_IF: {
            c += expr_cost(s->if_.cond);
            const char *a = sym_cost(g, &s->if_.then, defs), *b = a ? sym_cost(g, &s->if_.els, defs) : NULL;
            if (!b) { buf_free(&t); return NULL; }
            if (g) part = arena_printf("%s + %s", a, b);        /* both branches: an upper bound, as body_cost */
            break;
        }
        case IS_LOOP: {
            Buf trip = {0};
            /* trip_max: at most that many iterations, whatever its bounds
               (pass tile's tiles, pass arglanes' blocks of rows) */
            for (int d = 0; d < s->loop.rank && !s->loop.trip_max; d++) {
                if (!invariant(s->loop.lo[d], defs) || !invariant(s->loop.hi[d], defs)) { buf_free(&trip); buf_free(&t); return NULL; }
                if (!g) continue;
                const char *lo = expr_str(g, s->loop.lo[d]), *hi = expr_str(g, s->loop.hi[d]);
                if (!strcmp(lo, "0")) buf_printf(&trip, "%s(%s > 0 ? (double)(%s) : 0.0)", d ? " * " : "", hi, hi);
                else buf_printf(&trip, "%s(%s > %s ? (double)(%s) - (double)(%s) : 0.0)", d ? " * " : "", hi, lo, hi, lo);
            }
            const char *in = sym_cost(g, &s->loop.body, defs);
            if (!in) { buf_free(&trip); buf_free(&t); return NULL; }
            if (!g) break;
            part = arena_printf("%s * (1.0 + %s)", s->loop.trip_max ? arena_printf("%lld.0", (long long)s->loop.trip_max) : trip.s,
                                in);
            buf_free(&trip);
            break;
        }
        case IS_WHILE: buf_free(&t); return NULL;
        default: c += 1; break;
        }
        if (part) buf_printf(&t, " + %s", part);
    }
    const char *r = g ? arena_printf("(%lld.0%s)", (long long)c, t.s ? t.s : "") : "";
    buf_free(&t);
    return r;
}

/* The work of one iteration of the parfor lp as a C expression, where its
 * body has loops of run-time length whose bounds it does not change, else
 * NULL (g NULL: "" or NULL). */
static const char *sym_work(CG *g, const IStmt *lp)
{
    if (!has_runtime_loop(&lp->loop.body)) return NULL;
    PtrList defs = {0};
    defs_of(&lp->loop.body, &defs);
    for (int d = 0; d < lp->loop.rank; d++) plist_push(&defs, lp->loop.idx[d]);
    const char *in = sym_cost(g, &lp->loop.body, &defs);
    if (!in || !g) return in;
    return arena_printf("(%lld.0 + %s)", (long long)(1 + lp->loop.reds.len), in);
}

bool cg_guard_symbolic(const IrProgram *p, const IStmt *lp)
{
    return !p->serial && !p->no_guard && !lp->loop.work && !guard_need(lp, 0) && sym_work(NULL, lp);
}

/* " if(...)" for a parallel directive over lp, or "" when the loop surely pays. */
static const char *par_if(CG *g, const IStmt *lp, int64_t rounds_factor)
{
    if (g->guarded || g->round_guarded || g->p->no_guard) return "";
    if (lp->loop.work && !rounds_factor) return arena_printf(" if(parallel: %s >= %d)", expr_str(g, lp->loop.work), ARR_PAR_MIN_WORK);
    int64_t need = guard_need(lp, rounds_factor);       /* iterations needed */
    const char *w = !need && !rounds_factor ? sym_work(g, lp) : NULL;
    if (w) return arena_printf(" if(parallel: (double)(%s) * %s >= %d.0)", cg_iterations_str(g, lp), w, ARR_PAR_MIN_WORK);
    if (!need) return "";
    return arena_printf(" if(parallel: %s >= %lld)", cg_iterations_str(g, lp), (long long)need);   /* not simd: it would stop vectorising */
}

/* lp's iteration count as C: "(h - 2) * (w - 2)" */
const char *cg_iterations_str(CG *g, const IStmt *lp)
{
    Buf t = {0};
    for (int d = 0; d < lp->loop.rank; d++) {
        const char *lo = expr_str(g, lp->loop.lo[d]), *hi = expr_str(g, lp->loop.hi[d]);
        if (d) buf_puts(&t, " * ");
        if (!strcmp(lo, "0")) buf_printf(&t, "(%s)", hi);
        else buf_printf(&t, "(%s - %s)", hi, lo);
    }
    const char *r = arena_strdup(t.s ? t.s : "1");
    buf_free(&t);
    return r;
}

const char *par_if_clause(CG *g, const IStmt *lp) { return par_if(g, lp, 0); }
