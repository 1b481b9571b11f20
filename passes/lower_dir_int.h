/* lower_dir_int.h — what the lowering to Domain IR shares between its
 * files (not for other passes).
 *
 * lower_dir.c      the lowering state, temporaries, extents of ranges,
 *                  shape checks; exported functions and lower_dir()
 * lower_expr.c     elementwise maps, expressions, builtins, comprehensions
 * lower_index.c    element indexing, slices and views
 * lower_array.c    new arrays: constructors, rand/randn, concat/stack,
 *                  array literals, matmul
 * lower_stmt.c     inlining of calls, statements, var arrays, break/continue
 * lower_stencil.c  runStencil: footprints, interior and border loops, rounds */
#ifndef ARRC_LOWER_DIR_INT_H
#define ARRC_LOWER_DIR_INT_H

#include "passes.h"
#include "sema.h"
#include <string.h>

typedef struct Frame {
    FnDecl *fn;
    IExpr **env;            /* Sym id -> value (IE_CONST / IE_VAR) */
    Var **res;              /* inlined: result variables */
    IExpr **res_val;        /* inlined, single tail return: the value itself */
    int end_label;          /* inlined: label after the body, or -1 */
    bool top;
    Span call;              /* inlined: the call */
    struct Frame *up;       /* inlined: the caller's frame */
} Frame;

/* An i64 value known as var + c (var NULL: the constant c). */
typedef struct Affine { Var *var; int64_t c; bool ok; } Affine;

typedef struct PinnedVar { Var *var; Sym *sym; } PinnedVar;

typedef struct ExtMemo { PtrList *list; Var *var; int64_t c; Var *ext; Var *lo; } ExtMemo;

/* The stencil kernel being lowered: its parameters' current buffers, the
 * loop indices, and how out-of-bounds reads are mapped. */
enum { ST_NODE = -2 };

typedef struct StCtx {
    Expr *e;
    struct Frame *fr;       /* the frame the kernel is lowered in (its own return is the rotation) */
    Var **cur;
    Var *idx[4];
    Ext dims[4];
    int mode;               /* -1: interior (no mapping), ST_NODE: a stencil node's kernel
                               (reads as offsets), else a StencilMode */
} StCtx;

/* The labels of the innermost source loop's break and continue (-1: not
 * used yet; made when a break or continue first needs one). */
typedef struct LoopLabels { int brk, cont; } LoopLabels;

typedef struct L {
    IrProgram *p;
    VEC(LoopLabels) loops;  /* enclosing for/while loops, innermost last */
    StCtx *st;
    VEC(ExtMemo) exts;      /* extents max(var + c, 0) already computed, per statement list */
    VEC(ExtMemo) affine;    /* temporaries known to hold var + c (ext: the temporary) */
    IrFunc *f;
    PtrList *out;           /* where statements go */
    Frame *fr;
    int in_map;             /* lowering the body of a map: no domain nodes */
    bool map_reported;      /* ... and that error was given for this function */
    int ntemp;
    /* `var` arrays lowered with the extents of their initial value (pinned);
     * a later rebinding to an array whose extents are not provably the same
     * puts the var's symbol in `unpinned` and asks for the function to be
     * lowered again (lower_dir). */
    VEC(Sym *) unpinned;
    VEC(PinnedVar) pinned;
    bool relower;
} L;

/* a map being built by map_begin/map_end (lower_expr.c) */
typedef struct MapB { IExpr *map; int rank; Ext dims[4]; } MapB;

static inline void emit(L *l, IStmt *s) { plist_push(l->out, s); }

static inline const char *tmpname(L *l, const char *base) { return arena_printf("%s%d", base, ++l->ntemp); }

static inline Var *temp(L *l, TyKind k, int rank, Span s) { return ir_var(l->f, tmpname(l, "t"), k, rank, V_TEMP, s); }

static inline bool is_array(IExpr *e) { return e->kind == IE_VAR && e->var->rank > 0; }

static inline TyKind elem_kind(const Type *t) { return t->kind == T_ARRAY ? t->elem : t->kind; }

static inline Expr *arg(Expr *e, int i) { return e->call.args.items[i]; }


/* passes/lower_dir.c */
IExpr *conv_to(IExpr *e, TyKind k);
IExpr *materialize(L *l, IExpr *e, const char *name, Span s);
void check_range_length(L *l, IExpr *lo, IExpr *hi, Span s);
Ext range_extent(L *l, IExpr *lo, IExpr *hi, Span s);
Ext ext_of(L *l, IExpr *e, Span s);
void check(L *l, IExpr *cond, Span s, const char *msg);
IExpr *binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s);
void check_same_shape(L *l, const Var *a, const Var *b, Span s, const char *what);
/* Is the extent the constant 1 (it broadcasts)? */
static inline bool ext_is_one(Ext e) { return !e.var && e.c == 1; }
/* A view of a (rank r) with rank R and extents dims: NumPy broadcasting (lower_expr.c). */
Var *broadcast_view(L *l, Var *a, int R, const Ext *dims, Span s);
const char *shape_str(const Var *v);
const char *operand_str(const Var *v);
const char *shapes_differ_str(const Var *a, const Var *b);
Var *emit_domain(L *l, IExpr *dom, TyKind elem, int rank, const Ext *dims, Span s);

/* passes/lower_index.c */
Var *lower_slice(L *l, Var *a, Expr *e);
void compose_view(L *l, Var *v, Span s);
Var *own_array(L *l, Var *v, Span s);
IExpr *lower_index(L *l, Expr *e);

/* passes/lower_expr.c */
bool map_begin(L *l, MapB *mb, int n, IExpr **ops, Span s, const char *what);
IExpr *map_end(L *l, MapB *mb, IExpr *result);
Var *held_buffer(L *l, Var *a, Span s);
IExpr *ix_mul(IExpr *a, IExpr *b, Span s);
bool view_is_block(const Var *a, int brank, const Ext *bdims);
IExpr *ix_add(IExpr *a, IExpr *b, Span s);
int lower_values(L *l, Expr *e, IExpr **vals, int max);
int lower_comprehension(L *l, Expr *e, IExpr **outs, int max);
IExpr *lower_expr(L *l, Expr *e);

/* passes/lower_array.c */
IExpr *lower_construct(L *l, Expr *e, BuiltinId id);
IExpr *lower_join(L *l, Expr *e, BuiltinId id);
IExpr *lower_arraylit(L *l, Expr *e);
IExpr *lower_matmul(L *l, Expr *e);
IExpr *lower_reshape(L *l, Expr *e);
IExpr *lower_transpose(L *l, Expr *e);

/* passes/lower_mask.c */
IExpr *lower_mask_read(L *l, Var *a, Expr *mask, Span s);
IExpr *lower_where(L *l, Expr *mask, Span s);
void lower_mask_store(L *l, Stmt *s);

/* passes/lower_stmt.c */
int lower_call(L *l, Expr *e, IExpr **out, int max);
void assign(L *l, Var *dst, IExpr *val, Span s);
IExpr *read_first(L *l, const Var *view, IExpr *v, Span s);
void rebind(L *l, Var *dst, Var *src, Span s);
Var *new_array_var(L *l, const char *name, Var *like, VarKind k, Span s);
void lower_stmts(L *l, PtrList *body, bool tail);

/* passes/lower_stencil.c */
IExpr *stencil_load(L *l, Expr *e);
IExpr *lower_stencil(L *l, Expr *e, bool value);

/* lower_stmt.c: after an error found while lowering an inlined body, a
 * note at each call it was inlined through, innermost first. */
void call_notes(const L *l);

#endif
