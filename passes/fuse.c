/* fuse.c — loop fusion in the Parallel IR.
 *
 * Before: PIR.  After: PIR where a parfor P1 followed (in the same statement
 * list) by a parfor P2 over provably equal bounds has been merged into one
 * loop at P2's position when that preserves every dependence:
 *   - every array that either loop writes and the other touches is accessed
 *     only at the loop indices in both loops, or at the loop indices plus
 *     the same invariant offsets in both (a[1 + i] in both loops: the range
 *     store a[1..n] -= e), so iteration i depends only on iteration i;
 *   - P2 does not read P1's reduction results;
 *   - the statements between them neither touch what P1 writes nor write
 *     what P1 reads (P1 moves down past them), or the same holds for P2
 *     (P2 moves up to P1), possibly once the allocations between them
 *     have moved above P1 (hoist_allocs: P2's own allocation is usually
 *     there).
 * Loads in P2 of an element P1 just stored become uses of the stored scalar,
 * so dce can then delete the intermediate array and its allocation.
 * -O0 skips this pass. */
#include "passes.h"
#include "access.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool same_bounds(const IStmt *a, const IStmt *b)
{
    if (a->loop.rank != b->loop.rank) return false;
    for (int d = 0; d < a->loop.rank; d++)
        if (!ir_same_atom(a->loop.lo[d], b->loop.lo[d]) || !ir_same_atom(a->loop.hi[d], b->loop.hi[d])) return false;
    return true;
}

static bool is_parfor(const IStmt *s) { return s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR; }

/* Variables declared inside a loop body are private to it. */
static bool assigned_in_body(const IStmt *lp, const Var *v)
{
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return true;
    }
    return false;
}

/* The accesses of a loop, cached in its `scratch` while this pass runs:
 * a parfor looks back at up to FUSE_LOOKBACK candidates, each of which
 * would otherwise be analysed again for every loop after it (quadratic in
 * a list of thousands of independent loops over equal bounds).  A loop's
 * entry is dropped when the loop changes (merge, or fusion in its body);
 * the entries are freed at the end of the pass (g_cached). */
static PtrList g_cached;

static const AccessSet *accesses(IStmt *s)
{
    if (!s->scratch) {
        AccessSet *a = xcalloc(1, sizeof *a);
        analyze_access(s, NULL, a);
        s->scratch = a;
        plist_push(&g_cached, s);
    }
    return s->scratch;
}

static void forget_accesses(IStmt *s)
{
    AccessSet *a = s->scratch;
    if (!a) return;
    VEC_FREE(*a);
    free(a);
    s->scratch = NULL;
}

/* ... of s and every statement nested in it (a merge renames indices and
 * replaces loads in both loops' bodies, nested loops included) */
static void forget_tree(IStmt *s);
static void forget_list(PtrList *l)
{
    for (int i = 0; i < l->len; i++) forget_tree(l->items[i]);
}

static void forget_tree(IStmt *s)
{
    forget_accesses(s);
    switch (s->kind) {
    case IS_IF: forget_list(&s->if_.then); forget_list(&s->if_.els); break;
    case IS_WHILE: forget_list(&s->while_.pre); forget_list(&s->while_.body); break;
    case IS_LOOP: forget_list(&s->loop.body); break;
    default: break;
    }
}

static void forget_all(void)
{
    for (int i = 0; i < g_cached.len; i++) forget_accesses(g_cached.items[i]);
    g_cached.len = 0;       /* (the list's storage is the arena's) */
}

static bool conflict_free(IStmt *p1, IStmt *p2)
{
    const AccessSet a = *accesses(p1), b = *accesses(p2);
    bool ok = true;
    for (int i = 0; i < a.len && ok; i++) {
        Access *x = &a.items[i];
        for (int j = 0; j < b.len && ok; j++) {
            Access *y = &b.items[j];
            if (!access_conflict(x, y)) continue;
            if (x->ptr || y->ptr) { ok = false; continue; }
            if (x->v->rank == 0) {
                /* scalars private to a loop body (and index variables) are
                 * per-iteration; anything else (a reduction result) orders the loops */
                if (x->v->kind == V_INDEX || assigned_in_body(p1, x->v) || assigned_in_body(p2, x->v)) continue;
                ok = false;
                continue;
            }
            if (!same_point(x, y)) ok = false;
        }
    }
    return ok;
}

/* ---- can a loop move past the statements between two loops? ----
 *
 * Loop P may move past statements S (down or up) when they touch nothing in
 * common that either writes (P's per-iteration scalars aside), and none of
 * them may jump out (a label, a goto or a return, or one nested inside).
 *
 * The statements between a candidate P1 and P2 are summarised once per P2
 * and extended as the look-back goes further up (the summary for P1 at i is
 * the one for the candidate after it plus the statements in between), and
 * the summary is indexed by variable and element type, so each check costs
 * one pass over P's accesses. (Checking P against each statement in between
 * separately re-analysed P, and P's private scalars were looked up by a scan
 * of its body for every access: cubic in a chain of n fusing loops.) The
 * answer is exactly that of checking every pair of accesses with
 * access_conflict: two accesses conflict when at least one writes and
 *   - they are to the same variable (memory or the variable itself), or
 *   - both are to array memory of the same element type and one of the two
 *     arrays can be rebound (may_alias). */

typedef struct Between {
    unsigned stamp;         /* the marks of this summary in g_any / g_wr */
    bool barrier;           /* a label, a goto or a return */
    int allocs;             /* allocations among the statements */
    /* array memory accesses (not the variable itself) by element type (a
     * scalar kind, below T_ARRAY): any,
     * writes, and those of rebindable arrays */
    bool mem_any[T_ARRAY], mem_wr[T_ARRAY], mut_any[T_ARRAY], mut_wr[T_ARRAY];
} Between;

/* Per variable id: the stamp of the last summary that accessed / wrote it,
 * and of the last loop it is private to. Stamps only grow, so nothing is
 * cleared between uses. */
static unsigned *g_any, *g_wr, *g_priv;
static int g_cap;
static unsigned g_stamp;

static void ensure_vars(const IrFunc *f)
{
    if (f->vars.len <= g_cap) return;
    int n = f->vars.len * 2;
    g_any = realloc(g_any, n * sizeof *g_any);
    g_wr = realloc(g_wr, n * sizeof *g_wr);
    g_priv = realloc(g_priv, n * sizeof *g_priv);
    if (!g_any || !g_wr || !g_priv) { fprintf(stderr, "arrc: out of memory\n"); exit(70); }
    for (int i = g_cap; i < n; i++) g_any[i] = g_wr[i] = g_priv[i] = 0;
    g_cap = n;
}

static void between_begin(Between *b)
{
    memset(b, 0, sizeof *b);
    b->stamp = ++g_stamp;
}

static void between_add(const IrFunc *f, Between *b, const IStmt *s)
{
    /* a loop moved past a jump would run on a path where it did not, or not
     * where it did (`b[..] = ...; if flag { return ...; }` inlined) */
    if (stmt_jumps_out(s)) b->barrier = true;
    if (s->kind == IS_ALLOC) b->allocs++;
    ensure_vars(f);
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    for (int i = 0; i < a.len; i++) {
        const Access *y = &a.items[i];
        g_any[y->v->id] = b->stamp;
        if (y->write) g_wr[y->v->id] = b->stamp;
        if (!y->ptr && y->v->rank) {
            TyKind e = y->v->elem;
            b->mem_any[e] = true;
            if (y->write) b->mem_wr[e] = true;
            if (y->v->is_mutable) {
                b->mut_any[e] = true;
                if (y->write) b->mut_wr[e] = true;
            }
        }
    }
    VEC_FREE(a);
}

/* Does access x conflict with an access of the summary? (access_conflict
 * against each of them) */
static bool conflicts_with(const Access *x, const Between *b)
{
    int id = x->v->id;
    if (g_any[id] == b->stamp && (x->write || g_wr[id] == b->stamp)) return true;     /* the same variable */
    if (x->ptr || !x->v->rank) return false;
    TyKind e = x->v->elem;
    if (x->v->is_mutable) return x->write ? b->mem_any[e] : b->mem_wr[e];
    return x->write ? b->mut_any[e] : b->mut_wr[e];
}

static bool loop_movable(const IrFunc *f, const IStmt *p, const Between *b)
{
    if (b->barrier) return false;
    ensure_vars(f);
    /* scalars assigned in p's body are per-iteration (private): mark them */
    unsigned ps = ++g_stamp;
    for (int i = 0; i < p->loop.body.len; i++) {
        const IStmt *s = p->loop.body.items[i];
        if (s->kind == IS_ASSIGN) g_priv[s->assign.dst->id] = ps;
    }
    AccessSet a = {0};
    analyze_access(p, NULL, &a);
    bool ok = true;
    for (int i = 0; i < a.len && ok; i++) {
        const Access *x = &a.items[i];
        /* (an index variable is not exempt: a generator's variable is also
           assigned in the body around, `g = 2 + i` for `g in 2..n + 2`, and
           a loop that reads it must not move above that: found by make
           fuzz, seed 1495570137-asan program 11, C that did not compile) */
        if (x->v->rank == 0 && g_priv[x->v->id] == ps) continue;
        if (conflicts_with(x, b)) ok = false;
    }
    VEC_FREE(a);
    return ok;
}

/* ---- allocations between the two loops ----
 *
 * Lowering puts an array's allocation just before the loop that fills it,
 * so P2's own allocation often stands between the loops and keeps P2 from
 * moving up: `parfor P1 (reads vx); vx = t1; alloc t2; parfor P2 (fills t2)`
 * (P1 cannot move down past `vx = t1` either). An allocation binds a fresh
 * buffer to its array and reads only its extents, so it may move up past
 * statements that do not mention that array and do not write its extents'
 * variables: nothing there observes the binding, and the buffer has the
 * same size. (If both the allocation and a check of P1 fail, the
 * allocation's error is the one reported; the results are the same.) When
 * every allocation between P1 and P2 may move above P1 this way, and P2
 * may move up past the other statements between, the allocations go just
 * before P1 and P2 merges into P1's place. Tried only with at most
 * ALLOC_HOIST_SPAN statements between (each try summarises them anew). */
enum { ALLOC_HOIST_SPAN = 16 };

static bool writes_var(const AccessSet *a, const Var *v)
{
    for (int k = 0; k < a->len; k++) if (a->items[k].v == v && a->items[k].write) return true;
    return false;
}

static bool mentions_var(const AccessSet *a, const Var *v)
{
    for (int k = 0; k < a->len; k++) if (a->items[k].v == v) return true;
    return false;
}

/* Moves the allocations of l[i+1..j-1] to just before l[i] when that lets
 * l[j] move up to l[i] (above); returns how many moved (0: none may; -1:
 * not tried, too many statements between). */
static int hoist_allocs(const IrFunc *f, PtrList *l, int i, int j)
{
    if (j - i - 1 > ALLOC_HOIST_SPAN) return -1;
    Between rest;
    between_begin(&rest);
    int nalloc = 0;
    for (int k = i + 1; k < j; k++) {
        const IStmt *s = l->items[k];
        if (s->kind == IS_ALLOC) nalloc++;
        else between_add(f, &rest, s);
    }
    if (!nalloc || !loop_movable(f, l->items[j], &rest)) return 0;
    const AccessSet *a1 = accesses(l->items[i]);
    for (int k = i + 1; k < j; k++) {
        const IStmt *s = l->items[k];
        if (s->kind != IS_ALLOC) continue;
        const Var *t = s->alloc;
        if (g_any[t->id] == rest.stamp || mentions_var(a1, t)) return 0;
        for (int m = k + 1; m < j; m++)
            if (((const IStmt *)l->items[m])->kind == IS_ALLOC && ((const IStmt *)l->items[m])->alloc == t) return 0;
        for (int d = 0; d < t->rank; d++) {
            const Var *e = t->dims[d].var;
            if (e && (g_wr[e->id] == rest.stamp || writes_var(a1, e))) return 0;
        }
    }
    /* stable: the allocations in their order, then P1 and the rest in theirs */
    void *order[ALLOC_HOIST_SPAN + 1];
    int w = 0;
    for (int k = i; k < j; k++) if (((IStmt *)l->items[k])->kind == IS_ALLOC) order[w++] = l->items[k];
    for (int k = i; k < j; k++) if (((IStmt *)l->items[k])->kind != IS_ALLOC) order[w++] = l->items[k];
    for (int k = i; k < j; k++) l->items[k] = order[k - i];
    return nalloc;
}

typedef struct Subst { Var *from[4]; Var *to[4]; int n; Var *arr; IStmt *loop; Var *val; } Subst;

static void rename_idx(IExpr **slot, void *ctx)
{
    Subst *s = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_VAR) return;
    for (int d = 0; d < s->n; d++)
        if (e->var == s->from[d]) e->var = s->to[d];
}

static void replace_load(IExpr **slot, void *ctx)
{
    Subst *s = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_LOAD || e->load.arr != s->arr) return;
    for (int d = 0; d < e->load.n; d++)
        if (e->load.idx[d]->kind != IE_VAR || e->load.idx[d]->var != s->loop->loop.idx[d]) return;
    *slot = ir_varref(s->val, e->span);
}

static bool stores_to(const IStmt *lp, const Var *a)
{
    AccessSet acc = {0};
    analyze_access_list(&lp->loop.body, lp, &acc);
    bool w = access_writes(&acc, a);
    VEC_FREE(acc);
    return w;
}

/* The writes of a run of statements, answering access_writes() for any
 * variable in constant time: the variables written, and per element type
 * whether some array memory / some rebindable array's memory was written
 * (may_alias). */
typedef struct WriteSummary {
    unsigned stamp;         /* its marks in g_ws (per variable id, as g_wr) */
    bool mem[T_ARRAY], mut[T_ARRAY];
} WriteSummary;

static unsigned *g_ws;
static int g_ws_cap;

static void writes_begin(WriteSummary *w, const IrFunc *f)
{
    memset(w, 0, sizeof *w);
    w->stamp = ++g_stamp;
    if (f->vars.len >= g_ws_cap) {     /* (a buffer per merge was n^2 zeroed bytes in a chain of n loops) */
        int n = f->vars.len * 2 + 1;
        g_ws = realloc(g_ws, n * sizeof *g_ws);
        if (!g_ws) { fprintf(stderr, "arrc: out of memory\n"); exit(70); }
        for (int i = g_ws_cap; i < n; i++) g_ws[i] = 0;
        g_ws_cap = n;
    }
}

static void writes_add(WriteSummary *w, const IStmt *s)
{
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    for (int i = 0; i < a.len; i++) {
        const Access *y = &a.items[i];
        if (!y->write || y->ptr) continue;
        g_ws[y->v->id] = w->stamp;
        if (y->v->rank) {
            w->mem[y->v->elem] = true;
            if (y->v->is_mutable) w->mut[y->v->elem] = true;
        }
    }
    VEC_FREE(a);
}

/* access_writes(summary, v): a write to v, or to array memory v may share */
static bool writes_may_touch(const WriteSummary *w, const Var *v)
{
    if (g_ws[v->id] == w->stamp) return true;
    if (!v->rank) return false;
    return v->is_mutable ? w->mem[v->elem] : w->mut[v->elem];
}

static void writes_end(WriteSummary *w) { (void)w; }

/* Merges p1 into p2 (p2 keeps its position and index variables). */
static void merge(IrFunc *f, IStmt *p1, IStmt *p2)
{
    /* keep a generator's source name for the merged loop's index */
    for (int d = 0; d < p1->loop.rank; d++)
        if (p1->loop.idx[d]->src_name && !p2->loop.idx[d]->src_name) {
            Subst r2 = { .n = 1, .from = { p2->loop.idx[d] }, .to = { p1->loop.idx[d] } };
            ir_walk_stmts(&p2->loop.body, rename_idx, &r2);
            for (int i = 0; i < p2->loop.reds.len; i++) {
                Reduction *r = p2->loop.reds.items[i];
                ir_walk_expr(&r->value, rename_idx, &r2);
                ir_walk_expr(&r->lam, rename_idx, &r2);
            }
            p2->loop.idx[d] = p1->loop.idx[d];
        }
    Subst ren = { .n = p1->loop.rank };
    for (int d = 0; d < p1->loop.rank; d++) { ren.from[d] = p1->loop.idx[d]; ren.to[d] = p2->loop.idx[d]; }
    ir_walk_stmts(&p1->loop.body, rename_idx, &ren);
    for (int i = 0; i < p1->loop.reds.len; i++) {
        Reduction *r = p1->loop.reds.items[i];
        ir_walk_expr(&r->value, rename_idx, &ren);
    }
    /* A load in P2 of an element P1 stored becomes the stored scalar only
     * when that store is P1's last write to anything that may be the array
     * (P2 must see the final value: after `v[i] = a; v[i] = b` it reads b),
     * and a stored scalar that P1 assigns again afterwards is first copied. */
    int nb = p1->loop.body.len;
    bool *last = xcalloc((size_t)nb + 1, sizeof *last), *val_reassigned = xcalloc((size_t)nb + 1, sizeof *val_reassigned);
    WriteSummary after;
    writes_begin(&after, f);
    for (int i = nb - 1; i >= 0; i--) {
        IStmt *s = p1->loop.body.items[i];
        if (s->kind == IS_STORE) {
            last[i] = !writes_may_touch(&after, s->store.arr);
            val_reassigned[i] = s->store.val->kind == IE_VAR && writes_may_touch(&after, s->store.val->var);
        }
        writes_add(&after, s);
    }
    writes_end(&after);
    /* the merged body: p1's statements (an assignment before a store whose
       value is forwarded, where one is needed), then p2's; built in p1's
       list where nothing is inserted (a new list per merge was n^2 memory
       in a chain of n loops) */
    PtrList body = {0};
    int copied = 0;     /* p1's statements already in body (once something is inserted) */
    for (int i = 0; i < p1->loop.body.len; i++) {
        IStmt *s = p1->loop.body.items[i];
        if (s->kind == IS_STORE && s->store.arr->rank == p2->loop.rank && last[i]) {
            bool ident = true;
            for (int d = 0; d < s->store.n; d++)
                ident = ident && s->store.idx[d]->kind == IE_VAR && s->store.idx[d]->var == p2->loop.idx[d];
            if (ident && !stores_to(p2, s->store.arr)) {
                Var *v;
                if (s->store.val->kind == IE_VAR && s->store.val->var->rank == 0 && !val_reassigned[i]) {
                    v = s->store.val->var;
                } else {
                    v = ir_var(f, arena_printf("%s_v", s->store.arr->name), s->store.arr->elem, 0, V_TEMP, s->span);
                    v->inline_ok = s->store.arr->kind == V_TEMP;
                    IStmt *a = ir_stmt(IS_ASSIGN, s->span);
                    a->assign.dst = v;
                    a->assign.val = s->store.val;
                    while (copied < i) plist_push(&body, p1->loop.body.items[copied++]);
                    plist_push(&body, a);
                    s->store.val = ir_varref(v, s->span);
                }
                Subst rl = { .arr = s->store.arr, .loop = p2, .val = v };
                ir_walk_stmts(&p2->loop.body, replace_load, &rl);
                for (int k = 0; k < p2->loop.reds.len; k++)
                    ir_walk_expr(&((Reduction *)p2->loop.reds.items[k])->value, replace_load, &rl);
            }
        }
        if (body.len) plist_push(&body, s), copied++;
    }
    free(last);
    free(val_reassigned);
    if (!body.len) body = p1->loop.body;      /* nothing inserted: p1's own list */
    for (int i = 0; i < p2->loop.body.len; i++) plist_push(&body, p2->loop.body.items[i]);
    p2->loop.body = body;
    p1->loop.body = (PtrList){0};
    if (!p2->loop.reds.len) {
        p2->loop.reds = p1->loop.reds;
    } else {
        for (int i = 0; i < p1->loop.reds.len; i++) plist_push(&p2->loop.reds, p1->loop.reds.items[i]);
    }
    p1->loop.reds = (PtrList){0};
    PtrList fused = p1->loop.fused;
    for (int i = 0; i < p2->loop.fused.len; i++) plist_push(&fused, p2->loop.fused.items[i]);
    p2->loop.fused = fused;
    p1->loop.fused = (PtrList){0};
}

/* How far back (in statements of one list) a parfor looks for a partner.
 * The look-back costs up to this many cheap tests per parfor (bounds,
 * then the access sets of candidates with equal bounds), so a list of n
 * loops costs O(n * FUSE_LOOKBACK) instead of O(n^2). It changes no
 * result for a list shorter than this many statements: the longest lists
 * of the examples and tests have under 100, and a loop cannot fuse past a
 * thousand statements that it does not depend on in written code. */
enum { FUSE_LOOKBACK = 1000 };

/* --mpi: pass distribute (later) runs a parfor on this rank's rows only
 * when all its stores to arrays are at one row offset from its index
 * (dist_write_rows); two loops that each qualify but at different offsets
 * (a range store a[1..n] = ... beside a copy at offset 0) would not as one.
 * Keeping them apart changes nothing but the loop count: fusion is never
 * needed for a value.  Loops that store at no row, or that already mix
 * offsets, lose nothing by merging.  P1's stores to a compiler temporary
 * that P2 reads do not count when nothing else mentions it: they are the
 * intermediate array that the merge turns into a scalar and dce then
 * deletes (a[1..n] += e computes e + a[1 + i] into t[i], then stores t[i]
 * at a[1 + i]).  A temporary still read elsewhere (the buffer of a var
 * that two range stores in a row update, v[2..n] -= ...; v[0..n - 2] -=
 * ...) counts: merging would mix offsets, which --mpi refused. */
static bool g_mpi;

typedef struct Exempt { AccessSet *acc2; const Var *vars[8]; int n; } Exempt;

/* a compiler temporary that P2 reads: its stores in P1 may not count */
static bool read_by(const Var *a, void *ctx)
{
    Exempt *x = ctx;
    if (a->kind != V_TEMP || !access_reads(x->acc2, a)) return false;
    for (int k = 0; k < x->n; k++) if (x->vars[k] == a) return true;
    if (x->n == 8) return false;
    x->vars[x->n++] = a;
    return true;
}

static int mentions(const AccessSet *a, const Var *v)
{
    int n = 0;
    for (int k = 0; k < a->len; k++) n += a->items[k].v == v;
    return n;
}

/* Is v mentioned anywhere in f but in p1, p2 and its allocation? (one walk
 * of the function: only for the loops whose offsets agree by an exemption) */
static bool mentioned_elsewhere(const IrFunc *f, const IStmt *p1, const IStmt *p2, const Var *v)
{
    AccessSet all = {0}, a1 = {0}, a2 = {0};
    analyze_access_list(&f->body, NULL, &all);
    analyze_access(p1, NULL, &a1);
    analyze_access(p2, NULL, &a2);
    int n = mentions(&all, v) - mentions(&a1, v) - mentions(&a2, v) - 1;     /* - 1: alloc v */
    VEC_FREE(all);
    VEC_FREE(a1);
    VEC_FREE(a2);
    return n > 0;
}

static bool rows_agree(const IrFunc *f, const IStmt *p1, const IStmt *p2)
{
    if (!g_mpi) return true;
    AccessSet acc2 = {0};
    analyze_access(p2, NULL, &acc2);
    Exempt x = { &acc2, {0}, 0 };
    int64_t c1, c2, d1;
    int r1 = dist_write_rows(p1, &c1, read_by, &x), r2 = dist_write_rows(p2, &c2, NULL, NULL);
    bool ok = !r1 || !r2 || (r1 == r2 && (r1 < 0 || c1 == c2));
    if (ok && x.n) {
        /* agreeing only thanks to the exempted stores: each exempted
           temporary must go away with the merge */
        int q1 = dist_write_rows(p1, &d1, NULL, NULL);
        if (!(!q1 || !r2 || (q1 == r2 && (q1 < 0 || d1 == c2))))
            for (int k = 0; k < x.n && ok; k++) ok = !mentioned_elsewhere(f, p1, p2, x.vars[k]);
    }
    VEC_FREE(acc2);
    return ok;
}

static void fuse_list(IrFunc *f, PtrList *l);
static void fuse_list(IrFunc *f, PtrList *l)
{
    for (int j = 0; j < l->len; j++) {
        IStmt *s = l->items[j];
        switch (s->kind) {
        case IS_IF: fuse_list(f, &s->if_.then); fuse_list(f, &s->if_.els); continue;
        case IS_WHILE: fuse_list(f, &s->while_.pre); fuse_list(f, &s->while_.body); continue;
        case IS_LOOP:
            fuse_list(f, &s->loop.body);    /* loops nested in its body first */
            forget_accesses(s);             /* (cached as an earlier loop's candidate, before that) */
            if (s->loop.kind != LOOP_PARFOR) continue;
            break;
        default: continue;
        }
        /* s is a parfor: look back for a partner, at most FUSE_LOOKBACK
         * statements up (see above); `between` summarises l[covered..j-1] */
        Between between;
        between_begin(&between);
        int covered = j;
        int stop = j > FUSE_LOOKBACK ? j - FUSE_LOOKBACK : 0;
        for (int i = j - 1; i >= stop; i--) {
            IStmt *p1 = l->items[i];
            if (is_parfor(p1) && same_bounds(p1, s) && p1->loop.body.len + s->loop.body.len <= PIR_MAX_BODY
                && conflict_free(p1, s) && rows_agree(f, p1, s)) {
                while (covered > i + 1) between_add(f, &between, l->items[--covered]);
                /* the merged loop goes where P2 is (P1 moves down past what is
                 * between) or, failing that, where P1 is (P2 moves up) */
                bool down = loop_movable(f, p1, &between);
                bool up = !down && loop_movable(f, s, &between);
                int moved = !down && !up && between.allocs ? hoist_allocs(f, l, i, j) : -1;
                if (moved > 0) {
                    up = true;
                    i += moved;             /* P1's place now */
                } else if (moved == 0) {
                    /* its summary took the stamps of the variables between:
                     * `between` starts again (from P2) as the look-back goes on */
                    between_begin(&between);
                    covered = j;
                }
                if (down || up) {
                    forget_tree(p1);
                    forget_tree(s);
                }
                if (down) {
                    merge(f, p1, s);
                    plist_remove(l, i);
                    j--;
                    fuse_list(f, &s->loop.body);    /* the bodies met: their loops may fuse now */
                    forget_accesses(s);
                    break;
                }
                if (up) {
                    merge(f, p1, s);
                    plist_remove(l, j);
                    l->items[i] = s;
                    j = i;
                    fuse_list(f, &s->loop.body);
                    forget_accesses(s);
                    break;
                }
            }
        }
    }
}

void pass_fuse(IrProgram *p)
{
    if (!p->fuse) return;
    g_mpi = p->mpi;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        fuse_list(f, &f->body);
        forget_all();
    }
}
