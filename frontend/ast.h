/* ast.h — the abstract syntax tree built by the parser and typed by sema.
 *
 * Nodes are tagged unions with a common header (kind, span, type); each
 * union member says which kinds use it.  Every node lives in the arena.
 * Node kinds and operators are listed once, in ast.def. */
#ifndef ARRC_AST_H
#define ARRC_AST_H

#include "diag.h"
#include "types.h"
#include "util.h"

typedef enum ExprKind {
#define X(k, n) k,
#include "ast.def"
#undef X
} ExprKind;

typedef enum StmtKind {
#define S(k, n) k,
#include "ast.def"
#undef S
} StmtKind;

typedef enum Op {
#define OP(k, s) k,
#include "ast.def"
#undef OP
} Op;

extern const char *const op_spelling[];
/* Binding strength of an operator (higher binds tighter), and whether a
 * printer may omit parentheses around an operand of `parent` that is an
 * `child` operation: only for + - * / with the usual left associativity. */
int op_prec(Op op);
bool op_needs_parens(Op parent, Op child, bool right_operand);
extern const char *const expr_kind_name[];
extern const char *const stmt_kind_name[];

struct Sym;
struct FnDecl;

/* A name at its binding site: let/var names, parameters, generators. */
typedef struct Ident { const char *name; Span span; struct Sym *sym; bool synthetic; /* made by the compiler */ } Ident;

/* One extent in an array type: f64[n, 3, ] */
typedef enum { DIM_EMPTY, DIM_NAME, DIM_INT } DimKind;
typedef struct Dim { DimKind kind; const char *name; int64_t value; Span span; } Dim;

typedef struct TypeExpr {
    Span span;
    bool is_tuple;
    TyKind scalar;          /* element or scalar kind */
    bool is_array;
    PtrList dims;           /* Dim*, when is_array */
    PtrList elts;           /* TypeExpr*, when is_tuple */
} TypeExpr;

typedef struct Expr {
    ExprKind kind;
    Span span;
    Type *ty;                               /* set by sema */
    int depth;                              /* nesting depth (parser), bounded */
    union {
        uint64_t ival;                      /* E_INT */
        struct { double val; bool f32, imag; } flt;   /* E_FLOAT (imag: 1.5i) */
        bool bval;                          /* E_BOOL */
        struct { const char *name; struct Sym *sym; } name;   /* E_NAME, E_SYMBOL */
        TyKind tyname;                      /* E_TYPENAME */
        struct {                            /* E_UNARY a; E_BINARY a b; E_COND c ? a : b */
            Op op; struct Expr *a, *b, *c;
            TyKind opk;                     /* sema: the kind the operation computes in */
        } op;
        struct {                            /* E_CALL */
            const char *name; Span name_span; PtrList args;
            struct FnDecl *fn;              /* sema: user/extern function, or NULL */
            int builtin;                    /* sema: builtin id, or -1 */
            bool elementwise;               /* sema: scalar function mapped over arrays */
            bool gemm;                      /* sema: matmul of two 2-D arrays of one float kind (the tiled kernel) */
        } call;
        struct { struct Expr *base; PtrList idx; } index;     /* E_INDEX */
        struct { struct Expr *lo, *hi; bool newaxis; } range; /* E_RANGE (both NULL: `..`; newaxis: an index `newaxis`, sema) */
        PtrList tuple;                      /* E_TUPLE: Expr*; E_ARRAYLIT: Expr* (rows are E_ARRAYLIT) */
        struct { struct Expr *body; PtrList gens; } comp;    /* E_COMPREH: gens are Gen* */
        struct { PtrList stmts; struct Expr *value; } block; /* E_BLOCK */
        struct { PtrList params; struct Expr *body; } lambda; /* E_LAMBDA: params are Ident* */
        struct {                            /* E_STENCIL */
            PtrList args; PtrList params; PtrList body;
            /* sema: */
            int nbuf;                       /* buffer arguments (the first nbuf args) */
            struct Expr *iters;             /* or NULL: 1 round */
            int mode;                       /* StencilMode */
            int *perm;                      /* rotation: round j+1 binds param j to buffer perm[j]; or NULL */
            bool *written;                  /* per parameter: stored to in the kernel */
            struct Expr **shifted_read;     /* per parameter: a read at a nonzero offset, or NULL */
            struct Expr **first_write;      /* per parameter: its first store's target, or NULL */
            int rank;
        } stencil;
    };
} Expr;

/* A generator: `i in lo..hi` (range), or `x in a` over the elements of a
 * rank-1 array (over; range NULL). */
typedef struct Gen { Ident var; Expr *range; Expr *over; } Gen;

/* runStencil boundary modes (section 7). */
typedef enum StencilMode {
    ST_SKIP, ST_WRAP, ST_DST_ZERO, ST_SRC_ZERO, ST_CLAMP, ST_MIRROR,
} StencilMode;
extern const char *const stencil_mode_name[];

typedef struct Stmt {
    StmtKind kind;
    Span span;
    union {
        struct { PtrList names; TypeExpr *ty; Expr *init; } let;   /* S_LET, S_VAR: Ident* */
        struct { Op op; Expr *target, *value; } assign;           /* S_ASSIGN (op: OP_ASSIGN or compound) */
        struct { Expr *cond; PtrList then, els; } if_;            /* S_IF */
        struct { Ident var; Expr *range; PtrList body; } for_;    /* S_FOR */
        struct { Expr *cond; PtrList body; } while_;              /* S_WHILE */
        struct { PtrList values; bool one_tuple; } ret;           /* S_RETURN (one_tuple: sema) */
        Expr *expr;                                               /* S_EXPR */
    };
} Stmt;

/* The extents of a parameter or result as written in the signature: each
 * dimension is a size variable / i64 parameter (sym) or a constant (c). */
typedef struct ShapeSig { int rank; struct Sym *sym[4]; int64_t c[4]; bool anon[4]; } ShapeSig;

typedef struct Param { Ident id; TypeExpr *ty; ShapeSig shape; } Param;

typedef struct FnDecl {
    const char *name;
    Span span, name_span;
    PtrList params;             /* Param* */
    TypeExpr *ret;              /* NULL: no result */
    PtrList body;               /* Stmt* */
    bool is_export, is_extern;
    const char *header;         /* extern: the C header */
    Span header_span;           /* extern: the header's string */
    /* sema */
    Type *ret_ty;               /* T_VOID, scalar, array or tuple */
    bool checked, checking;     /* for recursion detection */
    int call_depth;             /* sema: function bodies nested when it is inlined (1: calls none) */
    bool too_deep;              /* sema: call_depth passed SEMA_MAX_CALL_DEPTH (reported once) */
    bool scalar_only;           /* every parameter and result is scalar */
    int nsyms;                  /* number of Sym ids used in the body */
    PtrList sizes;              /* Sym*: size variables, first-occurrence order */
    int nresults;               /* 0, 1, or the tuple length */
    Type **result_tys;          /* nresults types */
    ShapeSig *result_shapes;    /* nresults shapes (arrays) */
    const char **rebound;       /* sema: the names assigned to as a whole (`x = e`, `x op= e`)
                                   anywhere in the body, sorted; nrebound of them */
    int nrebound;
    PtrList view_copies;        /* sema: ViewCopy*, the vars given a copy of a view (checked at the end) */
    int ret_param;              /* sema: 1 + the parameter its single array result may be (returned as it is), or 0 */
    int *ret_params;            /* sema, a tuple result: per element, 1 + the parameter it may be, or 0 (NULL: none) */
    PtrList callees;            /* sema: FnDecl*, the user functions its body calls (with repeats) */
    bool reached;               /* sema: called from an exported function (-Wunused-function) */
} FnDecl;

typedef struct Module {
    PtrList fns;                /* FnDecl* */
    PtrList imports;            /* Expr* E_SYMBOL-like: path in name.name */
    PtrList extern_headers;     /* same */
} Module;

Expr *ast_expr(ExprKind k, Span s);
enum { AST_MAX_DEPTH = 1000 };
/* Inlining nests one function body per call in a chain of calls, and sema
 * (callee first) and lower-dir recurse once per body; a chain longer than
 * this is reported at the call that passes it. Each level costs a few KiB
 * of stack in lower-dir (more under ASan), with up to AST_MAX_DEPTH levels
 * of expression inside each body: 1000 keeps the 8 MiB default stack safe
 * with ASan (tests/scale_test.py), and no written program nests calls 1000
 * deep. */
enum { SEMA_MAX_CALL_DEPTH = 1000 };
/* Records e's depth from its operands; past AST_MAX_DEPTH reports an error
 * once and returns a harmless literal, so no later pass recurses too deep. */
Expr *ast_bound_depth(Expr *e, Expr *a, Expr *b, Expr *c);
Stmt *ast_stmt(StmtKind k, Span s);
/* After sema: is e a mask access a[m] (one index, a bool array)? */
bool is_mask_index(const Expr *e);
void ast_print(Buf *b, const Module *m);
/* Calls fn on every statement of the list and of the blocks, comprehension
 * bodies, lambdas and stencil kernels nested in it (outer first). */
void ast_each_stmt(PtrList *stmts, void (*fn)(Stmt *, void *), void *ctx);

#endif
