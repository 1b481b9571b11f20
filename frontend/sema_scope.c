/* sema_scope.c — the type checker's scopes: declaring names (redefinition
 * errors, -Wshadow), looking them up (marking them read), "did you mean"
 * notes, and closing a scope (-Wunused-variable). */
#include "sema_int.h"

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;           /* FNV-1a */
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

/* The slot of name in c->names (NULL when absent and !add). */
static Sym **name_slot(Ctx *c, const char *name, bool add)
{
    if (add && 2 * (c->names.len + 1) > c->names.cap) {
        int cap = c->names.cap ? 2 * c->names.cap : 64;
        const char **keys = xcalloc((size_t)cap, sizeof *keys);
        Sym **vals = xcalloc((size_t)cap, sizeof *vals);
        for (int i = 0; i < c->names.cap; i++) {
            if (!c->names.keys[i]) continue;
            uint32_t j = name_hash(c->names.keys[i]) & (uint32_t)(cap - 1);
            while (keys[j]) j = (j + 1) & (uint32_t)(cap - 1);
            keys[j] = c->names.keys[i];
            vals[j] = c->names.vals[i];
        }
        free(c->names.keys);
        free(c->names.vals);
        c->names.keys = keys;
        c->names.vals = vals;
        c->names.cap = cap;
    }
    if (!c->names.cap) return NULL;
    for (uint32_t i = name_hash(name) & (uint32_t)(c->names.cap - 1);; i = (i + 1) & (uint32_t)(c->names.cap - 1)) {
        if (!c->names.keys[i]) {
            if (!add) return NULL;
            c->names.keys[i] = name;
            c->names.len++;
            return &c->names.vals[i];
        }
        if (strcmp(c->names.keys[i], name) == 0) return &c->names.vals[i];
    }
}

void free_names(Ctx *c)
{
    free(c->names.keys);
    free(c->names.vals);
    memset(&c->names, 0, sizeof c->names);
}

Sym *find_sym(Ctx *c, const char *name)
{
    Sym **s = name_slot(c, name, false);
    return s ? *s : NULL;
}

Sym *lookup(Ctx *c, const char *name)
{
    Sym *s = find_sym(c, name);
    if (s) s->used = true;
    return s;
}

/* -Wunused-variable: a let or var of the closing scope that nothing read
 * (assigning it is not reading it; a name starting with '_' is exempt, as
 * are names the compiler made, one whose type was already an error, and
 * all of them once there was an error, other than a warning -Werror made
 * one: gcc reports every warning as an error then). */
void pop_scope(Ctx *c)
{
    int start = c->marks.items[--c->marks.len];
    for (int i = c->scope.len - 1; i >= start; i--) {     /* innermost first: each name gets back what it hid */
        Sym *s = c->scope.items[i];
        *name_slot(c, s->name, false) = s->shadowed;
    }
    for (int i = start; i < c->scope.len; i++) {
        Sym *s = c->scope.items[i];
        if ((s->kind == SYM_LET || s->kind == SYM_VAR) && !s->used && s->name[0] != '_' && !is_err(s->ty)
            && !diag_hard_error_count())    /* after an error, reads may have gone unchecked (not a -Werror warning) */
            diag_warning(W_UNUSED_VARIABLE, s->span, "unused variable '%s'", s->name);
    }
    c->scope.len = start;
}

static const char *sym_what(SymKind k)
{
    return k == SYM_PARAM ? "a parameter" : k == SYM_SIZE ? "a size variable" : k == SYM_LOOP ? "a loop variable"
         : "a previous local";
}

/* A "did you mean" note for a misspelt name: the closest of the values in
 * scope and/or the functions (the module's and the builtins). */
void note_similar(Ctx *c, Span at, const char *name, bool values, bool functions)
{
    VEC(const char *) cands = {0};
    if (values)
        for (int i = c->scope.len - 1; i >= 0; i--) VEC_PUSH(cands, c->scope.items[i]->name);
    if (functions) {
        for (int i = 0; i < c->mod->fns.len; i++) VEC_PUSH(cands, ((FnDecl *)c->mod->fns.items[i])->name);
        for (int i = 0; i < BI_COUNT_; i++)
            if (builtins[i].cls != BC_INTERNAL) VEC_PUSH(cands, builtins[i].name);
    }
    const char *s = suggest_closest(name, cands.items, cands.len);
    if (s) diag_note(at, "did you mean '%s'?", s);
    VEC_FREE(cands);
}

Sym *declare(Ctx *c, const char *name, SymKind k, Type *ty, Span s)
{
    Sym *in = find_sym(c, name);        /* the innermost binding of name, if any */
    if (in && in->level == c->marks.len) {
        diag_error(s, "redefinition of '%s'", name);
        diag_note(in->span, "previous definition is here");
    }
    /* -Wshadow: a local that hides one of an enclosing scope */
    Sym *outer = in && in->level < c->marks.len && (k == SYM_LET || k == SYM_VAR || k == SYM_LOOP) ? in : NULL;
    if (outer && outer->kind != SYM_STENCIL && outer->kind != SYM_LAMBDA &&
        diag_warning(W_SHADOW, s, "declaration of '%s' shadows %s", name, sym_what(outer->kind)))
        diag_note(outer->span, "the shadowed declaration is here");
    Sym *sym = NEW(Sym);
    sym->name = name;
    sym->kind = k;
    sym->ty = ty;
    sym->span = s;
    sym->id = c->fn->nsyms++;
    sym->comp_depth = c->comp_depth;
    sym->shadowed = in;
    sym->level = c->marks.len;
    *name_slot(c, name, true) = sym;
    VEC_PUSH(c->scope, sym);
    return sym;
}

FnDecl *find_fn(Module *m, const char *name)
{
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (strcmp(f->name, name) == 0) return f;
    }
    return NULL;
}

