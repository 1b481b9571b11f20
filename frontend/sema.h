/* sema.h — name resolution and type checking of a parsed module.
 *
 * After sema_check() without errors: every Expr has a concrete type (no
 * literal kinds remain), every name points at its Sym, every call at its
 * FnDecl or builtin, signatures have their ShapeSigs, and no function is
 * recursive.  Shapes (extents) are not checked here: lower_dir does that,
 * at compile time where provable, else with run-time checks. */
#ifndef ARRC_SEMA_H
#define ARRC_SEMA_H

#include "ast.h"

typedef enum SymKind { SYM_PARAM, SYM_SIZE, SYM_LET, SYM_VAR, SYM_LOOP, SYM_LAMBDA, SYM_STENCIL } SymKind;

typedef struct Sym {
    const char *name;
    SymKind kind;
    Type *ty;
    Span span;
    int id;                 /* 0..fn->nsyms-1 within its function */
    Param *param;           /* SYM_PARAM */
    Param *size_of;         /* SYM_SIZE: the parameter that binds it */
    int size_dim;           /* SYM_SIZE: which dimension of size_of */
    bool anon;              /* SYM_SIZE: from an empty extent `f64[]` */
    bool written;           /* SYM_PARAM arrays: contents are stored to */
    int comp_depth;         /* comprehension nesting where it was declared */
    struct Sym *alias_of;   /* let b = a (or a slice of a): the array b names */
    bool view;              /* let b = a[..] or transpose(a) (or another such name): a view of a's memory */
    bool pending;           /* a generator while its comprehension's ranges are checked */
    int param_index;        /* SYM_STENCIL: which kernel parameter */
    bool used;              /* read somewhere (-Wunused-variable) */
    struct Sym *shadowed;   /* the binding of the same name it hides while in scope (or NULL) */
    int level;              /* the scope nesting (Ctx.marks.len) it was declared at */
} Sym;

/* Checks m; reports errors through diag.  `cmodule` is the C module name
 * (exported functions must not clash with C or with <cmodule>_last_error).
 * Returns the number of errors. */
int sema_check(Module *m, const char *cmodule);
/* --prefix: export f becomes the C function PREFIX_f (NULL or "": none). */
void sema_set_prefix(const char *prefix);
/* The C name of an exported function: its name with the prefix. */
const char *sema_export_cname(const char *name);

/* Where `extern` headers are searched (after the .arr file's folder) and
 * the extra arguments for libclang (-D..., --cflags); the files libclang
 * read (for dependency output). */
void sema_extern_config(const char **incdirs, int nincdirs, const char **args, int nargs);
const char **sema_extern_files(int *n);

#endif
