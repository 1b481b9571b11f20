/* verify.c — structural checks run after every pass (they are cheap, so
 * always).  A failure is an internal compiler error that names the pass
 * and prints the IR. */
#include "ir.h"
#include <stdio.h>

typedef struct VCtx { bool pir; const char *why; } VCtx;

static void vexpr(IExpr **slot, void *ctx)
{
    VCtx *v = ctx;
    IExpr *e = *slot;
    if (v->pir && e->kind >= IE_MAP) v->why = "a domain node survived lowering to the Parallel IR";
    if (e->kind == IE_LOAD && e->load.n != e->load.arr->rank) v->why = "a load with the wrong number of indices";
    if (e->kind == IE_LOAD && e->load.arr->kind == V_VIEW) v->why = "a load from a view was not resolved";
    if (e->kind == IE_VAR && !e->var) v->why = "a reference to no variable";
}

static void vstmts(VCtx *v, const PtrList *l, int depth)
{
    for (int i = 0; i < l->len && !v->why; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC:
            if (!v->pir) v->why = "alloc in the Domain IR";
            break;
        case IS_ASSIGN:
            if (s->assign.val->kind >= IE_MAP && depth > 0 && v->pir) v->why = "nested domain node";
            if (s->assign.dst->rank && s->assign.val->kind < IE_MAP && s->assign.val->kind != IE_VAR)
                v->why = "array assigned a scalar expression";
            break;
        case IS_STORE:
            if (s->store.n != s->store.arr->rank) v->why = "a store with the wrong number of indices";
            break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_PARFOR && depth > 0 && v->pir) { /* nested parfors run serially inside */ }
            vstmts(v, &s->loop.body, depth + 1);
            break;
        case IS_IF:
            vstmts(v, &s->if_.then, depth);
            vstmts(v, &s->if_.els, depth);
            break;
        case IS_WHILE:
            vstmts(v, &s->while_.pre, depth);
            vstmts(v, &s->while_.body, depth);
            break;
        default:
            break;
        }
    }
}

bool ir_verify(const IrProgram *p, bool pir, const char *after)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        VCtx v = { pir, NULL };
        vstmts(&v, &f->body, 0);
        ir_walk_stmts(&f->body, vexpr, &v);
        if (v.why) {
            Buf b = {0};
            ir_print_func(&b, f);
            fprintf(stderr, "%s", b.s);
            buf_free(&b);
            ice("IR verification failed after pass '%s' in '%s': %s", after, f->name, v.why);
        }
    }
    return true;
}
