/* distribute.c — arrc --mpi: which arrays are distributed over the ranks
 * and what the program then communicates (../shared/spec/MPI.md).
 *
 * Before/after: PIR; runs last, and only under --mpi.
 *
 * Distribution.  Every array parameter and result is split by blocks of
 * rows (dimension 0) over the ranks; the size variable of dimension 0 (n)
 * becomes the local extent the caller passes (n_local).  Every array whose
 * dimension 0 is such a size variable is distributed the same way (the
 * arrays computed from them); the others are replicated.  Inside the
 * function n keeps its meaning, the global extent: each scalar use of n
 * reads n_global, which an MPI_EXTENT statement at entry computes with the
 * block's first row n_off.
 *
 * Loops.  A parfor that touches a distributed array runs over its rows:
 * dimension 0's range lo..hi becomes max(lo, n_off)..min(hi, n_off +
 * n_local), so that its index keeps global values (i, arange, a
 * comprehension's generator are global), and each access a[i, ...] to a
 * distributed array reads the local row a[i - n_off, ...].  This is the
 * same computation as the single-process loop restricted to this rank's
 * rows, provided that (checked here; otherwise a located error "not
 * supported under --mpi"):
 *   - every access to a distributed array in the loop is at the loop's own
 *     dimension-0 index (a shift or a data-dependent row would read another
 *     rank's rows), and all of them have the same size variable (blocks of
 *     two size variables need not line up);
 *   - the loop writes no replicated array (each rank would write only its
 *     rows of it);
 *   - it is not nested in another parallel loop or in a stencil's rounds,
 *     and no code outside such loops reads or writes a distributed array.
 * Reads of replicated arrays and scalars are unchanged: they hold the same
 * values on every rank.
 *
 * Reductions.  A distributed loop's reductions give each rank the partial
 * result of its rows (from the operation's identity); an MPI_COMBINE after
 * the loop combines the partials in rank order, that is in the order of
 * the rows, the same on every rank.  Sums of floats then differ from the
 * single-process sum only by where the partial sums are cut.
 *
 * Results the function allocates (extents it decides).  Each rank returns
 * a block of rows with its local extent (MPI.md): of a distributed array,
 * its own rows (the extent is the local size variable); of a replicated
 * array, which every rank holds whole, rows [N r / P, N (r + 1) / P) of
 * its N (codegen, IS_RETURN's split), so that the blocks in rank order
 * are the single-process result.
 *
 * Run whole on every rank over gathered copies: reduce with a function
 * (is_parfor), serial loops of scalar code (serial_only).
 *
 * A distributed size variable that also names another dimension is that
 * dimension's global extent: passed by the caller for the signature's
 * arrays (distribute_sig.c), summed over the ranks for the others.
 *
 * Compactions (x[mask]) run whole on every rank over gathered copies: the
 * count of kept elements depends on the data; what they keep is replicated.
 *
 * Matrix products: the rows of a split result from this rank's rows (or a
 * gathered copy's rows n_off..) of the first operand (dist_matmul).
 *
 * Scans with a function, argsort: whole on every rank over a gathered
 * copy, each rank keeping its own rows of the result (whole_op).
 *
 * Not yet (a located error): these and matrix products nested in loops;
 * a loop writing and reading a distributed array at data-dependent rows. */
#include "distribute_int.h"
#include "access.h"
#include <string.h>

/* ---- scalar uses of a distributed size variable read its global value ---- */

static Dist *g_d;

static void to_global(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && dsize(g_d, e->var)) *slot = ir_varref(g_d->glob[e->var->id], e->span);
}

/* ---- accesses ---- */

typedef struct Scan {
    Dist *d;
    const IStmt *lp;        /* the distributed loop, or NULL */
    Var *size;              /* its size variable (the first distributed array's) */
    bool rewrite;           /* second pass: rewrite the row indices */
    Span at;
    bool halo;              /* a stencil's loop: reads of nearby rows are allowed (the halo) */
    PtrList checks;         /* rewrite: checks to put before the current statement */
    PtrList others;         /* first pass: the distributed arrays read at other rows */
    VEC(int64_t) reach;     /* ... and how far from the loop's row (-2: not nearby) */
    PtrList repl;           /* first pass: the replicated arrays the loop writes at rows other than its */
    VEC(Span) repl_at;      /* own (an error if it turns out to run over distributed rows), and where */
    PtrList mine;           /* first pass: those it writes at its own rows only (assembled after it) */
    const IStmt *top;       /* the statement scanned (its nested statements are not) */
    PtrList local;          /* the arrays allocated in the loop's body: each iteration's own */
    Var *store_arr;         /* outside parallel loops: the distributed array the statement stores */
    IExpr *store_row;       /* to, at this row (its owner stores, and reads it there locally) */
} Scan;

static void halo_read(Scan *sc, IExpr **slot);

/* One access arr[idx...] (at: the load, or the store's statement; slot:
 * the load).  First pass: checks, and the rows read other than the loop's
 * own.  Rewrite: a row of the loop is the block's row i - n_off; another
 * row comes from the halo (nearby) or the gathered copy (any row). */
static void access(Scan *sc, Var *arr, IExpr **idx, bool write, Span at, IExpr **slot)
{
    sc->at = at;
    Dist *d = sc->d;
    if (!arr->rank) return;
    bool own = sc->lp && idx[0]->kind == IE_VAR && idx[0]->var == sc->lp->loop.idx[0];
    if (!is_dist(d, arr)) {
        bool mine = false;      /* an array of the iteration's own, allocated in the loop */
        for (int k = 0; k < sc->local.len && !mine; k++) mine = sc->local.items[k] == arr;
        if (write && sc->lp && !sc->rewrite && !mine) {
            /* if the loop runs over distributed rows (first_pass): at its own
               rows, each rank writes its rows, then shares them (MPI_ASSEMBLE);
               at others, an error.  A loop over no distributed array runs
               whole on every rank */
            if (own) {
                int k = 0;
                while (k < sc->mine.len && sc->mine.items[k] != arr) k++;
                if (k == sc->mine.len) plist_push(&sc->mine, arr);
            } else {
                plist_push(&sc->repl, arr);
                VEC_PUSH(sc->repl_at, sc->at);
            }
        }
        return;
    }
    Var *n = arr->dims[0].var;
    if (!sc->lp && !write && arr == sc->store_arr && ir_same_atom(idx[0], sc->store_row)) {
        /* x[r] read by the statement that stores x[r]: under the owner's
           guard (dist_guard_store), from the block (histogram's bins) */
        if (sc->rewrite) {
            IExpr *sub = dist_i64(OP_SUB, idx[0], ir_varref(d->off[n->id], idx[0]->span), idx[0]->span);
            sub->nowrap = true;
            idx[0] = sub;
        }
        return;
    }
    if (sc->rewrite) {
        if (!own) {
            if (d->gather[arr->id]) {
                IExpr *e = *slot;
                e->load.arr = d->gall[arr->id];     /* the global row of the whole array */
            } else {
                halo_read(sc, slot);
            }
            return;
        }
        IExpr *sub = ir_expr(IE_BINOP, T_I64, idx[0]->span);
        sub->op.op = OP_SUB;
        sub->op.opk = T_I64;
        sub->nowrap = true;         /* a row of this block: 0 <= i - n_off < n_local */
        sub->op.a = idx[0];
        sub->op.b = ir_varref(d->off[n->id], idx[0]->span);
        idx[0] = sub;
        return;
    }
    if (!own && write) {
        dist_unsupported(d, sc->at, arena_printf("%s is written at a row other than the loop's own (the row may be on "
                                            "another rank)", dist_name(arr)));
        return;
    }
    if (!own) {
        int64_t r = sc->lp && sc->halo ? dist_reach(idx[0], sc->lp->loop.idx[0], d->glob[n->id]) : -2;
        /* wrapped at this array's global extent: the halo holds the rows at the other end */
        if (r >= 0 && dist_wrapped_row(idx[0], sc->lp->loop.idx[0])) d->wrap[arr->id] = true;
        plist_push(&sc->others, arr);
        VEC_PUSH(sc->reach, r);
        return;
    }
    if (!sc->size) sc->size = n;
    else if (n != sc->size) {
        /* arrays of two size variables in one loop (x: f64[n] + y: f64[m],
           n == m checked as in the plain build): the loop runs over the
           rows of the first, and each array is read at its own block's
           offset, which is the same row when both blocks line up on every
           rank (equal local extents on every rank: equal offsets too, the
           sums of the ranks before); a check at entry makes the function
           fail, located, where they do not (the caller split them
           differently) instead of mixing rows */
        bool seen = false;
        for (int k = 0; k + 1 < d->aligned.len && !seen; k += 2)
            seen = (d->aligned.items[k] == n && d->aligned.items[k + 1] == sc->size)
                || (d->aligned.items[k] == sc->size && d->aligned.items[k + 1] == n);
        if (seen) return;
        /* only where the program itself requires the extents equal (a shape
           check n == m, as `x + y` has): then a call with other extents is
           an error in the plain build too.  Otherwise ([x[i] + y[i] for i in
           0..n] with m > n is a valid program whose blocks never line up) the
           compile-time error, as before */
        if (!dist_checked_equal(&d->f->body, d->glob[n->id], d->glob[sc->size->id])) {
            dist_unsupported(d, sc->at, arena_printf("%s and another array of this loop have different size variables (%s "
                                                "and %s) that the program does not require equal, whose blocks need not line up",
                                                dist_name(arr), n->name, sc->size->name));
            return;
        }
        plist_push(&d->aligned, sc->size);
        plist_push(&d->aligned, n);
        VEC_PUSH(d->aligned_at, sc->at);
    }
}

/* After a loop's first pass: nearby rows of the loop's own distribution come
 * from halos, any other rows (a data-dependent row, a loop that does not run
 * over this rank's rows) from a gathered copy. */
static void settle_reads(Scan *sc)
{
    Dist *d = sc->d;
    for (int k = 0; k < sc->others.len; k++) {
        Var *x = sc->others.items[k];
        int64_t r = sc->reach.items[k];
        if (r >= 0 && sc->size && x->dims[0].var == sc->size) { if (r > d->width[x->id]) d->width[x->id] = r; }
        else d->gather[x->id] = true;
    }
    sc->others.len = 0;
    sc->reach.len = 0;
}

static void on_load(IExpr **slot, void *ctx)
{
    IExpr *e = *slot;
    if (e->kind == IE_LOAD) access(ctx, e->load.arr, e->load.idx, false, e->span, slot);
}

static void scan_expr(Scan *sc, IExpr **e)
{
    if (*e) ir_walk_expr(e, on_load, sc);
}

static void scan_stmts(Scan *sc, PtrList *l);

/* A cumulative sum (from 0) of a distributed 1-D array into another of the
 * same blocks: each rank scans its block, then adds the total of the
 * blocks before it (MPI_SCAN, after the scan). */
static bool dist_cumsum(Dist *d, const IStmt *s)
{
    const IExpr *o = s->op;
    const Var *src = o->scan.src, *dst = o->scan.dst;
    return o->scan.op == RED_SUM && src->rank == 1 && dst->rank == 1 && is_dist(d, src) && is_dist(d, dst)
           && src->dims[0].var == dst->dims[0].var && o->scan.init->kind == IE_CONST
           && (ty_is_float_kind(o->ty) ? o->scan.init->c.f == 0.0 : o->scan.init->c.i == 0);
}

/* A matrix product dst = a b.  dst split by rows: this rank computes its
 * rows, from its own rows of a when a is split the same way (and not
 * transposed), else from a's (whole, or gathered) rows n_off.. (row0); dst
 * replicated: every rank computes all of it.  Any other distributed
 * operand is read from a copy gathered before (first pass: the rows it
 * reads are any rank's; rewrite: the operand becomes the copy). */
static void dist_matmul(Scan *sc, IStmt *s)
{
    Dist *d = sc->d;
    IExpr *o = s->op;
    Var *dst = o->mm.dst;
    bool split = is_dist(d, dst);
    bool a_own = split && !o->mm.ta && is_dist(d, o->mm.a) && o->mm.a->dims[0].var == dst->dims[0].var;
    Var **ops[2] = { &o->mm.a, &o->mm.b };
    for (int k = 0; k < 2; k++) {
        Var *v = *ops[k];
        if (!is_dist(d, v) || (!k && a_own)) continue;
        if (!sc->rewrite) {
            plist_push(&sc->others, v);
            VEC_PUSH(sc->reach, -2);
        } else {
            *ops[k] = d->gall[v->id];
        }
    }
    if (sc->rewrite && split && !a_own) o->mm.row0 = ir_varref(d->off[dst->dims[0].var->id], s->span);
}

/* A scan with a function (its order is the rows': partial results could
 * not be combined) or an argsort of a distributed 1-D array: every rank
 * runs all of it over a gathered copy of the source (here: the first pass
 * reads it at any row, the rewrite reads the copy), into a whole result of
 * which it keeps its own rows (dist_own_rows). */
static void whole_op(Scan *sc, IStmt *s)
{
    Var **src = s->kind == IS_SCAN ? &s->op->scan.src : &s->op->sort.keys;
    if (s->kind == IS_SCAN && s->op->scan.lam) scan_expr(sc, &s->op->scan.lam);
    if (!is_dist(sc->d, *src)) return;
    if (!sc->rewrite) {
        plist_push(&sc->others, *src);
        VEC_PUSH(sc->reach, -2);
    } else {
        *src = sc->d->gall[(*src)->id];
    }
}

static void scan_stmt(Scan *sc, IStmt *s)
{
    Span save = sc->at;
    sc->at = s->span;
    switch (s->kind) {
    case IS_ASSIGN: scan_expr(sc, &s->assign.val); break;
    case IS_STORE:
        for (int k = 0; k < s->store.n; k++) scan_expr(sc, &s->store.idx[k]);
        if (!sc->lp && s->store.arr->rank && is_dist(sc->d, s->store.arr)
            && (s->store.idx[0]->kind == IE_VAR || s->store.idx[0]->kind == IE_CONST)) {
            sc->store_arr = s->store.arr;
            sc->store_row = s->store.idx[0];
        }
        scan_expr(sc, &s->store.val);
        sc->store_arr = NULL;
        if (!sc->lp && s->store.arr->rank && is_dist(sc->d, s->store.arr)) {
            if (sc->rewrite) dist_guard_store(sc->d, s);     /* outside parallel loops: the row's owner stores */
            break;
        }
        access(sc, s->store.arr, s->store.idx, true, s->span, NULL);
        break;
    case IS_CHECK: scan_expr(sc, &s->check.cond); break;
    case IS_IF: scan_expr(sc, &s->if_.cond); scan_stmts(sc, &s->if_.then); scan_stmts(sc, &s->if_.els); break;
    case IS_WHILE: scan_stmts(sc, &s->while_.pre); scan_expr(sc, &s->while_.cond); scan_stmts(sc, &s->while_.body); break;
    case IS_LOOP:
        for (int k = 0; k < s->loop.rank; k++) { scan_expr(sc, &s->loop.lo[k]); scan_expr(sc, &s->loop.hi[k]); }
        for (int k = 0; k < s->loop.reds.len; k++) {
            Reduction *r = s->loop.reds.items[k];
            if (r->value) scan_expr(sc, &r->value);
            if (r->lam) scan_expr(sc, &r->lam);
        }
        scan_stmts(sc, &s->loop.body);
        break;
    case IS_SCAN: case IS_SORT: case IS_MATMUL: {
        if (s->kind == IS_MATMUL && s == sc->top) { dist_matmul(sc, s); break; }    /* nested in a loop: not yet */
        if (s->kind == IS_SCAN && dist_cumsum(sc->d, s) && s == sc->top) break;     /* + MPI_SCAN after it (halo_loops) */
        if (s->kind != IS_MATMUL && s == sc->top) { whole_op(sc, s); break; }      /* + dist_own_rows (halo_loops) */
        AccessSet a = {0};
        analyze_access(s, NULL, &a);
        for (int k = 0; k < a.len; k++)
            if (is_dist(sc->d, a.items[k].v) && !sc->rewrite) {
                dist_unsupported(sc->d, s->span, arena_printf("%s of the distributed array %s", s->kind == IS_SCAN ? "a scan"
                            : s->kind == IS_SORT ? "argsort" : "a matrix product", dist_name(a.items[k].v)));
                break;
            }
        VEC_FREE(a);
        break;
    }
    default: break;
    }
    sc->at = save;
}

static void scan_stmts(Scan *sc, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        scan_stmt(sc, l->items[i]);
        for (int k = 0; k < sc->checks.len; k++) plist_insert(l, i++, sc->checks.items[k]);
        sc->checks.len = 0;
    }
}

/* ---- stencils: the rows of other ranks' blocks (a halo) ----
 * A stencil's loops read rows near the cursor: i + c for constant c, or
 * that clamped or mirrored at the global edges, which stays between the
 * cursor and the edge.  Before each round, an MPI_HALO gives every rank
 * the `width` rows before and after its block of each buffer read so (the
 * largest |c|); a read at row r takes the block's row r - n_off, or row
 * r - (n_off - width) of the rows before, or r - (n_off + n_local) of the
 * rows after.  A check (a run-time error, never a wrong answer) makes sure
 * r is within the width.  :oob_wraparound's rows, u mod n_global for u =
 * i + c, read u's slot, which the halo fills with the row at the other end
 * (wrapped_row; MPI_HALO's wrap). */

static IExpr *load_at(Var *arr, const IExpr *load, IExpr *row)
{
    IExpr *l = ir_expr(IE_LOAD, load->ty, load->span);
    l->load.arr = arr;
    l->load.n = load->load.n;
    l->load.idx[0] = row;
    for (int k = 1; k < load->load.n; k++) l->load.idx[k] = ir_clone_expr(load->load.idx[k]);
    return l;
}

/* *slot = x[r, ...]: r < n_off ? lo[r - (n_off - w), ...] : r >= n_off + n_local ?
 * hi[r - (n_off + n_local), ...] : x[r - n_off, ...], after a check that
 * n_off - w <= r < n_off + n_local + w */
static void halo_read(Scan *sc, IExpr **slot)
{
    Dist *d = sc->d;
    IExpr *e = *slot, *r = e->load.idx[0];
    /* a row wrapped around the global edges, u mod n_global: row u's slot,
       which the halo fills with the row at the other end (u is within w of
       the loop's own row) */
    const IExpr *u = dist_wrapped_row(r, sc->lp->loop.idx[0]);
    if (u) r = (IExpr *)u;
    Var *x = e->load.arr, *n = x->dims[0].var, *off = d->off[n->id];
    int64_t w = d->width[x->id];
    Span s = e->span;
    IExpr *end = dist_i64(OP_ADD, ir_varref(off, s), ir_varref(n, s), s);
    IExpr *first = dist_i64(OP_SUB, ir_varref(off, s), ir_const_i(T_I64, w, s), s);
    IExpr *local = load_at(x, e, dist_i64(OP_SUB, ir_clone_expr(r), ir_varref(off, s), s));
    IExpr *after = load_at(d->hhi[x->id], e, dist_i64(OP_SUB, ir_clone_expr(r), ir_clone_expr(end), s));
    IExpr *before = load_at(d->hlo[x->id], e, dist_i64(OP_SUB, ir_clone_expr(r), ir_clone_expr(first), s));
    IExpr *sel_hi = ir_expr(IE_SELECT, e->ty, s);
    sel_hi->sel.c = dist_i64(OP_GE, ir_clone_expr(r), ir_clone_expr(end), s);
    sel_hi->sel.a = after;
    sel_hi->sel.b = local;
    IExpr *sel = ir_expr(IE_SELECT, e->ty, s);
    sel->sel.c = dist_i64(OP_LT, ir_clone_expr(r), ir_varref(off, s), s);
    sel->sel.a = before;
    sel->sel.b = sel_hi;
    *slot = sel;
    /* r = i + c or i - c with |c| <= w needs no check: the loop runs over
       this rank's rows only (dist_localize), so n_off - w <= r < n_off + n_local + w */
    if (r->kind == IE_BINOP && (r->op.op == OP_ADD || r->op.op == OP_SUB) && r->op.a->kind == IE_VAR
        && r->op.a->var == sc->lp->loop.idx[0] && r->op.b->kind == IE_CONST && r->op.b->c.i <= w && -r->op.b->c.i <= w)
        return;
    if (u) return;      /* u = i, or i +- c within w: the same */
    IStmt *c = ir_stmt(IS_CHECK, s);
    IExpr *in = ir_expr(IE_BINOP, T_BOOL, s);
    in->op.op = OP_AND;
    in->op.opk = T_BOOL;
    in->op.a = dist_i64(OP_GE, ir_clone_expr(r), ir_clone_expr(first), s);
    in->op.b = dist_i64(OP_LT, ir_clone_expr(r), dist_i64(OP_ADD, ir_clone_expr(end), ir_const_i(T_I64, w, s), s), s);
    c->check.cond = in;
    c->check.msg = arena_printf("%s: error: under --mpi, a stencil read a row beyond the %lld rows exchanged with the "
                                "neighbouring ranks (an internal error of arrc)", diag_where(s), (long long)w);
    plist_push(&sc->checks, c);
}

/* The statements b[from..*to): a stencil's round, or one parallel loop.
 * Each parfor among them that touches distributed arrays runs over this
 * rank's rows; the rows near the block that they read at i + c come from
 * halos: an MPI_HALO per array at b[from] (before each round, or before
 * the loop), the halo arrays allocated at into[*at] (before the rounds, or
 * before the loop: into may be b).  *to and *at follow the insertions. */
/* A parfor that runs over distributed rows when it touches them.  Not one
 * with a reduce by a function: its order is the rows' (the function need
 * not be associative, its start value need not be an identity), so the
 * ranks' partial results could not be combined; every rank runs it whole,
 * over gathered copies of the arrays it reads (like a statement outside
 * loops). */
static bool is_parfor(const IStmt *s)
{
    if (s->kind == IS_LOOP && s->loop.whole) return false;      /* every rank runs it whole (first_pass) */
    if (s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR) return false;
    for (int k = 0; k < s->loop.reds.len; k++)
        if (((Reduction *)s->loop.reds.items[k])->op == RED_LAMBDA) return false;
    return true;
}

/* Scans statement s: a parfor's reductions and body, or a plain statement
 * outside loops. */
static void scan_statement(Scan *sc, IStmt *s)
{
    if (is_parfor(s)) {
        for (int k = 0; k < s->loop.reds.len; k++) {
            Reduction *r = s->loop.reds.items[k];
            if (r->value) scan_expr(sc, &r->value);
        }
        scan_stmts(sc, &s->loop.body);
    } else {
        scan_stmt(sc, s);
    }
}

/* One statement's first pass; returns the loop's size variable or NULL;
 * *mine (when not NULL): the replicated arrays it writes at its own rows. */
static Var *first_pass(Dist *d, IStmt *s, bool settle, PtrList *mine)
{
    Scan sc = { .d = d, .lp = is_parfor(s) ? s : NULL, .at = s->span, .halo = is_parfor(s), .top = s };
    if (sc.lp) dist_allocs_in(&s->loop.body, &sc.local);
    int errors = d->errors;
    scan_statement(&sc, s);
    if (sc.size && sc.repl.len && d->errors == errors) {
        /* it writes replicated arrays at rows other than its own (a stack
           of distributed arrays): every rank runs all of it, reading copies
           gathered before it; its stores to distributed arrays are made by
           the rows' owners (dist_guard_store) */
        s->loop.whole = true;
        VEC_FREE(sc.reach);
        VEC_FREE(sc.repl_at);
        return first_pass(d, s, settle, mine);
    }
    for (int k = 0; k < sc.repl.len && sc.size; k++)
        dist_unsupported(d, sc.repl_at.items[k], arena_printf("the replicated array %s is written in a loop over distributed "
                                                         "rows (each rank would write only its own rows of it)",
                                                         dist_name(sc.repl.items[k])));
    if (settle) settle_reads(&sc);
    if (mine) *mine = sc.mine;
    VEC_FREE(sc.reach);
    VEC_FREE(sc.repl_at);
    return sc.size;
}

static void insert_before(PtrList *b, int *from, int *to, PtrList *into, int *at, IStmt *al)
{
    plist_insert(into, (*at)++, al);
    if (into == b) { (*from)++; (*to)++; }
}

static IStmt *mpi_op(Dist *d, int op, Var *x, Var *lo, Var *hi, Span sp)
{
    Var *n = x->dims[0].var;
    IStmt *h = ir_stmt(IS_MPI, sp);
    h->mpi.op = op;
    h->mpi.arr = x;
    h->mpi.lo = lo;
    h->mpi.hi = hi;
    h->mpi.width = d->width[x->id];
    h->mpi.wrap = d->wrap[x->id];
    h->mpi.local = n;
    h->mpi.global = d->glob[n->id];
    h->mpi.off = d->off[n->id];
    return h;
}

static void halo_loops(Dist *d, PtrList *b, int from, int *to, PtrList *into, int *at)
{
    IrFunc *f = d->f;
    Span sp = ((IStmt *)b->items[from])->span;
    /* a loop writing at rows i + c writes at its own rows once renumbered */
    for (int i = from; i < *to; i++)
        if (is_parfor(b->items[i])) dist_shift_rows(b->items[i]);
    /* the rows each loop reads besides its own: halos and gathered copies */
    for (int i = from; i < *to; i++) first_pass(d, b->items[i], true, NULL);
    if (d->errors) return;
    PtrList halos = {0};
    for (int id = 0; id < d->nvars; id++) {
        if (!d->width[id] && !d->gather[id]) continue;
        Var *x = f->vars.items[id];
        if (d->gather[id] && dist_written_in(f, b, from, *to, dist_gather_source(d, x, b, from, *to))) {
            dist_unsupported(d, ((IStmt *)b->items[from])->span, arena_printf("%s is computed in this loop and read there at "
                                                                          "rows that may be another rank's", dist_name(x)));
            return;
        }
        if (d->gather[id]) {            /* any row: the whole array on every rank */
            Var *all = ir_var(f, arena_printf("%s_all", x->name), x->elem, x->rank, V_TEMP, sp);
            all->dims[0] = (Ext){ d->glob[x->dims[0].var->id], 0 };
            for (int q = 1; q < x->rank; q++) all->dims[q] = x->dims[q];
            IStmt *al = ir_stmt(IS_ALLOC, sp);
            al->alloc = all;
            insert_before(b, &from, to, into, at, al);
            d->gall[id] = all;
            IStmt *g = mpi_op(d, MPI_GATHER, dist_gather_source(d, x, b, from, *to), all, NULL, sp);
            const IStmt *first = b->items[from];
            if (first->kind == IS_LOOP && first->loop.kind == LOOP_COMPACT) g->mpi.loop = first;   /* --report: why */
            plist_insert(b, from, g);
            (*to)++;
            continue;
        }
        Var *side[2];
        for (int k = 0; k < 2; k++) {
            side[k] = ir_var(f, arena_printf("%s_%s", x->name, k ? "after" : "before"), x->elem, x->rank, V_TEMP, sp);
            side[k]->dims[0] = (Ext){ NULL, d->width[id] };
            for (int q = 1; q < x->rank; q++) side[k]->dims[q] = x->dims[q];
            IStmt *al = ir_stmt(IS_ALLOC, sp);
            al->alloc = side[k];
            insert_before(b, &from, to, into, at, al);
        }
        d->hlo[id] = side[0];
        d->hhi[id] = side[1];
        IStmt *h = mpi_op(d, MPI_HALO, x, side[0], side[1], sp);
        plist_insert(b, from, h);
        plist_push(&halos, h);
        (*to)++;
    }
    HaloPlan hp = {0};
    if (halos.len) dist_halo_plan(d, b, from, *to, &halos, &hp);
    for (int i = from; i < *to; i++) {
        IStmt *s = b->items[i];
        if (s->kind == IS_MPI) continue;
        bool cum = s->kind == IS_SCAN && dist_cumsum(d, s);
        PtrList mine = {0};
        Var *size = first_pass(d, s, false, &mine);
        Scan sc = { .d = d, .lp = is_parfor(s) ? s : NULL, .size = size, .rewrite = true, .at = s->span, .halo = is_parfor(s),
                    .top = s };
        scan_statement(&sc, s);
        if ((s->kind == IS_SCAN && !cum) || s->kind == IS_SORT) { dist_own_rows(d, b, &i, to); continue; }
        if (cum) {
            IStmt *m = mpi_op(d, MPI_SCAN, s->op->scan.dst, NULL, NULL, s->span);
            plist_insert(b, ++i, m);
            (*to)++;
            continue;
        }
        if (!size) continue;                    /* replicated: every rank runs all of it */
        dist_localize(d, s, size);
        int c = dist_combine_after(d, s, b, i + 1);
        /* the replicated arrays it wrote at its own rows: whole again */
        for (int k = 0; k < mine.len; k++) {
            IStmt *m = ir_stmt(IS_MPI, s->span);
            m->mpi.op = MPI_ASSEMBLE;
            m->mpi.arr = mine.items[k];
            m->mpi.local = size;
            m->mpi.loop = s;
            plist_insert(b, i + 1 + c++, m);
        }
        i += c;
        *to += c;
    }
    if (halos.len) dist_halo_waits(d, b, from, to, &halos, &hp);
    for (int id = 0; id < d->nvars; id++) { d->width[id] = 0; d->gather[id] = false; d->wrap[id] = false; }   /* the next loops' own */
}

/* A stencil's rounds (l->items[*at]) over distributed buffers: the halos
 * (or gathered copies) are made at the start of every round. */
static void stencil_rounds(Dist *d, PtrList *l, int *at)
{
    IStmt *rl = l->items[*at];
    PtrList *b = &rl->loop.body;
    int to = b->len;
    halo_loops(d, b, 0, &to, l, at);
}

/* Does the while loop s write (or rebind) x? */
static bool while_writes(const IStmt *s, const Var *x)
{
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    bool w = access_writes(&a, x) || access_rebinds(&a, x);
    VEC_FREE(a);
    return w;
}

/* The expressions es[0..n) of l->items[*at] that are evaluated once, before
 * it runs (an if's condition, a loop's bounds): elements of distributed
 * arrays they read come from gathered copies made just before (allocated
 * before it; gathered there too, or, with each, at the end of each: a
 * while loop's pre, which runs before its condition every iteration, when
 * the loop writes the array). */
static void gather_for(Dist *d, PtrList *l, int *at, IExpr **es[], int n, PtrList *each)
{
    IStmt *s = l->items[*at];
    Scan sc = { .d = d, .at = s->span };
    for (int k = 0; k < n; k++) scan_expr(&sc, es[k]);
    if (!sc.others.len || d->errors) { VEC_FREE(sc.reach); return; }
    settle_reads(&sc);
    VEC_FREE(sc.reach);
    for (int id = 0; id < d->nvars; id++) {
        if (!d->gather[id]) continue;
        Var *x = d->f->vars.items[id];
        Var *all = ir_var(d->f, arena_printf("%s_all", x->name), x->elem, x->rank, V_TEMP, s->span);
        all->dims[0] = (Ext){ d->glob[x->dims[0].var->id], 0 };
        for (int q = 1; q < x->rank; q++) all->dims[q] = x->dims[q];
        IStmt *al = ir_stmt(IS_ALLOC, s->span);
        al->alloc = all;
        plist_insert(l, (*at)++, al);
        if (each && while_writes(s, x)) plist_push(each, mpi_op(d, MPI_GATHER, x, all, NULL, s->span));
        else plist_insert(l, (*at)++, mpi_op(d, MPI_GATHER, x, all, NULL, s->span));
        d->gall[id] = all;
    }
    sc.rewrite = true;
    for (int k = 0; k < n; k++) scan_expr(&sc, es[k]);
    for (int id = 0; id < d->nvars; id++) d->gather[id] = false;
}

/* A serial loop of scalar code (assignments, stores, ifs, serial loops):
 * every rank runs all of it, reading distributed arrays through copies
 * gathered before it (none of an array it writes: halo_loops), and the
 * owner of a row stores to it. */
static bool serial_only_list(const Dist *d, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: if (s->assign.dst->rank) return false; break;
        case IS_STORE: break;       /* a distributed array's: its row's owner stores (dist_guard_store) */
        case IS_CHECK: break;
        case IS_IF: if (!serial_only_list(d, &s->if_.then) || !serial_only_list(d, &s->if_.els)) return false; break;
        case IS_LOOP: if (s->loop.kind != LOOP_SERIAL || s->loop.reds.len || !serial_only_list(d, &s->loop.body)) return false; break;
        default: return false;
        }
    }
    return true;
}

static bool serial_only(const Dist *d, const IStmt *s)
{
    return s->kind == IS_LOOP && s->loop.kind == LOOP_SERIAL && !s->loop.reds.len && serial_only_list(d, &s->loop.body);
}

static void walk_top(Dist *d, PtrList *l, bool in_rounds)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_LOOP) {
            IExpr **es[8];
            for (int k = 0; k < s->loop.rank; k++) { es[2 * k] = &s->loop.lo[k]; es[2 * k + 1] = &s->loop.hi[k]; }
            gather_for(d, l, &i, es, 2 * s->loop.rank, NULL);
        }
        if (s->kind == IS_IF) {
            IExpr **es[1] = { &s->if_.cond };
            gather_for(d, l, &i, es, 1, NULL);
        }
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_ROUNDS) { stencil_rounds(d, l, &i); continue; }
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR) {
            int to = i + 1;
            halo_loops(d, l, i, &to, l, &i);
            i = to - 1;
            continue;
        }
        if (s->kind != IS_LOOP && s->kind != IS_IF && s->kind != IS_WHILE) {
            int to = i + 1;             /* a statement outside loops: a gathered copy for its reads */
            halo_loops(d, l, i, &to, l, &i);
            i = to - 1;
            continue;
        }
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_COMPACT) {
            /* a compaction (x[mask], a data-dependent count of kept
               elements): every rank runs all of it over gathered copies of
               the distributed arrays it reads; what it keeps is replicated */
            int to = i + 1;
            halo_loops(d, l, i, &to, l, &i);
            i = to - 1;
            continue;
        }
        if (s->kind == IS_LOOP && !in_rounds && serial_only(d, s)) {
            /* one statement: the arrays it reads at any row gathered once,
               before it, not before each of its statements every iteration */
            int to = i + 1;
            halo_loops(d, l, i, &to, l, &i);
            i = to - 1;
            continue;
        }
        if (s->kind == IS_LOOP) { walk_top(d, &s->loop.body, in_rounds); continue; }
        if (s->kind == IS_IF) {
            walk_top(d, &s->if_.then, in_rounds);
            walk_top(d, &s->if_.els, in_rounds);
            continue;
        }
        if (s->kind == IS_WHILE) {
            /* its condition is read again every iteration: the copies it
               reads are gathered at the end of pre, every iteration (the
               ranks agree on it, so they run as many iterations) */
            walk_top(d, &s->while_.pre, in_rounds);
            IExpr **es[1] = { &s->while_.cond };
            gather_for(d, l, &i, es, 1, &s->while_.pre);
            walk_top(d, &s->while_.body, in_rounds);
            continue;
        }
    }
}

void pass_distribute(IrProgram *p)
{
    if (!p->mpi) return;
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        int nv = f->vars.len;
        size_t nb = (size_t)nv + 1;
        Dist d = { .f = f, .glob = xcalloc(nb, sizeof(Var *)), .off = xcalloc(nb, sizeof(Var *)), .nvars = nv,
                   .hlo = xcalloc(nb, sizeof(Var *)), .hhi = xcalloc(nb, sizeof(Var *)), .width = xcalloc(nb, sizeof(int64_t)),
                   .wrap = xcalloc(nb, sizeof(bool)), .gather = xcalloc(nb, sizeof(bool)), .gall = xcalloc(nb, sizeof(Var *)),
                   .gpar = xcalloc(nb, sizeof(Var *)) };
        dist_find_sizes(&d);
        if (!d.errors) dist_private_arrays(&d);
        if (!d.errors) dist_alias_rows(&d);
        if (!d.errors) dist_other_dims(&d);
        if (!d.errors) dist_check_other_dims(&d);
        if (!d.errors) {
            g_d = &d;
            ir_walk_stmts(&f->body, to_global, NULL);
            g_d = NULL;
            walk_top(&d, &f->body, false);
            dist_anon_results(&d, &f->body);
            if (!d.errors) dist_one_gather(&f->body);
        }
        /* the extents first: every rank's rows and the global extent (and the
           global extent the caller passed must be that) */
        for (int k = nv - 1; k >= 0 && !d.errors; k--) {
            Var *n = f->vars.items[k];
            if (!d.glob[n->id]) continue;
            if (d.gpar[n->id]) {
                IStmt *c = ir_stmt(IS_CHECK, n->span);
                c->check.cond = ir_binop(OP_EQ, T_BOOL, T_I64, ir_varref(d.glob[n->id], n->span), ir_varref(d.gpar[n->id], n->span),
                                         n->span);
                c->check.msg = arena_printf("%s: error: the extent %s passed to '%s' is not the sum of the ranks' %s",
                                            diag_where(f->decl->name_span), d.gpar[n->id]->name, f->name, n->name);
                plist_insert(&f->body, 0, c);
            }
            IStmt *e = ir_stmt(IS_MPI, n->span);
            e->mpi.op = MPI_EXTENT;
            e->mpi.local = n;
            e->mpi.global = d.glob[n->id];
            e->mpi.off = d.off[n->id];
            plist_insert(&f->body, 0, e);
        }
        dist_align_checks(&d);      /* the blocks of size variables used together line up (see access) */
        VEC_FREE(d.aligned_at);
        free(d.glob);
        free(d.off);
        free(d.hlo);
        free(d.hhi);
        free(d.width);
        free(d.gather);
        free(d.wrap);
        free(d.gall);
        free(d.gpar);
        VEC_FREE(d.reported);
    }
}
