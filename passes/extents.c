/* extents.c — simplify extents in the Domain IR.
 *
 * Before/after: DIR.  A rebindable array (`var x = ...`) gets extent
 * variables of its own (x_d0, ...), assigned whenever x is rebound.  When
 * every assignment to such a variable gives it the same value (a constant
 * or an immutable variable such as a size variable), the variable is
 * replaced by that value everywhere.  Shape checks then become provable:
 * a check whose condition folds to true is removed.  This lets fusion see
 * that `x = x + a` in a loop runs over the same domain as `a`. */
#include "passes.h"

typedef struct Info { IExpr *val; bool multi; int nassign; } Info;

static bool same_value(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == IE_VAR) return a->var == b->var;
    if (a->kind == IE_CONST) return a->c.i == b->c.i;
    return false;
}

static void collect(PtrList *l, Info *info)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            Var *v = s->assign.dst;
            Info *in = &info[v->id];
            IExpr *e = s->assign.val;
            if (e->kind == IE_VAR && e->var == v) break;        /* x_d0 = x_d0 */
            in->nassign++;
            if (v->rank || v->elem != T_I64 || !(e->kind == IE_CONST || (e->kind == IE_VAR && !e->var->is_mutable))) {
                in->multi = true;
                break;
            }
            if (!in->val) in->val = e;
            else if (!same_value(in->val, e)) in->multi = true;
            break;
        }
        case IS_IF: collect(&s->if_.then, info); collect(&s->if_.els, info); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) info[s->loop.idx[d]->id].multi = true;
            collect(&s->loop.body, info);
            break;
        case IS_WHILE: collect(&s->while_.pre, info); collect(&s->while_.body, info); break;
        default: break;
        }
    }
}

static Info *g_info;

static bool replaceable(const Var *v)
{
    const Info *in = &g_info[v->id];
    return v->kind == V_TEMP && v->is_mutable && !in->multi && in->val;
}

static void subst(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && replaceable(e->var)) {
        IExpr *r = ir_clone_expr(g_info[e->var->id].val);
        r->span = e->span;
        *slot = r;
    }
}

/* Folds a check condition: x == x is true; true && c is c. Returns 1 for
 * provably true, 0 otherwise. */
static int fold(IExpr *e)
{
    if (e->kind == IE_CONST && e->ty == T_BOOL) return e->c.i != 0;
    if (e->kind != IE_BINOP) return 0;
    if (e->op.op == OP_EQ && same_value(e->op.a, e->op.b)) return 1;
    if (e->op.op == OP_AND) return fold(e->op.a) && fold(e->op.b);
    return 0;
}

static void rewrite(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (replaceable(s->assign.dst) || (s->assign.val->kind == IE_VAR && s->assign.val->var == s->assign.dst
                                                && !s->assign.dst->rank)) {
                plist_remove(l, i--);
                continue;
            }
            break;
        case IS_CHECK:
            if (fold(s->check.cond)) { plist_remove(l, i--); continue; }
            break;
        case IS_IF: rewrite(&s->if_.then); rewrite(&s->if_.els); break;
        case IS_LOOP: rewrite(&s->loop.body); break;
        case IS_WHILE: rewrite(&s->while_.pre); rewrite(&s->while_.body); break;
        default: break;
        }
    }
}

void pass_extents(IrProgram *p)
{
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        g_info = xcalloc((size_t)f->vars.len + 1, sizeof(Info));
        collect(&f->body, g_info);
        for (int i = 0; i < f->vars.len; i++) {
            Var *v = f->vars.items[i];
            for (int d = 0; d < v->rank; d++) {
                Var *x = v->dims[d].var;
                if (x && replaceable(x)) {
                    IExpr *val = g_info[x->id].val;
                    v->dims[d].var = val->kind == IE_VAR ? val->var : NULL;
                    v->dims[d].c = val->kind == IE_CONST ? val->c.i : 0;
                }
            }
        }
        ir_walk_stmts(&f->body, subst, NULL);
        /* map bodies hold statements too */
        rewrite(&f->body);
        free(g_info);
        g_info = NULL;
    }
}
