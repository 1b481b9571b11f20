/* passes.h — every pass of arrc, in pipeline order (see pipeline.c). */
#ifndef ARRC_PASSES_H
#define ARRC_PASSES_H

#include "ir.h"

/* The most statements a loop body may get by fusion or by inlining a
 * producer into it (fuse.c, inline_prod.c): each such merge costs time in
 * the bodies' size, so a chain of n loops merged into one would cost n^2;
 * with the bound it is n * PIR_MAX_BODY.  Not merging is always legal;
 * the largest merged bodies of the examples and tests have under 200
 * statements, and one this long gains little from growing further. */
enum { PIR_MAX_BODY = 1000 };

/* AST (checked) -> Domain IR: inlines internal functions, turns whole-array
 * expressions into map/reduce/fill nodes in A-normal form, and inserts the
 * shape checks that cannot be proven at compile time. */
void lower_dir(IrProgram *p, Module *m);
/* Replaces extent variables that always hold the same value; drops the
 * shape checks that then hold trivially. */
void pass_extents(IrProgram *p);
/* Moves the maps that compute a compaction's mask into it (see fuse_mask.c). */
void pass_fuse_mask(IrProgram *p);
/* Per variable id, its mentions in f's Domain IR (expressions, domain operands,
   stores, returns, view bases); the caller frees it (fuse_mask.c). */
int *dir_count_uses(IrFunc *f);
/* A map read only by a stencil is computed at the stencil's reads (see stencil_inline.c). */
void pass_stencil_inline(IrProgram *p);
/* Helpers of the stencil passes on the Domain IR (stencil_inline.c): is e
 * pure scalar code of constants and the variables ok_var accepts; may s run
 * between a map and a stencil (no store); the binding `v = X` of stencil
 * buffer v in l before at (-1: none). */
bool dir_pure_expr(const IExpr *e, bool (*ok_var)(const Var *, void *), void *ctx);
bool dir_harmless(const IStmt *s);
int dir_binding_of(const PtrList *l, int at, const Var *v);
/* fn at each stencil node l[at] of p, again while it returns true (each with
 * the uses per variable id counted before the pass; stencil_inline.c). */
typedef bool (*StencilFn)(IrFunc *f, PtrList *l, int at, int *uses, int nuses);
void dir_each_stencil(IrProgram *p, StencilFn fn);
/* During dir_each_stencil: may arrays a and b share a buffer (may_alias, or
 * bound to one another through `x = y` bindings or a view's base), and how
 * many variables are in a's class of bindings. */
bool dir_aliased(const Var *a, const Var *b);
int dir_class_size(const Var *a);
/* Maps reading a one-round stencil's results are computed in its kernel (stencil_out.c). */
void pass_stencil_out(IrProgram *p);
/* Is written buffer b of stencil st stored once at its kernel's top level and never read there? */
bool stencil_result_plain(const IStmt *st, const Var *b);
/* A one-round stencil read only by the next runs inside it by strips of rows (stencil_chain.c). */
void pass_stencil_chain(IrProgram *p);
/* The strips of a stencil with a producer (lower_pir_chain.c), appended to out. */
void lower_chain(IrFunc *f, PtrList *out, IStmt *st);
/* One loop (kind: LOOP_PARFOR or LOOP_SERIAL) over the box [lo, hi) of stencil st's
 * buffers running its kernel (mode -1: the interior, no mapping; own: take the
 * node's kernel and indices), or with zero, 0 stored to its written buffers
 * (lower_pir_stencil.c). */
IStmt *stencil_region(IrFunc *f, IStmt *st, IExpr **lo, IExpr **hi, int mode, bool zero, LoopKind kind, bool own);
/* Domain IR -> Parallel IR: every domain node becomes alloc + parfor. */
void lower_pir(IrProgram *p);
/* Temporal blocking: which stencils run several rounds per tile (tblock.c). */
void pass_tblock(IrProgram *p);
/* --stencil-tile=VALUE (auto, off, K[,T0[,T1]]) into p; false: a bad value. */
bool tblock_option(IrProgram *p, const char *v);
/* The tiled blocks of rounds of a stencil tblock chose, appended to out;
 * returns the number of rounds left to the rounds loop (lower_pir_tblock.c). */
IExpr *lower_tblock(IrFunc *f, PtrList *out, IStmt *st);
/* Index arithmetic on i64 grid extents and loop indices (lower_pir_tblock.c):
 * a op b (comparisons and && ||: bool; + - *: cannot wrap), a constant, a
 * copy, the smaller and the larger of two. */
IExpr *ix_bin(Op op, IExpr *a, IExpr *b, Span s);
IExpr *ix_cst(int64_t v, Span s);
IExpr *ix_call(const char *name, IExpr *a, IExpr *b, IExpr *c, Span s);
IExpr *ix_cl(const IExpr *e);
IExpr *ix_min(IExpr *a, IExpr *b, Span s);
IExpr *ix_max(IExpr *a, IExpr *b, Span s);
/* After a stencil's round, its rotation, appended to body (lower_pir_stencil.c). */
void stencil_rotate(IrFunc *f, PtrList *body, const IStmt *st);
/* A stencil node becomes its rounds loop of parfors, appended to out (lower_pir_stencil.c). */
void lower_stencil_node(IrFunc *f, PtrList *out, IStmt *st);
/* Does lower_stencil_node check at run time, before the rounds, that every
 * same-typed pair of the stencil's buffers are distinct arrays? */
bool stencil_checks_all_pairs(const IStmt *st);
/* A stencil's read of b at the element idx plus off, mapped by the boundary
 * mode (-1: the interior) where it leaves b (lower_pir_stencil.c). */
IExpr *stencil_read(Var *b, Var *const *idx, const int64_t *off, int mode, Span s);
IExpr *stencil_read_at(Var *b, Var *const *idx, const int64_t *off, int mode, bool every, Span s);
/* e converted to kind k (constants folded as C converts them; lower_dir.c). */
IExpr *conv_to(IExpr *e, TyKind k);
/* After `x = t`, the statements that follow use t; the rebinding moves down (see forward.c). */
void pass_forward(IrProgram *p);
void pass_unalias(IrProgram *p);
/* Merges adjacent parfors over equal domains (see fuse.c). */
void pass_fuse(IrProgram *p);
/* A temporary read once by a later loop nest is computed where it is read (see inline_prod.c). */
void pass_inline_prod(IrProgram *p);
/* Rebinding a var to a new array updates it in place when the old value is dead. */
void pass_inplace(IrProgram *p);
/* Rows by chunks with bins of their own, the producer of the rows fused in (rowchunks.c). */
bool rowchunks_producer_ok(const IrProgram *prog, const PtrList *l, int at, const IStmt *inner);
Var *rowchunks_temp(IrFunc *f, PtrList *out, const char *name, IExpr *e, Span s);
Var *rowchunks_rows(IrFunc *f, PtrList *pre, const IExpr *lo, const IExpr *hi, Span s);
IStmt *rowchunks_loop(IrFunc *f, PtrList *pre, Var *rows, Var *nch, const IExpr *lo, const char *name, IStmt *prod,
                      IStmt **elems_out, Span s);
void rowchunks_close(IStmt *chunks, IStmt *elems, const IStmt *prod, const char *note);
IExpr *rowchunks_bin_at(Var *bins, Var *t, IExpr *b, Span s);
IStmt *rowchunks_bin_store(Var *bins, Var *t, IExpr *b, IExpr *val, Span s);
IStmt *rowchunks_bin_add(Var *bins, Var *t, IExpr *b, IExpr *v, bool nowrap, Span s);
void rowchunks_combine(IrFunc *f, PtrList *out, Var *acc, Var *bins, Var *nch, const IExpr *b, bool nowrap, Span s);
/* Group-by-key sums and counts in one pass over the data (see groupby.c). */
void pass_groupby(IrProgram *p);
/* A 2-D parallel nest that reads an array across its rows runs by square tiles (tile.c). */
void pass_tile(IrProgram *p);
/* An argmin/argmax of floats whose values cannot be NaN when its inputs are
 * finite: a copy without the first-NaN tracking, behind that check (nanfree.c). */
void pass_nanfree(IrProgram *p);
/* A sum down a column becomes an accumulation over rows, by blocks of columns or chunks of rows (see interchange.c). */
void pass_interchange(IrProgram *p);
/* A loop nest that computes a matrix product becomes the tiled kernel (see idiom_matmul.c). */
void pass_idiom_matmul(IrProgram *p);
void pass_distribute(IrProgram *p);       /* --mpi only */
/* distribute_shift.c: the rows a parfor writes arrays at, relative to its
 * dimension-0 index i (every store to an array for which skip, when given,
 * is false; nested ones included): 0 when it stores to none, 1 when all at
 * i + *c for one constant *c, -1 otherwise.  Pass distribute runs a loop on
 * its own rows only in the second case (renumbered when *c != 0); fuse
 * keeps loops apart under --mpi where merging them would lose that. */
int dist_write_rows(const IStmt *lp, int64_t *c, bool (*skip)(const Var *a, void *ctx), void *ctx);
/* --vector-math=sleef: math calls of parallel loops by blocks through vector functions (see vecmath.c). */
void pass_vecmath(IrProgram *p);
void pass_padtail(IrProgram *p);
void pass_minmax(IrProgram *p);
void pass_argblock(IrProgram *p);
/* argblock.c: e gives the same bits in a vector lane as in a scalar register;
 * r is an argmin/argmax of its own (no lanes, no running value, not blocked). */
bool arg_exact(const IExpr *e, bool fast);
bool arg_red_plain(const Reduction *r);
void pass_arglanes(IrProgram *p);
void pass_fillframe(IrProgram *p);
void pass_histo(IrProgram *p);
void pass_unroll(IrProgram *p);
void pass_lanesum(IrProgram *p);
void pass_idxwrap(IrProgram *p);
void pass_cdepth(IrProgram *p);
void pass_rowfuse(IrProgram *p);
/* Why --vector-math=sleef left the math calls of parfor lp scalar, or NULL (for --report). */
const char *vecmath_not_why(const IStmt *lp);
/* The math builtins with vector versions in libmvec and SLEEF. */
bool vector_math_has(BuiltinId id);
/* Removes scalar copies and repeated loads inside loop bodies. */
void pass_simplify(IrProgram *p);
/* An array built and then copied into a caller's result is built in the result's memory. */
void pass_result_slot(IrProgram *p);
void pass_hoist(IrProgram *p);           /* passes/hoist.c */
/* Removes stores to, and allocations of, arrays that are never read. */
void pass_dce(IrProgram *p);

/* The --report text (report.c); analyze_dir_arrays runs on the Domain IR. */
void analyze_dir_arrays(IrProgram *p);
void analyze_report(const IrProgram *p, Buf *b);

/* Counts for structure assertions: parfors and allocations. */
void analyze_counts(const IrProgram *p, int *parfors, int *allocs);

#endif
