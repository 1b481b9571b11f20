/* dce.c — dead code elimination in the Parallel IR.
 *
 * Before/after: PIR.  Removes stores to, assignments of and allocations of
 * arrays that nothing reads (the intermediates that fusion made dead),
 * assignments of scalars nothing reads (unless they may trap), and loops
 * left with nothing to do.  Repeats until nothing changes. */
#include "passes.h"
#include "access.h"

/* An array is dead when nothing reads it and its buffer is its own: it was
 * never copied to or from another variable (which could still read it). */
static bool *g_copied;

static bool is_dead_array(const Var *v, const int *reads)
{
    return v->rank > 0 && (v->kind == V_TEMP || v->kind == V_LOCAL) && reads[v->id] == 0
        && !g_copied[v->id] && !v->param_mask;
}

static void find_copies(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && s->assign.val->kind == IE_VAR) {
                g_copied[s->assign.dst->id] = true;
                g_copied[s->assign.val->var->id] = true;
            }
            break;
        case IS_IF: find_copies(&s->if_.then); find_copies(&s->if_.els); break;
        case IS_LOOP: find_copies(&s->loop.body); break;
        case IS_WHILE: find_copies(&s->while_.pre); find_copies(&s->while_.body); break;
        default: break;
        }
    }
}

static IrFunc *g_f;

static Var *g_scratch(TyKind k, Span s)
{
    return ir_var(g_f, "unused", k, 0, V_TEMP, s);
}

static bool sweep(PtrList *l, const int *reads)
{
    bool changed = false;
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        bool drop = false;
        switch (s->kind) {
        case IS_ALLOC: drop = is_dead_array(s->alloc, reads); break;
        case IS_SCAN: drop = is_dead_array(s->op->scan.dst, reads); break;
        case IS_SORT: drop = is_dead_array(s->op->sort.dst, reads); break;
        case IS_MATMUL: drop = is_dead_array(s->op->mm.dst, reads); break;
        case IS_STORE:
            if (is_dead_array(s->store.arr, reads)) {
                if (!expr_may_trap(s->store.val)) { drop = true; break; }
                /* keep a value that may trap (integer division): evaluate it into a scalar */
                IExpr *v = s->store.val;
                s->kind = IS_ASSIGN;
                s->assign.dst = g_scratch(v->ty, s->span);
                s->assign.val = v;
                changed = true;
            }
            break;
        case IS_ASSIGN: {
            Var *d = s->assign.dst;
            if (d->kind == V_RESULT || d->kind == V_PARAM) break;
            if (d->rank) drop = is_dead_array(d, reads);
            else drop = reads[d->id] == 0 && !expr_may_trap(s->assign.val);
            break;
        }
        case IS_IF:
            changed |= sweep(&s->if_.then, reads);
            changed |= sweep(&s->if_.els, reads);
            break;
        case IS_WHILE:
            changed |= sweep(&s->while_.pre, reads);
            changed |= sweep(&s->while_.body, reads);
            break;
        case IS_LOOP:
            changed |= sweep(&s->loop.body, reads);
            drop = s->loop.kind == LOOP_PARFOR && s->loop.body.len == 0 && s->loop.reds.len == 0;
            break;
        default:
            break;
        }
        if (drop) {
            plist_remove(l, i--);
            changed = true;
        }
    }
    return changed;
}

void pass_dce(IrProgram *p)
{
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        g_f = f;
        int *reads = NULL;
        g_copied = xcalloc((size_t)f->vars.len + 1, sizeof(bool));   /* new scratch variables are scalars */
        find_copies(&f->body);
        for (int round = 0; round < 100; round++) {
            free(reads);        /* sweeps may add variables: size it each round */
            reads = xcalloc((size_t)f->vars.len + 1, sizeof(int));
            AccessSet a = {0};
            analyze_access_list(&f->body, NULL, &a);
            for (int i = 0; i < a.len; i++)
                if (!a.items[i].write) reads[a.items[i].v->id]++;
            /* the extents of live arrays are read by the code that uses them;
               a view used in any way (a stencil buffer bound to a slice) uses
               the array it views (it was dropped while a slice of it was read:
               found by make fuzz, seed 20261204 program 906, a NULL read) */
            for (int i = 0; i < a.len; i++) {
                Var *v = a.items[i].v;
                for (int d = 0; d < v->rank; d++)
                    if (v->dims[d].var) reads[v->dims[d].var->id]++;
                for (const Var *w = v; w->kind == V_VIEW && w->base; w = w->base) reads[w->base->id]++;
            }
            VEC_FREE(a);
            if (!sweep(&f->body, reads)) break;
        }
        free(reads);
        free(g_copied);
        g_copied = NULL;
    }
}
