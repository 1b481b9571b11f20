/* sema_int.h — what the type checker's files share (not for other modules).
 *
 * sema_scope.c  scopes: declarations, lookups, did-you-mean, unused names
 * sema.c        literal kinds and coercion, statements
 * sema_fn.c     signatures, return paths, check_fn(), sema_check()
 * sema_expr.c   operators, user calls, indexing, check_expr()
 * sema_builtin.c builtin calls
 * sema_comp.c   array literals, comprehensions, runStencil kernels
 * sema_extern.c C names of exported functions, extern functions (libclang) */
#ifndef ARRC_SEMA_INT_H
#define ARRC_SEMA_INT_H

#include "sema.h"
#include "cnames.h"
#include "suggest.h"
#include "builtins.h"
#include "cheader.h"
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>

typedef VEC(Sym *) SymVec;
typedef VEC(int) IntVec;

typedef struct Ctx {
    Module *mod;
    FnDecl *fn;
    SymVec scope;           /* innermost last */
    IntVec marks;           /* scope starts */
    /* name -> its innermost binding in scope (NULL: none): an open-addressing
       hash set of the names seen, so a lookup does not walk the scope stack
       (thousands of nested generators made that quadratic) */
    struct { const char **keys; Sym **vals; int cap, len; } names;
    int comp_depth;         /* inside this many comprehension bodies */
    int block_depth;        /* inside this many block expressions */
    Expr *stencil;          /* the runStencil whose kernel is being checked */
    int stencil_depth;      /* its comp_depth inside the kernel */
    int loop_depth;         /* inside this many for/while bodies (of this function and body) */
    Expr *loop_barrier;     /* the comprehension or runStencil body that break/continue may not leave */
    int check_nest;         /* functions being checked inside each other (callee first) */
    PtrList *stmts;         /* the statement list being checked, and the index of the */
    int stmt_at;            /* statement in it (a var's scope is the rest of the list) */
    int rebound_budget;     /* AST nodes var_rebound may still visit in this function */
} Ctx;

static inline Type *err_ty(void) { return ty_scalar(T_ERROR); }
static inline bool is_err(const Type *t) { return t->kind == T_ERROR; }
static inline bool is_array(const Type *t) { return t->kind == T_ARRAY; }
static inline TyKind elem_of(const Type *t) { return t->kind == T_ARRAY ? t->elem : t->kind; }

static inline bool is_weak(TyKind k) { return k == T_ILIT || k == T_FLIT || k == T_CLIT; }
/* The kind of a sum, product, dot or cumulative sum of elements of kind k:
 * every integer kind adds up as i64, unsigned ones too (section 6: "integer
 * sum/prod return i64"; an acceptance probe: NumPy's u64 made `-> i64 {
 * return sum(u8 array) }` an error). */
static inline TyKind sum_kind(TyKind k) { return ty_is_int_kind(k) ? T_I64 : k; }

static inline void push_scope(Ctx *c) { VEC_PUSH(c->marks, c->scope.len); }
void pop_scope(Ctx *c);         /* warns about the scope's unused lets and vars */

static inline Expr *arg(Expr *e, int i) { return e->call.args.items[i]; }


/* sema_scope.c */
Sym *lookup(Ctx *c, const char *name);          /* and marks it read */
Sym *find_sym(Ctx *c, const char *name);        /* without marking it */
void free_names(Ctx *c);                        /* the name table of c (empty after) */
void note_similar(Ctx *c, Span at, const char *name, bool values, bool functions);
Sym *declare(Ctx *c, const char *name, SymKind k, Type *ty, Span s);
FnDecl *find_fn(Module *m, const char *name);

/* sema.c */
TyKind unify(TyKind a, TyKind b);
Type *with_elem(const Type *shape, TyKind k);
void sign_mix_note(Span at, TyKind a, TyKind b);
void coerce(Expr *e, TyKind k);
void check_int_literal_i64(Expr *e);
void finish(Expr *e);
Sym *root_sym(Expr *e);
bool is_slice(const Expr *e);
bool outside_write(Ctx *c, Sym *sym, Span at, const char *what);
void check_stmts(Ctx *c, PtrList *l);
void check_fn(Ctx *c, FnDecl *f);

/* sema_expr.c */
bool typename_as_name(Ctx *c, Expr *e);
const char *what(const Type *t);
Type *value_ok(Expr *e, Type *t);
Type *check_scalar_of(Ctx *c, Expr *e, TyKind want, const char *role);
Type *shape_of2(Expr *e, const Type *a, const Type *b);
Type *check_binary(Ctx *c, Expr *e);
Type *check_expr(Ctx *c, Expr *e);
bool check_assignable(Expr *value, Type *vt, Type *want, const char *ctx);
Type *type_from_expr(Ctx *c, TypeExpr *t);
bool const_extents_fit(TyKind elem, const int64_t *ext, int n, Span at);

/* sema_builtin.c */
void arity_error(Expr *e, const char *name, int lo, int hi);
Type *check_builtin(Ctx *c, Expr *e, BuiltinId id);

/* sema_comp.c */
Type *check_arraylit(Ctx *c, Expr *e);
Type *check_comprehension(Ctx *c, Expr *e);
bool stencil_offset(Expr *x, int64_t *v);
Type *check_stencil_index(Ctx *c, Expr *e, Sym *p);
Type *check_stencil(Ctx *c, Expr *e);
void check_rotation(Ctx *c, Stmt *s);

/* sema_extern.c */
void check_export_name(FnDecl *f, const char *cmodule);
void check_externs(Ctx *c, Module *m);
bool extern_import_failed(void);

static inline Type *check_value(Ctx *c, Expr *e) { return value_ok(e, check_expr(c, e)); }



/* sema_views.c */
void collect_rebound(FnDecl *f);                         /* before f's body is checked */
bool var_rebound(Ctx *c, Stmt *decl, const char *name);  /* is the var decl declares assigned later? */
bool is_view_value(const Expr *x);                       /* a slice, a transpose, a name of one */
void note_view_copy(Ctx *c, Sym *var, Expr *value, Span at, bool assigned);
void check_view_copies(FnDecl *f);                       /* after f's body is checked */

#endif
