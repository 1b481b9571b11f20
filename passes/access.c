/* access.c — read/write sets of IR statements. */
#include "access.h"

typedef struct W { AccessSet *out; const IStmt *loop; } W;

static void add_ptr(AccessSet *s, Var *v, bool write)
{
    VEC_PUSH(*s, ((Access){ .v = v, .write = write, .ptr = true }));
}

/* v itself: a scalar, or a whole array (not one element) */
static void add_whole(AccessSet *s, Var *v, bool write)
{
    VEC_PUSH(*s, ((Access){ .v = v, .write = write }));
}

/* An offset the loop cannot change: a constant, or a scalar that is not
 * rebindable and not bound by a construct. */
static bool invariant_offset(const IExpr *e)
{
    if (e->kind == IE_CONST) return ty_is_int_kind(e->ty);
    return e->kind == IE_VAR && !e->var->rank && !e->var->is_mutable && e->var->kind != V_INDEX;
}

/* An element access of v at idx in `loop`: records whether it is at the
 * loop's indices (ident), or at them plus invariant offsets (shifted). */
static void add_elem(AccessSet *s, const IStmt *loop, Var *v, bool write, int n, IExpr *const *idx)
{
    Access a = { .v = v, .write = write };
    a.shifted = loop && loop->loop.rank == n && !v->reshaped;
    bool zero = true;
    for (int d = 0; d < n && a.shifted; d++) {
        const IExpr *x = idx[d], *lv = NULL, *off = NULL;
        if (x->kind == IE_VAR) lv = x;
        else if (x->kind == IE_BINOP && x->op.op == OP_ADD) {
            if (x->op.a->kind == IE_VAR && x->op.a->var == loop->loop.idx[d]) { lv = x->op.a; off = x->op.b; }
            else { lv = x->op.b; off = x->op.a; }
        }
        a.shifted = lv && lv->kind == IE_VAR && lv->var == loop->loop.idx[d] && (!off || invariant_offset(off));
        a.off[d] = off;
        zero = zero && !off;
    }
    a.ident = a.shifted && zero;
    VEC_PUSH(*s, a);
}

static bool same_offset(const IExpr *a, const IExpr *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind) return false;
    return a->kind == IE_CONST ? a->c.i == b->c.i : a->var == b->var;
}

bool same_point(const Access *x, const Access *y)
{
    if (!x->shifted || !y->shifted) return false;
    for (int d = 0; d < x->v->rank && d < 4; d++)
        if (!same_offset(x->off[d], y->off[d])) return false;
    return x->v == y->v || x->ident;      /* offsets on two names of one buffer: only at 0 */
}

bool access_conflict(const Access *x, const Access *y)
{
    if (!x->write && !y->write) return false;
    if (x->ptr || y->ptr || !x->v->rank || !y->v->rank) return x->v == y->v;
    return may_alias(x->v, y->v);
}


static void on_expr(IExpr **slot, void *ctx)
{
    W *w = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR) {
        if (e->var->rank) add_ptr(w->out, e->var, false);
        else add_whole(w->out, e->var, false);
    }
    else if (e->kind == IE_LOAD) add_elem(w->out, w->loop, e->load.arr, false, e->load.n, e->load.idx);
}

static void walk(IExpr *e, W *w)
{
    if (e) ir_walk_expr(&e, on_expr, w);
}

void analyze_access(const IStmt *s, const IStmt *loop, AccessSet *out)
{
    W w = { out, loop };
    switch (s->kind) {
    case IS_ASSIGN:
        walk(s->assign.val, &w);
        if (s->assign.dst->rank) add_ptr(out, s->assign.dst, true);
        else add_whole(out, s->assign.dst, true);
        break;
    case IS_STORE:
        for (int d = 0; d < s->store.n; d++) walk(s->store.idx[d], &w);
        walk(s->store.val, &w);
        add_elem(out, loop, s->store.arr, true, s->store.n, s->store.idx);
        break;
    case IS_ALLOC: add_ptr(out, s->alloc, true); break;
    case IS_CHECK: walk(s->check.cond, &w); break;
    case IS_SCAN:
        walk(s->op->scan.init, &w);
        add_whole(out, s->op->scan.src, false);
        add_whole(out, s->op->scan.dst, true);
        break;
    case IS_SORT:
        add_whole(out, s->op->sort.keys, false);
        add_whole(out, s->op->sort.dst, true);
        break;
    case IS_PREFETCH: walk(s->pf.at, &w); break;      /* a read, for every analysis: conservative */
    case IS_VMATH:
        walk(s->vm.n, &w);
        add_whole(out, s->vm.a, false);
        if (s->vm.b) add_whole(out, s->vm.b, false);
        add_whole(out, s->vm.dst, true);
        break;
    case IS_MATMUL:
        add_whole(out, s->op->mm.a, false);
        add_whole(out, s->op->mm.b, false);
        add_whole(out, s->op->mm.dst, true);
        break;
    case IS_MPI:
        if (s->mpi.op == MPI_EXTENT) {
            add_whole(out, s->mpi.local, false);
            add_whole(out, s->mpi.global, true);
            add_whole(out, s->mpi.off, true);
        } else if (s->mpi.op == MPI_SCAN || s->mpi.op == MPI_ASSEMBLE) {
            add_whole(out, s->mpi.arr, false);
            add_whole(out, s->mpi.arr, true);
            add_whole(out, s->mpi.local, false);
        } else if (s->mpi.op == MPI_HALO || s->mpi.op == MPI_HALO_WAIT || s->mpi.op == MPI_GATHER) {
            if (s->mpi.op != MPI_HALO_WAIT) add_whole(out, s->mpi.arr, false);
            add_whole(out, s->mpi.lo, true);
            if (s->mpi.hi) add_whole(out, s->mpi.hi, true);
        } else {
            for (int k = 0; k < s->mpi.loop->loop.reds.len; k++) {
                const Reduction *r = s->mpi.loop->loop.reds.items[k];
                add_whole(out, r->acc, false);
                add_whole(out, r->acc, true);
                if (r->idx) { add_whole(out, r->idx, false); add_whole(out, r->idx, true); }
            }
        }
        break;
    case IS_RETURN:
        for (int k = 0; k < s->ret.n; k++) if (s->ret.vals[k]) add_whole(out, s->ret.vals[k], false);
        for (int k = 0; k < s->ret.n; k++) if (s->ret.vals[k]) add_ptr(out, s->ret.vals[k], false);
        break;
    case IS_IF:
        walk(s->if_.cond, &w);
        analyze_access_list(&s->if_.then, loop, out);
        analyze_access_list(&s->if_.els, loop, out);
        break;
    case IS_LOOP: {
        const IStmt *inner = loop ? loop : s;
        for (int d = 0; d < s->loop.rank; d++) {
            walk(s->loop.lo[d], &w);
            walk(s->loop.hi[d], &w);
            add_whole(out, s->loop.idx[d], true);
        }
        analyze_access_list(&s->loop.body, inner, out);
        W wi = { out, inner };
        for (int i = 0; i < s->loop.reds.len; i++) {
            Reduction *r = s->loop.reds.items[i];
            walk(r->value, &wi);
            walk(r->lam, &wi);
            add_whole(out, r->acc, true);
            add_whole(out, r->acc, false);
            if (r->idx) add_whole(out, r->idx, true);
        }
        break;
    }
    case IS_WHILE:
        analyze_access_list(&s->while_.pre, loop, out);
        walk(s->while_.cond, &w);
        analyze_access_list(&s->while_.body, loop, out);
        break;
    default:
        break;
    }
}

void analyze_access_list(const PtrList *l, const IStmt *loop, AccessSet *out)
{
    for (int i = 0; i < l->len; i++) analyze_access(l->items[i], loop, out);
}

bool access_reads(const AccessSet *a, const Var *v)
{
    for (int i = 0; i < a->len; i++)
        if (!a->items[i].write && (a->items[i].ptr ? a->items[i].v == v : may_alias(a->items[i].v, v))) return true;
    return false;
}

bool access_writes(const AccessSet *a, const Var *v)
{
    for (int i = 0; i < a->len; i++)
        if (a->items[i].write && !a->items[i].ptr && may_alias(a->items[i].v, v)) return true;
    return false;
}

bool access_rebinds(const AccessSet *a, const Var *v)
{
    for (int i = 0; i < a->len; i++)
        if (a->items[i].write && a->items[i].ptr && a->items[i].v == v) return true;
    return false;
}

bool may_alias(const Var *a, const Var *b)
{
    if (a == b) return true;
    if (!a->rank || !b->rank) return false;
    if (a->elem != b->elem) return false;
    /* rebindable array variables may hold any buffer of their type */
    return a->is_mutable || b->is_mutable;
}

bool expr_may_trap(const IExpr *e)
{
    if (!e) return false;
    switch (e->kind) {
    case IE_BINOP:
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) && ty_is_int_kind(e->op.opk) && !ir_safe_divisor(e))
            return true;
        return expr_may_trap(e->op.a) || expr_may_trap(e->op.b);
    case IE_UNOP: return expr_may_trap(e->op.a);
    case IE_CALL: return expr_may_trap(e->call.a) || expr_may_trap(e->call.b);
    case IE_CONV: return expr_may_trap(e->conv);
    case IE_SELECT: return expr_may_trap(e->sel.c) || expr_may_trap(e->sel.a) || expr_may_trap(e->sel.b);
    case IE_LOAD:                /* loads do not trap: bounds are explicit checks */
        for (int i = 0; i < e->load.n; i++) if (expr_may_trap(e->load.idx[i])) return true;
        return false;
    default: return false;
    }
}

typedef VEC(int) IntVec;

/* Collects the labels defined and the gotos taken in s and below. */
static void jumps_in(const IStmt *s, IntVec *labels, IntVec *gotos, bool *ret)
{
    switch (s->kind) {
    case IS_LABEL: VEC_PUSH(*labels, s->label); break;
    case IS_GOTO: VEC_PUSH(*gotos, s->label); break;
    case IS_RETURN: *ret = true; break;
    case IS_IF:
        for (int i = 0; i < s->if_.then.len; i++) jumps_in(s->if_.then.items[i], labels, gotos, ret);
        for (int i = 0; i < s->if_.els.len; i++) jumps_in(s->if_.els.items[i], labels, gotos, ret);
        break;
    case IS_WHILE:
        for (int i = 0; i < s->while_.pre.len; i++) jumps_in(s->while_.pre.items[i], labels, gotos, ret);
        for (int i = 0; i < s->while_.body.len; i++) jumps_in(s->while_.body.items[i], labels, gotos, ret);
        break;
    case IS_LOOP:
        for (int i = 0; i < s->loop.body.len; i++) jumps_in(s->loop.body.items[i], labels, gotos, ret);
        break;
    default: break;
    }
}

bool stmt_jumps_out(const IStmt *s)
{
    if (s->kind == IS_LABEL || s->kind == IS_GOTO || s->kind == IS_RETURN) return true;
    IntVec labels = {0}, gotos = {0};
    bool ret = false;
    jumps_in(s, &labels, &gotos, &ret);
    bool out = ret;
    for (int i = 0; i < gotos.len && !out; i++) {
        bool inside = false;
        for (int k = 0; k < labels.len && !inside; k++) inside = labels.items[k] == gotos.items[i];
        out = !inside;
    }
    VEC_FREE(labels);
    VEC_FREE(gotos);
    return out;
}
