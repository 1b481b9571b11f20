/* cg.h — C/OpenMP emission from the Parallel IR. */
#ifndef ARRC_CG_H
#define ARRC_CG_H

#include "ir.h"

/* Writes the module's .c into c and its header into h; the .c includes
 * the header by the file name header_name; #line directives return to the
 * C file as c_name. */
void cg_emit(const IrProgram *p, const char *source_name, const char *header_name, const char *c_name, Buf *c, Buf *h);

/* arrc --python (cg_python.c): writes into b a CPython extension module
 * named p->module over the module's C functions, which it declares by
 * including header_name; false (after located errors) when an export
 * cannot be wrapped. */
bool cg_python(const IrProgram *p, const char *source_name, const char *header_name, Buf *b);

/* arrc --emit=sig (cg_sig.c): writes into b the exported functions' C
 * interface, one item per line (the format is described there). */
void cg_sig(const IrProgram *p, Buf *b);

/* The overhead guard: how many iterations the parfor lp needs before it
 * runs on threads (below that the calling thread runs it), or 0 when it
 * always runs in parallel (enough work per iteration, --serial,
 * --no-overhead-guard).  The report quotes it. */
int64_t cg_guard_iterations(const IrProgram *p, const IStmt *lp);
/* Does the guard of the parfor lp weigh inner loops of run-time length
 * (their trip counts in C), so that it runs in parallel only from enough work? */
bool cg_guard_symbolic(const IrProgram *p, const IStmt *lp);
/* The guard's estimate of one iteration's work of the parfor lp (for
 * passes that set a loop's whole work, IStmt.loop.work), and the work
 * from which a loop runs on threads. */
int64_t cg_iteration_work(const IStmt *lp);
int cg_par_min_work(void);
/* For a loop lp of a stencil's rounds loop: the iterations from which the
 * round alone pays for its barrier and, with a constant round count, all
 * rounds for the team's start (the rounds' guard, cg_rounds.c), or 0. */
int64_t cg_round_iterations(const IrProgram *p, const IStmt *rounds, const IStmt *lp);
/* A note in a loop's fused list ("vecmath:..." or "note:..."): its text, else NULL (cg_loop.c). */
const char *fused_note(const char *item);
/* Does the parallel loop hand out its iterations one at a time (their work
 * varies: an inner loop over 0..i, a while, a loop in one branch)? */
bool cg_dynamic_schedule(const IStmt *lp);
/* Whether a loop's body allows 'omp simd' (no traps, OpenMP reductions only). */
bool cg_simd_ok(const IStmt *lp);
/* A float ** by the constant 2, which codegen writes as a product (exact: pass argblock, arglanes). */
bool pow_is_square(const IExpr *e);
/* Whether every reduction of a parallel loop is an OpenMP reduction clause
 * (none combined from per-thread partials). */
bool cg_omp_reductions(const IStmt *lp);

#endif
