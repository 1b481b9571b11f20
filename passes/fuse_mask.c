/* fuse_mask.c — a compaction computes its own mask.
 *
 * Before/after: DIR.  In a statement list,
 *     t = map(|x_e, y_e| body; r, x, y)
 *     c = compact(|t_e, a_e| where keep: v, t, a)
 * where t is a compiler temporary that nothing but c mentions becomes
 *     c = compact(|a_e, x_e, y_e| { body; t_e = r } where keep: v, a, x, y)
 * and t disappears.  Applied again to the statement now before c, the
 * maps a mask expression is built from (a > 0.0 && b < 1.0 is three) all
 * move in: the mask is computed per element inside the compaction's
 * passes and never stored (mask reads and where(m), LANGUAGE.md section 14).
 *
 * Legal because: t has c's shape (it is one of c's operands, which all
 * have one shape), so the map's operands are read at the element c reads;
 * nothing runs between the map and c (the map is the statement just before
 * c), so they hold the same values then; and t has no other use (counted
 * over the whole function: every mention in an expression, an operand of a
 * domain node, a store, a return or the base of a view), so no one else
 * misses it.  The map's body is scalar code without stores, which the
 * compaction may run twice (LoopKind).  -O0 skips this pass. */
#include "passes.h"
#include <stdlib.h>

static int *g_uses;

static void use(const Var *v) { if (v) g_uses[v->id]++; }

/* ---- uses of each variable in the Domain IR (also for stencil_inline.c) ---- */

static void on_expr(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    switch (e->kind) {
    case IE_VAR: use(e->var); break;
    case IE_LOAD: use(e->load.arr); break;
    case IE_MAP: case IE_COMPACT: for (int i = 0; i < e->map.n; i++) use(e->map.args[i]); break;
    case IE_REDUCE: use(e->red.arr); break;
    case IE_SCAN: use(e->scan.src); break;
    case IE_SORT: use(e->sort.keys); break;
    case IE_MATMUL: use(e->mm.a); use(e->mm.b); break;
    default: break;
    }
}

/* Stores and returns (expressions are counted by on_expr). */
static void count_stmts(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE: use(s->store.arr); break;
        case IS_RETURN: for (int k = 0; k < s->ret.n; k++) use(s->ret.vals[k]); break;
        case IS_IF: count_stmts(&s->if_.then); count_stmts(&s->if_.els); break;
        case IS_LOOP: count_stmts(&s->loop.body); break;
        case IS_WHILE: count_stmts(&s->while_.pre); count_stmts(&s->while_.body); break;
        case IS_ASSIGN: {
            const IExpr *v = s->assign.val;
            if (v->kind == IE_MAP || v->kind == IE_COMPACT) count_stmts(&v->map.body);
            else if (v->kind == IE_GEN) count_stmts(&v->gen.body);
            break;
        }
        default: break;
        }
    }
}

static int arg_index(const IExpr *c, const Var *v)
{
    for (int i = 0; i < c->map.n; i++)
        if (c->map.args[i] == v) return i;
    return -1;
}

/* Moves the map t = mp into the compaction c (t is c's operand k). */
static void absorb(IExpr *c, int k, IExpr *mp, Span s)
{
    int cap = c->map.n - 1 + mp->map.n;
    Var **args = arena_alloc(sizeof(Var *) * (size_t)(cap + 1));
    Var **elems = arena_alloc(sizeof(Var *) * (size_t)(cap + 1));
    int n = 0;
    for (int i = 0; i < c->map.n; i++)
        if (i != k) { args[n] = c->map.args[i]; elems[n] = c->map.elems[i]; n++; }
    PtrList body = {0};
    for (int j = 0; j < mp->map.n; j++) {
        int d = -1;
        for (int i = 0; i < n; i++)
            if (args[i] == mp->map.args[j]) d = i;
        if (d < 0) {
            args[n] = mp->map.args[j];
            elems[n] = mp->map.elems[j];
            n++;
            continue;
        }
        /* an operand both read: one load, the map's element a copy of it */
        IStmt *cp = ir_stmt(IS_ASSIGN, s);
        cp->assign.dst = mp->map.elems[j];
        cp->assign.val = ir_varref(elems[d], s);
        plist_push(&body, cp);
        g_uses[args[d]->id]--;
    }
    for (int i = 0; i < mp->map.body.len; i++) plist_push(&body, mp->map.body.items[i]);
    IStmt *set = ir_stmt(IS_ASSIGN, s);
    set->assign.dst = c->map.elems[k];
    set->assign.val = mp->map.result;
    plist_push(&body, set);
    for (int i = 0; i < c->map.body.len; i++) plist_push(&body, c->map.body.items[i]);
    g_uses[c->map.args[k]->id]--;
    c->map.args = args;
    c->map.elems = elems;
    c->map.n = n;
    c->map.body = body;
}

static void fuse_list(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: fuse_list(&s->if_.then); fuse_list(&s->if_.els); continue;
        case IS_LOOP: fuse_list(&s->loop.body); continue;
        case IS_WHILE: fuse_list(&s->while_.pre); fuse_list(&s->while_.body); continue;
        case IS_ASSIGN: break;
        default: continue;
        }
        IExpr *c = s->assign.val;
        if (c->kind == IE_GEN) { fuse_list(&c->gen.body); continue; }
        if (c->kind != IE_COMPACT) continue;
        while (i > 0) {
            IStmt *d = l->items[i - 1];
            if (d->kind != IS_ASSIGN || d->assign.val->kind != IE_MAP) break;
            Var *t = d->assign.dst;
            int k = arg_index(c, t);
            if (k < 0 || t->kind != V_TEMP || g_uses[t->id] != 1) break;
            absorb(c, k, d->assign.val, s->span);
            plist_remove(l, i - 1);
            i--;
        }
    }
}

int *dir_count_uses(IrFunc *f)
{
    int *save = g_uses;
    int *u = g_uses = xcalloc((size_t)f->vars.len + 1, sizeof(int));
    ir_walk_stmts(&f->body, on_expr, NULL);
    count_stmts(&f->body);
    for (int i = 0; i < f->vars.len; i++) {
        const Var *v = f->vars.items[i];
        if (v->kind == V_VIEW) use(v->base);
    }
    g_uses = save;
    return u;
}

void pass_fuse_mask(IrProgram *p)
{
    if (!p->fuse) return;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        g_uses = dir_count_uses(f);
        fuse_list(&f->body);
        free(g_uses);
        g_uses = NULL;
    }
}
