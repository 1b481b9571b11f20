/* access.c — read/write sets of IR statements. */
#include "access.h"

typedef struct W { AccessSet *out; const IStmt *loop; } W;

static void add(AccessSet *s, Var *v, bool write, bool ident)
{
    VEC_PUSH(*s, ((Access){ v, write, ident, false }));
}

static void add_ptr(AccessSet *s, Var *v, bool write)
{
    VEC_PUSH(*s, ((Access){ v, write, false, true }));
}

bool access_conflict(const Access *x, const Access *y)
{
    if (!x->write && !y->write) return false;
    if (x->ptr || y->ptr || !x->v->rank || !y->v->rank) return x->v == y->v;
    return may_alias(x->v, y->v);
}

static bool is_ident(const IStmt *loop, const Var *v, int n, IExpr *const *idx)
{
    if (!loop || loop->loop.rank != n || v->reshaped) return false;
    for (int d = 0; d < n; d++)
        if (idx[d]->kind != IE_VAR || idx[d]->var != loop->loop.idx[d]) return false;
    return true;
}

static void on_expr(IExpr **slot, void *ctx)
{
    W *w = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR) {
        if (e->var->rank) add_ptr(w->out, e->var, false);
        else add(w->out, e->var, false, false);
    }
    else if (e->kind == IE_LOAD) add(w->out, e->load.arr, false, is_ident(w->loop, e->load.arr, e->load.n, e->load.idx));
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
        else add(out, s->assign.dst, true, false);
        break;
    case IS_STORE:
        for (int d = 0; d < s->store.n; d++) walk(s->store.idx[d], &w);
        walk(s->store.val, &w);
        add(out, s->store.arr, true, is_ident(loop, s->store.arr, s->store.n, s->store.idx));
        break;
    case IS_ALLOC: add_ptr(out, s->alloc, true); break;
    case IS_CHECK: walk(s->check.cond, &w); break;
    case IS_SCAN:
        walk(s->op->scan.init, &w);
        add(out, s->op->scan.src, false, false);
        add(out, s->op->scan.dst, true, false);
        break;
    case IS_SORT:
        add(out, s->op->sort.keys, false, false);
        add(out, s->op->sort.dst, true, false);
        break;
    case IS_MATMUL:
        add(out, s->op->mm.a, false, false);
        add(out, s->op->mm.b, false, false);
        add(out, s->op->mm.dst, true, false);
        break;
    case IS_RETURN:
        for (int k = 0; k < s->ret.n; k++) if (s->ret.vals[k]) add(out, s->ret.vals[k], false, false);
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
            add(out, s->loop.idx[d], true, false);
        }
        analyze_access_list(&s->loop.body, inner, out);
        W wi = { out, inner };
        for (int i = 0; i < s->loop.reds.len; i++) {
            Reduction *r = s->loop.reds.items[i];
            walk(r->value, &wi);
            walk(r->lam, &wi);
            add(out, r->acc, true, false);
            add(out, r->acc, false, false);
            if (r->idx) add(out, r->idx, true, false);
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
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) && ty_is_int_kind(e->op.opk)) return true;
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
