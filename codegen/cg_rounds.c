/* cg_rounds.c — a stencil's rounds (LOOP_ROUNDS: the round loop of a
 * runStencil, whose body is the round's parallel loops and the rotation of
 * the buffer pointers).
 *
 * Two copies when a round may be too little work for threads (the overhead
 * guard, decided once for all rounds: every round has the same extents):
 * every round on this thread, with no OpenMP at all; or all rounds in one
 * parallel region, where each round's loops are worksharing loops. In the
 * region every thread rotates its own copy of the buffer pointers, so a
 * round costs one barrier (its loop's) and no `omp single`. */
#include "cg_int.h"

/* A round in a parallel region costs a barrier (about 1 us on a few
 * threads, a few us on many) and the imbalance of its loops: a round of
 * less work than this runs faster on one thread. */
enum { ARR_ROUND_MIN_WORK = 20000 };

/* Can every thread evaluate e for itself, with the same result and no
 * effect: constants, scalars and array pointers, and arithmetic that cannot
 * trap (no division, remainder, power or shift, no memory, no calls)? */
static bool pure_value(const IExpr *e)
{
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return e->var->kind != V_VIEW;
    case IE_CONV: return pure_value(e->conv);
    case IE_UNOP: return pure_value(e->op.a);
    case IE_BINOP:
        if (e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW || e->op.op == OP_SHL || e->op.op == OP_SHR)
            return false;
        return pure_value(e->op.a) && pure_value(e->op.b);
    case IE_SELECT: return pure_value(e->sel.c) && pure_value(e->sel.a) && pure_value(e->sel.b);
    default: return false;
    }
}

/* The variables the round assigns outside its loops (the rotation), when
 * every thread may keep its own copy of them: each such statement is an
 * assignment of a pure value to a local, and no loop of the round assigns
 * one of them or has a reduction (whose variable must be shared). NULL
 * list (false): the rotation runs in an `omp single`. */
static bool private_rotation(const IStmt *lp, PtrList *vars)
{
    const PtrList *b = &lp->loop.body;
    AccessSet w = {0};
    bool ok = true;
    for (int i = 0; i < b->len && ok; i++) {
        const IStmt *s = b->items[i];
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR) {
            ok = s->loop.reds.len == 0;
            analyze_access(s, NULL, &w);
            continue;
        }
        if (s->kind != IS_ASSIGN) { ok = false; break; }
        Var *v = s->assign.dst;
        ok = (v->kind == V_LOCAL || v->kind == V_TEMP) && pure_value(s->assign.val);
        bool seen = false;
        for (int k = 0; k < vars->len && !seen; k++) seen = vars->items[k] == v;
        if (!seen) plist_push(vars, v);
    }
    /* a loop may store into a buffer's elements, never rebind it */
    for (int k = 0; k < w.len && ok; k++) {
        const Access *a = &w.items[k];
        if (!a->write || (a->v->rank && !a->ptr)) continue;
        for (int j = 0; j < vars->len && ok; j++) ok = vars->items[j] != a->v;
    }
    VEC_FREE(w);
    if (!ok) vars->len = 0;
    return ok && vars->len > 0;
}

typedef struct Written { const AccessSet *w; bool found; } Written;

static void mentions_written(IExpr **slot, void *ctx)
{
    Written *x = ctx;
    if ((*slot)->kind == IE_VAR && access_writes(x->w, (*slot)->var)) x->found = true;
}

/* The work of one round as a C expression ("4 * (t1 - 1)"), when the
 * round's loop bounds do not change from round to round; NULL otherwise
 * (each loop keeps its own guard). *need: whether it needs a guard at all. */
static const char *round_work(CG *g, const IStmt *lp, bool *need)
{
    const PtrList *b = &lp->loop.body;
    AccessSet w = {0};
    analyze_access_list(b, NULL, &w);
    Written x = { &w, false };
    Buf t = {0};
    *need = false;
    for (int i = 0; i < b->len; i++) {
        const IStmt *p = b->items[i];
        if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR) continue;
        if (p->loop.work) {             /* set by its pass: the whole loop's work (tblock's tiles) */
            ir_walk_expr((IExpr **)&p->loop.work, mentions_written, &x);
            *need = true;
            buf_printf(&t, "%s%s", t.s ? " + " : "", expr_str(g, p->loop.work));
            continue;
        }
        for (int d = 0; d < p->loop.rank; d++) {
            ir_walk_expr((IExpr **)&p->loop.lo[d], mentions_written, &x);
            ir_walk_expr((IExpr **)&p->loop.hi[d], mentions_written, &x);
        }
        int64_t c = cg_iteration_work(p);
        if (c < ARR_PAR_MIN_WORK) *need = true;       /* an unknown inner loop counts as enough */
        buf_printf(&t, "%s%lld * %s", t.s ? " + " : "", (long long)c, cg_iterations_str(g, p));
    }
    VEC_FREE(w);
    const char *r = x.found ? NULL : arena_strdup(t.s ? t.s : "0");
    buf_free(&t);
    return r;
}

/* The round loop with its body; in a region, single: the statements
 * between loops (the rotation) run on one thread, otherwise on every
 * thread, on its own copies (renamed by the caller). */
static void round_loop(CG *g, const IStmt *lp, bool single)
{
    const char *r = cname(lp->loop.idx[0]);
    line(g, "for (int64_t %s = 0; %s < %s; %s++) {", r, r, expr_str(g, lp->loop.hi[0]), r);
    g->ind++;
    const PtrList *b = &lp->loop.body;
    for (int i = 0; i < b->len;) {
        const IStmt *s = b->items[i];
        bool loop = s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR;
        if (loop || !single) { stmt(g, s); i++; continue; }
        line(g, "ARR_OMP(omp single)");
        line(g, "{");
        g->ind++;
        for (; i < b->len; i++) {
            const IStmt *t = b->items[i];
            if (t->kind == IS_LOOP && t->loop.kind == LOOP_PARFOR) break;
            stmt(g, t);
        }
        g->ind--;
        line(g, "}");
    }
    g->ind--;
    line(g, "} /* for %s */", r);
}

/* The parallel region: guard is its if clause ("" none). */
static void region(CG *g, const IStmt *lp, const char *guard)
{
    PtrList vars = {0};
    bool priv = private_rotation(lp, &vars);
    line(g, "ARR_OMP(omp parallel%s)", guard);
    line(g, "{");
    g->ind++;
    const char **orig = arena_alloc(sizeof(char *) * (size_t)(vars.len + 1));
    if (priv) {
        line(g, "/* each thread rotates its own copy of the buffers: one barrier a round, no single */");
        for (int k = 0; k < vars.len; k++) {
            Var *v = vars.items[k];
            orig[k] = cname(v);
            line(g, "%s %sarr_own_%s = %s;", ctype(v->elem), v->rank ? "*" : "", orig[k], orig[k]);
        }
        /* arr_own_: no name of the runtime or of generated code begins so
           (a kernel parameter v made arr_v, the guarded store's temporary,
           and trapped arr_trapped, the trap flag) */
        for (int k = 0; k < vars.len; k++) g_rename[((Var *)vars.items[k])->id] = arena_printf("arr_own_%s", orig[k]);
    }
    g->in_region = true;
    round_loop(g, lp, !priv);
    g->in_region = false;
    if (priv) {
        for (int k = 0; k < vars.len; k++) g_rename[((Var *)vars.items[k])->id] = orig[k];
        /* every thread holds the same copies; one writes them back (the
           region's closing barrier orders it before what follows), after
           every thread has read them: with no round at all no loop's
           barrier separates a thread's first read from that write (clang's
           TSan found it, tests/e2e/stencil_tile) */
        line(g, "ARR_OMP(omp barrier)");
        line(g, "ARR_OMP(omp single nowait)");
        line(g, "{");
        for (int k = 0; k < vars.len; k++) line(g, "    %s = arr_own_%s;", orig[k], orig[k]);
        line(g, "}");
    }

    g->ind--;
    line(g, "}");
}

void rounds(CG *g, const IStmt *lp)
{
    const char *where = where_line(lp->span), *n = expr_str(g, lp->loop.hi[0]);
    bool need = false;
    const char *work = g->p->no_guard ? "" : round_work(g, lp, &need);
    if (!work) {
        /* loop bounds that change from round to round: each loop keeps its
           guard (the first loop's decides whether threads start at all) */
        const char *guard = "";
        for (int i = 0; i < lp->loop.body.len && !*guard; i++) {
            const IStmt *p = lp->loop.body.items[i];
            if (p->kind == IS_LOOP && p->loop.kind == LOOP_PARFOR) guard = par_if_clause(g, p);
        }
        line(g, "/* %s: %s rounds in one parallel region */", where, n);
        region(g, lp, guard);
        return;
    }
    if (!need) {
        line(g, "/* %s: %s rounds in one parallel region */", where, n);
        g->round_guarded = true;
        region(g, lp, "");
        g->round_guarded = false;
        return;
    }
    line(g, "/* %s: %s rounds: on this thread when a round is too little work for threads (the overhead", where, n);
    line(g, "   guard: the round's work plus a barrier, and the team's start over all rounds), else in one parallel region */");
    line(g, "if (%s < %d || (double)(%s) * (double)(%s) < %d.0) {", work, (int)ARR_ROUND_MIN_WORK, work, n, (int)ARR_PAR_MIN_WORK);
    g->ind++;
    DeclSnap snap = decl_save(g);
    int save_copy = g->label_copy;
    g->label_copy = ++g->ncopies;       /* the body is emitted twice: labels get the copy's number */
    g->one_thread = true;
    round_loop(g, lp, false);
    g->one_thread = false;
    g->ind--;
    line(g, "} else {");
    g->ind++;
    decl_restore(g, &snap);
    g->label_copy = ++g->ncopies;
    g->round_guarded = true;
    region(g, lp, "");
    g->round_guarded = false;
    g->label_copy = save_copy;
    g->ind--;
    line(g, "}");
}

int64_t cg_round_iterations(const IrProgram *p, const IStmt *rounds, const IStmt *lp)
{
    if (p->serial || p->no_guard) return 0;
    int64_t w = cg_iteration_work(lp);
    if (w >= ARR_PAR_MIN_WORK) return 0;
    int64_t need = ARR_ROUND_MIN_WORK;
    const IExpr *n = rounds->loop.hi[0];
    if (n->kind == IE_CONST && n->c.i > 0 && need * n->c.i < ARR_PAR_MIN_WORK)
        need = (ARR_PAR_MIN_WORK + n->c.i - 1) / n->c.i;       /* few rounds: the team's start decides */
    return (need + w - 1) / w;
}
