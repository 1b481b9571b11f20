/* distribute_rows.c — arrc --mpi: the rows each rank runs and keeps.  A
 * loop's bounds clipped to this rank's block, its reductions combined, the
 * owner of a row storing it, the own rows of a whole result, and the
 * gathered copies (where they come from, when one is stale, and one copy
 * for several reads).  The rules are distribute.c's comment. */
#include "distribute_int.h"
#include "access.h"
#include <stdlib.h>
#include <string.h>

IExpr *dist_i64(Op op, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(IE_BINOP, op >= OP_LT && op <= OP_NE ? T_BOOL : T_I64, s);
    e->op.op = op;
    e->op.opk = T_I64;
    e->op.a = a;
    e->op.b = b;
    return e;
}

IExpr *dist_select(IExpr *c, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(IE_SELECT, T_I64, s);
    e->sel.c = c;
    e->sel.a = a;
    e->sel.b = b;
    return e;
}

/* lp runs over max(lo, n_off)..min(hi, n_off + n_local): its rows of this rank */
const char *dist_name(const Var *x)
{
    if (x->kind != V_TEMP) return arena_printf("'%s'", x->name);
    int line, col;
    span_linecol(x->span, &line, &col);
    return arena_printf("the array made at line %d, column %d", line, col);
}

void dist_localize(Dist *d, IStmt *lp, Var *n)
{
    Span s = lp->span;
    Var *off = d->off[n->id];
    IExpr *lo = lp->loop.lo[0], *hi = lp->loop.hi[0];
    /* the loop over all rows, 0..n_global: n_off..n_off + n_local (n_off >= 0,
     * and n_off + n_local <= n_global on every rank) */
    if (lo->kind == IE_CONST && lo->c.i == 0 && hi->kind == IE_VAR && hi->var == d->glob[n->id]) {
        lp->loop.lo[0] = ir_varref(off, s);
        lp->loop.hi[0] = dist_i64(OP_ADD, ir_varref(off, s), ir_varref(n, s), s);
        lp->loop.hi[0]->nowrap = true;
        return;
    }
    lp->loop.lo[0] = dist_select(dist_i64(OP_GT, lo, ir_varref(off, s), s), ir_clone_expr(lo), ir_varref(off, s), s);
    IExpr *end = dist_i64(OP_ADD, ir_varref(off, s), ir_varref(n, s), s);
    end->nowrap = true;     /* at most the global extent */
    lp->loop.hi[0] = dist_select(dist_i64(OP_LT, hi, ir_clone_expr(end), s), ir_clone_expr(hi), end, s);
}

/* The combination of the ranks' partial results of lp's reductions (one
 * MPI_COMBINE for all), after lp; returns how many statements it inserted
 * at l[at]. */
int dist_combine_after(Dist *d, IStmt *lp, PtrList *l, int at)
{
    (void)d;
    if (!lp->loop.reds.len) return 0;
    for (int k = 0; k < lp->loop.reds.len; k++) {
        Reduction *r = lp->loop.reds.items[k];
        if (r->op == RED_LAMBDA) ice("a reduce with a function over distributed rows (is_parfor runs it whole)");
        r->mpi_combined = true;
    }
    IStmt *c = ir_stmt(IS_MPI, lp->span);       /* one collective for all of them */
    c->mpi.op = MPI_COMBINE;
    c->mpi.loop = lp;
    plist_insert(l, at, c);
    return 1;
}

/* A store x[r, ...] = v to a distributed array outside parallel loops (a
 * statement of its own, or in a serial loop every rank runs whole, such as
 * scatter's): every rank computes r and v (from replicated data and
 * gathered copies), and the rank whose block holds row r stores:
 * if (n_off <= r && r < n_off + n_local) x[r - n_off, ...] = v.  In place. */
void dist_guard_store(Dist *d, IStmt *s)
{
    Span sp = s->span;
    Var *n = s->store.arr->dims[0].var, *off = d->off[n->id];
    IExpr *r = s->store.idx[0];
    IStmt *st = ir_stmt(IS_STORE, sp);
    st->store = s->store;
    IExpr *sub = dist_i64(OP_SUB, ir_clone_expr(r), ir_varref(off, sp), sp);
    sub->nowrap = true;         /* a row of this block: 0 <= r - n_off < n_local */
    st->store.idx[0] = sub;
    IExpr *in = ir_expr(IE_BINOP, T_BOOL, sp);
    in->op.op = OP_AND;
    in->op.opk = T_BOOL;
    in->op.a = dist_i64(OP_GE, ir_clone_expr(r), ir_varref(off, sp), sp);
    in->op.b = dist_i64(OP_LT, ir_clone_expr(r), dist_i64(OP_ADD, ir_varref(off, sp), ir_varref(n, sp), sp), sp);
    s->kind = IS_IF;
    memset(&s->if_, 0, sizeof s->if_);      /* the store's bytes are not an if's (versions, pp) */
    s->if_.cond = in;
    plist_push(&s->if_.then, st);
}

/* The assignments of v in l (nested lists included); *last: one of them. */
static int assignments(const PtrList *l, const Var *v, const IStmt **last)
{
    int n = 0;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: if (s->assign.dst == v) { n++; *last = s; } break;
        case IS_IF: n += assignments(&s->if_.then, v, last) + assignments(&s->if_.els, v, last); break;
        case IS_LOOP: n += assignments(&s->loop.body, v, last); break;
        case IS_WHILE: n += assignments(&s->while_.pre, v, last) + assignments(&s->while_.body, v, last); break;
        default: break;
        }
    }
    return n;
}

/* The array a gather of x before the loop nest b[from..to) copies: x, or,
 * when x's one assignment in the function is a binding x = y inside the nest
 * (fusion moves a rebinding's snapshot into the loop that first reads it,
 * so x has no value yet before the nest: found by make fuzz, seed 20261204
 * program 772, C that did not compile) and y is not assigned in the nest, y,
 * which then holds what x will. */
Var *dist_gather_source(Dist *d, Var *x, PtrList *b, int from, int to)
{
    for (int hops = 0; hops < 8; hops++) {
        const IStmt *def = NULL;
        if (assignments(&d->f->body, x, &def) != 1 || def->assign.val->kind != IE_VAR) return x;
        PtrList nest = { (void **)&b->items[from], to - from, to - from };
        const IStmt *in = NULL;
        if (assignments(&nest, x, &in) != 1) return x;          /* assigned before the nest: x holds it */
        Var *y = def->assign.val->var;
        if (y->rank != x->rank || assignments(&nest, y, &in)) return x;
        x = y;
    }
    return x;
}

/* Buffer sharing: an array variable holds its own buffer (allocated, a
 * parameter's) or one it is bound to (`v = w` of two array variables,
 * anywhere in the function: fusion, rotation and result-slot make such
 * bindings too; a view holds its base's).  Parameters do not overlap when
 * one is written (the C interface checks).  The edges w -> v of those
 * bindings: */
typedef struct Bind { int *from, *to, n, cap; } Bind;

static void bind_add(Bind *g, int from, int to)
{
    if (g->n == g->cap) {
        g->cap = g->cap ? 2 * g->cap : 64;
        g->from = realloc(g->from, sizeof(int) * (size_t)g->cap);
        g->to = realloc(g->to, sizeof(int) * (size_t)g->cap);
    }
    g->from[g->n] = from;
    g->to[g->n++] = to;
}

static void bind_walk(const PtrList *l, Bind *g, int nv)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && s->assign.val->kind == IE_VAR && s->assign.dst->id < nv && s->assign.val->var->id < nv)
                bind_add(g, s->assign.val->var->id, s->assign.dst->id);
            break;
        case IS_IF: bind_walk(&s->if_.then, g, nv); bind_walk(&s->if_.els, g, nv); break;
        case IS_LOOP: bind_walk(&s->loop.body, g, nv); break;
        case IS_WHILE: bind_walk(&s->while_.pre, g, nv); bind_walk(&s->while_.body, g, nv); break;
        default: break;
        }
    }
}

/* Marks with m every variable whose buffer v may hold (v and, backwards
 * along the bindings, what it is bound to); returns whether one of them
 * was marked with other already. */
static bool bind_sources(const Bind *g, int *mark, int *stack, int v, int m, int other)
{
    bool hit = false;
    int sp = 0;
    stack[sp++] = v;
    mark[v] = m;
    while (sp) {
        int u = stack[--sp];
        for (int k = 0; k < g->n; k++) {
            if (g->to[k] != u) continue;
            int w = g->from[k];
            if (mark[w] == other) hit = true;
            if (mark[w] == m || mark[w] == other) continue;
            mark[w] = m;
            stack[sp++] = w;
        }
    }
    return hit;
}

/* Is an element of x written in a loop among b[from..to), through x or
 * an array that may hold x's buffer?  (Then a copy gathered before it
 * would not hold what its later iterations read: `var v = x; v[..] -= e;
 * return x` stores into x through v, and a loop that ran whole over x's
 * gathered copy returned x's old values (make fuzz, seed 21 program 19).
 * A statement that is not a loop reads before it stores.) */
bool dist_written_in(const IrFunc *f, PtrList *b, int from, int to, const Var *x)
{
    AccessSet a = {0};
    for (int i = from; i < to; i++)
        if (((IStmt *)b->items[i])->kind == IS_LOOP) analyze_access(b->items[i], NULL, &a);
    int nv = f->vars.len;
    Bind g = {0};
    for (int i = 0; i < nv; i++) {
        const Var *v = f->vars.items[i];
        if (v->kind == V_VIEW && v->base && v->id < nv && v->base->id < nv) bind_add(&g, v->base->id, v->id);
    }
    bind_walk(&f->body, &g, nv);
    int *mark = calloc((size_t)nv + 1, sizeof(int)), *stack = malloc(sizeof(int) * ((size_t)nv + 1));
    if (x->id < nv) bind_sources(&g, mark, stack, x->id, 1, -1);     /* 1: the buffers x may hold */
    bool w = false;
    for (int k = 0; k < a.len && !w; k++) {
        const Var *v = a.items[k].v;
        if (!a.items[k].write || a.items[k].ptr) continue;
        if (v == x) w = true;
        else if (v->rank && v->id < nv && x->id < nv) {
            w = mark[v->id] == 1 || bind_sources(&g, mark, stack, v->id, 2 + k, 1);
            for (int i = 0; i < nv; i++) if (mark[i] == 2 + k) mark[i] = 0;
        }
    }
    VEC_FREE(a);
    free(g.from);
    free(g.to);
    free(mark);
    free(stack);
    return w;
}

/* The arrays allocated in l (nested lists included). */
void dist_allocs_in(const PtrList *l, PtrList *out)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC: plist_push(out, s->alloc); break;
        case IS_IF: dist_allocs_in(&s->if_.then, out); dist_allocs_in(&s->if_.els, out); break;
        case IS_LOOP: dist_allocs_in(&s->loop.body, out); break;
        case IS_WHILE: dist_allocs_in(&s->while_.pre, out); dist_allocs_in(&s->while_.body, out); break;
        default: break;
        }
    }
}

/* After whole_op's statement b[*i]: when its result is distributed, it
 * writes a whole copy instead (allocated before it), and this rank's rows
 * are copied from that: parfor (r in n_off..n_off + n_local) dst[r -
 * n_off] = whole[r].  *i and *to follow the insertions. */
void dist_own_rows(Dist *d, PtrList *b, int *i, int *to)
{
    IStmt *s = b->items[*i];
    Var **dstp = s->kind == IS_SCAN ? &s->op->scan.dst : &s->op->sort.dst, *dst = *dstp;
    if (!is_dist(d, dst)) return;
    Span sp = s->span;
    if (dst->rank != 1) {
        dist_unsupported(d, sp, arena_printf("%s into the distributed %d-D array %s", s->kind == IS_SCAN ? "a scan" : "argsort",
                                             dst->rank, dist_name(dst)));
        return;
    }
    Var *n = dst->dims[0].var, *off = d->off[n->id];
    Var *whole = ir_var(d->f, arena_printf("%s_whole", dst->name), dst->elem, 1, V_TEMP, sp);
    whole->dims[0] = (Ext){ d->glob[n->id], 0 };
    IStmt *al = ir_stmt(IS_ALLOC, sp);
    al->alloc = whole;
    plist_insert(b, (*i)++, al);
    (*to)++;
    *dstp = whole;
    IExpr *end = dist_i64(OP_ADD, ir_varref(off, sp), ir_varref(n, sp), sp);
    end->nowrap = true;
    IStmt *lp = ir_loop1(d->f, LOOP_PARFOR, arena_printf("%s_row", dst->name), ir_varref(off, sp), end, sp);
    IExpr *ld = ir_expr(IE_LOAD, dst->elem, sp);
    ld->load.arr = whole;
    ld->load.n = 1;
    ld->load.idx[0] = ir_varref(lp->loop.idx[0], sp);
    IStmt *st = ir_stmt(IS_STORE, sp);
    st->store.arr = dst;
    st->store.n = 1;
    st->store.idx[0] = dist_i64(OP_SUB, ir_varref(lp->loop.idx[0], sp), ir_varref(off, sp), sp);
    st->store.idx[0]->nowrap = true;
    st->store.val = ld;
    plist_push(&lp->loop.body, st);
    plist_insert(b, ++(*i), lp);
    (*to)++;
}

/* ---- one gathered copy for several reads ----
 * A gather of x that repeats an earlier gather of x in the same statement
 * list is dropped, and what read its copy reads the earlier one, when
 * nothing between writes or rebinds x (may_alias: any array that may be
 * its memory) and no label lies between (the earlier gather then ran
 * whenever the later one would: the list runs in order, and only a jump
 * to a label enters it in the middle).  The copy itself is written by its
 * gather only.  Its allocation must be in the same list, after the
 * earlier gather (it is then removed too). */

typedef struct Rename { Var *from, *to; } Rename;

static void rename_load(IExpr **slot, void *ctx)
{
    Rename *r = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_LOAD && e->load.arr == r->from) e->load.arr = r->to;
}

/* the operands of whole-array statements (not expressions) */
static void rename_ops(PtrList *l, Rename *r)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        Var **v[2] = { NULL, NULL };
        switch (s->kind) {
        case IS_SCAN: v[0] = &s->op->scan.src; break;
        case IS_SORT: v[0] = &s->op->sort.keys; break;
        case IS_MATMUL: v[0] = &s->op->mm.a; v[1] = &s->op->mm.b; break;
        case IS_IF: rename_ops(&s->if_.then, r); rename_ops(&s->if_.els, r); break;
        case IS_LOOP: rename_ops(&s->loop.body, r); break;
        case IS_WHILE: rename_ops(&s->while_.pre, r); rename_ops(&s->while_.body, r); break;
        default: break;
        }
        for (int k = 0; k < 2; k++)
            if (v[k] && *v[k] == r->from) *v[k] = r->to;
    }
}

static int alloc_of(const PtrList *l, int before, const Var *v)
{
    for (int i = 0; i < before; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ALLOC && s->alloc == v) return i;
    }
    return -1;
}

void dist_one_gather(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_IF) { dist_one_gather(&s->if_.then); dist_one_gather(&s->if_.els); continue; }
        if (s->kind == IS_LOOP) { dist_one_gather(&s->loop.body); continue; }
        if (s->kind == IS_WHILE) { dist_one_gather(&s->while_.pre); dist_one_gather(&s->while_.body); continue; }
        if (s->kind != IS_MPI || s->mpi.op != MPI_GATHER) continue;
        Var *x = s->mpi.arr;
        for (int j = i + 1; j < l->len; j++) {
            IStmt *t = l->items[j];
            if (t->kind == IS_LABEL) break;
            if (t->kind == IS_MPI && t->mpi.op == MPI_GATHER && t->mpi.arr == x) {
                int a = alloc_of(l, j, t->mpi.lo);
                if (a <= i) break;
                Rename r = { t->mpi.lo, s->mpi.lo };
                plist_remove(l, j);
                plist_remove(l, a);
                j -= 2;
                PtrList rest = { &l->items[j + 1], l->len - (j + 1), l->len - (j + 1) };
                ir_walk_stmts(&rest, rename_load, &r);
                rename_ops(&rest, &r);
                continue;
            }
            AccessSet acc = {0};
            analyze_access(t, NULL, &acc);
            bool w = access_writes(&acc, x) || access_rebinds(&acc, x);
            VEC_FREE(acc);
            if (w) break;
        }
    }
}
