/* simplify.c — tidy parfor bodies after fusion.
 *
 * Before/after: PIR.  Inside each loop body, a scalar copy `v = w` (both
 * assigned exactly once in the function) is removed and v replaced by w,
 * and a load of an element already loaded in the same iteration (with no
 * store to that array in between) reuses the first load, and bounds
 * checks that the enclosing loops' bounds imply are dropped, and so are
 * stencils' checks that two buffers are not one array where the bindings
 * show two different buffers (distinct_buffers), and a check repeated
 * with nothing between that could change its outcome.  Nothing here
 * changes what is computed; it makes the generated C shorter to read. */
#include "passes.h"
#include "access.h"

typedef struct Simp {
    int *assigns;           /* per var: number of assignments in the function */
    const IExpr **value;    /* per var: the value of its last assignment */
    bool *alloc;            /* per var: an IS_ALLOC gives it a buffer */
    IExpr **repl;           /* per var: replacement, or NULL */
    PtrList *vars;          /* the function's variables (their extents name variables too) */
} Simp;

static void count_assigns(const PtrList *l, int *n, Simp *sp)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: n[s->assign.dst->id]++; sp->value[s->assign.dst->id] = s->assign.val; break;
        case IS_ALLOC: sp->alloc[s->alloc->id] = true; break;
        case IS_IF: count_assigns(&s->if_.then, n, sp); count_assigns(&s->if_.els, n, sp); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) n[s->loop.idx[d]->id]++;
            count_assigns(&s->loop.body, n, sp);
            for (int k = 0; k < s->loop.reds.len; k++) {
                Reduction *r = s->loop.reds.items[k];
                n[r->acc->id] += 2;
                if (r->idx) n[r->idx->id] += 2;
            }
            break;
        case IS_WHILE: count_assigns(&s->while_.pre, n, sp); count_assigns(&s->while_.body, n, sp); break;
        default: break;
        }
    }
}

static Simp *g_s;

static void replace(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && !e->var->rank && g_s->repl[e->var->id]) {
        IExpr *r = ir_clone_expr(g_s->repl[e->var->id]);
        r->span = e->span;
        *slot = r;
    }
}

/* A removed scalar v is also read where it is an extent of an array
 * variable (a snapshot `a_now: f64[a_now_d0]`, an alloc of that size) or
 * in a view's start: those read its replacement too.  Legal for the same
 * reason as in expressions: v and its replacement w are each assigned once,
 * w first, so they hold the same value wherever v can be read. */
static Var *replaced_var(Var *v, const Simp *s, int limit)
{
    while (v && s->repl[v->id] && limit-- > 0) v = s->repl[v->id]->var;
    return v;
}

static void replace_in_vars(const Simp *s)
{
    for (int k = 0; k < s->vars->len; k++) {
        Var *a = s->vars->items[k];
        for (int d = 0; d < 4; d++) {
            a->dims[d].var = replaced_var(a->dims[d].var, s, s->vars->len);
            a->declared[d].var = replaced_var(a->declared[d].var, s, s->vars->len);
            if (a->vstart[d]) ir_walk_expr(&a->vstart[d], replace, NULL);
            if (a->vcoef[d]) ir_walk_expr(&a->vcoef[d], replace, NULL);
        }
    }
}

static bool same_load(const IExpr *a, const IExpr *b)
{
    if (a->load.arr != b->load.arr || a->load.n != b->load.n) return false;
    for (int d = 0; d < a->load.n; d++) {
        const IExpr *x = a->load.idx[d], *y = b->load.idx[d];
        if (x->kind != IE_VAR || y->kind != IE_VAR || x->var != y->var) return false;
    }
    return true;
}

static void body(PtrList *l, Simp *s)
{
    VEC(IStmt *) loads = {0};       /* v = X[i...] seen so far */
    for (int i = 0; i < l->len; i++) {
        IStmt *st = l->items[i];
        PtrList one = { (void **)&l->items[i], 1, 1 };
        ir_walk_stmts(&one, replace, NULL);
        if (st->kind == IS_ASSIGN && !st->assign.dst->rank && s->assigns[st->assign.dst->id] == 1) {
            Var *v = st->assign.dst;
            IExpr *e = st->assign.val;
            if (e->kind == IE_VAR && !e->var->rank && s->assigns[e->var->id] <= 1 && e->var->kind != V_RESULT) {
                s->repl[v->id] = e;
                plist_remove(l, i--);
                continue;
            }
            if (e->kind == IE_LOAD) {
                bool simple = true;
                for (int d = 0; d < e->load.n; d++) simple = simple && e->load.idx[d]->kind == IE_VAR;
                IStmt *hit = NULL;
                for (int k = 0; k < loads.len && simple && !hit; k++)
                    if (same_load(loads.items[k]->assign.val, e)) hit = loads.items[k];
                if (hit) {
                    s->repl[v->id] = ir_varref(hit->assign.dst, e->span);
                    plist_remove(l, i--);
                    continue;
                }
                if (simple) VEC_PUSH(loads, st);
            }
            continue;
        }
        if (st->kind == IS_STORE) {
            for (int k = 0; k < loads.len; k++)
                if (may_alias(loads.items[k]->assign.val->load.arr, st->store.arr)) {
                    loads.items[k] = loads.items[--loads.len];
                    k--;
                }
            continue;
        }
        if (st->kind != IS_ASSIGN) loads.len = 0;   /* control flow: start afresh */
    }
    VEC_FREE(loads);
}

/* ---- folding single-use temporaries into their use ---- */

static int *g_uses;

static void count_use(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR) g_uses[e->var->id]++;
}

/* An expression that can move: no loads, every variable assigned once. */
static bool movable(const IExpr *e, const Simp *s)
{
    if (!e) return true;
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return e->var->rank == 0 && s->assigns[e->var->id] <= 1;
    case IE_UNOP: return movable(e->op.a, s);
    case IE_BINOP: return movable(e->op.a, s) && movable(e->op.b, s);
    case IE_CALL: return movable(e->call.a, s) && movable(e->call.b, s);
    case IE_CONV: return movable(e->conv, s);
    case IE_SELECT: return movable(e->sel.c, s) && movable(e->sel.a, s) && movable(e->sel.b, s);
    default: return false;
    }
}

static Var *g_fold_var;
static IExpr *g_fold_val;
static bool g_folded;

static void fold_into(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var == g_fold_var) {
        *slot = g_fold_val;
        g_folded = true;
    }
}

static bool uses_var(const IStmt *st, const Var *v)
{
    AccessSet a = {0};
    analyze_access(st, NULL, &a);
    bool u = false;
    for (int i = 0; i < a.len && !u; i++) u = a.items[i].v == v && !a.items[i].write;
    VEC_FREE(a);
    return u;
}

static void fold_temps(PtrList *l, Simp *s)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *st = l->items[i];
        if (st->kind != IS_ASSIGN) continue;
        Var *v = st->assign.dst;
        if (!v->inline_ok || v->rank || s->assigns[v->id] != 1 || g_uses[v->id] != 1 || !movable(st->assign.val, s))
            continue;
        /* the next statement that reads v, at this level */
        for (int k = i + 1; k < l->len; k++) {
            IStmt *u = l->items[k];
            if (!uses_var(u, v)) continue;
            if (u->kind != IS_ASSIGN && u->kind != IS_STORE) break;   /* not into nested code */
            g_fold_var = v;
            g_fold_val = st->assign.val;
            g_folded = false;
            PtrList one = { (void **)&l->items[k], 1, 1 };
            ir_walk_stmts(&one, fold_into, NULL);
            if (g_folded) plist_remove(l, i--);
            break;
        }
    }
}

/* Moves checks whose condition does not change inside a loop body to just
 * before the loop (e.g. "argmin of an empty array" for an inner reduction). */
static bool invariant_in(const IExpr *cond, const IStmt *lp)
{
    AccessSet body = {0}, c = {0};
    analyze_access(lp, NULL, &body);
    IStmt probe = { .kind = IS_CHECK };
    probe.check.cond = (IExpr *)cond;
    analyze_access(&probe, NULL, &c);
    bool ok = true;
    for (int i = 0; i < c.len && ok; i++) {
        if (c.items[i].v->rank) ok = false;     /* loads: keep it simple */
        for (int k = 0; k < body.len && ok; k++)
            if (body.items[k].write && body.items[k].v == c.items[i].v) ok = false;
    }
    VEC_FREE(body);
    VEC_FREE(c);
    return ok;
}

static void hoist_checks(PtrList *l, int at)
{
    IStmt *lp = l->items[at];
    for (int i = 0; i < lp->loop.body.len; i++) {
        IStmt *st = lp->loop.body.items[i];
        if (st->kind != IS_CHECK) break;            /* only the checks that lead the body */
        if (!invariant_in(st->check.cond, lp)) break;
        plist_remove(&lp->loop.body, i--);
        /* it held only if the loop ran: (loop empty) || cond; a check that
         * the loop's own extent is positive always holds then */
        IExpr *c = st->check.cond;
        bool trivial = false;
        for (int d = 0; d < lp->loop.rank; d++)
            trivial |= c->kind == IE_BINOP && c->op.op == OP_GT && c->op.b->kind == IE_CONST && c->op.b->c.i == 0
                       && lp->loop.lo[d]->kind == IE_CONST && lp->loop.lo[d]->c.i == 0
                       && ir_same_atom(c->op.a, lp->loop.hi[d]);
        if (trivial) continue;
        for (int d = 0; d < lp->loop.rank; d++) {
            IExpr *empty = ir_expr(IE_BINOP, T_BOOL, st->span);
            empty->op.op = OP_LE; empty->op.opk = T_I64;
            empty->op.a = ir_clone_expr(lp->loop.hi[d]); empty->op.b = ir_clone_expr(lp->loop.lo[d]);
            IExpr *or = ir_expr(IE_BINOP, T_BOOL, st->span);
            or->op.op = OP_OR; or->op.opk = T_BOOL; or->op.a = empty; or->op.b = st->check.cond;
            st->check.cond = or;
        }
        plist_insert(l, at++, st);
    }
}

/* ---- checks the enclosing loops' bounds imply ----
 *
 * A bounds check `i >= k && i < h` on the index i of an enclosing loop
 * over lo..hi holds when lo is a constant >= k and h is hi: a loop index
 * is bound by the loop alone and runs over exactly [lo, hi), and hi is a
 * constant or an immutable variable (so the check reads the bound the loop
 * was entered with).  Such checks come from slices inside comprehensions
 * (the row a[i, ..] of `for i in 0..m` with a: [m, k]); they are dropped. */
typedef struct Loops { const IStmt *items[64]; int n; } Loops;

static bool bound_of(const Loops *ls, const Var *i, const IExpr **lo, const IExpr **hi)
{
    for (int k = ls->n - 1; k >= 0; k--) {
        const IStmt *lp = ls->items[k];
        for (int d = 0; d < lp->loop.rank; d++)
            if (lp->loop.idx[d] == i) { *lo = lp->loop.lo[d]; *hi = lp->loop.hi[d]; return true; }
    }
    return false;
}

static bool implied(const IExpr *c, const Loops *ls)
{
    if (c->kind != IE_BINOP) return false;
    if (c->op.op == OP_AND) return implied(c->op.a, ls) && implied(c->op.b, ls);
    const IExpr *lo, *hi;
    if (c->op.a->kind != IE_VAR || c->op.a->var->kind != V_INDEX || !bound_of(ls, c->op.a->var, &lo, &hi)) return false;
    if (c->op.op == OP_GE)
        return c->op.b->kind == IE_CONST && lo->kind == IE_CONST && lo->c.i >= c->op.b->c.i;
    if (c->op.op == OP_LT)
        return ir_same_atom(c->op.b, hi) && (hi->kind == IE_CONST || !hi->var->is_mutable);
    return false;
}

/* The buffer an array variable holds, as far as the bindings tell: through
 * `v = w` (v bound once), to a variable an IS_ALLOC gives a buffer and
 * nothing rebinds, or a parameter or result nothing rebinds; NULL when
 * unknown. */
static const Var *buffer_root(const Var *v, const Simp *s)
{
    for (int hops = 0; hops < 64; hops++) {
        int n = s->assigns[v->id];
        if (n == 0) return s->alloc[v->id] || v->kind == V_PARAM || v->kind == V_RESULT ? v : NULL;
        const IExpr *e = s->value[v->id];
        if (n != 1 || s->alloc[v->id] || e->kind != IE_VAR || !e->var->rank) return NULL;
        v = e->var;
    }
    return NULL;
}

/* !@same_buffer(a, b) (lower_pir_stencil.c) holds when a and b hold
 * buffers of different roots of which one at least is allocated here, or
 * is a result or a written parameter, which the function's entry checks
 * against every other array argument (two parameters it only reads may be
 * one array of the caller's) */
static bool own_buffer(const Var *r, const Simp *s)
{
    return s->alloc[r->id] || (r->kind == V_RESULT && !r->anon_result) || (r->kind == V_PARAM && r->written);
}

static bool distinct_buffers(const IExpr *c, const Simp *s)
{
    if (c->kind != IE_UNOP || c->op.op != OP_NOT || c->op.a->kind != IE_CALL || c->op.a->call.fn != BI_SAMEBUF) return false;
    const IExpr *a = c->op.a->call.a, *b = c->op.a->call.b;
    if (a->kind != IE_VAR || b->kind != IE_VAR) return false;
    const Var *ra = buffer_root(a->var, s), *rb = buffer_root(b->var, s);
    return ra && rb && ra != rb && (own_buffer(ra, s) || own_buffer(rb, s));
}

/* ---- a check repeated ----
 *
 * A check whose condition is the same as that of an earlier check in the
 * same statement list holds when it is reached: the earlier one held (else
 * the function has failed), the condition reads only scalar variables and
 * constants (no loads, no calls), and no statement between the two assigns
 * a variable it reads (may_assign: only checks, stores, loops and
 * assignments to other variables lie between).  Slices of one extent make
 * these (fdtd-2d: `ey[1..nx, ..]`, `hz[1..nx, ..]` and `hz[0..nx - 1, ..]`
 * each check 1 <= nx); the first keeps its message, which is the one a
 * failing call reports. */
static bool scalar_cond(const IExpr *e)
{
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return !e->var->rank;
    case IE_UNOP: return scalar_cond(e->op.a);
    case IE_BINOP: return scalar_cond(e->op.a) && scalar_cond(e->op.b);
    case IE_CONV: return scalar_cond(e->conv);
    default: return false;
    }
}

static bool same_cond(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind || a->ty != b->ty) return false;
    switch (a->kind) {
    case IE_CONST: return a->c.i == b->c.i && a->c.f == b->c.f && a->c.im == b->c.im;
    case IE_VAR: return a->var == b->var;
    case IE_UNOP: return a->op.op == b->op.op && a->op.opk == b->op.opk && same_cond(a->op.a, b->op.a);
    case IE_BINOP:
        return a->op.op == b->op.op && a->op.opk == b->op.opk && a->eager == b->eager
               && same_cond(a->op.a, b->op.a) && same_cond(a->op.b, b->op.b);
    case IE_CONV: return same_cond(a->conv, b->conv);
    default: return false;
    }
}

static bool reads_var(const IExpr *e, const Var *v)
{
    switch (e->kind) {
    case IE_VAR: return e->var == v;
    case IE_UNOP: return reads_var(e->op.a, v);
    case IE_BINOP: return reads_var(e->op.a, v) || reads_var(e->op.b, v);
    case IE_CONV: return reads_var(e->conv, v);
    default: return false;
    }
}

/* Whether a statement of l may assign a scalar the condition c reads:
 * assignments, loop indices and reduction accumulators are looked at;
 * stores and allocations change arrays only (c reads none); any other
 * kind of statement counts as an assignment. */
static bool may_assign(const PtrList *l, const IExpr *c)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *st = l->items[i];
        switch (st->kind) {
        case IS_CHECK: case IS_STORE: case IS_ALLOC: case IS_PREFETCH: break;
        case IS_ASSIGN: if (reads_var(c, st->assign.dst)) return true; break;
        case IS_IF: if (may_assign(&st->if_.then, c) || may_assign(&st->if_.els, c)) return true; break;
        case IS_LOOP:
            for (int d = 0; d < st->loop.rank; d++)
                if (reads_var(c, st->loop.idx[d])) return true;
            for (int k = 0; k < st->loop.reds.len; k++) {
                const Reduction *r = st->loop.reds.items[k];
                if (reads_var(c, r->acc) || (r->idx && reads_var(c, r->idx))) return true;
            }
            if (st->loop.kind == LOOP_COMPACT || may_assign(&st->loop.body, c)) return true;
            break;
        default: return true;
        }
    }
    return false;
}

static bool repeated_check(const PtrList *l, int at)
{
    const IExpr *c = ((const IStmt *)l->items[at])->check.cond;
    if (!scalar_cond(c)) return false;
    for (int k = at - 1; k >= 0; k--) {
        const IStmt *st = l->items[k];
        if (st->kind == IS_CHECK && same_cond(st->check.cond, c)) return true;
        PtrList one = { (void **)&l->items[k], 1, 1 };
        if (may_assign(&one, c)) return false;
    }
    return false;
}

static void drop_implied_checks(PtrList *l, Loops *ls, const Simp *s)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *st = l->items[i];
        switch (st->kind) {
        case IS_CHECK:
            if ((ls->n && implied(st->check.cond, ls)) || distinct_buffers(st->check.cond, s) || repeated_check(l, i))
                plist_remove(l, i--);
            break;
        case IS_LOOP:
            if (ls->n == 64) break;
            ls->items[ls->n++] = st;
            drop_implied_checks(&st->loop.body, ls, s);
            ls->n--;
            break;
        case IS_IF: drop_implied_checks(&st->if_.then, ls, s); drop_implied_checks(&st->if_.els, ls, s); break;
        case IS_WHILE: drop_implied_checks(&st->while_.pre, ls, s); drop_implied_checks(&st->while_.body, ls, s); break;
        default: break;
        }
    }
}

static void walk(PtrList *l, Simp *s)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *st = l->items[i];
        if (st->kind == IS_LOOP && !g_uses) {
            int before = l->len;
            hoist_checks(l, i);
            i += l->len - before;
        }
        switch (st->kind) {
        case IS_LOOP:
            if (st->loop.kind == LOOP_PARFOR) {
                if (g_uses) fold_temps(&st->loop.body, s);
                else body(&st->loop.body, s);
                walk(&st->loop.body, s);        /* loops nested in the body */
                for (int k = 0; k < st->loop.reds.len; k++) {
                    Reduction *r = st->loop.reds.items[k];
                    ir_walk_expr(&r->value, replace, NULL);
                    ir_walk_expr(&r->lam, replace, NULL);
                }
            } else {
                walk(&st->loop.body, s);
            }
            break;
        case IS_IF: walk(&st->if_.then, s); walk(&st->if_.els, s); break;
        case IS_WHILE: walk(&st->while_.pre, s); walk(&st->while_.body, s); break;
        default: break;
        }
    }
}

void pass_simplify(IrProgram *p)
{
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        Simp s = { .assigns = xcalloc((size_t)f->vars.len + 1, sizeof(int)), .repl = xcalloc((size_t)f->vars.len + 1, sizeof(IExpr *)),
                   .vars = &f->vars };
        for (int i = 0; i < f->params.len; i++) s.assigns[((Var *)f->params.items[i])->id] = 0;
        s.value = xcalloc((size_t)f->vars.len + 1, sizeof(IExpr *));
        s.alloc = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
        count_assigns(&f->body, s.assigns, &s);
        Loops ls = { .n = 0 };
        drop_implied_checks(&f->body, &ls, &s);
        g_s = &s;
        walk(&f->body, &s);                 /* copies and loads */
        replace_in_vars(&s);
        g_uses = xcalloc((size_t)f->vars.len + 1, sizeof(int));
        ir_walk_stmts(&f->body, count_use, NULL);
        walk(&f->body, &s);                 /* single-use temporaries */
        free(g_uses);
        g_uses = NULL;
        g_s = NULL;
        free(s.assigns);
        free(s.repl);
        free(s.value);
        free(s.alloc);
    }
}
