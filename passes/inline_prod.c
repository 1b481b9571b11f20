/* inline_prod.c — compute an intermediate array where it is read.
 *
 * Before/after: PIR.  A parfor P that only builds an array t,
 *     alloc t;  parfor (i0 in 0..d0, i1 in 0..d1) { s = e; ...; t[i0, i1] = v }
 * followed in the same statement list by a loop nest C that reads t once,
 *     parfor (x in 0..d0) { ... parfor (y in 0..d1) reduce(...) { ...; z = t[x, y]; ... } ... }
 * becomes C alone, with P's body in place of the load (i0, i1 renamed to
 * x, y):  ...; s = e'; z = v'; ...  This is how `sum(a * b, 1)` (a map read
 * row by row by a reduction inside a comprehension) becomes one loop nest
 * with no temporary: fusion cannot merge P into C, whose loops have
 * another shape.
 *
 * Legality:
 *  - t is mentioned nowhere else (its alloc, P's one store, C's one load):
 *    nothing else reads it, it is not copied, returned or viewed;
 *  - P's body is straight-line: assignments to scalars that nothing outside
 *    P mentions, then the store t[i0, i1, ...] = v at P's own indices; no
 *    reduction, nothing that may trap (an integer division; a check is a
 *    statement P may not have): so evaluating P's body somewhere else, and
 *    only where t is read, changes nothing observable;
 *  - P runs over exactly t's extents (0..d_k), and the loops around the load
 *    in C (C included) have exactly the load's indices, distinct, each over
 *    0..d_k: every element is computed once, as before, and the load sits
 *    only under loops and ifs (no while that would repeat it);
 *  - no statement after P up to and including C writes anything P's body
 *    reads (an array it loads, a scalar other than its own), so the value
 *    computed at the load is the value P would have stored.
 * -O0 skips this pass. */
#include "passes.h"
#include "access.h"
#include <string.h>

enum { INLINE_LOOKAHEAD = 64 };

static bool ext_is(const IExpr *e, Ext x)
{
    if (x.var) return e->kind == IE_VAR && e->var == x.var;
    return e->kind == IE_CONST && e->c.i == x.c;
}

static bool zero(const IExpr *e) { return e->kind == IE_CONST && e->c.i == 0; }

typedef struct Count { const Var *t; int loads, other; } Count;

static void count_expr(IExpr **slot, void *ctx)
{
    Count *c = ctx;
    if ((*slot)->kind == IE_LOAD && (*slot)->load.arr == c->t) c->loads++;
    if ((*slot)->kind == IE_VAR && (*slot)->var == c->t) c->other++;
}

/* Mentions of each variable, to decide "nothing else mentions it". */
static void count_mentions(const PtrList *l, int *n)
{
    AccessSet a = {0};
    analyze_access_list(l, NULL, &a);
    for (int i = 0; i < a.len; i++) n[a.items[i].v->id]++;
    VEC_FREE(a);
}

/* P's shape: a parfor over exactly t's extents whose body is scalar
 * assignments then t[i0, ...] = v at its indices; returns t or NULL. */
static Var *producer_of(const IStmt *p)
{
    if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR || p->loop.reds.len || !p->loop.body.len) return NULL;
    const IStmt *st = p->loop.body.items[p->loop.body.len - 1];
    if (st->kind != IS_STORE) return NULL;
    Var *t = st->store.arr;
    if (t->rank != p->loop.rank || (t->kind != V_TEMP && t->kind != V_LOCAL) || t->is_mutable || t->param_mask
        || t->reshaped || expr_may_trap(st->store.val))
        return NULL;
    for (int d = 0; d < t->rank; d++) {
        const IExpr *ix = st->store.idx[d];
        if (ix->kind != IE_VAR || ix->var != p->loop.idx[d] || !zero(p->loop.lo[d]) || !ext_is(p->loop.hi[d], t->dims[d]))
            return NULL;
    }
    for (int i = 0; i + 1 < p->loop.body.len; i++) {
        const IStmt *s = p->loop.body.items[i];
        /* a scalar of P's own: its one assignment and its uses, all in P */
        if (s->kind != IS_ASSIGN || s->assign.dst->rank || expr_may_trap(s->assign.val)) return NULL;
    }
    return t;
}

/* Is v assigned in P (one of its own scalars) or one of P's indices? */
static bool own_of(const IStmt *p, const Var *v)
{
    for (int d = 0; d < p->loop.rank; d++) if (p->loop.idx[d] == v) return true;
    for (int i = 0; i + 1 < p->loop.body.len; i++)
        if (((IStmt *)p->loop.body.items[i])->assign.dst == v) return true;
    return false;
}

/* Are P's own scalars mentioned only inside P? */
static bool scalars_private(const IStmt *p, const int *mentions)
{
    AccessSet a = {0};
    analyze_access(p, NULL, &a);
    bool ok = true;
    for (int i = 0; i + 1 < p->loop.body.len && ok; i++) {
        const Var *v = ((IStmt *)p->loop.body.items[i])->assign.dst;
        int n = 0;
        for (int k = 0; k < a.len; k++) n += a.items[k].v == v;
        ok = n == mentions[v->id];
    }
    VEC_FREE(a);
    return ok;
}

/* The reads of P other than of its own scalars and indices (own_of asked
 * once per access here, not once per access for every statement after P:
 * that was cubic in the size of a long loop body). */
static void inputs_of(const IStmt *p, const AccessSet *pin, AccessSet *out)
{
    for (int k = 0; k < pin->len; k++) {
        const Access *r = &pin->items[k];
        if (!r->write && !own_of(p, r->v)) VEC_PUSH(*out, *r);
    }
}

/* Does s write anything P reads (its inputs, above)? */
static bool writes_inputs(const IStmt *s, const AccessSet *in)
{
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    bool hit = false;
    for (int i = 0; i < a.len && !hit; i++) {
        const Access *w = &a.items[i];
        if (!w->write) continue;
        for (int k = 0; k < in->len && !hit; k++) hit = access_conflict(w, &in->items[k]);
    }
    VEC_FREE(a);
    return hit;
}

/* The place of the load of t in C: the statement list and index of the
 * statement whose own expressions hold it, and the loops around it. */
typedef struct Site { PtrList *list; int at; const IStmt *loops[8]; int nloops; bool ok; } Site;

static bool holds_load(const IStmt *s, const Var *t)
{
    Count c = { t, 0, 0 };
    switch (s->kind) {
    case IS_ASSIGN: ir_walk_expr((IExpr **)&s->assign.val, count_expr, &c); break;
    case IS_STORE:
        for (int d = 0; d < s->store.n; d++) ir_walk_expr((IExpr **)&s->store.idx[d], count_expr, &c);
        ir_walk_expr((IExpr **)&s->store.val, count_expr, &c);
        break;
    case IS_CHECK: ir_walk_expr((IExpr **)&s->check.cond, count_expr, &c); break;
    case IS_IF: ir_walk_expr((IExpr **)&s->if_.cond, count_expr, &c); break;
    default: break;
    }
    return c.loads > 0;
}

static bool mentions_t(const IStmt *s, const Var *t)
{
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    bool m = false;
    for (int i = 0; i < a.len && !m; i++) m = a.items[i].v == t;
    VEC_FREE(a);
    return m;
}

static void find_site(PtrList *l, const Var *t, Site *st)
{
    for (int i = 0; i < l->len && !st->list; i++) {
        IStmt *s = l->items[i];
        if (!mentions_t(s, t)) continue;
        if (holds_load(s, t)) { st->list = l; st->at = i; st->ok = true; return; }
        switch (s->kind) {
        case IS_LOOP:
            for (int k = 0; k < s->loop.reds.len; k++) {     /* in a reduction's value: not handled */
                Count c = { t, 0, 0 };
                ir_walk_expr(&((Reduction *)s->loop.reds.items[k])->value, count_expr, &c);
                if (c.loads) return;
            }
            if (st->nloops == 8) return;
            st->loops[st->nloops++] = s;
            find_site(&s->loop.body, t, st);
            if (!st->list) st->nloops--;
            return;
        case IS_IF:
            find_site(&s->if_.then, t, st);
            if (!st->list) find_site(&s->if_.els, t, st);
            return;
        default:
            return;     /* a while loop, a loop bound: not handled */
        }
    }
}

typedef struct Found { const Var *t; IExpr *ld; } Found;

static void find_load(IExpr **slot, void *ctx)
{
    Found *f = ctx;
    if ((*slot)->kind == IE_LOAD && (*slot)->load.arr == f->t) f->ld = *slot;
}

typedef struct Ren { const IStmt *p; IExpr *const *to; const Var *t; IExpr *val; } Ren;

static void rename_idx(IExpr **slot, void *ctx)
{
    const Ren *r = ctx;
    if ((*slot)->kind != IE_VAR) return;
    for (int d = 0; d < r->p->loop.rank; d++)
        if ((*slot)->var == r->p->loop.idx[d]) { *slot = ir_clone_expr(r->to[d]); return; }
}

static void replace_load(IExpr **slot, void *ctx)
{
    const Ren *r = ctx;
    if ((*slot)->kind == IE_LOAD && (*slot)->load.arr == r->t) *slot = ir_clone_expr(r->val);
}

/* Tries to inline the producer at l[i]; true if it did (and removed it). */
static bool try_inline(PtrList *l, int i, const int *mentions)
{
    IStmt *p = l->items[i];
    Var *t = producer_of(p);
    if (!t || !scalars_private(p, mentions)) return false;
    /* t: its alloc (before P, in this list), P's store and one load
       elsewhere, nothing more */
    if (mentions[t->id] != 3) return false;
    bool alloced = false;
    for (int k = 0; k < i && !alloced; k++)
        alloced = ((IStmt *)l->items[k])->kind == IS_ALLOC && ((IStmt *)l->items[k])->alloc == t;
    if (!alloced) return false;
    AccessSet pin = {0}, in = {0};
    analyze_access(p, NULL, &pin);
    inputs_of(p, &pin, &in);
    bool ok = false;
    /* the reader is looked for among the next INLINE_LOOKAHEAD statements:
       linear in the list, not quadratic (fusion bounds its look-back alike) */
    int stop = l->len < i + 1 + INLINE_LOOKAHEAD ? l->len : i + 1 + INLINE_LOOKAHEAD;
    for (int j = i + 1; j < stop; j++) {
        IStmt *c = l->items[j];
        if (writes_inputs(c, &in)) break;
        if (!mentions_t(c, t)) continue;
        if (c->kind != IS_LOOP) break;
        Site st = {0};
        st.loops[st.nloops++] = c;
        find_site(&c->loop.body, t, &st);
        if (!st.ok) break;
        IStmt *s = st.list->items[st.at];
        /* the load's indices: the loops' indices, each over t's extent */
        Count cnt = { t, 0, 0 };
        ir_walk_stmts(&c->loop.body, count_expr, &cnt);
        if (cnt.loads != 1 || cnt.other) break;
        IExpr **slots[8];
        int nslots = 0;
        switch (s->kind) {
        case IS_ASSIGN: slots[nslots++] = &s->assign.val; break;
        case IS_STORE:
            for (int d = 0; d < s->store.n; d++) slots[nslots++] = &s->store.idx[d];
            slots[nslots++] = &s->store.val;
            break;
        case IS_CHECK: slots[nslots++] = &s->check.cond; break;
        case IS_IF: slots[nslots++] = &s->if_.cond; break;
        default: break;
        }
        Found fd = { t, NULL };
        for (int k = 0; k < nslots; k++) ir_walk_expr(slots[k], find_load, &fd);
        IExpr *ld = fd.ld;
        if (!ld || ld->load.n != t->rank) break;
        int nidx = 0;
        for (int q = 0; q < st.nloops; q++) nidx += st.loops[q]->loop.rank;
        if (nidx != t->rank) break;
        bool match = true;
        for (int d = 0; d < t->rank && match; d++) {
            const IExpr *x = ld->load.idx[d];
            match = false;
            if (x->kind != IE_VAR) break;
            for (int q = 0; q < st.nloops && !match; q++)
                for (int k = 0; k < st.loops[q]->loop.rank && !match; k++)
                    match = st.loops[q]->loop.idx[k] == x->var && zero(st.loops[q]->loop.lo[k])
                            && ext_is(st.loops[q]->loop.hi[k], t->dims[d]);
            for (int e = 0; e < d && match; e++)
                match = ld->load.idx[e]->var != x->var;
        }
        if (!match) break;
        if (st.list->len + p->loop.body.len > PIR_MAX_BODY) break;     /* (passes.h) */
        /* move P's scalar statements before s, renamed; the load becomes v */
        Ren rn = { p, ld->load.idx, t, NULL };
        IStmt *store = p->loop.body.items[p->loop.body.len - 1];
        for (int k = 0; k + 1 < p->loop.body.len; k++) {
            IStmt *a = p->loop.body.items[k];
            ir_walk_expr(&a->assign.val, rename_idx, &rn);
            plist_insert(st.list, st.at++, a);
        }
        ir_walk_expr(&store->store.val, rename_idx, &rn);
        rn.val = store->store.val;
        for (int k = 0; k < nslots; k++) ir_walk_expr(slots[k], replace_load, &rn);
        for (int k = 0; k < p->loop.fused.len; k++) plist_push(&c->loop.fused, p->loop.fused.items[k]);
        plist_push(&c->loop.fused, arena_printf("inlined:%s", t->name));
        plist_remove(l, i);
        ok = true;
        break;
    }
    VEC_FREE(pin);
    VEC_FREE(in);
    return ok;
}

static void inline_list(IrFunc *f, PtrList *l, int *mentions);
static void inline_list(IrFunc *f, PtrList *l, int *mentions)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: inline_list(f, &s->if_.then, mentions); inline_list(f, &s->if_.els, mentions); break;
        case IS_WHILE: inline_list(f, &s->while_.pre, mentions); inline_list(f, &s->while_.body, mentions); break;
        case IS_LOOP:
            inline_list(f, &s->loop.body, mentions);
            /* the counts stay right: P's statements moved with their
               mentions, and t is never looked at again */
            if (try_inline(l, i, mentions)) i--;
            break;
        default: break;
        }
    }
}

void pass_inline_prod(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        int *mentions = xcalloc((size_t)f->vars.len + 1, sizeof(int));
        count_mentions(&f->body, mentions);
        inline_list(f, &f->body, mentions);
        free(mentions);
    }
}
