/* distribute_int.h — what the --mpi pass's files share (distribute.c: loops
 * and communication; distribute_sig.c: the function's interface). */
#ifndef ARRC_DISTRIBUTE_INT_H
#define ARRC_DISTRIBUTE_INT_H
#include "passes.h"

typedef struct Dist {
    IrFunc *f;
    Var **glob, **off;      /* per var id, for a distributed size variable: its global extent and first row */
    int nvars;              /* the ids they cover (the variables made here come after) */
    int errors;
    /* per var id of a distributed array a stencil reads at other rows: the
       rows before and after the block (lo, hi) and how many (width) */
    Var **hlo, **hhi;
    int64_t *width;
    bool *wrap;             /* ... read wrapped around the global edges (:oob_wraparound) */
    /* per var id of a distributed array read at rows that are neither the
       loop's own nor nearby: the whole array, gathered on every rank */
    bool *gather;
    Var **gall;
    Var **gpar;             /* per distributed size variable that names another dimension: the global
                               extent the caller passes too (global_param) */
    VEC(Span) reported;     /* where an error was reported */
    /* pairs (n, m) of distributed size variables that one loop uses together
       (x: f64[n] + y: f64[m]): their blocks must line up, checked at entry */
    PtrList aligned;
    VEC(Span) aligned_at;   /* the first such loop of each pair */
} Dist;

/* distribute_sig.c: does a run-time check in l (or nested) state a == b; the
 * entry checks that the aligned pairs of size variables line up */
bool dist_checked_equal(const PtrList *l, const Var *a, const Var *b);
void dist_align_checks(Dist *d);

static inline bool dsize(const Dist *d, const Var *v) { return v && v->id < d->nvars && d->glob[v->id]; }
static inline bool is_dist(const Dist *d, const Var *a) { return a->rank && dsize(d, a->dims[0].var); }

/* A located "not supported under --mpi: what" (once per place). */
void dist_unsupported(Dist *d, Span s, const char *what);
/* Which size variables are distributed (dimension 0 of an array parameter
 * or result); each gets its global extent and first row, and becomes the
 * local extent n_local; one that also names another dimension of the
 * signature gets the global parameter the caller passes. */
void dist_find_sizes(Dist *d);
/* Every dimension other than 0 that a distributed size names: its global
 * extent (the passed one for the signature's arrays). */
void dist_other_dims(Dist *d);
/* What is left: a distributed extent in another dimension (an error). */
void dist_check_other_dims(Dist *d);
/* ---- distribute_rows.c ---- */
/* How an error names array x: 'x', or for an array the compiler made for
 * an expression, where that expression is */
const char *dist_name(const Var *x);
/* i64 a op b (a comparison: bool) */
IExpr *dist_i64(Op op, IExpr *a, IExpr *b, Span s);
/* c ? a : b of i64 */
IExpr *dist_select(IExpr *c, IExpr *a, IExpr *b, Span s);
/* lp runs over its rows of this rank's block of n */
void dist_localize(Dist *d, IStmt *lp, Var *n);
/* lp's reductions combined over the ranks, inserted at l[at]; how many statements */
int dist_combine_after(Dist *d, IStmt *lp, PtrList *l, int at);
/* the store s to a distributed array made by its row's owner (in place) */
void dist_guard_store(Dist *d, IStmt *s);
/* the array a gather of x before b[from..to) copies (x, or what x is bound to in them) */
Var *dist_gather_source(Dist *d, Var *x, PtrList *b, int from, int to);
/* is an element of x written in a loop among b[from..to)? */
bool dist_written_in(const IrFunc *f, PtrList *b, int from, int to, const Var *x);
/* the arrays allocated in l (nested lists included) */
void dist_allocs_in(const PtrList *l, PtrList *out);
/* after a scan or argsort b[*i] run whole: its result's own rows (when distributed) */
void dist_own_rows(Dist *d, PtrList *b, int *i, int *to);
/* a gather that repeats an earlier one of the same list, with nothing
 * between that writes the array: dropped, its readers read the earlier copy */
void dist_one_gather(PtrList *l);

/* A parfor whose writes to arrays are all at row i + c (c a
 * constant, not 0) is renumbered to write at its own row (distribute_shift.c);
 * true when it was. */
bool dist_shift_rows(IStmt *lp);
/* Arrays allocated in a parallel loop's body are whole (one iteration's). */
void dist_private_arrays(Dist *d);
/* An array bound to a distributed one is distributed too (its dimension 0
 * becomes the other's); one bound to both kinds is an error. */
void dist_alias_rows(Dist *d);
/* Each return's results the function allocates: this rank's block of rows. */
void dist_anon_results(Dist *d, PtrList *l);

/* ---- distribute_reach.c: rows near the loop's own ---- */
/* |c| when u is idx + c, c + idx or idx - c (c a constant), 0 for idx; else -1 */
int64_t dist_shift_of(const IExpr *u, const Var *idx);
/* How far from idx the row e of an array of global extent N reads: |c| for
 * a row near idx + c, -2 for a row that is not (provably) nearby */
int64_t dist_reach(const IExpr *e, const Var *idx, const Var *N);
/* :oob_wraparound's row u mod N for u = idx + c: u, else NULL */
const IExpr *dist_wrapped_row(const IExpr *e, const Var *idx);

/* ---- distribute_halo.c: the halos' waits, and the interior rows of the
 * loop after them computed while the messages are in flight ---- */
typedef struct HaloPlan {
    IStmt *cand;            /* the loop split into interior and border rows, or NULL */
    Var *size;              /* its size variable */
    const char *why;        /* cand == NULL: why not (--report) */
    PtrList pairs;          /* (written, exchanged) rebindable arrays: the interior runs early when they differ */
} HaloPlan;
/* Before the loops' rewrite: can the first statement after the halos
 * b[from..) (MPI statements) be split? */
void dist_halo_plan(const Dist *d, PtrList *b, int from, int to, PtrList *halos, HaloPlan *hp);
/* After it: each halo's MPI_HALO_WAIT, and the split (*to follows). */
void dist_halo_waits(Dist *d, PtrList *b, int from, int *to, PtrList *halos, const HaloPlan *hp);

#endif
