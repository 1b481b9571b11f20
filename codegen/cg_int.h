/* cg_int.h — what the C emitter's files share (not for other modules).
 *
 * cg.c         the emitter's state and names, statements, functions, the
 *              header and the file: cg_emit()
 * cg_expr.c    expressions, trap sites, declarations of body variables
 * cg_reduce.c  reductions (OpenMP clauses, per-thread partials), scans
 * cg_compact.c stream compaction: parallel count, allocate, write
 * cg_loop.c    parallel loops: the overhead guard, parfor, serial loops,
 *              per-round frees of source loops
 * cg_rounds.c  a stencil's rounds: one thread or one parallel region
 * cg_python.c  arrc --python's extension module; cg_sig.c  arrc --emit=sig
 * cg_mpi.c     arrc --mpi: the collectives (IS_MPI statements) */
#ifndef ARRC_CG_INT_H
#define ARRC_CG_INT_H

#include "cg.h"
#include "access.h"
#include <ctype.h>
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct CG {
    const IrProgram *p;
    IrFunc *f;
    Buf *b;
    int ind;
    VEC(const char *) sites;        /* trap messages */
    bool *declared;                 /* per var id */
    bool *at_assign;                /* per var id: declared where assigned */
    bool in_parfor;
    bool in_region;                 /* inside a stencil's parallel region */
    bool guard_mem;                 /* loads and stores go through the trap flag (stmt_guard_open) */
    int cur_line;                   /* the .arr line of the last #line, or 0 */
    bool expr_lines;                /* in an assignment's or store's value: a #line
                                       before each operand from another .arr line */
    bool small_loop;                /* emitting the one-thread copy of a guarded parfor */
    bool guarded;                   /* emitting the parallel copy of a guarded parfor */
    bool round_guarded;             /* in a stencil's region entered after its rounds' guard */
    bool one_thread;                /* emitting a copy that runs on this thread (a stencil's
                                       rounds too small for threads): parfors are serial loops */
    bool uses_math[BI_COUNT_][2];   /* [fn][is_f32] */
    bool uses_complex;              /* complex.h and the complex helpers are needed */
    bool uses_vm[BI_COUNT_][2];     /* the vector math helpers IS_VMATH calls (cg_vmath.c) */
    bool uses_matmul;               /* the runtime's matrix product (arr_matmul.inc) is needed */
    bool used_fail;                 /* some path jumps to fail: */
    VEC(Var *) body_allocs;         /* arrays allocated inside the current parfor body */
    VEC(Var *) hoisted;             /* per_thread arrays of the parfor being emitted, declared before it */
    int skip_label;                 /* the current parfor body's skip label, or -1 */
    int nsweeps;                    /* source loops that free their rounds' arrays (arr_mark_N) */
    bool skip_used;
    int nskip;
    int label_copy;                 /* >0: which copy of a guarded parfor's body is being emitted */
    int ncopies;
    const Var *count_only;          /* a compaction's count pass: stores to it are left out */
    const char **fn_names;          /* the C names of the function's variables but loop
                                       indices, sorted (cg_names.c) */
    int nfn_names;
    VEC(const IStmt *) open_loops;  /* the loops being emitted around this point */
} CG;

static inline const char *ctype(TyKind k) { return ty_ctype(k); }
/* Which variables are declared (g->declared, g->at_assign), saved before
 * a body is emitted a first time and restored before the second copy. */
typedef struct DeclSnap { bool *decl, *at; } DeclSnap;
DeclSnap decl_save(const CG *g);
void decl_restore(CG *g, DeclSnap *s);      /* restores, then frees the snapshot */

/* Is the code being emitted run by one thread (--serial, or a one-thread copy)? */
/* Per-thread arrays of a parallel loop (cg_loop.c): declared before it
 * (returns a mark for hoist_close, or -1: none), freed after it. */
int hoist_open(CG *g, const IStmt *lp);
void hoist_close(CG *g, int mark);
bool hoisted(const CG *g, const Var *v);
/* An IS_ALLOC (cg_loop.c). */
void alloc_stmt(CG *g, const IStmt *s);
static inline bool cg_serial(const CG *g) { return g->p->serial || g->one_thread; }

/* codegen/cg_mpi.c */
const char *comm_name(const IrFunc *f);      /* the communicator parameter's name */
void mpi_stmt(CG *g, const IStmt *s);
/* --mpi: what a function declares at its top for its IS_MPI statements, completes in its fail path, frees on its way out */
typedef enum { MPI_DECLARE, MPI_DRAIN, MPI_RELEASE } MpiDeclMode;
void mpi_decls(CG *g, const PtrList *l, MpiDeclMode mode);
/* --mpi: this rank's share of the rows of a replicated array returned as
 * an anonymous result (IS_RETURN's split). */
/* Scalars assigned inside parfor bodies (priv: declared there) and every
 * assignment's destination (assigned). */
void cg_mark_private(const PtrList *l, bool in_parfor, bool *priv, bool *assigned);
void mpi_split_result(CG *g, const IStmt *s, const Var *r, const Var *v);

/* codegen/cg.c */
extern const char **g_rename;      /* per var id: the C name chosen for the function, or NULL */
void line(CG *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *cname(const Var *v);
const char *sfx(TyKind k);
const char *wrap_ctype(TyKind k);
const char *int_limit_c(TyKind k, bool max);
void ext(Buf *b, Ext x);
void source_line(CG *g, Span s);
void fail_msg(CG *g, const char *msg);
void stmt(CG *g, const IStmt *s);
void stmts(CG *g, const PtrList *l);

/* codegen/cg_expr.c */
void index_expr(CG *g, const Var *a, int n, IExpr *const *idx);
void varref(CG *g, const Var *v);
const char *libm_name(BuiltinId id);
void expr(CG *g, const IExpr *e);
void top_expr(CG *g, const IExpr *e);
void cond(CG *g, const IExpr *e);
const char *where_line(Span s);
bool has_fp_work(const IExpr *e);
void declare_body_vars(CG *g, const PtrList *l);

/* codegen/cg_trap.c */
bool has_site(const IExpr *e);
bool stmt_traps(const IStmt *s);
bool traps_in(const PtrList *l);
void trap_check(CG *g);
bool guards_itself(const IStmt *s);
void trap_exit(CG *g);
void guarded_store(CG *g, const IStmt *s);
void check_stmt(CG *g, const IStmt *s);

/* codegen/cg_python.c */
/* An export's .arr signature as written: "f(a: f64[n], k: i64) -> f64[n]". */
const char *cg_arr_signature(const FnDecl *fn);

/* codegen/cg_lines.c: ARR_CLINE markers to the C file's lines; #line again
 * before each line with code where the count has moved past its .arr line */
void cg_fix_lines(Buf *c, const char *c_name);

/* codegen/cg_reduce.c */
const char *omp_redop_of(const Reduction *r);
const char *red_acc(const Reduction *r);
bool red_int_flag(const Reduction *r);
bool reds_open(CG *g, const IStmt *lp);
/* Does an argmin/argmax track the first NaN (floats, unless pass nanfree
 * proved its values are never NaN)? */
static inline bool red_tracks_nan(const Reduction *r)
{
    return r->idx && ty_is_float_kind(r->acc->elem) && !r->nan_free;
}
const char *red_first_index(CG *g, const IStmt *lp, const Reduction *r);
void reds_close(CG *g, const IStmt *lp, bool block);
void red_update(CG *g, const IStmt *lp, const Reduction *r, const char *acc, const char *idx);
bool red_blocked(const CG *g, const IStmt *lp);
void red_blocked_loop(CG *g, const IStmt *lp, bool part, const char *omp_for);
void scan_stmt(CG *g, const IStmt *st);
bool cg_lane_loop(const IStmt *lp);
void lane_loop(CG *g, const IStmt *lp);

/* codegen/cg_loop.c */
const char *expr_str(CG *g, const IExpr *e);
void fused_comment(Buf *out, const IStmt *lp);
void parfor(CG *g, const IStmt *lp);
const char *c_escape(const char *msg);
int sweep_open(CG *g, const PtrList *body);
void sweep_round(CG *g, const PtrList *body, int id);
void sweep_close(CG *g, int id);
void serial_loop(CG *g, const IStmt *lp);
/* codegen/cg_names.c: a parfor's indices named i, j, k, l, ... where that
 * hides no C variable in scope; names_open/close around a function */
void name_loop_indices(CG *g, const IStmt *lp);
void names_open(CG *g);
void names_close(CG *g);
const char *par_if_clause(CG *g, const IStmt *lp);
void parfor_body(CG *g, const IStmt *lp, bool custom);
const char *cg_iterations_str(CG *g, const IStmt *lp);
enum { ARR_PAR_MIN_WORK = 100000 };     /* about 10-20 us of work: less does not pay for a thread team */

/* codegen/cg_rounds.c */
void rounds(CG *g, const IStmt *lp);

/* codegen/cg_compact.c */
void compact_loop(CG *g, const IStmt *lp);

/* codegen/cg_vmath.c: blocked vector math (SLEEF, libmvec by name) */
void vmath_stmt(CG *g, const IStmt *s);
void vmath_versions(CG *g, const IStmt *s);     /* IS_IF with pp: #if / #else / #endif */
void vmath_helpers(CG *g, Buf *c);
/* --vector-math=libmvec with blocked loops: defines ARR_VM_CALLS (1 where the
 * C compiler will not call libmvec by itself) and includes <immintrin.h> then */
void vmath_libmvec_switch(Buf *c);
void vmath_warnings(CG *g, Buf *c, bool libmvec);

#endif
