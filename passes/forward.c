/* forward.c — forward a rebound array variable's new value.
 *
 * Before/after: PIR.  In a statement list,
 *     parfor { ... t[i] = ... };  x = t;  S1; S2; ...;  x = u
 * where x is a `var` array, t an array bound once, and both have the same
 * extents: the statements S1, S2, ... after the rebinding read and write t
 * instead of x, and the rebinding moves down to just before the next
 * rebinding of x (where it is dead and goes) or to the end of the list (a
 * loop body: the next round sees x = t). The parfor that builds t and the
 * loops that read it are then adjacent in data flow, so fuse can merge
 * them: `x = x + dt * v; x = x - l * floor(x / l)` becomes one loop and
 * the first temporary disappears.
 *
 * Forwarding stops at a statement that assigns x inside it, mentions x where
 * it cannot be renamed (a return, scan, sort or allocation), or jumps (label,
 * goto, return). -O0 skips this pass. */
#include "passes.h"
#include <stdlib.h>

static Var *g_from, *g_to;
static int g_renamed;       /* mentions renamed so far */
static bool *g_viewed;      /* by var id: some view's base (one walk over the vars a function) */

static void rename_expr(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var == g_from) { e->var = g_to; g_renamed++; }
    else if (e->kind == IE_LOAD && e->load.arr == g_from) { e->load.arr = g_to; g_renamed++; }
}

/* Renames the stores of s (and of the statements nested in it). */
static void rename_stores(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE: if (s->store.arr == g_from) { s->store.arr = g_to; g_renamed++; } break;
        case IS_IF: rename_stores(&s->if_.then); rename_stores(&s->if_.els); break;
        case IS_WHILE: rename_stores(&s->while_.pre); rename_stores(&s->while_.body); break;
        case IS_LOOP: rename_stores(&s->loop.body); break;
        default: break;
        }
    }
}

/* Can every mention of x in s be renamed (loads, stores, values)? And
 * does s leave x alone (no assignment to x inside it, no jump)? */
static bool renamable(const IStmt *s, const Var *x)
{
    switch (s->kind) {
    case IS_ASSIGN: return s->assign.dst != x;
    case IS_STORE: case IS_CHECK: case IS_PREFETCH: return true;
    case IS_ALLOC: return s->alloc != x;
    case IS_SCAN: return s->op->scan.src != x && s->op->scan.dst != x;
    case IS_SORT: return s->op->sort.keys != x && s->op->sort.dst != x;
    case IS_MATMUL: return s->op->mm.a != x && s->op->mm.b != x && s->op->mm.dst != x;
    case IS_VMATH: return s->vm.a != x && s->vm.b != x && s->vm.dst != x;
    case IS_RETURN: case IS_LABEL: case IS_GOTO: case IS_MPI: case IS_STENCIL: return false;     /* IS_MPI: made after this pass; IS_STENCIL: before */
    case IS_IF:
        for (int i = 0; i < s->if_.then.len; i++) if (!renamable(s->if_.then.items[i], x)) return false;
        for (int i = 0; i < s->if_.els.len; i++) if (!renamable(s->if_.els.items[i], x)) return false;
        return true;
    case IS_WHILE:
        for (int i = 0; i < s->while_.pre.len; i++) if (!renamable(s->while_.pre.items[i], x)) return false;
        for (int i = 0; i < s->while_.body.len; i++) if (!renamable(s->while_.body.items[i], x)) return false;
        return true;
    case IS_LOOP:
        for (int i = 0; i < s->loop.body.len; i++) if (!renamable(s->loop.body.items[i], x)) return false;
        return true;
    }
    return false;
}

/* x = t that may be forwarded: arrays of equal extents, x a var, t bound
 * once and not a view (views keep their base's memory layout). */
static bool forwardable(const IStmt *s)
{
    if (s->kind != IS_ASSIGN || !s->assign.dst->rank || s->assign.val->kind != IE_VAR) return false;
    const Var *x = s->assign.dst, *t = s->assign.val->var;
    if (!x->is_mutable || t->is_mutable || t == x || t->kind == V_VIEW || x->kind == V_VIEW) return false;
    if (!shape_equal(x, t)) return false;
    return !g_viewed[x->id];                        /* a view of x would see the old buffer */
}

/* How far down (in statements of one list) forwarding goes: stopping
 * anywhere is legal (the rebinding then runs just before the first
 * statement not renamed, which sees x = t as before), and without a bound
 * a list of n rebindings of vars that are never rebound again costs n^2
 * statement walks (3,000 such vars took 13 s).  Fusion looks back as far
 * (passes/fuse.c, FUSE_LOOKBACK), so a loop further down would not fuse
 * with t's producer anyway; shorter lists are unchanged. */
enum { FORWARD_LOOKAHEAD = 1000 };

static void forward_list(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: forward_list(&s->if_.then); forward_list(&s->if_.els); continue;
        case IS_WHILE: forward_list(&s->while_.pre); forward_list(&s->while_.body); continue;
        case IS_LOOP: forward_list(&s->loop.body); continue;
        default: break;
        }
        if (!forwardable(s)) continue;
        Var *x = s->assign.dst, *t = s->assign.val->var;
        int j = i + 1;
        while (j < l->len && j - i <= FORWARD_LOOKAHEAD && renamable(l->items[j], x)) j++;
        /* rename statement by statement; `last`: the last one that mentioned x */
        g_from = x;
        g_to = t;
        int last = i;
        for (int k = i + 1; k < j; k++) {
            PtrList one = { .items = l->items + k, .len = 1, .cap = 0 };
            int before = g_renamed;
            ir_walk_stmts(&one, rename_expr, NULL);
            rename_stores(&one);
            if (g_renamed != before) last = k;
        }
        IStmt *next = j < l->len ? l->items[j] : NULL;
        bool dead = next && next->kind == IS_ASSIGN && next->assign.dst == x &&
                    !(next->assign.val->kind == IE_VAR && next->assign.val->var == x);
        if (dead) {
            plist_remove(l, i);               /* overwritten before anything reads it */
            i--;
        } else if (last > i) {
            /* as far down as it goes (it may not cross where forwarding
             * stopped); moved only when a mention was renamed, so this ends */
            for (int k = i; k < j - 1; k++) l->items[k] = l->items[k + 1];
            l->items[j - 1] = s;
            i--;                              /* l[i] is the first renamed statement now */
        }
    }
}

/* ---- rebindings nothing reads any more ---- */

static void count_expr(IExpr **slot, void *ctx)
{
    int *uses = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR) uses[e->var->id]++;
    else if (e->kind == IE_LOAD) uses[e->load.arr->id]++;
}

/* Mentions of every variable other than as the target of an assignment. */
static void count_uses(PtrList *l, int *uses)
{
    ir_walk_stmts(l, count_expr, uses);
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE: uses[s->store.arr->id]++; break;
        case IS_RETURN: for (int k = 0; k < s->ret.n; k++) if (s->ret.vals[k]) uses[s->ret.vals[k]->id]++; break;
        case IS_ALLOC: uses[s->alloc->id]++; break;
        case IS_SCAN: uses[s->op->scan.src->id]++; uses[s->op->scan.dst->id]++; break;
        case IS_SORT: uses[s->op->sort.keys->id]++; uses[s->op->sort.dst->id]++; break;
        case IS_MATMUL: uses[s->op->mm.a->id]++; uses[s->op->mm.b->id]++; uses[s->op->mm.dst->id]++; break;
        case IS_IF: count_uses(&s->if_.then, uses); count_uses(&s->if_.els, uses); break;
        case IS_WHILE: count_uses(&s->while_.pre, uses); count_uses(&s->while_.body, uses); break;
        case IS_LOOP: count_uses(&s->loop.body, uses); break;
        default: break;
        }
    }
}

/* Drops x = t where the array var x is never read (every use forwarded). */
static void drop_unread(PtrList *l, const int *uses)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && s->assign.dst->is_mutable && s->assign.dst->kind != V_RESULT &&
                !uses[s->assign.dst->id] && s->assign.val->kind == IE_VAR)
                plist_remove(l, i--);
            break;
        case IS_IF: drop_unread(&s->if_.then, uses); drop_unread(&s->if_.els, uses); break;
        case IS_WHILE: drop_unread(&s->while_.pre, uses); drop_unread(&s->while_.body, uses); break;
        case IS_LOOP: drop_unread(&s->loop.body, uses); break;
        default: break;
        }
    }
}

void pass_forward(IrProgram *p)
{
    if (!p->fuse) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        g_viewed = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
        for (int k = 0; k < f->vars.len; k++) {
            const Var *v = f->vars.items[k];
            if (v->kind == V_VIEW) g_viewed[v->base->id] = true;
        }
        forward_list(&f->body);
        free(g_viewed);
        g_viewed = NULL;
        int *uses = xcalloc((size_t)f->vars.len + 1, sizeof(int));
        count_uses(&f->body, uses);
        drop_unread(&f->body, uses);
        free(uses);
    }
}
