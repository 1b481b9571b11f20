/* ir.h — the Domain IR and the Parallel IR (one node family, two stages).
 *
 * A function is a list of statements over variables.  Array variables carry
 * symbolic extents (Ext): a variable (a size variable, an i64 parameter or a
 * temporary) or a constant; two extents are equal at compile time when they
 * are the same variable or the same constant.
 *
 * DIR: every whole-array operation is the value of an IS_ASSIGN to a fresh
 *      temporary (A-normal form), each recording its .arr span.
 * PIR: no domain nodes remain; each became IS_ALLOC + IS_LOOP(parfor) whose
 *      body is scalar code.  fuse merges loops; dce drops dead temporaries. */
#ifndef ARRC_IR_H
#define ARRC_IR_H

#include "ast.h"
#include "builtins.h"

typedef enum IExprKind {
#define E(k, n, st) k,
#include "ir.def"
#undef E
} IExprKind;

typedef enum IStmtKind {
#define S(k, n, st) k,
#include "ir.def"
#undef S
} IStmtKind;

typedef enum RedOp {
#define R(k, n) k,
#include "ir.def"
#undef R
} RedOp;

extern const char *const iexpr_kind_name[];
extern const char *const istmt_kind_name[];
extern const char *const redop_name[];

typedef struct Var Var;
typedef struct IExpr IExpr;
typedef struct IStmt IStmt;
typedef struct Ext { Var *var; int64_t c; } Ext;        /* var == NULL: constant c */

typedef enum VarKind {
    V_PARAM,        /* a parameter of the exported function */
    V_SIZE,         /* a size variable (an int64_t parameter) */
    V_RESULT,       /* an out-pointer / caller-allocated result buffer */
    V_LOCAL,        /* let/var from the source */
    V_TEMP,         /* made by the compiler */
    V_INDEX,        /* bound by a construct: a loop index, a lambda parameter */
    V_VIEW,         /* a slice of another array, read and written in place */
} VarKind;

struct Var {
    int id;
    const char *name;       /* unique C name */
    TyKind elem;            /* scalar kind, or element kind of an array */
    int rank;               /* 0 for scalars */
    Ext dims[4];
    VarKind kind;
    Span span;
    bool is_mutable;        /* assigned more than once (var, rebound arrays) */
    bool written;           /* array contents are stored to */
    bool anon_result;       /* V_RESULT whose extents are allocated by us */
    Ext declared[4];        /* anon_result: extents the result type states */
    bool has_declared[4];
    int result_index;       /* V_RESULT: position in the result tuple */
    bool reshaped;          /* its buffer is also seen with other extents (reshape): an
                               access at a loop's indices is no other array's element there */
    int uses;               /* analysis scratch */
    uint64_t param_mask;    /* lower_dir: which array parameters it may alias */
    bool inline_ok;         /* a compiler temporary that may be folded into its one use */
    bool nonneg;            /* an i64 parameter used as an extent: checked >= 0 at entry */
    bool on_stack;          /* a rank-1 block of constant extent, private to the parallel
                               loop iteration whose body allocates it (a C array, not malloc) */
    bool per_thread;        /* an array of constant extents allocated in a parallel loop's body
                               that every iteration overwrites before reading (a tile's scratch):
                               each thread may allocate it once and keep it for its iterations */
    const char *src_name;   /* a generator's name in the source (loop indices keep it) */
    /* V_VIEW: element [k0, k1, ...] is base[start[0] + k(map[0]), ...]; a
     * base dimension with map[d] < 0 is fixed at start[d] */
    Var *base;
    IExpr *vstart[4];
    int vmap[4];
    /* V_VIEW over a rank-1 base (a reshaped slice, section 13) when vcoef[0]
     * is set: element [k0, k1, ...] is base[vstart[0] + vcoef[0]*k0 + vcoef[1]*k1 ...];
     * vrowmajor: the coefficients are the row-major strides of the view's
     * own extents (its elements are one block, so it may be reshaped again) */
    IExpr *vcoef[4];
    bool vrowmajor;
};

struct IExpr {
    IExprKind kind;
    TyKind ty;              /* scalar kind of the value (element kind for domain nodes) */
    Span span;
    bool eager;             /* IE_SELECT, && and ||, elementwise: both operands are evaluated */
    bool nowrap;            /* integer + - * known not to overflow (index arithmetic) */
    union {
        struct { int64_t i; double f, im; } c;              /* IE_CONST (ty decides; complex: f + im i) */
        Var *var;                                           /* IE_VAR */
        struct { Op op; TyKind opk; IExpr *a, *b; } op;     /* IE_UNOP a, IE_BINOP a b */
        struct { BuiltinId fn; IExpr *a, *b; } call;        /* IE_CALL: math builtins */
        IExpr *conv;                                        /* IE_CONV: to ty */
        struct { IExpr *c, *a, *b; } sel;                   /* IE_SELECT */
        struct { Var *arr; int n; IExpr *idx[4]; } load;    /* IE_LOAD */
        struct { const char *name; int n; IExpr **args; } ecall;   /* IE_ECALL: an extern C function */
        /* IE_SLOAD (only in an IS_STENCIL's kernel): buffer arr (one of the
         * stencil's cur) at the element's indices plus off, mapped by the
         * stencil's boundary mode where that leaves the buffer */
        struct { Var *arr; int n; int64_t off[4]; } sload;
        struct {                                            /* IE_MAP, IE_COMPACT */
            int n; Var **args;          /* array operands, equal shapes */
            Var **elems;                /* per-element scalar of each operand */
            PtrList body;               /* scalar statements */
            IExpr *result;
            const char *what;           /* what the map computes, for comments */
            /* IE_COMPACT (stream compaction, a rank-1 result): the results
             * of the elements where keep holds, in row-major order; flat
             * (or NULL) is the element's row-major position in the body */
            IExpr *keep;
            Var *flat;
        } map;
        struct {                                            /* IE_REDUCE */
            RedOp op; Var *arr; IExpr *init;
            Var *pa, *pb; IExpr *lam;   /* RED_LAMBDA: |pa, pb| lam */
        } red;
        IExpr *fill;                                        /* IE_FILL: the value */
        struct {                                            /* IE_SCAN (and IS_SCAN): inclusive scan */
            RedOp op;                   /* RED_SUM or RED_LAMBDA */
            Var *src, *dst;             /* dst: IS_SCAN only */
            IExpr *init;
            Var *pa, *pb; IExpr *lam;
        } scan;
        struct { Var *keys, *dst; } sort;                   /* IE_SORT, IS_SORT: stable argsort */
        /* IE_MATMUL, IS_MATMUL: dst[m, n] = a[m, k] b[k, n] (2-D, one float
         * kind), the runtime's tiled kernel (runtime/arr_matmul.inc); ta/tb:
         * the operand is the transpose of the (contiguous) array a/b;
         * row0 (--mpi, distribute.c; NULL: 0): dst's rows are those of
         * a's (operand) rows from row0 on */
        struct { Var *a, *b, *dst; bool ta, tb; IExpr *row0; } mm;
        struct {                                            /* IE_GEN: a comprehension */
            int rank; Var *idx[4];      /* generator variables */
            IExpr *lo[4];               /* their starts (constants or variables) */
            PtrList body;               /* statements run for each element */
            int nout; IExpr **results;  /* one scalar per output */
            Var **outs;                 /* the arrays built (outs[0] is the assignment's dst) */
        } gen;
        struct { IExpr *lo, *hi; } lin;                     /* IE_LINSPACE */
    };
};

/* Iterations per block of a blocked argmin/argmax (pass argblock): 8 KiB of
 * doubles, rescanned from L1. */
enum { ARR_ARG_BLOCK = 1024 };

/* A reduction carried by a parfor: acc op= value each iteration. */
typedef struct Reduction {
    RedOp op;
    Var *acc;               /* scalar accumulator (holds init before the loop) */
    Var *idx;               /* argmin/argmax: the index result, else NULL */
    Var *pa, *pb; IExpr *lam;   /* RED_LAMBDA */
    IExpr *value;           /* set by the loop body: a scalar */
    bool cont;              /* acc holds the running value (set before the first of several
                               loops that add to it: a stencil's regions): not initialised here */
    bool nan_free;          /* argmin/argmax of floats whose values are never NaN here (pass nanfree's
                               copy, behind a check of its inputs): no first-NaN tracking; float
                               minimum/maximum (pass minmax's first loop): OpenMP's min/max, whose
                               result stands only when no value is NaN and it is not a zero */
    bool blocked;           /* argmin/argmax (pass argblock): codegen runs it by blocks of
                               ARR_ARG_BLOCK iterations, a vector min/max of each, the ordered
                               loop only over a block that may change the result */
    bool blocks_sure;       /* blocked, and its loop's count is known to be over a block (pass
                               argblock's versions of a loop over rows): no run-time test */
    bool mpi_combined;      /* --mpi: combined over the ranks after the loop (its NaN index, for
                               argmin/argmax of floats, is then declared with the function's variables) */
    /* pass lanesum (a sum of sums): on an inner loop's sum, `lanes` is the
     * sum of the loop around it that this one's terms go to, lane by lane
     * (the inner acc is not set); on that outer sum, lanes_w > 0 is the
     * number of lanes, its value is NULL and the acc is their pairwise sum
     * after the loop */
    struct Reduction *lanes;
    int lanes_w;
} Reduction;

/* LOOP_ROUNDS: a serial loop (a stencil's rounds) run inside one parallel
 * region: its parfors are worksharing loops, its other statements run once.
 * LOOP_COMPACT: stream compaction.  Its meaning is that of a serial loop in
 * row-major order whose body appends to the rank-1 array cdst with
 * `dst[k] = v; k = k + 1` (k = cdst's extent variable, 0 before the loop),
 * run after cdst has been allocated with the extent k will have at the end.
 * The body must be free of other stores: codegen runs it twice (a parallel
 * count pass over chunks, then the allocation, then a parallel write pass
 * that starts each chunk at the count of the chunks before it). */
typedef enum LoopKind { LOOP_SERIAL, LOOP_PARFOR, LOOP_ROUNDS, LOOP_COMPACT } LoopKind;

struct IStmt {
    IStmtKind kind;
    Span span;
    union {
        struct { Var *dst; IExpr *val; } assign;            /* IS_ASSIGN */
        struct { Var *arr; int n; IExpr *idx[4]; IExpr *val; } store;   /* IS_STORE */
        struct {                                            /* IS_IF */
            IExpr *cond; PtrList then, els;
            bool versions;          /* the branches are two versions of one computation of
                                       about equal work (pass nanfree): not uneven work */
            const char *pp;         /* set: the C preprocessor chooses the branch, not cond
                                       (true): `#if pp` (pass vecmath: the version for
                                       compilers without libmvec by declare simd) */
        } if_;
        struct {                                            /* IS_LOOP */
            LoopKind kind;
            int rank; Var *idx[4]; IExpr *lo[4], *hi[4];
            PtrList body;
            PtrList reds;           /* Reduction* (parfor) */
            PtrList fused;          /* const char*: what was fused in */
            bool simd_ok;           /* set by codegen analysis */
            bool even;              /* parfor: its iterations cost the same, whatever the
                                       body looks like (chunks of equal size): a static split */
            Var *cdst;              /* LOOP_COMPACT: the array appended to */
            bool whole;             /* --mpi (distribute.c): a parfor every rank runs whole */
            int64_t trip_max;       /* at most this many iterations (0: unknown), for the overhead
                                       guard's estimate (pass tile: the loops of a tile) */
            bool one_thread;        /* serial loop: its parallel loops run on the calling thread
                                       (tblock's sweeps, chosen when there is one thread) */
            IExpr *work;            /* parfor: its whole work in the overhead guard's units, where
                                       the estimate from its body cannot see it (pass rowfuse: rows x
                                       columns x an element's work); NULL: from the body */
        } loop;
        struct { PtrList pre; IExpr *cond; PtrList body; } while_;   /* IS_WHILE */
        struct { int n; Var **vals; bool *split; } ret;     /* IS_RETURN; split[k] (--mpi, distribute.c): the
                                                               anonymous result k is a replicated array, of
                                                               which this rank returns its block of rows */
        int label;                                          /* IS_GOTO, IS_LABEL */
        struct { IExpr *cond; const char *msg; } check;     /* IS_CHECK: cond must hold */
        /* IS_STENCIL (Domain IR; lower_pir makes the rounds loop): `rounds`
         * times, the kernel `body` runs for every element (indices idx) of
         * the equally shaped buffers bound to cur[0..nbuf) (each assigned
         * its first buffer before the node), reading them with IE_SLOAD
         * at offsets within the footprint [flo, fhi] per dimension, mapped
         * by `mode` (a StencilMode) outside the buffers, and storing at the
         * element itself into the buffers with written[p]; after each round
         * cur[j] is bound to the buffer cur[perm[j]] was (perm NULL: no
         * rotation); `last` (or NULL) gets the buffer cur[0] was bound to in
         * the last round (assigned cur[0] before the node). */
        struct {
            int rank, nbuf, mode;
            Var **cur; bool *written; int *perm;
            Var *idx[4];
            int64_t flo[4], fhi[4];
            IExpr *rounds;
            Var *last;
            PtrList body;
            /* pass tblock (temporal blocking): tk > 0: the first rounds run
             * tk at a time, by tiles of tsz[d] elements (lower_pir_tblock.c);
             * tnote: the decision, for --report (why it did not tile, or how) */
            int tk;
            int64_t tsz[4];
            bool tforced;           /* --stencil-tile=K,T...: tile whatever the grid's size */
            bool troll;             /* rank 2, --stencil-tile=K,T0: strips of tsz[0] rows, each a
                                       wavefront through rings of rows (else tiles of tsz) */
            bool tdyn;              /* rank 1: tiles of about n / threads elements, tsz[0] at most,
                                       chosen at run time (else tsz) */
            int tlag;               /* sweeps of tlk rounds over the planes (rank 2: rows) in place,
                                       each round a plane behind the one before, when one thread runs
                                       them (1: arr_threads() == 1, else the tiles; 2: --serial;
                                       3: on any number of threads, a part of the planes a thread,
                                       then the seams between parts; 0: none) */
            int tlk;
            const char *tnote;
            PtrList fused;          /* pass stencil-out: "what@line N" of the maps moved in (--report) */
            PtrList reds;           /* pass stencil-out: Reduction*, float sums of kernel scalars
                                       (acc += value at every element; acc = 0 before the node) */
            /* pass stencil-chain: prod, a one-round stencil whose results only
             * this one reads, runs inside it by strips of rows, into scratch
             * windows (lower_pir_chain.c); from[q]: the index of prod's
             * written buffer whose result buffer q reads (-1: another array) */
            IStmt *prod;
            int *from;
        } sten;
        Var *alloc;                                         /* IS_ALLOC: dims from the var */
        IExpr *op;                                          /* IS_SCAN, IS_SORT, IS_MATMUL: the IE_ node */
        struct { IExpr *at; bool write; } pf;               /* IS_PREFETCH: the IE_LOAD whose line is fetched
                                                               (to be written when `write`, else to be read) */
        /* IS_MPI (--mpi, passes/distribute.c): a collective over the ranks.
         * MPI_EXTENT: global = the sum of every rank's local extent, off =
         * the sum of the ranks' before this one (the block's first global
         * row).  MPI_COMBINE: the accumulators of loop's reductions (each
         * rank's partial results) become the combination of every rank's
         * partials in rank order, the same on every rank (one collective).  MPI_HALO: lo and hi get
         * the `width` rows of the distributed array arr before and after
         * this rank's block (local, global, off: its size variable's), for
         * a stencil's reads of other ranks' rows: point-to-point messages,
         * posted here and completed at the MPI_HALO_WAIT of the same arr.  MPI_GATHER: lo gets the
         * whole distributed array arr (every rank's rows, MPI_Allgatherv),
         * for reads at rows that are not nearby.  MPI_SCAN: arr, a
         * cumulative sum of this rank's block, gets the total of the blocks
         * before it added.  MPI_ASSEMBLE: arr, a replicated array that
         * `loop` (a loop over distributed rows) wrote at its own rows, gets
         * the rows every other rank wrote (whole on every rank again). */
        /* IS_VMATH (passes/vecmath.c): dst[k] = fn(a[k]) (or fn(a[k], b[k]))
         * for k in 0..n, the on_stack blocks' elements, by a vector math
         * library's vector functions (--vector-math=sleef) */
        struct { BuiltinId fn; Var *dst, *a, *b; IExpr *n; } vm;
        struct {
            int op; Var *local, *global, *off;
            Var *arr, *lo, *hi; int64_t width;
            bool wrap;                  /* MPI_HALO: rows beyond the global edges are the other end's */
            const IStmt *loop;          /* MPI_COMBINE: the loop whose reductions are combined;
                                           MPI_ASSEMBLE: the loop that wrote arr;
                                           MPI_GATHER: the compaction it is for, or NULL;
                                           MPI_HALO, _WAIT: the loop whose interior rows run
                                           between them, or NULL and note says why not */
            const char *note;
        } mpi;
    };
    void *scratch;      /* a pass's cached analysis of the statement (NULL outside that pass) */
};
enum { MPI_EXTENT, MPI_COMBINE, MPI_HALO, MPI_HALO_WAIT, MPI_GATHER, MPI_SCAN, MPI_ASSEMBLE };

typedef struct IrFunc {
    const char *name;
    FnDecl *decl;
    PtrList params;         /* Var*: V_PARAM and V_SIZE in ABI order */
    PtrList results;        /* Var*: V_RESULT */
    PtrList vars;           /* every Var */
    PtrList body;           /* IStmt* */
    int nlabels;
    bool is_pir;
    int dir_arrays;         /* arrays the Domain IR's operations would allocate (for --report) */
    struct { const char **slots; int cap, len; } names;   /* C names taken (a hash set) */
    /* per base name, the last suffix ir_var gave it (names are never
     * released, so every smaller suffix is still taken): the n-th "i" costs
     * one probe, not n */
    struct { const char **keys; int *last; int cap, len; } suffix;
} IrFunc;

typedef struct IrProgram {
    const char *module;     /* C module name (output stem) */
    const char *prefix;     /* --prefix=P: exported functions are P_name in C (NULL: none) */
    PtrList funcs;          /* IrFunc*: the exported functions */
    bool fuse, serial, fast_math, strict_math, bounds_check;
    PtrList headers;        /* const char*: C headers of extern functions, #included */
    bool no_guard;          /* --no-overhead-guard: every parfor parallel, whatever its size */
    bool line_directives;   /* #line to the .arr source (default; --no-line turns it off) */
    bool mpi;               /* --mpi: distributed along dimension 0 (passes/distribute.c) */
    int vector_math;        /* VM_LIBMVEC (default), VM_SLEEF, VM_SCALAR (--vector-math=) */
    /* --stencil-tile=: -1 off, 0 auto (the default), K > 0: K rounds per tile
     * of tile[] elements (tile[d] 0: the pass's choice) */
    int stencil_tile;
    int64_t tile[4];
    bool padded;            /* pass padtail padded a loop: gcc must not split it (codegen) */
} IrProgram;
enum { VM_LIBMVEC, VM_SLEEF, VM_SCALAR };

/* Construction helpers. */
Var *ir_var(IrFunc *f, const char *name, TyKind elem, int rank, VarKind k, Span s);
/* Marks a C name as taken in f (ir_var does it for the names it gives). */
void ir_reserve_name(IrFunc *f, const char *name);
IExpr *ir_expr(IExprKind k, TyKind ty, Span s);
IExpr *ir_const_i(TyKind ty, int64_t v, Span s);
IExpr *ir_const_f(TyKind ty, double v, Span s);
IExpr *ir_const_c(TyKind ty, double re, double im, Span s);
IExpr *ir_varref(Var *v, Span s);
IExpr *ir_ext(Ext e, Span s);
IStmt *ir_stmt(IStmtKind k, Span s);
bool ext_equal(Ext a, Ext b);
bool shape_equal(const Var *a, const Var *b);

/* Nodes the passes that build loops need (a op b with operand kind opk;
 * c ? a : b; v = e; a rank-1 loop over lo..hi with a new index NAME). */
IExpr *ir_binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s);
IExpr *ir_select(TyKind ty, IExpr *c, IExpr *a, IExpr *b, Span s);
IStmt *ir_assign(Var *v, IExpr *e, Span s);
IStmt *ir_loop1(IrFunc *f, LoopKind k, const char *name, IExpr *lo, IExpr *hi, Span s);

/* Walkers. */
typedef void (*IExprFn)(IExpr **slot, void *ctx);
void ir_walk_expr(IExpr **slot, IExprFn fn, void *ctx);       /* post-order, all sub-expressions */
void ir_walk_stmts(PtrList *l, IExprFn fn, void *ctx);        /* every expression slot in statements */
IExpr *ir_clone_expr(const IExpr *e);
/* The same variable, or the same integer constant (other expressions: false). */
bool ir_same_atom(const IExpr *a, const IExpr *b);
/* A size variable or an i64 parameter used as an extent: checked >= 0 at
 * the function's entry and never assigned, so >= 0 everywhere in it. */
bool ir_var_nonneg(const Var *v);
/* An integer / or % by a constant other than 0 (and -1, for signed
 * kinds): it can neither trap nor overflow. */
bool ir_safe_divisor(const IExpr *e);
/* Can ir_clone_stmts copy l: scalar statements only (assignments of scalar
 * values to scalars, stores, ifs, whiles, serial loops, checks, jumps)? */
bool ir_clonable_stmts(const PtrList *l);
bool ir_clonable_rows(const PtrList *l);     /* and nested parfors with plain reductions */
/* Appends to dst a copy of src in which every scalar the statements assign
 * and every loop index is a new variable of f (and every label a new label);
 * from[k] is replaced by to[k] throughout (arrays in loads and stores too). */
void ir_clone_stmts(IrFunc *f, const PtrList *src, PtrList *dst, Var *const *from, Var *const *to, int nmap);
/* The same; each follow[i] (a variable the statements define) becomes its copy's. */
void ir_clone_stmts_follow(IrFunc *f, const PtrList *src, PtrList *dst, Var *const *from, Var *const *to, int nmap,
                           Var **follow, int nfollow);
/* A copy of the parfor lp (its reductions' accumulators the same): the
 * scalars its body assigns are new variables, which its reductions'
 * values read in their place. */
IStmt *ir_clone_parfor(IrFunc *f, const IStmt *lp);
/* Calls fn(f, l, i) for every loop l[i] in l and the statements inside
 * (ifs, whiles, loops; not a stencil's rounds or a compaction): fn returns
 * how many statements replaced l[i] (the walk goes on after them), 0 to
 * have the walk enter the loop's body, or -1 to pass over it. */
void ir_each_loop(IrFunc *f, PtrList *l, int (*fn)(IrFunc *f, PtrList *l, int at, void *ctx), void *ctx);
/* Rewrites an element access of a view into one of the array it views. */
void ir_resolve_view(Var **arr, int *n, IExpr **idx, Span s);

void ir_print(Buf *b, const IrProgram *p);
void ir_print_func(Buf *b, const IrFunc *f);
/* Returns false (after printing why) if p is malformed for its stage. */
bool ir_verify(const IrProgram *p, bool pir, const char *after);

#endif
