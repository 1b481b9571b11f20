/* sema_views.c — when a var is a view (section 4: binding an array to a
 * var never copies). A var bound to a slice or transpose is a view unless it
 * is assigned as a whole later in its scope (collect_rebound, var_rebound:
 * then arrc keeps its array in a buffer of its own, a copy), and such a
 * copy is an error wherever it could be told from the view (note_view_copy,
 * check_view_copies). */
#include "sema_int.h"
#include <stdlib.h>
#include <string.h>

static void note_rebound(Stmt *s, void *ctx)
{
    if (s->kind == S_ASSIGN && s->assign.target->kind == E_NAME) plist_push(ctx, (void *)s->assign.target->name.name);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Collects the names f's body assigns to as a whole, before checking it: a
 * var that is never rebound is a plain name for its initial value, so a
 * `var` bound to a slice can be the view section 4 asks for ("assigning an
 * array to a var ... never copies"). By name: var_rebound looks further
 * only for these names. */
void collect_rebound(FnDecl *f)
{
    PtrList names = {0};
    ast_each_stmt(&f->body, note_rebound, &names);
    if (names.len) qsort(names.items, (size_t)names.len, sizeof(void *), cmp_name);
    f->rebound = (const char **)names.items;
    f->nrebound = names.len;
}

static bool is_rebound(const FnDecl *f, const char *name)
{
    return f && f->nrebound && bsearch(&name, f->rebound, (size_t)f->nrebound, sizeof(char *), cmp_name);
}

/* Does the binding of `name` declared just before l[from] get assigned as a
 * whole in l[from..] or in what is nested there, where no other binding of
 * the name hides it? (The precise question, for a name is_rebound reports:
 * another variable of that name may be the one assigned.) Past *budget
 * nodes, which the scans of a function share, it answers yes, the safe
 * side, so that many such vars cannot make the check quadratic. */
static bool assigns_in(PtrList *l, int from, const char *name, int *budget);

static bool ident_is(PtrList *ids, const char *name)
{
    for (int i = 0; i < ids->len; i++)
        if (strcmp(((Ident *)ids->items[i])->name, name) == 0) return true;
    return false;
}

static bool assigns_expr(Expr *e, const char *name, int *budget)
{
    if (!e) return false;
    if (--*budget < 0) return true;
    switch (e->kind) {
    case E_UNARY: case E_BINARY: case E_COND:
        return assigns_expr(e->op.a, name, budget) || assigns_expr(e->op.b, name, budget)
            || assigns_expr(e->op.c, name, budget);
    case E_CALL:
        for (int i = 0; i < e->call.args.len; i++)
            if (assigns_expr(e->call.args.items[i], name, budget)) return true;
        return false;
    case E_INDEX:
        if (assigns_expr(e->index.base, name, budget)) return true;
        for (int i = 0; i < e->index.idx.len; i++)
            if (assigns_expr(e->index.idx.items[i], name, budget)) return true;
        return false;
    case E_RANGE: return assigns_expr(e->range.lo, name, budget) || assigns_expr(e->range.hi, name, budget);
    case E_TUPLE: case E_ARRAYLIT:
        for (int i = 0; i < e->tuple.len; i++)
            if (assigns_expr(e->tuple.items[i], name, budget)) return true;
        return false;
    case E_COMPREH: {
        bool hidden = false;
        for (int i = 0; i < e->comp.gens.len; i++) {
            Gen *g = e->comp.gens.items[i];
            if (assigns_expr(g->over ? g->over : g->range, name, budget)) return true;
            hidden |= strcmp(g->var.name, name) == 0;
        }
        return !hidden && assigns_expr(e->comp.body, name, budget);
    }
    case E_BLOCK: return assigns_in(&e->block.stmts, 0, name, budget) || assigns_expr(e->block.value, name, budget);
    case E_LAMBDA: return !ident_is(&e->lambda.params, name) && assigns_expr(e->lambda.body, name, budget);
    case E_STENCIL:
        for (int i = 0; i < e->stencil.args.len; i++)
            if (assigns_expr(e->stencil.args.items[i], name, budget)) return true;
        return !ident_is(&e->stencil.params, name) && assigns_in(&e->stencil.body, 0, name, budget);
    default: return false;
    }
}

static bool assigns_in(PtrList *l, int from, const char *name, int *budget)
{
    for (int i = from; i < l->len; i++) {
        Stmt *s = l->items[i];
        if (--*budget < 0) return true;
        switch (s->kind) {
        case S_LET: case S_VAR:
            if (assigns_expr(s->let.init, name, budget)) return true;
            if (ident_is(&s->let.names, name)) return false;     /* hidden from here on */
            break;
        case S_ASSIGN:
            if (s->assign.target->kind == E_NAME && strcmp(s->assign.target->name.name, name) == 0) return true;
            if (assigns_expr(s->assign.target, name, budget) || assigns_expr(s->assign.value, name, budget)) return true;
            break;
        case S_IF:
            if (assigns_expr(s->if_.cond, name, budget) || assigns_in(&s->if_.then, 0, name, budget)
                || assigns_in(&s->if_.els, 0, name, budget)) return true;
            break;
        case S_FOR:
            if (assigns_expr(s->for_.range, name, budget)) return true;
            if (strcmp(s->for_.var.name, name) != 0 && assigns_in(&s->for_.body, 0, name, budget)) return true;
            break;
        case S_WHILE:
            if (assigns_expr(s->while_.cond, name, budget) || assigns_in(&s->while_.body, 0, name, budget)) return true;
            break;
        case S_RETURN:
            for (int k = 0; k < s->ret.values.len; k++)
                if (assigns_expr(s->ret.values.items[k], name, budget)) return true;
            break;
        case S_EXPR:
            if (assigns_expr(s->expr, name, budget)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* Is the var `name` that decl (statement c->stmt_at of c->stmts) declares
 * assigned as a whole later (a rebound var keeps an array of its own)? */
bool var_rebound(Ctx *c, Stmt *decl, const char *name)
{
    if (!is_rebound(c->fn, name)) return false;
    if (!c->stmts || c->stmt_at >= c->stmts->len || c->stmts->items[c->stmt_at] != decl) return true;
    return c->rebound_budget <= 0 || assigns_in(c->stmts, c->stmt_at + 1, name, &c->rebound_budget);
}

/* A var that arrc gives a copy of a view (a slice, a transpose, a name of
 * one) where section 4 says binding never copies: `var v = a[1..n]` when v
 * is rebound later, or `v = a[1..n]`. */
typedef struct ViewCopy { Sym *var, *root; Span at; bool assigned; } ViewCopy;

bool is_view_value(const Expr *x)
{
    while (x->kind == E_BLOCK && x->block.value) x = x->block.value;       /* { ...; a[1..n] } */
    return is_slice(x) || (x->kind == E_CALL && x->call.builtin == BI_TRANSPOSE)
        || (x->kind == E_NAME && x->name.sym && x->name.sym->view)
        || (x->kind == E_CALL && x->call.builtin == BI_RESHAPE && x->call.args.len
            && is_view_value(x->call.args.items[0]));                  /* reshape(a[1..n], 2, m) */
}

void note_view_copy(Ctx *c, Sym *var, Expr *value, Span at, bool assigned)
{
    if (!c->fn || !var || !is_view_value(value)) return;
    ViewCopy *vc = arena_alloc(sizeof *vc);
    *vc = (ViewCopy){ var, root_sym(value), at, assigned };
    plist_push(&c->fn->view_copies, vc);
}

/* The copy is arrc's and not the language's; it is an error wherever it
 * could be told from the view (a wrong answer otherwise): when a store goes
 * through the var (into the copy, not the array), or the viewed array is
 * written (which the copy does not see). Both are judged for the whole
 * function, the safe side. */
void check_view_copies(FnDecl *f)
{
    for (int i = 0; i < f->view_copies.len; i++) {
        ViewCopy *vc = f->view_copies.items[i];
        bool through = vc->var->written, into = vc->root && vc->root->written;
        if (!through && !into) continue;
        const char *rn = vc->root ? vc->root->name : "the array";
        if (vc->assigned)
            diag_error(vc->at, "assigning a slice or transpose to the var '%s' would make it a view of '%s', "
                       "which arrc does not support (it copies)", vc->var->name, rn);
        else
            diag_error(vc->at, "the var '%s' is bound to a view of '%s' and assigned again later, "
                       "which arrc does not support (it copies the view)", vc->var->name, rn);
        diag_note(vc->at, "%s, so the copy would differ from the view that section 4 asks for; bind the view "
                  "with 'let' (or a var never assigned again), or write copy(...) for an array of its own",
                  through ? arena_printf("'%s' is stored to", vc->var->name) : arena_printf("'%s' is written", rn));
    }
}

/* The named array an expression denotes (through slices and let aliases). */
Sym *root_sym(Expr *e)
{
    /* (a block's value is the array it names: `let p = { c }` is c, found
       by an acceptance probe: a comprehension body wrote c through it) */
    while (e && ((e->kind == E_INDEX && e->ty && e->ty->kind == T_ARRAY)
                 || (e->kind == E_CALL && (e->call.builtin == BI_RESHAPE || e->call.builtin == BI_TRANSPOSE)
                     && e->call.args.len)
                 || (e->kind == E_CALL && e->call.fn && e->call.fn->ret_param
                     && e->call.fn->ret_param <= e->call.args.len)
                 || (e->kind == E_BLOCK && e->block.value)))
        e = e->kind == E_INDEX ? e->index.base : e->kind == E_BLOCK ? e->block.value
          : e->call.fn && e->call.fn->ret_param ? e->call.args.items[e->call.fn->ret_param - 1] : e->call.args.items[0];
    if (!e || e->kind != E_NAME || !e->name.sym) return NULL;
    Sym *s = e->name.sym;
    while (s->alias_of) s = s->alias_of;
    return s;
}
