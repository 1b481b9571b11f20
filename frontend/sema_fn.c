/* sema_fn.c — functions as a whole: signatures (parameters, size
 * variables, results), whether a body returns on every path, the check of
 * one function, and of a module (redefinitions, then every function). */
#include "sema_int.h"
#include <ctype.h>

/* Does l hold a break of the loop whose body it is (not of a loop inside)? */
static bool breaks_out(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        if (s->kind == S_BREAK) return true;
        if (s->kind == S_IF && (breaks_out(&s->if_.then) || breaks_out(&s->if_.els))) return true;
    }
    return false;
}

static bool always_returns(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        if (s->kind == S_RETURN) return true;
        if (s->kind == S_IF && s->if_.els.len && always_returns(&s->if_.then) && always_returns(&s->if_.els))
            return true;
        /* `while true` without a break leaves only by a return */
        if (s->kind == S_WHILE && s->while_.cond->kind == E_BOOL && s->while_.cond->bval && !breaks_out(&s->while_.body))
            return true;
    }
    return false;
}

/* ---- signatures ---- */

static Param *find_param(FnDecl *f, const char *name)
{
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        if (strcmp(p->id.name, name) == 0) return p;
    }
    return NULL;
}

static void check_signature(Ctx *c, FnDecl *f)
{
    push_scope(c);
    f->scalar_only = true;
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        Type *t = type_from_expr(c, p->ty);
        if (p->ty->is_tuple) { diag_error(p->ty->span, "a parameter cannot be a tuple"); t = err_ty(); }
        p->id.sym = declare(c, p->id.name, SYM_PARAM, t, p->id.span);
        p->id.sym->param = p;
        if (t->kind == T_ARRAY) f->scalar_only = false;
    }
    /* Extents: i64 parameters, size variables (first occurrence binds),
     * constants, and anonymous extents (named PARAM_dK in the C ABI). */
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        if (!p->ty->is_array || p->ty->dims.len > 4) continue;
        p->shape.rank = p->ty->dims.len;
        for (int d = 0; d < p->ty->dims.len; d++) {
            Dim *dm = p->ty->dims.items[d];
            if (dm->kind == DIM_INT) { p->shape.c[d] = dm->value; continue; }
            if (dm->kind == DIM_EMPTY) {
                Sym *s = declare(c, arena_printf("%s_d%d", p->id.name, d), SYM_SIZE, ty_scalar(T_I64), dm->span);
                s->size_of = p; s->size_dim = d; s->anon = true;
                p->shape.sym[d] = s;
                plist_push(&f->sizes, s);
                continue;
            }
            Sym *s = lookup(c, dm->name);
            if (s && s->kind == SYM_PARAM) {
                if (s->ty->kind != T_I64) {
                    diag_error(dm->span, "extent '%s' names a parameter of type %s; only i64 parameters can be extents",
                               dm->name, what(s->ty));
                    continue;
                }
            } else if (!s) {
                s = declare(c, dm->name, SYM_SIZE, ty_scalar(T_I64), dm->span);
                s->size_of = p; s->size_dim = d;
                plist_push(&f->sizes, s);
            }
            p->shape.sym[d] = s;
        }
    }
    f->ret_ty = ty_scalar(T_VOID);
    if (f->ret) {
        TypeExpr *r = f->ret;
        int n = r->is_tuple ? r->elts.len : 1;
        f->nresults = n;
        f->result_tys = arena_alloc(sizeof(Type *) * (size_t)n);
        f->result_shapes = arena_alloc(sizeof(ShapeSig) * (size_t)n);
        for (int i = 0; i < n; i++) {
            TypeExpr *te = r->is_tuple ? r->elts.items[i] : r;
            if (te->is_tuple) { diag_error(te->span, "nested tuples are not allowed"); f->result_tys[i] = err_ty(); continue; }
            f->result_tys[i] = type_from_expr(c, te);
            if (te->is_array) {
                f->scalar_only = false;
                ShapeSig *sh = &f->result_shapes[i];
                sh->rank = te->dims.len;
                for (int d = 0; d < te->dims.len && d < 4; d++) {
                    Dim *dm = te->dims.items[d];
                    if (dm->kind == DIM_INT) { sh->c[d] = dm->value; continue; }
                    if (dm->kind == DIM_EMPTY) { sh->anon[d] = true; continue; }   /* allocated by the callee */
                    Sym *s = lookup(c, dm->name);
                    if (s && s->kind == SYM_PARAM && s->ty->kind != T_I64) {
                        diag_error(dm->span, "extent '%s' names a parameter of type %s; only i64 parameters can be extents",
                                   dm->name, what(s->ty));
                        continue;
                    }
                    if (!s || (s->kind != SYM_SIZE && !(s->kind == SYM_PARAM && s->ty->kind == T_I64))) {
                        diag_error(dm->span, "extent '%s' of the result is not bound by a parameter", dm->name);
                        if (s) diag_note(s->span, "'%s' is declared here", dm->name);
                        continue;
                    }
                    sh->sym[d] = s;
                }
            }
        }
        f->ret_ty = n == 1 ? f->result_tys[0] : ty_tuple(n, f->result_tys);
    }
    (void)find_param;
}

/* Literal kinds nothing fixed (an array literal used only where any
 * element type would do, `sum([1, 2, 3])` as a statement's value) take
 * their defaults, so no later stage sees a literal kind. */
static void default_literals_stmts(PtrList *l);
static void default_literals(Expr *e)
{
    if (!e) return;
    if (e->ty && !is_err(e->ty) && e->ty->kind != T_TUPLE && is_weak(elem_of(e->ty))) finish(e);
    switch (e->kind) {
    case E_UNARY: default_literals(e->op.a); break;
    case E_BINARY: default_literals(e->op.a); default_literals(e->op.b); break;
    case E_COND: default_literals(e->op.c); default_literals(e->op.a); default_literals(e->op.b); break;
    case E_CALL: for (int i = 0; i < e->call.args.len; i++) default_literals(e->call.args.items[i]); break;
    case E_INDEX:
        default_literals(e->index.base);
        for (int i = 0; i < e->index.idx.len; i++) default_literals(e->index.idx.items[i]);
        break;
    case E_RANGE: default_literals(e->range.lo); default_literals(e->range.hi); break;
    case E_TUPLE: case E_ARRAYLIT: for (int i = 0; i < e->tuple.len; i++) default_literals(e->tuple.items[i]); break;
    case E_COMPREH:
        default_literals(e->comp.body);
        for (int i = 0; i < e->comp.gens.len; i++) {
            Gen *g = e->comp.gens.items[i];
            default_literals(g->over ? g->over : g->range);
        }
        break;
    case E_BLOCK: default_literals_stmts(&e->block.stmts); default_literals(e->block.value); break;
    case E_LAMBDA: default_literals(e->lambda.body); break;
    case E_STENCIL:
        for (int i = 0; i < e->stencil.args.len; i++) default_literals(e->stencil.args.items[i]);
        default_literals_stmts(&e->stencil.body);
        break;
    default: break;
    }
}

static void default_literals_stmts(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_LET: case S_VAR: default_literals(s->let.init); break;
        case S_ASSIGN: default_literals(s->assign.target); default_literals(s->assign.value); break;
        case S_IF: default_literals(s->if_.cond); default_literals_stmts(&s->if_.then); default_literals_stmts(&s->if_.els); break;
        case S_FOR: default_literals(s->for_.range); default_literals_stmts(&s->for_.body); break;
        case S_WHILE: default_literals(s->while_.cond); default_literals_stmts(&s->while_.body); break;
        case S_RETURN: for (int k = 0; k < s->ret.values.len; k++) default_literals(s->ret.values.items[k]); break;
        case S_EXPR: default_literals(s->expr); break;
        default: break;
        }
    }
}

void check_fn(Ctx *c, FnDecl *f)
{
    if (f->checked || f->is_extern) return;
    f->checking = true;
    c->fn = f;
    collect_rebound(f);
    c->rebound_budget = 1000000;
    f->call_depth = 1;
    check_signature(c, f);
    push_scope(c);
    check_stmts(c, &f->body);
    check_view_copies(f);
    default_literals_stmts(&f->body);
    pop_scope(c);
    pop_scope(c);
    if (f->nresults > 0 && !always_returns(&f->body)) {
        diag_error(f->name_span, "function '%s' does not return a value on every path", f->name);
        /* the body's closing brace: the first one after its last statement
           (past blanks and comments) */
        const SourceFile *sf = diag_file(f->name_span.file);
        uint32_t p = f->body.len ? ((Stmt *)f->body.items[f->body.len - 1])->span.end : f->name_span.end;
        if (!f->body.len)
            while (p < sf->len && sf->text[p] != '{') p++;
        if (!f->body.len && p < sf->len) p++;
        while (p < sf->len && (isspace((unsigned char)sf->text[p]) || sf->text[p] == '#' || sf->text[p] == ';')) {
            if (sf->text[p] == '#') while (p < sf->len && sf->text[p] != '\n') p++;
            else p++;
        }
        if (p < sf->len && sf->text[p] == '}')
            diag_note((Span){ p, p + 1, f->name_span.file }, "it can reach its end here without a 'return'");
    }
    f->checking = false;
    f->checked = true;
}

static const Module *g_sort_fns;     /* the module whose functions by_fn_name orders */

static int g_main_file;             /* the compiled file (its functions come first in the module) */

/* By name, then imported before local (an import stands at the top of the
 * file: a local function of an imported one's name is the redefinition),
 * then by position. */
static int by_fn_name(const void *a, const void *b)
{
    int i = *(const int *)a, j = *(const int *)b;
    const FnDecl *f = g_sort_fns->fns.items[i], *g = g_sort_fns->fns.items[j];
    int c = strcmp(f->name, g->name);
    if (c) return c;
    int lf = f->name_span.file == g_main_file, lg = g->name_span.file == g_main_file;
    return lf != lg ? lf - lg : (i > j) - (i < j);
}

/* -Wunused-function: a function of the compiled file that no exported
 * function calls, directly or through others, is never lowered (only its
 * types are checked).  A file without exports is a module for import: no
 * warning there. */
static void warn_unused_fns(Module *m)
{
    PtrList work = {0};
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (f->is_export) { f->reached = true; plist_push(&work, f); }
    }
    if (!work.len) return;
    while (work.len) {
        FnDecl *f = work.items[--work.len];
        for (int k = 0; k < f->callees.len; k++) {
            FnDecl *g = f->callees.items[k];
            if (!g->reached) { g->reached = true; plist_push(&work, g); }
        }
    }
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (!f->reached && !f->is_extern)
            diag_warning(W_UNUSED_FUNCTION, f->name_span, "function '%s' is never called from an exported function, "
                         "so it is not compiled (only its types are checked)", f->name);
    }
}

int sema_check(Module *m, const char *cmodule)
{
    Ctx c = { .mod = m };
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (f->is_export) check_export_name(f, cmodule);
    }
    check_externs(&c, m);
    /* redefinitions: the functions sorted by name (then position), so that
       each one's first definition is found in n log n (comparing every pair
       took 4 s for 40,000 functions) */
    int nf = m->fns.len;
    int *order = xmalloc(sizeof(int) * (size_t)(nf ? nf : 1)), *first = xmalloc(sizeof(int) * (size_t)(nf ? nf : 1));
    for (int i = 0; i < nf; i++) order[i] = i;
    g_sort_fns = m;
    g_main_file = nf ? ((FnDecl *)m->fns.items[0])->name_span.file : 0;
    qsort(order, (size_t)nf, sizeof(int), by_fn_name);
    for (int k = 0; k < nf; k++) {
        bool same = k > 0 && !strcmp(((FnDecl *)m->fns.items[order[k]])->name, ((FnDecl *)m->fns.items[order[k - 1]])->name);
        first[order[k]] = same ? first[order[k - 1]] : order[k];
    }
    for (int i = 0; i < nf; i++) {
        FnDecl *f = m->fns.items[i];
        if (first[i] != i) {
            const FnDecl *g = m->fns.items[first[i]];
            if (g->name_span.file != f->name_span.file && f->name_span.file == g_main_file) {
                diag_error(f->name_span, "redefinition of function '%s'", f->name);
                diag_note(g->name_span, "first defined in the imported module '%s'", diag_file(g->name_span.file)->name);
                continue;
            }
            diag_error(f->name_span, "redefinition of function '%s'", f->name);
            diag_note(((FnDecl *)m->fns.items[first[i]])->name_span, "previous definition is here");
        }
        if (builtin_lookup(f->name) >= 0)
            diag_error(f->name_span, "'%s' is a builtin function and cannot be redefined", f->name);
    }
    free(order);
    free(first);
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (f->is_extern) continue;         /* checked against its header above */
        check_fn(&c, f);
    }
    warn_unused_fns(m);
    VEC_FREE(c.scope);
    VEC_FREE(c.marks);
    free_names(&c);
    return diag_error_count();
}
