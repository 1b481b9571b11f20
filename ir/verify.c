/* verify.c — structural checks run after every pass (they are cheap, so
 * always).  A failure is an internal compiler error that names the pass
 * and prints the IR. */
#include "ir.h"
#include <stdio.h>

typedef struct VCtx { bool pir; const char *why; const IStmt *sten; } VCtx;

/* A stencil kernel's read: of one of its buffers, within its footprint. */
static void vsload(IExpr **slot, void *ctx)
{
    VCtx *v = ctx;
    const IExpr *e = *slot;
    if (e->kind != IE_SLOAD) return;
    const IStmt *s = v->sten;
    if (!s) { v->why = "a stencil read outside a stencil"; return; }
    bool buf = false;
    for (int p = 0; p < s->sten.nbuf; p++) buf |= s->sten.cur[p] == e->sload.arr;
    if (!buf) v->why = "a stencil read of an array that is not one of its buffers";
    if (e->sload.n != s->sten.rank) v->why = "a stencil read with the wrong number of offsets";
    for (int d = 0; d < e->sload.n && d < s->sten.rank; d++)
        if (e->sload.off[d] < s->sten.flo[d] || e->sload.off[d] > s->sten.fhi[d]) v->why = "a stencil read outside its footprint";
}

/* A stencil's kernel stores only into its written buffers, at the element. */
static void vstencil(VCtx *v, const IStmt *s)
{
    if (v->pir) { v->why = "a stencil node survived lowering to the Parallel IR"; return; }
    if (s->sten.prod) vstencil(v, s->sten.prod);
    if (!ir_clonable_stmts(&s->sten.body)) v->why = "a stencil kernel holds more than scalar statements";
    const IStmt *save = v->sten;
    v->sten = s;
    ir_walk_stmts((PtrList *)&s->sten.body, vsload, v);
    v->sten = save;
    for (int p = 0; p < s->sten.nbuf; p++)
        if (s->sten.perm && (s->sten.perm[p] < 0 || s->sten.perm[p] >= s->sten.nbuf)) v->why = "a stencil rotation out of range";
}

static void vexpr(IExpr **slot, void *ctx)
{
    VCtx *v = ctx;
    IExpr *e = *slot;
    if (v->pir && (e->kind >= IE_MAP || e->kind == IE_SLOAD)) v->why = "a domain node survived lowering to the Parallel IR";
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
        case IS_STENCIL: vstencil(v, s); break;
        case IS_PREFETCH:
            if (s->pf.at->kind != IE_LOAD) v->why = "a prefetch of something other than an element";
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

/* ---- every scalar read has a definition (Parallel IR) ----
 * A local or temporary scalar that is read (in an expression, or as the
 * extent of an allocation) but assigned nowhere in the function is a pass
 * that removed or renamed a definition and missed a use; the C would read
 * the declaration's 0, a wrong answer, so it is an internal error here. */
typedef struct Defs { char *def; const Var *undef; } Defs;

static void defs_of(const PtrList *l, char *def)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: def[s->assign.dst->id] = 1; break;
        case IS_MPI:
            if (s->mpi.op == MPI_EXTENT) def[s->mpi.global->id] = def[s->mpi.off->id] = 1;
            break;
        case IS_IF: defs_of(&s->if_.then, def); defs_of(&s->if_.els, def); break;
        case IS_WHILE: defs_of(&s->while_.pre, def); defs_of(&s->while_.body, def); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) def[s->loop.idx[d]->id] = 1;
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                def[r->acc->id] = 1;
                if (r->idx) def[r->idx->id] = 1;
                if (r->pa) def[r->pa->id] = 1;
                if (r->pb) def[r->pb->id] = 1;
            }
            defs_of(&s->loop.body, def);
            break;
        default: break;
        }
    }
}

static bool needs_def(const Var *v)
{
    return v && !v->rank && (v->kind == V_LOCAL || v->kind == V_TEMP);
}

static void use_expr(IExpr **slot, void *ctx)
{
    Defs *d = ctx;
    const IExpr *e = *slot;
    if (!d->undef && e->kind == IE_VAR && needs_def(e->var) && !d->def[e->var->id]) d->undef = e->var;
}

static void use_allocs(const PtrList *l, Defs *d)
{
    for (int i = 0; i < l->len && !d->undef; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC:
            for (int k = 0; k < s->alloc->rank; k++)
                if (needs_def(s->alloc->dims[k].var) && !d->def[s->alloc->dims[k].var->id]) d->undef = s->alloc->dims[k].var;
            break;
        case IS_IF: use_allocs(&s->if_.then, d); use_allocs(&s->if_.els, d); break;
        case IS_WHILE: use_allocs(&s->while_.pre, d); use_allocs(&s->while_.body, d); break;
        case IS_LOOP: use_allocs(&s->loop.body, d); break;
        default: break;
        }
    }
}

static const Var *undefined_read(IrFunc *f)
{
    Defs d = { xcalloc((size_t)f->vars.len + 1, 1), NULL };
    defs_of(&f->body, d.def);
    ir_walk_stmts(&f->body, use_expr, &d);
    use_allocs(&f->body, &d);
    free(d.def);
    return d.undef;
}

bool ir_verify(const IrProgram *p, bool pir, const char *after)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        VCtx v = { pir, NULL, NULL };
        vstmts(&v, &f->body, 0);
        ir_walk_stmts(&f->body, vexpr, &v);
        const Var *u = !v.why && pir ? undefined_read(f) : NULL;
        if (u) v.why = arena_printf("'%s' is read but assigned nowhere", u->name);
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
