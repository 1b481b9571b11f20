/* unalias.c — a second name for a buffer that is bound once is that buffer.
 *
 * Before/after: PIR.  A view or a read of a `var` array first takes the
 * buffer the var holds at that moment (lower_expr.c's held_buffer: `a_now =
 * a`), marked as rebindable so that alias analysis assumes it may be any
 * buffer of its type.  After pass forward has renamed the var to the
 * temporary that holds its value (`a_now = t1`), the statement
 *     a[1..n, ..] -= 0.5 * (b[1..n, ..] - b[0..n - 1, ..])
 * reads t1 through a_now_1 and stores through a_now: two names that fusion,
 * inlining and the in-place range store cannot prove to be the same array,
 * so the store got a temporary and a copy loop, and the loops around it
 * stayed apart.  Here, y = x becomes x at every mention of y, and the
 * binding goes:
 *     a_now: f64[n, m] = t1;  ... a_now[1 + i, j] = ... a_now_1[1 + i, j] ...
 * becomes
 *     ... t1[1 + i, j] = ... t1[1 + i, j] ...
 *
 * Legality.  y = x (arrays of equal extents and element type, neither a
 * view) where y is bound by that statement only (a temporary or a local:
 * no other assignment or allocation of y) and x is bound once in the whole
 * function (one assignment or allocation, or a parameter or result that is
 * never assigned).  Let Y be the statement list holding y = x at position
 * p.  Required: every mention of y (loads, stores, values, and the
 * mentions of views whose base is y) lies in the statements of Y after p
 * (nested ones included); x's binding does not; no label lies there (a
 * jump could reach a mention of y without passing p; a jump back to a label
 * before p passes p again); no statement that holds
 * y as an operand other than an expression or a store mentions it (return,
 * scan, argsort, matrix product, vector math, a compaction's output).
 * Then every execution that reaches a mention of y has run y = x earlier
 * in the same pass through Y, and x has not been rebound since: x's one
 * binding is either outside Y (it does not run during a pass through Y) or
 * in Y before p (it does not run again before the pass through Y ends).
 * So y and x hold the same buffer at every mention of y, and renaming
 * changes no value; a view of y views the same buffer through x.  Chains
 * z = y, y = x resolve to x (z's mentions lie within y's range, where y
 * is x).  Not at -O0 (no fusion to gain).  Under --mpi, the loops that
 * fusion may merge once the names agree can store at two row offsets
 * (tests/mpi/k.arr's shifts: a[1..n] = ... beside a copy at offset 0),
 * which pass distribute cannot run on a rank's rows; fuse.c keeps such
 * loops apart under --mpi (rows_agree). */
#include "passes.h"
#include <limits.h>
#include <stdlib.h>

typedef struct Info {
    int defs;               /* assignments and allocations of the variable */
    int def_seq;            /* the (last) one's position in pre-order */
    int first, last;        /* its mentions' positions (first > last: none) */
    bool pinned;            /* held by a statement that cannot be renamed */
    int end;                /* y = x candidates: the end of the statement list holding it */
} Info;

typedef struct W {
    Info *in;
    int seq;                /* the current statement's position */
    int *labels;            /* labels[s]: labels at positions <= s */
    int cap;
    bool bad;               /* a statement this pass does not know: rename nothing */
    IStmt **cands;          /* candidate bindings y = x, in pre-order */
    int ncand, ccap;
} W;

static void mention(W *w, Var *v)
{
    for (; v; v = v->kind == V_VIEW ? v->base : NULL) {
        Info *i = &w->in[v->id];
        if (w->seq < i->first) i->first = w->seq;
        if (w->seq > i->last) i->last = w->seq;
    }
}

static void mention_fn(IExpr **slot, void *ctx)
{
    IExpr *e = *slot;
    if (e->kind == IE_VAR) mention(ctx, e->var);
    else if (e->kind == IE_LOAD) mention(ctx, e->load.arr);
}

static void exprs(W *w, IExpr **slot) { if (*slot) ir_walk_expr(slot, mention_fn, w); }

static void pin(W *w, Var *v)
{
    if (!v) return;
    mention(w, v);
    for (; v; v = v->kind == V_VIEW ? v->base : NULL) w->in[v->id].pinned = true;
}

static void walk(W *w, PtrList *l);

static void stmt(W *w, IStmt *s, int *list_defs, int *nlist)
{
    int seq = ++w->seq;
    if (seq >= w->cap) {
        w->cap = 2 * seq;
        w->labels = xrealloc(w->labels, sizeof(int) * (size_t)w->cap);
    }
    w->labels[seq] = w->labels[seq - 1] + (s->kind == IS_LABEL);
    switch (s->kind) {
    case IS_ASSIGN: {
        Info *d = &w->in[s->assign.dst->id];
        d->defs++;
        d->def_seq = seq;
        exprs(w, &s->assign.val);
        if (s->assign.dst->rank && s->assign.val->kind == IE_VAR) {
            if (w->ncand == w->ccap) {
                w->ccap = w->ccap ? 2 * w->ccap : 16;
                w->cands = xrealloc(w->cands, sizeof(IStmt *) * (size_t)w->ccap);
            }
            w->cands[w->ncand++] = s;
            list_defs[(*nlist)++] = s->assign.dst->id;
        }
        break;
    }
    case IS_ALLOC: w->in[s->alloc->id].defs++; w->in[s->alloc->id].def_seq = seq; break;
    case IS_STORE:
        mention(w, s->store.arr);
        for (int k = 0; k < s->store.n; k++) exprs(w, &s->store.idx[k]);
        exprs(w, &s->store.val);
        break;
    case IS_CHECK: exprs(w, &s->check.cond); break;
    case IS_PREFETCH: exprs(w, &s->pf.at); break;
    case IS_IF:
        exprs(w, &s->if_.cond);
        walk(w, &s->if_.then);
        walk(w, &s->if_.els);
        break;
    case IS_WHILE:
        exprs(w, &s->while_.cond);
        walk(w, &s->while_.pre);
        walk(w, &s->while_.body);
        break;
    case IS_LOOP:
        for (int k = 0; k < s->loop.rank; k++) { exprs(w, &s->loop.lo[k]); exprs(w, &s->loop.hi[k]); }
        for (int k = 0; k < s->loop.reds.len; k++) {
            Reduction *r = s->loop.reds.items[k];
            exprs(w, &r->value);
            exprs(w, &r->lam);
        }
        if (s->loop.work) exprs(w, &s->loop.work);
        pin(w, s->loop.cdst);
        walk(w, &s->loop.body);
        break;
    case IS_RETURN: for (int k = 0; k < s->ret.n; k++) pin(w, s->ret.vals[k]); break;
    case IS_SCAN: pin(w, s->op->scan.src); pin(w, s->op->scan.dst); exprs(w, &s->op->scan.init); break;
    case IS_SORT: pin(w, s->op->sort.keys); pin(w, s->op->sort.dst); break;
    case IS_MATMUL: pin(w, s->op->mm.a); pin(w, s->op->mm.b); pin(w, s->op->mm.dst); break;
    case IS_VMATH: pin(w, s->vm.a); pin(w, s->vm.b); pin(w, s->vm.dst); exprs(w, &s->vm.n); break;
    case IS_GOTO: case IS_LABEL: break;
    default: w->bad = true; break;     /* IS_STENCIL, IS_MPI: not in this stage */
    }
}

static void walk(W *w, PtrList *l)
{
    int *defs = xcalloc((size_t)l->len + 1, sizeof(int)), n = 0;
    for (int i = 0; i < l->len; i++) stmt(w, l->items[i], defs, &n);
    for (int k = 0; k < n; k++) w->in[defs[k]].end = w->seq;     /* the list's last position */
    free(defs);
}

static Var **g_to;

static Var *target(Var *v)
{
    while (g_to[v->id]) v = g_to[v->id];
    return v;
}

static void rename_fn(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && g_to[e->var->id]) e->var = target(e->var);
    else if (e->kind == IE_LOAD && g_to[e->load.arr->id]) e->load.arr = target(e->load.arr);
}

/* Renames the stores (and loop work estimates) and drops the bindings y = x of renamed y. */
static void rename_list(PtrList *l)
{
    int n = 0;
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && g_to[s->assign.dst->id]) continue;
            break;
        case IS_STORE: if (g_to[s->store.arr->id]) s->store.arr = target(s->store.arr); break;
        case IS_IF: rename_list(&s->if_.then); rename_list(&s->if_.els); break;
        case IS_WHILE: rename_list(&s->while_.pre); rename_list(&s->while_.body); break;
        case IS_LOOP:
            if (s->loop.work) ir_walk_expr(&s->loop.work, rename_fn, NULL);
            rename_list(&s->loop.body);
            break;
        default: break;
        }
        l->items[n++] = s;
    }
    l->len = n;
}

static bool bound_once(const Info *in, const Var *x)
{
    int implicit = x->kind == V_PARAM || x->kind == V_RESULT;
    return in[x->id].defs + implicit == 1;
}

static void unalias_func(IrFunc *f)
{
    W w = {0};
    w.in = xcalloc((size_t)f->vars.len + 1, sizeof(Info));
    for (int i = 0; i <= f->vars.len; i++) { w.in[i].first = INT_MAX; w.in[i].last = -1; }
    w.labels = xcalloc(64, sizeof(int));
    w.cap = 64;
    walk(&w, &f->body);
    if (w.bad) w.ncand = 0;
    g_to = xcalloc((size_t)f->vars.len + 1, sizeof(Var *));
    int renamed = 0;
    for (int k = 0; k < w.ncand; k++) {
        IStmt *s = w.cands[k];
        Var *y = s->assign.dst, *x = s->assign.val->var;
        const Info *iy = &w.in[y->id], *ix = &w.in[x->id];
        if ((y->kind != V_TEMP && y->kind != V_LOCAL) || x->kind == V_VIEW || x == y || g_to[x->id] == y) continue;
        if (iy->defs != 1 || iy->pinned || !bound_once(w.in, x) || !shape_equal(x, y) || x->elem != y->elem) continue;
        if (y->reshaped || x->reshaped || y->on_stack || x->on_stack || y->per_thread || x->per_thread) continue;
        int p = iy->def_seq, end = iy->end;
        if (iy->first <= p || iy->last > end) continue;                         /* mentioned outside Y after p */
        if (ix->defs && ix->def_seq > p && ix->def_seq <= end) continue;       /* x rebound within Y after p */
        if (w.labels[end] != w.labels[p]) continue;                            /* a label in Y after p */
        g_to[y->id] = x;
        renamed++;
    }
    if (renamed) {
        for (int i = 0; i < f->vars.len; i++) {
            Var *v = f->vars.items[i];
            if (v->kind == V_VIEW && v->base && g_to[v->base->id]) v->base = target(v->base);
            if (g_to[v->id]) target(v)->written |= v->written;
        }
        ir_walk_stmts(&f->body, rename_fn, NULL);
        rename_list(&f->body);
    }
    free(g_to);
    g_to = NULL;
    free(w.in);
    free(w.labels);
    free(w.cands);
}

void pass_unalias(IrProgram *p)
{
    if (!p->fuse) return;
    for (int i = 0; i < p->funcs.len; i++) unalias_func(p->funcs.items[i]);
}
