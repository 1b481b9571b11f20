/* inplace.c — update a rebound array variable in place.
 *
 * Before/after: PIR.  Finds, in one statement list,
 *     alloc t;  parfor { ... t[i] = v ... };  [x_dK = ...;]  x = t
 * where x is a `var` array that always owns its buffer alone (every value
 * ever assigned to it is a fresh allocation used nowhere else, and it is
 * never copied into another variable), t is used only there, the parfor
 * reads x only at the loop indices, and t and x have equal extents.  The
 * parfor then stores into x directly; t, its allocation and the rebinding
 * disappear, so a loop that rebinds x every round allocates nothing. */
#include "passes.h"
#include "access.h"

/* Counts every mention of each variable. */
static void count_uses(IrFunc *f, int *uses)
{
    AccessSet a = {0};
    analyze_access_list(&f->body, NULL, &a);
    for (int i = 0; i < a.len; i++) uses[a.items[i].v->id]++;
    VEC_FREE(a);
}

typedef struct Owner { int *uses; bool *fresh_only; bool *copied; } Owner;

/* Records for each array var whether every assigned value is a fresh
 * allocation (a temp allocated in the same list) and whether it is copied. */
static void scan_owners(PtrList *l, Owner *o)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && s->assign.val->kind == IE_VAR) {
                Var *src = s->assign.val->var;
                o->copied[src->id] = true;
                bool fresh = false;
                for (int k = 0; k < i; k++) {
                    IStmt *a = l->items[k];
                    if (a->kind == IS_ALLOC && a->alloc == src) fresh = true;
                }
                if (!fresh || src->kind != V_TEMP || o->uses[src->id] > 3) o->fresh_only[s->assign.dst->id] = false;
            }
            break;
        case IS_RETURN:
            for (int k = 0; k < s->ret.n; k++) if (s->ret.vals[k]) o->copied[s->ret.vals[k]->id] = true;
            break;
        case IS_IF: scan_owners(&s->if_.then, o); scan_owners(&s->if_.els, o); break;
        case IS_WHILE: scan_owners(&s->while_.pre, o); scan_owners(&s->while_.body, o); break;
        case IS_LOOP: scan_owners(&s->loop.body, o); break;
        default: break;
        }
    }
}

static Var *g_from, *g_to;

static void retarget(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_LOAD && e->load.arr == g_from) e->load.arr = g_to;
}

static void retarget_stores(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_STORE && s->store.arr == g_from) s->store.arr = g_to;
        if (s->kind == IS_IF) { retarget_stores(&s->if_.then); retarget_stores(&s->if_.els); }
        if (s->kind == IS_LOOP) retarget_stores(&s->loop.body);
    }
}

static bool reads_only_ident(IStmt *lp, Var *x)
{
    AccessSet a = {0};
    analyze_access(lp, NULL, &a);
    /* x itself must be read: then it holds a buffer of the loop's shape */
    bool ok = false;
    for (int i = 0; i < a.len; i++)
        if (a.items[i].v == x && !a.items[i].write && !a.items[i].ptr) ok = true;
    /* x owns its buffer alone, so only accesses through x itself matter */
    for (int i = 0; i < a.len; i++)
        if (a.items[i].v == x && !a.items[i].ident && !(a.items[i].ptr && !a.items[i].write)) ok = false;
    VEC_FREE(a);
    return ok;
}

static void rewrite(PtrList *l, Owner *o)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_IF) { rewrite(&s->if_.then, o); rewrite(&s->if_.els, o); continue; }
        if (s->kind == IS_WHILE) { rewrite(&s->while_.pre, o); rewrite(&s->while_.body, o); continue; }
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_SERIAL) { rewrite(&s->loop.body, o); continue; }
        if (!(s->kind == IS_ASSIGN && s->assign.dst->rank && s->assign.val->kind == IE_VAR)) continue;
        Var *x = s->assign.dst, *t = s->assign.val->var;
        if (x->kind != V_LOCAL || !o->fresh_only[x->id] || o->copied[x->id] || !shape_equal(x, t)) continue;
        /* find alloc t and the parfor writing it, earlier in this list */
        int ia = -1, ip = -1;
        for (int k = i - 1; k >= 0; k--) {
            IStmt *a = l->items[k];
            if (a->kind == IS_ALLOC && a->alloc == t) { ia = k; break; }
            if (a->kind == IS_LOOP && a->loop.kind == LOOP_PARFOR && ip < 0) ip = k;
        }
        if (ia < 0 || ip < ia) continue;
        IStmt *lp = l->items[ip];
        if (!reads_only_ident(lp, x)) continue;
        /* nothing between the loop and the rebinding may read x, and no
         * jump may skip the rebinding once x has been overwritten */
        bool clean = true;
        for (int k = ia + 1; k < i && clean; k++) {
            clean = !stmt_jumps_out(l->items[k]);
            if (k == ip || !clean) continue;
            AccessSet a = {0};
            analyze_access(l->items[k], NULL, &a);
            clean = !access_reads(&a, x) && !access_reads(&a, t);
            VEC_FREE(a);
        }
        if (!clean) continue;
        g_from = t;
        g_to = x;
        retarget_stores(&lp->loop.body);
        ir_walk_stmts(&lp->loop.body, retarget, NULL);
        plist_push(&lp->loop.fused, arena_printf("in-place:%s", x->name));
        plist_remove(l, i);         /* x = t */
        plist_remove(l, ia);        /* alloc t */
        i -= 2;
    }
}

void pass_inplace(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        size_t n = (size_t)f->vars.len + 1;
        Owner o = { xcalloc(n, sizeof(int)), xcalloc(n, sizeof(bool)), xcalloc(n, sizeof(bool)) };
        for (size_t i = 0; i < n; i++) o.fresh_only[i] = true;
        count_uses(f, o.uses);
        scan_owners(&f->body, &o);
        rewrite(&f->body, &o);
        free(o.uses);
        free(o.fresh_only);
        free(o.copied);
    }
}

/* ---- the result slot ----
 *
 * Before/after: PIR.  A function whose last statements are a loop that
 * copies its value into a caller-allocated result R (then `return`) can
 * build an array of R's shape directly in R's memory: `alloc A` becomes
 * `A = R` when R is touched nowhere before that loop and the loop reads
 * everything that may be A at the loop indices only (so copying A into R
 * is a copy onto itself).  This removes an allocation (and its page
 * faults) and, when A is the value returned, makes the copy a no-op,
 * which is then dropped (copies_onto_itself). */

static bool touches(const PtrList *l, int from, int to, const Var *v)
{
    for (int i = from; i < to; i++) {
        AccessSet a = {0};
        analyze_access(l->items[i], NULL, &a);
        bool t = false;
        for (int k = 0; k < a.len && !t; k++) t = a.items[k].v == v;
        VEC_FREE(a);
        if (t) return true;
    }
    return false;
}

/* Is the loop exactly `e = a[i, j, ...]; r[i, j, ...] = e` at its own
 * indices, with no reduction?  Once a is r's memory, every store writes
 * the value the element already holds, so the loop can go: the operation
 * that built a (a scan, an argsort, a matrix product) wrote r itself. */
static const Var *copy_source_of(const IStmt *lp, const Var *r);

static bool copies_onto_itself(const IStmt *lp, const Var *a, const Var *r)
{
    return copy_source_of(lp, r) == a;
}

/* The array a loop copies into r when it is exactly `e = a[i, j, ...];
 * r[i, j, ...] = e` at its own indices with no reduction, else NULL. */
static const Var *copy_source_of(const IStmt *lp, const Var *r)
{
    if (lp->loop.reds.len || lp->loop.body.len != 2) return NULL;
    const IStmt *ld = lp->loop.body.items[0], *st = lp->loop.body.items[1];
    if (ld->kind != IS_ASSIGN || ld->assign.dst->rank || ld->assign.val->kind != IE_LOAD) return NULL;
    const IExpr *x = ld->assign.val;
    if (st->kind != IS_STORE || st->store.arr != r) return NULL;
    if (st->store.val->kind != IE_VAR || st->store.val->var != ld->assign.dst) return NULL;
    if (x->load.n != lp->loop.rank || st->store.n != lp->loop.rank) return NULL;
    for (int d = 0; d < lp->loop.rank; d++) {
        const IExpr *i = x->load.idx[d], *j = st->store.idx[d];
        if (i->kind != IE_VAR || i->var != lp->loop.idx[d] || j->kind != IE_VAR || j->var != lp->loop.idx[d]) return NULL;
    }
    return x->load.arr;
}

/* The copy loop at l[i] copies an array X into r, and X may be r's
 * memory when the loop runs (a stencil's value, bound to whichever buffer
 * its last round wrote: A, now r, or another): it runs only when X is not
 * r (`if (X != r)`).  Legal: when the pointers are equal every store writes
 * the value the element holds; when they differ the loop runs as before.
 * (Arrays in the Parallel IR are whole allocations or parameters: a load
 * names its base array, never a view.)  Not under --mpi (distribute wants
 * the loop at the top level). */
static void skip_self_copy(PtrList *l, int i, Var *r)
{
    IStmt *copy = l->items[i];
    Var *x = (Var *)copy_source_of(copy, r);
    if (!x || x == r || x->rank != r->rank || x->elem != r->elem || x->kind == V_VIEW) return;
    IStmt *iff = ir_stmt(IS_IF, copy->span);
    iff->if_.cond = ir_binop(OP_NE, T_BOOL, T_I64, ir_varref(x, copy->span), ir_varref(r, copy->span), copy->span);
    plist_push(&iff->if_.then, copy);
    l->items[i] = iff;
}

static void result_slot(IrFunc *f, bool mpi)
{
    PtrList *l = &f->body;
    /* one result: with several, the copy loop could write R before it reads
     * A for another result in the same iteration */
    if (f->results.len != 1) return;
    if (l->len < 2 || ((IStmt *)l->items[l->len - 1])->kind != IS_RETURN) return;
    IStmt *copy = l->items[l->len - 2];
    if (copy->kind != IS_LOOP || copy->loop.kind != LOOP_PARFOR) return;
    for (int ri = 0; ri < f->results.len; ri++) {
        Var *r = f->results.items[ri];
        if (!r->rank || r->anon_result || touches(l, 0, l->len - 2, r)) continue;
        for (int i = 0; i < l->len - 2; i++) {
            IStmt *al = l->items[i];
            if (al->kind != IS_ALLOC) continue;
            Var *a = al->alloc;
            if (!shape_equal(a, r) || a->elem != r->elem || a->param_mask) continue;
            /* the copy loop: what may be A or R only at the loop indices */
            AccessSet acc = {0};
            analyze_access(copy, NULL, &acc);
            bool ok = true;
            for (int k = 0; k < acc.len && ok; k++) {
                Access *x = &acc.items[k];
                if (!x->v->rank) continue;
                if ((x->v == r || may_alias(x->v, a)) && !x->ident && !x->ptr) ok = false;
            }
            VEC_FREE(acc);
            if (!ok) continue;
            al->kind = IS_ASSIGN;
            al->assign.dst = a;
            al->assign.val = ir_varref(r, al->span);
            plist_push(&copy->loop.fused, arena_printf("result-slot:%s", a->name));
            if (copies_onto_itself(copy, a, r)) plist_remove(l, l->len - 2);
            else if (!mpi) skip_self_copy(l, l->len - 2, r);
            return;     /* one array per function: the rest keep their own memory */
        }
    }
}

void pass_result_slot(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) result_slot(p->funcs.items[fi], p->mpi);
}
