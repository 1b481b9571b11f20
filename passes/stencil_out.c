/* stencil_out.c — maps reading a stencil's results are computed in its
 * kernel (a stencil feeding a map, issue 14's stencil pipelines).
 *
 * Before/after: DIR.  In a statement list,
 *     o = A                                 (the written buffer's binding)
 *     stencil (i, j) over (o written, p) rounds 1 :mode { o[i, j] = e }
 *     t = map(|a_e, x_e| r, A, X)           (maps reading A at the element)
 *     u = map(|t_e| s, t)
 * becomes, when A and t are read nowhere else and u is,
 *     u = empty(); ou = u; xb = X
 *     stencil (i, j) over (p, xb, ou written) rounds 1 :mode {
 *         A_v = e; t_v = r[a_e := A_v, x_e := xb@(0, 0)]; u_v = s[t_v]; ou[i, j] = u_v }
 * so A and t are never built, and u is written in the same pass that
 * computes A's elements (the Harris detector's response R = det - k tr^2
 * of the window sums: three arrays written and read again, gone).  A map
 * result that is read after the maps gets a written buffer; a stencil
 * result read elsewhere keeps its store.
 *
 * Legality.  The stencil runs one round without rotation in a mode that
 * runs the kernel at every element (wraparound, mirror, clamp, src_zero;
 * not skip, which leaves the border alone, nor dst_zero, which zeroes it),
 * and each of its written buffers is stored exactly once, at the kernel's
 * top level, and never read by it: so after the node A[i, j] is the value
 * stored at (i, j), which the kernel has in A_v when its body ends.  The
 * written arrays are distinct and no other operand may share memory with
 * one.  A map is elementwise, of the stencil's rank, and reads its
 * operands at the element: an operand that is A, or a map result already
 * moved in, is that scalar; any other operand X (read at (0, ..) as a new
 * read-only buffer, never outside it) must hold at the stencil what it
 * holds at the map: between the stencil and the map only statements that
 * store to no array run (bindings, fills, maps, scalar arithmetic), none
 * of them assigns X, the map's scalars, or the extents of its result, and
 * X may not alias a written array.  At least one operand is a stencil or
 * map result, so the map's domain is the stencil's.  r is pure (constants,
 * its elements and scalars; no integer division that could fail), so
 * computing it earlier, at the same elements, changes nothing.  A result
 * that is dropped has no use but the maps moved in (and the binding) and
 * is a temporary or local, not a parameter, result or view; buffer 0 is
 * kept while the stencil's `last` names it.  -O0 skips this pass. */
#include "passes.h"
#include "access.h"

enum { MAX_MAPS = 64 };

/* What the kernel knows at its end: array -> scalar (a stencil result or a
 * map result moved in). */
typedef struct Chain {
    IrFunc *f;
    IStmt *st;
    PtrList *l;
    int at;
    Var *arr[MAX_MAPS + 8];
    Var *val[MAX_MAPS + 8];
    int n;
    int *uses;
    int nuses;
} Chain;

/* The index of array a among the known ones, or -1. */
static int known_at(const Chain *c, const Var *a)
{
    for (int k = 0; k < c->n; k++)
        if (c->arr[k] == a) return k;
    return -1;
}

/* Is v assigned by a statement in l between from and to (exclusive)? */
static bool assigned_between(const PtrList *l, int from, int to, const Var *v)
{
    for (int i = from + 1; i < to; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return true;
    }
    return false;
}

typedef struct Between { const PtrList *l; int from, to; const IExpr *mp; } Between;
/* a variable of a map's result: its element, or a scalar not assigned since the stencil */
static bool steady(const Var *v, void *ctx)
{
    const Between *b = ctx;
    for (int k = 0; k < b->mp->map.n; k++)
        if (b->mp->map.elems[k] == v) return true;
    return !assigned_between(b->l, b->from, b->to, v);
}

/* Stores to buffer b anywhere in l (top: only at its top level). */
static int stores_to(const PtrList *l, const Var *b, bool top)
{
    int n = 0;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_STORE && s->store.arr == b) n++;
        if (top) continue;
        switch (s->kind) {
        case IS_IF: n += stores_to(&s->if_.then, b, false) + stores_to(&s->if_.els, b, false); break;
        case IS_LOOP: n += stores_to(&s->loop.body, b, false); break;
        case IS_WHILE: n += stores_to(&s->while_.pre, b, false) + stores_to(&s->while_.body, b, false); break;
        default: break;
        }
    }
    return n;
}

typedef struct Reads { const Var *b; bool found; } Reads;
static void reads_buf(IExpr **slot, void *ctx)
{
    Reads *r = ctx;
    const IExpr *e = *slot;
    if ((e->kind == IE_SLOAD && e->sload.arr == r->b) || (e->kind == IE_VAR && e->var == r->b)) r->found = true;
}

/* Is written buffer b of st stored exactly once, at the kernel's top level,
 * and never read by the kernel (so after the node its element is the value
 * stored there)? */
bool stencil_result_plain(const IStmt *st, const Var *b)
{
    Reads rd = { b, false };
    ir_walk_stmts((PtrList *)&st->sten.body, reads_buf, &rd);
    return !rd.found && stores_to(&st->sten.body, b, false) == 1 && stores_to(&st->sten.body, b, true) == 1;
}

/* Can the map at l[j] move into the kernel?  Its operands: known scalars
 * (at least one), or arrays of the stencil's rank that hold the same values
 * at the stencil and share no memory with what it writes. */
static bool movable(const Chain *c, int j, Var *const *written, int nw)
{
    const IStmt *s = c->l->items[j];
    if (s->kind != IS_ASSIGN || s->assign.val->kind != IE_MAP) return false;
    const IExpr *mp = s->assign.val;
    Var *t = s->assign.dst;
    if (mp->map.body.len || mp->map.keep || t->rank != c->st->sten.rank || t->is_mutable || t->kind == V_VIEW
        || known_at(c, t) >= 0)
        return false;
    for (int d = 0; d < t->rank; d++)
        if (t->dims[d].var && assigned_between(c->l, c->at, j, t->dims[d].var)) return false;
    Between b = { c->l, c->at, j, mp };
    if (!dir_pure_expr(mp->map.result, steady, &b)) return false;
    bool known = false;
    for (int k = 0; k < mp->map.n; k++) {
        Var *a = mp->map.args[k];
        if (known_at(c, a) >= 0) { known = true; continue; }
        if (a->rank != t->rank || a->kind == V_VIEW || assigned_between(c->l, c->at, j, a)) return false;
        for (int w = 0; w < nw; w++)
            if (dir_aliased(a, written[w])) return false;
    }
    return known;
}

/* The map's result with each element replaced by its scalar or a read of its buffer at offset 0. */
typedef struct Sub { const Chain *c; const IExpr *mp; Var **bufs; } Sub;
static void sub_elem(IExpr **slot, void *ctx)
{
    Sub *u = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_VAR) return;
    for (int k = 0; k < u->mp->map.n; k++) {
        if (u->mp->map.elems[k] != e->var) continue;
        int x = known_at(u->c, u->mp->map.args[k]);
        if (x >= 0) {
            *slot = ir_varref(u->c->val[x], e->span);
        } else {
            IExpr *ld = ir_expr(IE_SLOAD, e->ty, e->span);
            ld->sload.arr = u->bufs[k];
            ld->sload.n = u->c->st->sten.rank;
            for (int d = 0; d < ld->sload.n; d++) ld->sload.off[d] = 0;
            *slot = ld;
        }
        return;
    }
}

static IStmt *store_at(const IStmt *st, Var *b, Var *v, Span s)
{
    IStmt *z = ir_stmt(IS_STORE, s);
    z->store.arr = b;
    z->store.n = st->sten.rank;
    for (int d = 0; d < z->store.n; d++) z->store.idx[d] = ir_varref(st->sten.idx[d], s);
    z->store.val = ir_varref(v, s);
    return z;
}

static bool g_mpi;      /* --mpi: no sums moved in (distribute combines loops' sums, not a stencil's) */

/* Is s `acc = sum(A)` of a known array, a float sum into a scalar assigned
 * only here?  (Moved into the kernel, every element adds A's scalar; the
 * regions of the stencil add to one sum, which is 0 before the node.
 * Float: integer sums have per-loop unsigned shadows.  A later map that
 * reads acc sees it assigned since the stencil and is not moved.) */
static bool sum_movable(const Chain *c, const IStmt *s)
{
    if (g_mpi || s->kind != IS_ASSIGN || s->assign.val->kind != IE_REDUCE) return false;
    const Var *acc = s->assign.dst;
    const IExpr *e = s->assign.val;
    return e->red.op == RED_SUM && acc->rank == 0 && ty_is_float_kind(acc->elem) && !acc->is_mutable
           && (acc->kind == V_TEMP || acc->kind == V_LOCAL) && known_at(c, e->red.arr) >= 0
           && e->red.arr->elem == acc->elem;
}

/* Moves the maps after the stencil l[at] into it; true when it did. */
static bool absorb(IrFunc *f, PtrList *l, int at, int *uses, int nuses)
{
    IStmt *st = l->items[at];
    int mode = st->sten.mode;
    if (st->sten.fused.len) return false;       /* done once (the counts of uses are from before) */
    if ((mode != ST_WRAP && mode != ST_MIRROR && mode != ST_CLAMP && mode != ST_SRC_ZERO) || st->sten.perm
        || !st->sten.rounds || st->sten.rounds->kind != IE_CONST || st->sten.rounds->c.i != 1)
        return false;
    Chain c = { .f = f, .st = st, .l = l, .at = at, .uses = uses, .nuses = nuses };
    int nb = st->sten.nbuf;
    Var *written[16];
    int wq[16], nw = 0;
    for (int q = 0; q < nb; q++) {
        if (!st->sten.written[q]) continue;
        Var *b = st->sten.cur[q];
        int bi = dir_binding_of(l, at, b);
        if (nw == 16 || bi < 0 || !stencil_result_plain(st, b)) return false;
        Var *a = ((IStmt *)l->items[bi])->assign.val->var;
        for (int w = 0; w < nw; w++)
            if (dir_aliased(a, written[w])) return false;
        written[nw] = a;
        wq[nw++] = q;
        c.arr[c.n++] = a;
    }
    for (int q = 0; q < nb; q++)       /* no read-only operand shares memory with a written array */
        for (int w = 0; w < nw && !st->sten.written[q]; w++) {
            int bi = dir_binding_of(l, at, st->sten.cur[q]);
            if (bi < 0 || dir_aliased(((IStmt *)l->items[bi])->assign.val->var, written[w])) return false;
        }
    /* the maps that follow, in order, while only harmless statements run,
       and float sums of their results or the stencil's */
    int moved[MAX_MAPS], nm = 0, ns = 0;
    IStmt *sums[MAX_MAPS];
    for (int j = at + 1; j < l->len && nm < MAX_MAPS && c.n < MAX_MAPS + 8; j++) {
        IStmt *s = l->items[j];
        if (ns < MAX_MAPS && sum_movable(&c, s)) { sums[ns++] = s; continue; }
        if (!dir_harmless(s)) break;
        if (!movable(&c, j, written, nw)) continue;
        moved[nm++] = j;
        c.arr[c.n++] = s->assign.dst;
    }
    if (!nm && !ns) return false;
    /* mentions of each known array by the maps moved in */
    int inner[MAX_MAPS + 8] = {0};
    for (int k = 0; k < ns; k++) inner[known_at(&c, sums[k]->assign.val->red.arr)]++;
    for (int m = 0; m < nm; m++) {
        const IExpr *mp = ((IStmt *)l->items[moved[m]])->assign.val;
        for (int k = 0; k < mp->map.n; k++)
            for (int x = 0; x < c.n; x++)
                if (c.arr[x] == mp->map.args[k]) inner[x]++;
    }
    /* kept: read elsewhere (a stencil result: beyond its binding), or not ours to drop */
    bool keep[MAX_MAPS + 8];
    int nkeep = 0;
    for (int x = 0; x < c.n; x++) {
        Var *a = c.arr[x];
        int other = (a->id <= nuses ? uses[a->id] : 1) - inner[x] - (x < nw ? 1 : 0);
        /* a stencil result also named otherwise (`v = o` after it: the runStencil
           value) is kept: its class is the array and the buffer alone */
        const Var *bv = x < nw ? st->sten.cur[wq[x]] : NULL;
        bool named = x < nw ? dir_class_size(a) > 2 || (bv->id <= nuses && uses[bv->id]) : dir_class_size(a) > 1;
        keep[x] = other > 0 || named || (a->kind != V_TEMP && a->kind != V_LOCAL)
                  || (x < nw && wq[x] == 0 && st->sten.last);
        nkeep += keep[x];
    }
    if (!nkeep && !ns) return false;    /* nothing observable: leave it to dce */
    Span sp = st->span;
    for (int x = 0; x < c.n; x++) c.val[x] = ir_var(f, arena_printf("%s_v", c.arr[x]->name), c.arr[x]->elem, 0, V_TEMP, sp);
    /* the kernel: each store of a result into its scalar (and the store, if kept) */
    PtrList body = {0};
    for (int i = 0; i < st->sten.body.len; i++) {
        IStmt *s = st->sten.body.items[i];
        int x = -1;
        for (int w = 0; w < nw && s->kind == IS_STORE; w++)
            if (s->store.arr == st->sten.cur[wq[w]]) x = w;
        if (x < 0) { plist_push(&body, s); continue; }
        plist_push(&body, ir_assign(c.val[x], s->store.val, s->span));
        if (keep[x]) plist_push(&body, store_at(st, s->store.arr, c.val[x], s->span));
    }
    /* the new buffers: kept results written, other operands read */
    int cap = nb + 2 * nm + 1, n2 = 0;
    Var **cur = arena_alloc(sizeof(Var *) * (size_t)cap);
    bool *wr = arena_alloc(sizeof(bool) * (size_t)cap);
    for (int q = 0; q < nb; q++) {
        bool drop = false;
        for (int w = 0; w < nw; w++) drop |= wq[w] == q && !keep[w];
        if (drop) {
            plist_remove(l, dir_binding_of(l, at, st->sten.cur[q]));
            at--;
            for (int m = 0; m < nm; m++) moved[m]--;
            continue;
        }
        cur[n2] = st->sten.cur[q];
        wr[n2++] = st->sten.written[q];
    }
    for (int m = 0; m < nm; m++) {
        IStmt *ms = l->items[moved[m]];
        IExpr *mp = ms->assign.val;
        Var **bufs = arena_alloc(sizeof(Var *) * (size_t)(mp->map.n + 1));
        for (int k = 0; k < mp->map.n; k++) {
            Var *a = mp->map.args[k];
            bufs[k] = NULL;
            if (known_at(&c, a) >= 0) continue;
            for (int q = 0; q < n2 && !bufs[k]; q++) {      /* a read-only buffer bound to a serves */
                int qb = wr[q] ? -1 : dir_binding_of(l, at, cur[q]);
                if (qb >= 0 && ((IStmt *)l->items[qb])->assign.val->var == a) bufs[k] = cur[q];
            }
            if (bufs[k]) continue;
            Var *b = ir_var(f, arena_printf("%s_b", a->name), a->elem, a->rank, V_TEMP, sp);
            for (int d = 0; d < a->rank; d++) b->dims[d] = a->dims[d];
            plist_insert(l, at, ir_assign(b, ir_varref(a, sp), sp));
            at++;
            for (int r = 0; r < nm; r++) moved[r]++;
            cur[n2] = b;
            wr[n2++] = false;
            bufs[k] = b;
        }
        Var *t = ms->assign.dst;
        Var *tv = c.val[nw + m];
        Sub u = { &c, mp, bufs };
        IExpr *val = ir_clone_expr(mp->map.result);
        ir_walk_expr(&val, sub_elem, &u);
        plist_push(&body, ir_assign(tv, val, ms->span));
        int line, col;
        span_linecol(ms->span, &line, &col);
        plist_push(&st->sten.fused, arena_printf("%s@line %d", mp->map.what, line));
        int x = nw + m;
        if (!keep[x]) {
            plist_remove(l, moved[m]);
            for (int r = m + 1; r < nm; r++) moved[r]--;
            continue;
        }
        /* t gets a buffer: allocated before the stencil, written by the kernel */
        IExpr *fill = ir_expr(IE_FILL, t->elem, ms->span);
        ms->assign.val = fill;
        plist_remove(l, moved[m]);
        plist_insert(l, at, ms);
        at++;
        Var *tb = ir_var(f, arena_printf("%s_o", t->name), t->elem, t->rank, V_TEMP, sp);
        for (int d = 0; d < t->rank; d++) tb->dims[d] = t->dims[d];
        plist_insert(l, at, ir_assign(tb, ir_varref(t, sp), sp));
        at++;
        for (int r = m + 1; r < nm; r++) moved[r]++;     /* removed after the stencil, two inserted before */
        cur[n2] = tb;
        wr[n2++] = true;
        plist_push(&body, store_at(st, tb, tv, ms->span));
    }
    if (n2 > cap) ice("stencil-out: %d buffers, room for %d", n2, cap);
    /* the sums: acc += the element's value, in every region of the stencil (lower-pir) */
    for (int k = 0; k < ns; k++) {
        IStmt *ss = sums[k];
        Reduction *r = NEW(Reduction);
        r->op = RED_SUM;
        r->acc = ss->assign.dst;
        r->value = ir_varref(c.val[known_at(&c, ss->assign.val->red.arr)], ss->span);
        plist_push(&st->sten.reds, r);
        int line, col;
        span_linecol(ss->span, &line, &col);
        plist_push(&st->sten.fused, arena_printf("sum@line %d", line));
        for (int i = at + 1; i < l->len; i++)
            if (l->items[i] == ss) { plist_remove(l, i); break; }
    }
    st->sten.body = body;
    st->sten.cur = cur;
    st->sten.written = wr;
    st->sten.nbuf = n2;
    return true;
}

void pass_stencil_out(IrProgram *p)
{
    g_mpi = p->mpi;
    if (p->fuse) dir_each_stencil(p, absorb);
}
