/* stencil_inline.c — a map read only by a stencil is computed where the
 * stencil reads it (a map feeding a stencil, issue 14's stencil pipelines).
 *
 * Before/after: DIR.  In a statement list,
 *     t = map(|x_e, y_e| r, x, y)          (no statements, a pure r)
 *     ...                                   (no stores, stencils or loops)
 *     p = t                                 (t's only use)
 *     stencil (i) over (o written, p) rounds 1 :mode { o[i] = p@(-1) + p@(1) }
 * becomes
 *     px = x; py = y
 *     stencil (i) over (o written, px, py) rounds 1 :mode {
 *         o[i] = r[x_e := px@(-1), y_e := py@(-1)] + r[x_e := px@(1), y_e := py@(1)] }
 * and t is never built: the array t (a write and a read of every element)
 * is gone, at the price of evaluating r once per read instead of once per
 * element (Halide's compute_at at the stencil; the Harris detector's
 * products ix * ix, ix * iy, iy * iy feeding the window sums).
 *
 * Legality: the map is elementwise, so t's element at any index is r of
 * its operands' elements at that index; t and its operands have the
 * stencil buffer's shape.  A stencil read p@(o) reads t at the element plus
 * o, mapped by the boundary mode where that leaves the buffer: wrap, mirror
 * and clamp map the index, the same map for every buffer of that shape, so
 * r of the operands read at the mapped index is t read there; skip and
 * dst_zero never read outside the buffers.  src_zero reads 0 outside, which
 * r of zeros need not be: that mode is left alone.  The operands hold the
 * values the map read: nothing between the map and the stencil stores to
 * an array or rebinds one (only maps, fills and bindings run there), and no
 * operand may share memory with a buffer the stencil writes (one round:
 * its reads see the buffers as they were before it).  t has no other use
 * (counted over the function), nor does p.  r is pure (no integer division
 * that could fail: evaluating it several times, or at no element, must
 * change nothing), and its scalars are constants or the map's elements.
 * -O0 skips this pass. */
#include "passes.h"
#include "access.h"
#include <stdlib.h>

/* Is e pure scalar code (no loads, no complex values, no integer division
 * that could fail: evaluating it several times, at other times or not at
 * all changes nothing) made of constants and variables ok_var accepts? */
bool dir_pure_expr(const IExpr *e, bool (*ok_var)(const Var *, void *), void *ctx)
{
    if (!e) return true;
    if (ty_is_complex_kind(e->ty)) return false;
    switch (e->kind) {
    case IE_CONST: return true;
    case IE_VAR: return e->var->rank == 0 && ok_var(e->var, ctx);
    case IE_UNOP: return dir_pure_expr(e->op.a, ok_var, ctx);
    case IE_BINOP:
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) && ty_is_int_kind(e->op.opk)
            && !ir_safe_divisor(e))
            return false;
        return dir_pure_expr(e->op.a, ok_var, ctx) && dir_pure_expr(e->op.b, ok_var, ctx);
    case IE_CALL: return dir_pure_expr(e->call.a, ok_var, ctx) && dir_pure_expr(e->call.b, ok_var, ctx);
    case IE_CONV: return dir_pure_expr(e->conv, ok_var, ctx);
    case IE_SELECT:
        return dir_pure_expr(e->sel.c, ok_var, ctx) && dir_pure_expr(e->sel.a, ok_var, ctx) && dir_pure_expr(e->sel.b, ok_var, ctx);
    default: return false;
    }
}

/* Is v one of the map's elements? */
static bool map_elem(const Var *v, void *ctx)
{
    const IExpr *mp = ctx;
    for (int k = 0; k < mp->map.n; k++)
        if (mp->map.elems[k] == v) return true;
    return false;
}

/* A statement that may run between a map and a stencil: a binding, a
 * map, a fill (empty, zeros) or a scalar assignment without loads; it
 * stores to no array. */
bool dir_harmless(const IStmt *s)
{
    if (s->kind != IS_ASSIGN) return false;
    switch (s->assign.val->kind) {
    case IE_VAR: case IE_MAP: case IE_FILL: case IE_CONST: case IE_BINOP: case IE_UNOP: return true;
    default: return false;
    }
}

/* The index of the binding `v = X` of stencil buffer v in l before at, or -1. */
int dir_binding_of(const PtrList *l, int at, const Var *v)
{
    for (int i = at - 1; i >= 0; i--) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return s->assign.val->kind == IE_VAR ? i : -1;
    }
    return -1;
}

/* In a copy of r for the read `rd` (p@(o)): each element x_e becomes x's new buffer @(o). */
typedef struct Sub { const IExpr *mp; Var **bufs; const IExpr *rd; } Sub;
static void sub_elem(IExpr **slot, void *ctx)
{
    Sub *u = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_VAR) return;
    for (int k = 0; k < u->mp->map.n; k++)
        if (u->mp->map.elems[k] == e->var) {
            IExpr *ld = ir_expr(IE_SLOAD, e->ty, e->span);
            ld->sload.arr = u->bufs[k];
            ld->sload.n = u->rd->sload.n;
            for (int d = 0; d < ld->sload.n; d++) ld->sload.off[d] = u->rd->sload.off[d];
            *slot = ld;
            return;
        }
}

typedef struct Repl { Var *buf; const IExpr *mp; Var **bufs; } Repl;
static void replace_reads(IExpr **slot, void *ctx)
{
    Repl *r = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_SLOAD || e->sload.arr != r->buf) return;
    IExpr *v = ir_clone_expr(r->mp->map.result);
    Sub u = { r->mp, r->bufs, e };
    ir_walk_expr(&v, sub_elem, &u);
    *slot = v;
}

/* Tries to inline one map into the stencil l[at]; true when it did. */
static bool inline_one(IrFunc *f, PtrList *l, int at, int *uses, int nuses)
{
    IStmt *st = l->items[at];
    if (st->sten.mode == ST_SRC_ZERO || st->sten.perm || !st->sten.rounds || st->sten.rounds->kind != IE_CONST
        || st->sten.rounds->c.i != 1)
        return false;
    for (int p = 1; p < st->sten.nbuf; p++) {     /* not buffer 0: the stencil's value and `last` name it */
        Var *buf = st->sten.cur[p];
        /* (a buffer this pass made, numbered past the count, has no use but the stencil's reads) */
        if (st->sten.written[p] || buf == st->sten.last || (buf->id <= nuses && uses[buf->id])) continue;
        int bi = dir_binding_of(l, at, buf);
        if (bi < 0) continue;
        Var *t = ((IStmt *)l->items[bi])->assign.val->var;
        if (t->id > nuses || uses[t->id] != 1) continue;
        int mi = -1;
        for (int i = bi - 1; i >= 0 && mi < 0; i--) {
            const IStmt *s = l->items[i];
            if (s->kind == IS_ASSIGN && s->assign.dst == t) mi = i;
        }
        if (mi < 0) continue;
        const IExpr *mp = ((IStmt *)l->items[mi])->assign.val;
        if (mp->kind != IE_MAP || mp->map.body.len || mp->map.keep || !dir_pure_expr(mp->map.result, map_elem, (void *)mp)) continue;
        bool ok = true;
        for (int i = mi + 1; i < at && ok; i++) {
            const IStmt *s = l->items[i];
            ok = dir_harmless(s);
            for (int k = 0; k < mp->map.n && ok; k++) ok = s->assign.dst != mp->map.args[k];   /* not rebound */
        }
        /* no operand shares memory with a buffer the stencil writes */
        for (int q = 0; q < st->sten.nbuf && ok; q++) {
            if (!st->sten.written[q]) continue;
            int wb = dir_binding_of(l, at, st->sten.cur[q]);
            if (wb < 0) { ok = false; break; }
            const Var *w = ((IStmt *)l->items[wb])->assign.val->var;
            for (int k = 0; k < mp->map.n && ok; k++)
                ok = !dir_aliased(mp->map.args[k], w);    /* one round, no rotation: cur[q] holds w */
        }
        /* no view operand: a stencil buffer cannot be one, and a view shares the memory of
           an array a written buffer may be (found by make fuzz, seed 3019936200 program 185) */
        for (int k = 0; k < mp->map.n && ok; k++) ok = mp->map.args[k]->rank == buf->rank && mp->map.args[k]->kind != V_VIEW;
        if (!ok) continue;
        /* new buffers for the operands, bound just before the stencil */
        int n = mp->map.n;
        Var **bufs = arena_alloc(sizeof(Var *) * (size_t)(n + 1));
        int fresh = 0;
        for (int k = 0; k < n; k++) {
            Var *a = mp->map.args[k];
            /* a read-only buffer (or an operand before it) bound to the same array serves */
            bufs[k] = NULL;
            for (int q = 0; q < st->sten.nbuf && !bufs[k]; q++) {
                int qb = q == p || st->sten.written[q] ? -1 : dir_binding_of(l, at, st->sten.cur[q]);
                if (qb >= 0 && ((IStmt *)l->items[qb])->assign.val->var == a) bufs[k] = st->sten.cur[q];
            }
            for (int q = 0; q < k && !bufs[k]; q++)
                if (mp->map.args[q] == a) bufs[k] = bufs[q];
            if (bufs[k]) continue;
            Var *b = ir_var(f, arena_printf("%s_%s", buf->name, a->name), a->elem, a->rank, V_TEMP, st->span);
            for (int d = 0; d < a->rank; d++) b->dims[d] = buf->dims[d];
            bufs[k] = b;
            plist_insert(l, at, ir_assign(b, ir_varref(a, st->span), st->span));
            at++;
            fresh++;
        }
        Repl r = { buf, mp, bufs };
        ir_walk_stmts(&st->sten.body, replace_reads, &r);
        /* the stencil's buffers: p out, the operands in */
        int nb = st->sten.nbuf - 1 + fresh;
        Var **cur = arena_alloc(sizeof(Var *) * (size_t)(nb + 1));
        bool *wr = arena_alloc(sizeof(bool) * (size_t)(nb + 1));
        int j = 0;
        for (int q = 0; q < st->sten.nbuf; q++)
            if (q != p) { cur[j] = st->sten.cur[q]; wr[j] = st->sten.written[q]; j++; }
        for (int k = 0; k < n; k++) {
            bool seen = false;
            for (int q = 0; q < j; q++) seen |= cur[q] == bufs[k];
            if (!seen) { cur[j] = bufs[k]; wr[j] = false; j++; }
        }
        if (j != nb) ice("stencil-inline: %d buffers, expected %d", j, nb);
        st->sten.cur = cur;
        st->sten.written = wr;
        st->sten.nbuf = nb;
        /* the binding p = t and the map t go */
        plist_remove(l, bi);
        plist_remove(l, mi);
        return true;
    }
    return false;
}

/* ---- arrays bound to one another: `a = b` anywhere in the function, a
 * view and its base, in one class (the union of the bindings: any of them
 * may name the buffer of any other) ---- */
static int *g_cls, g_ncls;

static int cls_find(int x)
{
    while (g_cls[x] != x) x = g_cls[x] = g_cls[g_cls[x]];
    return x;
}

static void cls_unite(const Var *a, const Var *b)
{
    if (a->id >= g_ncls || b->id >= g_ncls) return;
    g_cls[cls_find(a->id)] = cls_find(b->id);
}

static void cls_stmts(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            const IExpr *v = s->assign.val;
            if (s->assign.dst->rank && v->kind == IE_VAR) cls_unite(s->assign.dst, v->var);
            if (v->kind == IE_MAP || v->kind == IE_COMPACT) cls_stmts(&v->map.body);
            if (v->kind == IE_GEN) cls_stmts(&v->gen.body);
            break;
        }
        case IS_IF: cls_stmts(&s->if_.then); cls_stmts(&s->if_.els); break;
        case IS_LOOP: cls_stmts(&s->loop.body); break;
        case IS_WHILE: cls_stmts(&s->while_.pre); cls_stmts(&s->while_.body); break;
        default: break;
        }
    }
}

bool dir_aliased(const Var *a, const Var *b)
{
    if (may_alias(a, b)) return true;
    if (!a->rank || !b->rank) return false;
    if (a->id >= g_ncls || b->id >= g_ncls) return false;       /* bound by the pass itself, to one use */
    return cls_find(a->id) == cls_find(b->id);
}

int dir_class_size(const Var *a)
{
    if (a->id >= g_ncls) return 1;
    int n = 0, c = cls_find(a->id);
    for (int i = 0; i < g_ncls; i++) n += cls_find(i) == c;
    return n;
}

/* The walk of the stencil passes: fn at every stencil node l[at] of every
 * statement list, again while it changes something (it may add and remove
 * statements around the node), with the uses of each variable counted
 * before the pass (dir_count_uses). */
static void walk(IrFunc *f, PtrList *l, int *uses, int nuses, StencilFn fn)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: walk(f, &s->if_.then, uses, nuses, fn); walk(f, &s->if_.els, uses, nuses, fn); break;
        case IS_LOOP: walk(f, &s->loop.body, uses, nuses, fn); break;
        case IS_WHILE: walk(f, &s->while_.pre, uses, nuses, fn); walk(f, &s->while_.body, uses, nuses, fn); break;
        case IS_STENCIL:
            while (fn(f, l, i, uses, nuses)) {
                for (i = 0; i < l->len && l->items[i] != s; i++) {}
            }
            break;
        default: break;
        }
    }
}

void dir_each_stencil(IrProgram *p, StencilFn fn)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        int nuses = f->vars.len;
        int *uses = dir_count_uses(f);
        g_ncls = f->vars.len + 1;
        g_cls = xcalloc((size_t)g_ncls, sizeof(int));
        for (int v = 0; v < g_ncls; v++) g_cls[v] = v;
        cls_stmts(&f->body);
        for (int v = 0; v < f->vars.len; v++) {
            const Var *x = f->vars.items[v];
            if (x->kind == V_VIEW && x->base) cls_unite(x, x->base);
        }
        walk(f, &f->body, uses, nuses, fn);
        free(uses);
        free(g_cls);
        g_cls = NULL;
        g_ncls = 0;
    }
}

void pass_stencil_inline(IrProgram *p)
{
    if (p->fuse) dir_each_stencil(p, inline_one);     /* each inlining: two statements fewer before s, operands bound */
}
