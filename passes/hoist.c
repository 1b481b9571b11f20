/* hoist.c — loop-invariant loop nests move out of the loops around them.
 *
 * Before/after: PIR (after simplify, which drops the bounds checks the
 * loops imply: a check before the nest in the body would keep it there).  A comprehension whose element reduces
 * an array that does not depend on the element, `[x[i] / sum(x) for i in
 * 0..n]`, fuses into a parfor whose body holds the whole reduction loop: n
 * reductions of n elements, where one would do.  A statement S of a loop
 * L's body (its top level) moves before L, inside `if (L runs at least one
 * iteration)`, when:
 *   - S is a loop nest (not a compaction), or an if around such nests (a
 *     nest an inner loop gave up), whose only effects are its reductions'
 *     accumulators and the scalars it assigns: no stores, allocations,
 *     checks, jumps, extern calls or operations that may fail, no
 *     reduction continuing an earlier value;
 *   - nothing S reads is written by the rest of L (L's indices and
 *     reductions, the scalars, arrays and bindings the other statements
 *     assign, store or rebind);
 *   - what S writes (its accumulators, scalars and indices) is neither
 *     read nor written by the statements of L's body before it, nor
 *     written by those after it, and S itself reads each of them only
 *     after setting it (a scalar assigned earlier in the same body, an
 *     index inside its loop, an accumulator after its loop): S does not
 *     carry a value from one execution to the next (`acc += x[j]` in a
 *     `for` does, and stays);
 *   - the statements of L's body before S cannot fail (no checks or
 *     allocations, no operation that may trap, no extern call, no jump).
 * Legality: S reads the same values in every iteration of L (nothing it
 * reads changes in L) and computes them in the same order, so each of its
 * executions leaves the same values (floating-point sums bit for bit);
 * running it once before L's first iteration gives every statement after
 * it the values it read before, and the statements before it in the body
 * neither see its results nor can stop the iteration first (so moving S
 * ahead of them cannot make it run, or read out of bounds, where it did
 * not).  Under the guard it runs exactly when L runs, so after L every
 * variable holds what it held.  L is a parfor or a serial loop, not inside
 * a stencil's rounds (their codegen is one parallel region whose other
 * statements run once) or a compaction (its body runs twice).  Inner loops
 * first, so a nest moves out through several levels. */
#include "passes.h"
#include "access.h"
#include <stdlib.h>
#include <string.h>

static bool pure_expr(const IExpr *e)
{
    if (!e) return true;
    if (e->kind == IE_ECALL || e->kind >= IE_MAP) return false;
    bool ok = !expr_may_trap(e);
    switch (e->kind) {
    case IE_UNOP: return ok && pure_expr(e->op.a);
    case IE_BINOP: return ok && pure_expr(e->op.a) && pure_expr(e->op.b);
    case IE_CALL: return ok && pure_expr(e->call.a) && pure_expr(e->call.b);
    case IE_CONV: return ok && pure_expr(e->conv);
    case IE_SELECT: return ok && pure_expr(e->sel.c) && pure_expr(e->sel.a) && pure_expr(e->sel.b);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) if (!pure_expr(e->load.idx[i])) return false;
        return ok;
    default: return ok;
    }
}

/* Can s fail, jump or have an effect other than assigning scalars (and,
 * for loops, their reductions)? */
static bool pure_stmt(const IStmt *s);

static bool pure_list(const PtrList *l)
{
    for (int i = 0; i < l->len; i++)
        if (!pure_stmt(l->items[i])) return false;
    return true;
}

static bool pure_stmt(const IStmt *s)
{
    switch (s->kind) {
    case IS_ASSIGN: return !s->assign.dst->rank && s->assign.dst->kind != V_RESULT && pure_expr(s->assign.val);
    case IS_IF: return pure_expr(s->if_.cond) && pure_list(&s->if_.then) && pure_list(&s->if_.els);
    case IS_LOOP:
        if (s->loop.kind != LOOP_PARFOR && s->loop.kind != LOOP_SERIAL) return false;
        for (int d = 0; d < s->loop.rank; d++)
            if (!pure_expr(s->loop.lo[d]) || !pure_expr(s->loop.hi[d])) return false;
        for (int k = 0; k < s->loop.reds.len; k++) {
            const Reduction *r = s->loop.reds.items[k];
            if (r->cont || !pure_expr(r->value) || !pure_expr(r->lam)) return false;
        }
        return pure_list(&s->loop.body);
    default: return false;
    }
}

/* Can s stop the iteration (fail, jump, return) or call out? */
static bool may_fail(const IStmt *s);

static bool list_may_fail(const PtrList *l)
{
    for (int i = 0; i < l->len; i++)
        if (may_fail(l->items[i])) return true;
    return false;
}

static bool may_fail(const IStmt *s)
{
    switch (s->kind) {
    case IS_ASSIGN: return !pure_expr(s->assign.val);
    case IS_STORE:
        for (int k = 0; k < s->store.n; k++) if (!pure_expr(s->store.idx[k])) return true;
        return !pure_expr(s->store.val);
    case IS_IF: return !pure_expr(s->if_.cond) || list_may_fail(&s->if_.then) || list_may_fail(&s->if_.els);
    case IS_LOOP:
        for (int d = 0; d < s->loop.rank; d++)
            if (!pure_expr(s->loop.lo[d]) || !pure_expr(s->loop.hi[d])) return true;
        for (int k = 0; k < s->loop.reds.len; k++) {
            const Reduction *r = s->loop.reds.items[k];
            if (!pure_expr(r->value) || !pure_expr(r->lam)) return true;
        }
        return list_may_fail(&s->loop.body);
    case IS_PREFETCH: return false;
    default: return true;       /* checks, allocations (memory), jumps, calls into the runtime */
    }
}

/* S sets every variable it writes before reading it (mine: what S writes;
 * def: what is set at this point).  Assignments inside a loop or an if do
 * not count after it (the loop may run no iteration, the branch may not
 * be taken); a loop's index is set inside it, its accumulators after it. */
/* mine[v], def[v]: per variable id, kept all zero between uses (the
 * function's size, allocated once per function); set: the variables
 * defined so far, in order (a nested list forgets what it added), so a
 * check costs what the nest holds, not the function's variable count. */
typedef struct Def { bool *mine, *def; VEC(int) set; bool ok; } Def;

static void def_read(IExpr **slot, void *ctx)
{
    Def *d = ctx;
    const IExpr *e = *slot;
    if (e->kind == IE_VAR && d->mine[e->var->id] && !d->def[e->var->id]) d->ok = false;
}

static void def_expr(Def *d, IExpr *e)
{
    if (e) ir_walk_expr(&e, def_read, d);
}

static void define(Def *d, const Var *v)
{
    if (d->def[v->id]) return;
    d->def[v->id] = true;
    VEC_PUSH(d->set, v->id);
}

static void forget_after(Def *d, int mark)
{
    while (d->set.len > mark) d->def[d->set.items[--d->set.len]] = false;
}

static void def_list(Def *d, const PtrList *l);

/* the same, inside a nested list: what it sets is forgotten after it */
static void def_nested(Def *d, const PtrList *l)
{
    int mark = d->set.len;
    def_list(d, l);
    forget_after(d, mark);
}

static void def_list(Def *d, const PtrList *l)
{
    for (int i = 0; i < l->len && d->ok; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            def_expr(d, s->assign.val);
            define(d, s->assign.dst);
            break;
        case IS_IF:
            def_expr(d, s->if_.cond);
            def_nested(d, &s->if_.then);
            def_nested(d, &s->if_.els);
            break;
        case IS_LOOP: {
            for (int k = 0; k < s->loop.rank; k++) { def_expr(d, s->loop.lo[k]); def_expr(d, s->loop.hi[k]); }
            int mark = d->set.len;
            for (int k = 0; k < s->loop.rank; k++) define(d, s->loop.idx[k]);
            def_list(d, &s->loop.body);
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                def_expr(d, r->value);      /* evaluated after the body */
                def_expr(d, r->lam);
            }
            forget_after(d, mark);
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                define(d, r->acc);
                if (r->idx) define(d, r->idx);
            }
            break;
        }
        default: d->ok = false; break;
        }
    }
}

static bool *g_mine, *g_def;       /* the function's size, all false between checks */

static bool sets_before_use(const IStmt *s, const AccessSet *w)
{
    for (int k = 0; k < w->len; k++) g_mine[w->items[k].v->id] = true;
    Def d = { g_mine, g_def, {0}, true };
    void *item = (void *)s;
    PtrList one = { &item, 1, 1 };
    def_list(&d, &one);
    forget_after(&d, 0);
    VEC_FREE(d.set);
    for (int k = 0; k < w->len; k++) g_mine[w->items[k].v->id] = false;
    return d.ok;
}

/* Does a (the reads or writes of one statement) touch what w writes? */
static bool touches(const AccessSet *a, const AccessSet *w)
{
    for (int i = 0; i < a->len; i++)
        for (int k = 0; k < w->len; k++)
            if (w->items[k].write && access_conflict(&a->items[i], &w->items[k])) return true;
    return false;
}

/* Only the writes of a. */
static void writes_of(const AccessSet *a, AccessSet *out)
{
    for (int i = 0; i < a->len; i++)
        if (a->items[i].write) VEC_PUSH(*out, a->items[i]);
}

/* L's trip count is not zero: lo < hi in every dimension (NULL: it has
 * constant bounds that say so) */
static IExpr *runs(const IStmt *lp)
{
    bool known = true;
    for (int d = 0; d < lp->loop.rank; d++) {
        const IExpr *lo = lp->loop.lo[d], *hi = lp->loop.hi[d];
        known = known && lo->kind == IE_CONST && hi->kind == IE_CONST && lo->c.i < hi->c.i;
    }
    if (known) return NULL;
    IExpr *c = NULL;
    for (int d = 0; d < lp->loop.rank; d++) {
        IExpr *x = ir_binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(lp->loop.lo[d]), ir_clone_expr(lp->loop.hi[d]), lp->span);
        c = c ? ir_binop(OP_AND, T_BOOL, T_BOOL, c, x, lp->span) : x;
    }
    return c;
}

/* Moves the invariant nests of loop lp's body before it, into l at *at. */
/* --report and the C's comments say what moved: on s (a loop, or the
 * loops of an if) */
#define MOVED "note:runs once, before the loop at line "

static void note(IStmt *s, const IStmt *lp)
{
    if (s->kind == IS_IF) {
        for (int i = 0; i < s->if_.then.len; i++) note(s->if_.then.items[i], lp);
        return;
    }
    if (s->kind != IS_LOOP) return;
    int line, col;
    span_linecol(lp->span, &line, &col);
    const char *n = arena_printf("%s%d (it does not depend on it)", MOVED, line);
    PtrList *fl = &s->loop.fused;
    if (fl->len && !strncmp(fl->items[fl->len - 1], MOVED, strlen(MOVED))) fl->items[fl->len - 1] = (void *)n;   /* moved again: the outer loop */
    else plist_push(fl, (void *)n);
}

/* A body of more statements is left alone: each candidate is checked
 * against the whole body (quadratic); and so is a candidate of more
 * statements (its checks cost its size, and a nest moving out through d
 * levels is checked at each). */
enum { MAX_BODY = 200, MAX_NEST = 256 };

/* Does s hold at most *budget statements (counting down)? */
static bool small(const IStmt *s, int *budget)
{
    if (--*budget < 0) return false;
    const PtrList *ls[2] = { NULL, NULL };
    if (s->kind == IS_IF) { ls[0] = &s->if_.then; ls[1] = &s->if_.els; }
    else if (s->kind == IS_LOOP) ls[0] = &s->loop.body;
    for (int k = 0; k < 2; k++)
        for (int i = 0; ls[k] && i < ls[k]->len; i++)
            if (!small(ls[k]->items[i], budget)) return false;
    return true;
}

static void hoist_from(PtrList *l, int *at, IStmt *lp)
{
    PtrList *body = &lp->loop.body;
    IStmt *guard = NULL;
    for (int i = 0; i < body->len; i++) {
        IStmt *s = body->items[i];
        if ((s->kind != IS_LOOP && s->kind != IS_IF) || !pure_stmt(s)) {
            if (may_fail(s)) return;        /* nothing after it moves ahead of it */
            continue;
        }
        int budget = MAX_NEST;
        if (!small(s, &budget)) continue;
        AccessSet mine = {0}, rest = {0}, before = {0}, after = {0};
        analyze_access(s, NULL, &mine);
        /* the rest of L: its own indices and reductions, its other statements */
        IStmt shell = *lp;
        shell.loop.body = (PtrList){0};
        analyze_access(&shell, NULL, &rest);
        for (int k = 0; k < body->len; k++) {
            if (k == i) continue;
            AccessSet x = {0};
            analyze_access(body->items[k], NULL, &x);
            for (int q = 0; q < x.len; q++) {
                VEC_PUSH(rest, x.items[q]);
                VEC_PUSH(*(k < i ? &before : &after), x.items[q]);
            }
            VEC_FREE(x);
        }
        AccessSet w = {0}, wrest = {0};
        writes_of(&mine, &w);
        writes_of(&rest, &wrest);
        /* its reads are not written by the rest of L; its writes are not
           touched before it nor written after it */
        AccessSet reads = {0};
        for (int q = 0; q < mine.len; q++)
            if (!mine.items[q].write) {
                bool own = false;
                for (int k = 0; k < w.len && !own; k++) own = w.items[k].v == mine.items[q].v;
                if (!own) VEC_PUSH(reads, mine.items[q]);
            }
        bool ok = !touches(&reads, &wrest) && !touches(&before, &w) && !touches(&w, &after)
                  && sets_before_use(s, &w);
        VEC_FREE(mine); VEC_FREE(rest); VEC_FREE(before); VEC_FREE(after); VEC_FREE(w); VEC_FREE(wrest); VEC_FREE(reads);
        if (!ok) continue;
        plist_remove(body, i--);
        note(s, lp);
        IExpr *cond = guard ? NULL : runs(lp);
        if (!guard && !cond) { plist_insert(l, (*at)++, s); continue; }
        if (!guard) {
            guard = ir_stmt(IS_IF, lp->span);
            guard->if_.cond = cond;
            plist_insert(l, (*at)++, guard);
        }
        plist_push(&guard->if_.then, s);
    }
}

static void hoist_list(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: hoist_list(&s->if_.then); hoist_list(&s->if_.els); break;
        case IS_WHILE: hoist_list(&s->while_.pre); hoist_list(&s->while_.body); break;
        case IS_LOOP:
            /* not into a stencil's rounds (one parallel region whose other
               statements run once) or a compaction (run twice) */
            if (s->loop.kind != LOOP_PARFOR && s->loop.kind != LOOP_SERIAL) break;
            hoist_list(&s->loop.body);
            if (s->loop.body.len <= MAX_BODY) {
                int at = i;
                hoist_from(l, &at, s);
                i = at;         /* the loop itself, after what moved out */
            }
            break;
        default: break;
        }
    }
}

void pass_hoist(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        g_mine = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
        g_def = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
        hoist_list(&f->body);
        free(g_mine);
        free(g_def);
    }
}
