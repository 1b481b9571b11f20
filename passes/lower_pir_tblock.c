/* lower_pir_tblock.c — a temporally blocked stencil (pass tblock chose tk
 * rounds per tile of tsz elements): the blocks of tk rounds before the
 * ordinary rounds loop.
 *
 *     go = rounds >= 1 && (grid > 2 MiB || forced || rank 1)
 *     nfull = go ? (rounds - 1) / tk : 0
 *     left = go ? rounds - 1 - nfull * tk : 0
 *     klast = tk >= 5 && left >= 3 ? left made odd (left - 1 + left % 2) : 0
 *     rounds blk in 0..nfull + (klast > 0) {
 *       parfor tiles t {                 # tile [s, e), s = t * T, e = min(s + T, n)
 *         kb = blk < nfull ? tk : klast  # odd, 3 <= kb <= tk
 *         alloc S0, S1                   # scratch windows [wlo, wlo + W), W = T + 2 tk M
 *         round 1:  box [s - (kb-1) M, e + (kb-1) M): the source buffer -> S1
 *         round j:  box [s - (kb-j) M, e + (kb-j) M): S(j-1 mod 2) -> S(j mod 2)
 *                   (tk >= 5: j = 2 .. kb - 2 two a step, a serial loop)
 *         round kb: box [s, e): S(kb-1 mod 2) -> the written buffer
 *       }
 *       swap the two buffers
 *     }
 *     then rounds - nfull * tk - klast ordinary rounds (lower_pir_stencil.c)
 * T is tsz, or (rank 1 unless --stencil-tile gave it) arr_tile_len(n, 8 tk
 * M, tsz) at run time: about n / threads, so that each thread's tile runs
 * its kb rounds with no barrier but the block's.
 * with every box clipped to the grid (not under :oob_wraparound), M the
 * footprint's larger reach per round in each dimension.
 *
 * Or (2-D, --stencil-tile=K,T0; lower_pir_sweep.c) strips of T0 full-width rows, each a
 * wavefront: at step q round j computes its row q - (j-1) M (when inside
 * [s - (tk-j) M, e + (tk-j) M)), into a ring of R = 2 M + 1 rows per
 * intermediate round (row y at slot (y + BIG) % R).  The rows round j reads
 * are within M of its row: round j - 1 computed them in this step or the
 * 2 M before it, and the slot a step overwrites held a row older than any
 * read still to come; the boundary modes map reads as for tiles (a mapped
 * row is within M of the row read, inside the grid), and under
 * :oob_wraparound a ring holds the rows past the edge unmapped (periodic
 * images) while columns wrap. 
 *
 * Why the values are the untiled ones, bit for bit (the same kernel on the
 * same operands; the legality conditions are tblock.c's):
 *   - A block of kb rounds is the argument below with kb for tk: kb is
 *     odd (the final round writes the other buffer, and the buffers swap
 *     as after one round) and at most tk (the boxes fit the windows, sized
 *     for tk).
 *   - Round j of a block is round t + j of the untiled code, t the block's
 *     first round.  An element of round j at x reads round j - 1 at x + o,
 *     o within [-M, M]: inside box j - 1 when x is inside box j, so every
 *     element read from scratch was computed in this tile.  The source
 *     buffer holds round t for the whole block (no tile writes it: the
 *     final round writes the other buffer, tk odd), the written buffer's
 *     elements [s, e) are written by this tile alone.
 *   - Boundary modes, per read that leaves the grid: :oob_clamp and
 *     :oob_mirror map it into the grid, to an element at most M * (tk - j
 *     + 1) inside the edge, which box j - 1 holds: it reaches from the edge
 *     at least that far into the grid (the box is symmetric and holds x).
 *     :oob_src_zero reads 0 without loading.  :oob_wraparound: windows and
 *     boxes are not clipped; the window is the grid's periodic extension
 *     (loaded through the wrap map by round 1's reads), so every element
 *     of it, inside the grid or not, is its periodic image's value.
 *     :oob_dst_zero: round j >= 1 stores 0 on the border, in the box.
 *     :oob_skip: border elements are never written, so in round j they hold
 *     the buffer of round j's parity as it was before the stencil: a tile
 *     whose window reaches the border first copies the source buffer's
 *     window into S0 and the written buffer's border elements into S1
 *     (only those: other tiles write its interior meanwhile); a ring row
 *     takes its border elements from that buffer the same way.
 *   - The rest of the rounds run untiled and are at least one when there
 *     are any, so the last round and the value (`last`) are the untiled
 *     code's; after an odd tk the buffers are swapped as after one round. */
#include "tblock_int.h"
#include "cg.h"


/* Index arithmetic (also lower_pir_chain.c's): a op b on i64 (comparisons: bool) */
IExpr *ix_bin(Op op, IExpr *a, IExpr *b, Span s)
{
    bool cmp = op == OP_LT || op == OP_LE || op == OP_GT || op == OP_GE || op == OP_EQ || op == OP_NE;
    IExpr *e = ir_binop(op, cmp || op == OP_AND || op == OP_OR ? T_BOOL : T_I64, op == OP_AND || op == OP_OR ? T_BOOL : T_I64,
                        a, b, s);
    e->nowrap = op == OP_ADD || op == OP_SUB || op == OP_MUL;     /* index arithmetic on the grid's extents */
    return e;
}
IExpr *ix_cst(int64_t v, Span s) { return ir_const_i(T_I64, v, s); }
/* A call of a runtime helper on i64 operands (c may be NULL), e.g. arr_tile_len */
IExpr *ix_call(const char *name, IExpr *a, IExpr *b, IExpr *c, Span s)
{
    IExpr *e = ir_expr(IE_ECALL, T_I64, s);
    e->ecall.name = name;
    e->ecall.n = c ? 3 : 2;
    e->ecall.args = arena_alloc(sizeof(IExpr *) * 3);
    e->ecall.args[0] = a;
    e->ecall.args[1] = b;
    e->ecall.args[2] = c;
    return e;
}
IExpr *ix_cl(const IExpr *e) { return ir_clone_expr(e); }
static IExpr *ix_mulc(IExpr *a, int64_t c, Span s) { return c == 1 ? a : ix_bin(OP_MUL, a, ix_cst(c, s), s); }
IExpr *ix_min(IExpr *a, IExpr *b, Span s) { return ir_select(T_I64, ix_bin(OP_LT, a, b, s), ix_cl(a), ix_cl(b), s); }
IExpr *ix_max(IExpr *a, IExpr *b, Span s) { return ir_select(T_I64, ix_bin(OP_GT, a, b, s), ix_cl(a), ix_cl(b), s); }

/* v = e in a new i64 temporary */
Var *tb_let(TB *t, PtrList *out, const char *name, IExpr *e)
{
    Var *v = ir_var(t->f, name, T_I64, 0, V_TEMP, t->s);
    plist_push(out, ir_assign(v, e, t->s));
    return v;
}

/* The tile's extent in dimension d: a constant, or (rank 1, not forced)
 * computed before the blocks (lower_tblock) */
static IExpr *tile_ext(TB *t, int d)
{
    return t->T[d] ? ir_varref(t->T[d], t->s) : ix_cst(t->st->sten.tsz[d], t->s);
}

/* Where a region's accesses go: reads of the source from `from`, stores to
 * `to` (NULL: the stencil's own buffer, at global indices; else a scratch
 * window, at the index minus the window's origin). */
typedef struct Redirect { TB *t; Var *from, *to; int mode; Var *const *idx; } Redirect;

static void to_window(TB *t, IExpr **idx, int *n)
{
    /* The window is a flat array: element x is at sum (x_d - wlo_d) * stride_d.
       An index x_d + c (a read at an offset) contributes its c * stride_d to
       one constant added last, so every read of a round shares the address
       (x0 - wlo0) * W1 + (x1 - wlo1) and differs by a constant that gcc
       folds into the load's displacement (blur with the offsets inside: 25
       address registers, spilled).  The index's own span keeps the C on the
       kernel's line. */
    IExpr *flat = NULL;
    int64_t c = 0, stride = 1;
    for (int d = t->r - 1; d >= 0; d--) {
        IExpr *x = idx[d];
        Span sp = x->span;
        if (x->kind == IE_BINOP && (x->op.op == OP_ADD || x->op.op == OP_SUB) && x->op.b->kind == IE_CONST) {
            c += (x->op.op == OP_ADD ? x->op.b->c.i : -x->op.b->c.i) * stride;
            x = x->op.a;
        }
        IExpr *term = ix_bin(OP_SUB, x, ir_varref(t->wlo[d], sp), sp);
        if (stride != 1) term = ix_bin(OP_MUL, term, ix_cst(stride, sp), sp);
        flat = flat ? ix_bin(OP_ADD, term, flat, sp) : term;
        stride *= t->win[d];
    }
    if (c) flat = ix_bin(c > 0 ? OP_ADD : OP_SUB, flat, ix_cst(c > 0 ? c : -c, flat->span), flat->span);
    idx[0] = flat;
    for (int d = 1; d < t->r; d++) idx[d] = NULL;
    *n = 1;
}

/* Row y of a ring is at slot (y + BIG) % R (BIG: a multiple of R past any
 * row a strip computes above the grid under :oob_wraparound). */
void tb_to_ring(TB *t, IExpr **idx)
{
    Span sp = idx[0]->span;
    IExpr *y = ix_bin(OP_ADD, idx[0], ix_cst(t->BIG, sp), sp);
    idx[0] = ir_binop(OP_MOD, T_I64, T_I64, y, ix_cst(t->R, sp), sp);
}

static void to_scratch(TB *t, IExpr **idx, int *n)
{
    if (t->inplace) return;
    if (t->ring) tb_to_ring(t, idx);
    else to_window(t, idx, n);
}

static void redirect_read(IExpr **slot, void *ctx)
{
    Redirect *x = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_SLOAD) {
        /* the source's reads in a window under :oob_wraparound are plain (the window is periodic) */
        bool plain = x->t->mode == ST_WRAP && x->from && e->sload.arr == x->t->st->sten.cur[x->t->src];
        if (x->t->ring) plain = false;
        *slot = stencil_read_at(e->sload.arr, x->idx, e->sload.off, plain ? -1 : x->mode, x->t->mode == ST_WRAP, e->span);
        if (x->t->ring && x->t->mode == ST_WRAP && x->from && e->sload.arr == x->t->st->sten.cur[x->t->src]) {
            /* a ring holds the rows past the grid's edge as they are (the
               periodic images): the row unmapped, the column wrapped */
            IExpr *ld = *slot;
            ld->load.idx[0] = ix_bin(OP_ADD, ir_varref(x->idx[0], e->span), ix_cst(e->sload.off[0], e->span), e->span);
        }
        ir_walk_expr(slot, redirect_read, x);      /* the new load (the walk does not revisit a replaced node) */
        return;
    }
    if (e->kind == IE_LOAD && x->from && e->load.arr == x->t->st->sten.cur[x->t->src]) {
        e->load.arr = x->from;
        to_scratch(x->t, e->load.idx, &e->load.n);
    }
}

static void redirect_stores(PtrList *l, Redirect *x)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_IF) { redirect_stores(&s->if_.then, x); redirect_stores(&s->if_.els, x); }
        if (s->kind == IS_STORE && x->to && s->store.arr == x->t->st->sten.cur[x->t->w]) {
            s->store.arr = x->to;
            to_scratch(x->t, s->store.idx, &s->store.n);
        }
    }
}

/* One region [lo, hi) of a round: the kernel with reads mapped by mode (-1:
 * none), or zero: 0 stored (the border of :oob_dst_zero). */
static void region(TB *t, PtrList *out, IExpr **lo, IExpr **hi, int mode, bool zero, Var *from, Var *to, const char *round)
{
    IStmt *lp = ir_stmt(IS_LOOP, t->s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = t->r;
    for (int d = 0; d < t->r; d++) {
        lp->loop.idx[d] = ir_var(t->f, t->st->sten.idx[d]->name, T_I64, 0, V_INDEX, t->s);
        lp->loop.lo[d] = lo[d];
        lp->loop.hi[d] = hi[d];
    }
    Redirect x = { t, from, to, mode, lp->loop.idx };
    if (zero) {
        Var *b = t->st->sten.cur[t->w];
        IStmt *z = ir_stmt(IS_STORE, t->s);
        z->store.arr = b;
        z->store.n = t->r;
        for (int d = 0; d < t->r; d++) z->store.idx[d] = ir_varref(lp->loop.idx[d], t->s);
        z->store.val = conv_to(ir_const_i(T_I64, 0, t->s), b->elem);
        plist_push(&lp->loop.body, z);
    } else {
        ir_clone_stmts(t->f, &t->st->sten.body, &lp->loop.body, t->st->sten.idx, lp->loop.idx, t->r);
        ir_walk_stmts(&lp->loop.body, redirect_read, &x);
    }
    redirect_stores(&lp->loop.body, &x);
    const char *what = mode < 0 ? "stencil interior" : zero ? "border :oob_dst_zero"
                                 : arena_printf("border :%s", stencil_mode_name[mode]);
    if (mode < 0 && !zero && !t->ew) t->ew = cg_iteration_work(lp);
    plist_push(&lp->loop.fused, arena_printf("%s@line %d", what, t->line));
    plist_push(&lp->loop.fused, arena_printf(t->inplace ? "note:%s" : "note:tile round %s", round));
    plist_push(out, lp);
}

/* Round j of the tile over the box [blo, bhi) (global indices, inside the
 * grid but under :oob_wraparound): the interior and the border slabs of
 * lower_pir_stencil.c, each cut to the box. */
void tb_round_in_box(TB *t, PtrList *out, Var **blo, Var **bhi, Var *from, Var *to, const char *round)
{
    Span s = t->s;
    IExpr *lo[4], *hi[4];
    if (t->mode == ST_WRAP) {
        for (int d = 0; d < t->r; d++) { lo[d] = ir_varref(blo[d], s); hi[d] = ir_varref(bhi[d], s); }
        region(t, out, lo, hi, ST_WRAP, false, from, to, round);
        return;
    }
    const IStmt *st = t->st;
    /* the interior [ilo, ihi) in the box */
    Var *ilo[4], *ihi[4];
    for (int d = 0; d < t->r; d++) {
        IExpr *a = ix_cst(-st->sten.flo[d], s), *b = ix_bin(OP_SUB, ix_cl(t->n[d]), ix_cst(st->sten.fhi[d], s), s);
        ilo[d] = tb_let(t, out, "in_lo", ix_max(ir_varref(blo[d], s), a, s));
        ihi[d] = tb_let(t, out, "in_hi", ix_min(ir_varref(bhi[d], s), b, s));
    }
    for (int d = 0; d < t->r; d++) { lo[d] = ir_varref(ilo[d], s); hi[d] = ir_varref(ihi[d], s); }
    region(t, out, lo, hi, -1, false, from, to, round);
    if (t->mode == ST_SKIP) return;
    for (int d = 0; d < t->r; d++) {
        for (int side = 0; side < 2; side++) {
            if ((side == 0 && st->sten.flo[d] == 0) || (side == 1 && st->sten.fhi[d] == 0)) continue;
            for (int q = 0; q < t->r; q++) {
                if (q < d) { lo[q] = ir_varref(ilo[q], s); hi[q] = ir_varref(ihi[q], s); }
                else if (q > d) { lo[q] = ir_varref(blo[q], s); hi[q] = ir_varref(bhi[q], s); }
            }
            /* the box's part of [0, min(-flo, n)) and of [max(n - fhi, -flo), n) */
            IExpr *a = ix_cst(-st->sten.flo[d], s);
            if (side == 0) {
                lo[d] = ir_varref(blo[d], s);
                hi[d] = ix_min(ir_varref(bhi[d], s), ix_min(a, ix_cl(t->n[d]), s), s);
            } else {
                lo[d] = ix_max(ir_varref(blo[d], s), ix_max(ix_bin(OP_SUB, ix_cl(t->n[d]), ix_cst(st->sten.fhi[d], s), s), a, s), s);
                hi[d] = ir_varref(bhi[d], s);
            }
            region(t, out, lo, hi, t->mode, t->mode == ST_DST_ZERO, from, to, round);
        }
    }
}

/* The border elements in the window of the source and of the written
 * buffer, copied into the scratch (:oob_skip, a tile whose window reaches
 * the border): under :oob_skip they are never written, so every round
 * reads them as they were (the even rounds' scratch the source's, the odd
 * rounds' the written buffer's).  Only the border: an interior element of
 * the scratch is read by round j only inside the box round j - 1 wrote
 * (the boxes shrink by the footprint a round, and the kernel never reads
 * the buffer it writes), and round 1 reads the source itself.  The border
 * in the window is cut into disjoint slabs, as round_in_box cuts a round:
 * for dimension d and a side, the rows of that side of d, the interior of
 * the dimensions before d and the whole window in those after it; each
 * slab a plain copy loop (before, every tile reaching the border copied
 * the source's whole window, element by element with a test for the
 * written buffer's border).  The written buffer's interior must not be
 * copied in any case: other tiles write it meanwhile (clang's TSan found
 * a whole-window copy of it once). */
static void copy_windows(TB *t, PtrList *out, Var **whi)
{
    Span s = t->s;
    const IStmt *st = t->st;
    IExpr *edge = NULL;
    for (int d = 0; d < t->r; d++) {
        IExpr *c = ix_bin(OP_OR, ix_bin(OP_LT, ir_varref(t->wlo[d], s), ix_cst(-st->sten.flo[d], s), s),
                       ix_bin(OP_GT, ir_varref(whi[d], s), ix_bin(OP_SUB, ix_cl(t->n[d]), ix_cst(st->sten.fhi[d], s), s), s), s);
        edge = edge ? ix_bin(OP_OR, edge, c, s) : c;
    }
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = edge;
    for (int d = 0; d < t->r; d++) {
        for (int side = 0; side < 2; side++) {
            if ((side == 0 && st->sten.flo[d] == 0) || (side == 1 && st->sten.fhi[d] == 0)) continue;
            IStmt *lp = ir_stmt(IS_LOOP, s);
            lp->loop.kind = LOOP_PARFOR;
            lp->loop.rank = t->r;
            for (int q = 0; q < t->r; q++) {
                IExpr *a = ix_cst(-st->sten.flo[q], s), *b = ix_bin(OP_SUB, ix_cl(t->n[q]), ix_cst(st->sten.fhi[q], s), s);
                IExpr *lo = ir_varref(t->wlo[q], s), *hi = ir_varref(whi[q], s);
                if (q < d) { lo = ix_max(lo, a, s); hi = ix_min(hi, b, s); }
                else if (q == d && side == 0) hi = ix_min(hi, a, s);
                else if (q == d) lo = ix_max(lo, ix_max(b, a, s), s);
                lp->loop.idx[q] = ir_var(t->f, st->sten.idx[q]->name, T_I64, 0, V_INDEX, s);
                lp->loop.lo[q] = lo;
                lp->loop.hi[q] = hi;
            }
            for (int c = 0; c < 2; c++) {
                Var *b = st->sten.cur[c == 0 ? t->src : t->w];
                IExpr *ld = ir_expr(IE_LOAD, b->elem, s);
                ld->load.arr = b;
                ld->load.n = t->r;
                IStmt *sto = ir_stmt(IS_STORE, s);
                sto->store.arr = t->S[c];
                sto->store.n = t->r;
                for (int q = 0; q < t->r; q++) {
                    ld->load.idx[q] = ir_varref(lp->loop.idx[q], s);
                    sto->store.idx[q] = ir_varref(lp->loop.idx[q], s);
                }
                to_window(t, sto->store.idx, &sto->store.n);
                sto->store.val = ld;
                plist_push(&lp->loop.body, sto);
            }
            plist_push(&lp->loop.fused, arena_printf("border window copy@line %d", t->line));
            plist_push(&iff->if_.then, lp);
        }
    }
    plist_push(out, iff);
}

/* Prefetch hints (IS_PREFETCH, for a write or for reading) of every
 * cache line of arr's box [lo, hi) (inside the grid), when it is not
 * empty: a hint per line of each row, the row's first element, then a
 * line further each time, the last at the row's last element. */
static void prefetch_box(TB *t, PtrList *out, Var *arr, Var **lo, Var **hi, bool write, const char *note)
{
    Span s = t->s;
    IExpr *nonempty = NULL;
    for (int d = 0; d < t->r; d++) {
        IExpr *c = ix_bin(OP_LT, ir_varref(lo[d], s), ir_varref(hi[d], s), s);
        nonempty = nonempty ? ix_bin(OP_AND, nonempty, c, s) : c;
    }
    int64_t L = 64 / ty_kind_size(arr->elem), last = t->r - 1;
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_SERIAL;
    lp->loop.rank = t->r;
    for (int d = 0; d < t->r; d++) {
        lp->loop.idx[d] = ir_var(t->f, d == last ? "line" : "row", T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = d == last ? ix_cst(0, s) : ir_varref(lo[d], s);
        lp->loop.hi[d] = d == last ? ix_bin(OP_ADD, ix_bin(OP_DIV, ix_bin(OP_SUB, ir_varref(hi[d], s), ir_varref(lo[d], s), s),
                                                           ix_cst(L, s), s), ix_cst(1, s), s)
                                   : ir_varref(hi[d], s);
    }
    IExpr *ld = ir_expr(IE_LOAD, arr->elem, s);
    ld->load.arr = arr;
    ld->load.n = t->r;
    for (int d = 0; d < t->r; d++) ld->load.idx[d] = ir_varref(lp->loop.idx[d], s);
    ld->load.idx[last] = ix_min(ix_bin(OP_ADD, ir_varref(lo[last], s), ix_bin(OP_MUL, ir_varref(lp->loop.idx[last], s), ix_cst(L, s), s), s),
                                ix_bin(OP_SUB, ir_varref(hi[last], s), ix_cst(1, s), s), s);
    IStmt *pf = ir_stmt(IS_PREFETCH, s);
    pf->pf.at = ld;
    pf->pf.write = write;
    plist_push(&lp->loop.body, pf);
    plist_push(&lp->loop.fused, (void *)note);
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = nonempty;
    plist_push(&iff->if_.then, lp);
    plist_push(out, iff);
}

/* Prefetch hints for the source window of the tile this thread runs next,
 * issued after round 1 (which reads this tile's window from memory) so
 * the lines arrive while rounds 2..tk run from the scratch windows.  The
 * tile loop's static split gives each thread consecutive tiles in
 * row-major order: the next is (ti0, ti1 + 1), or (ti0 + 1, 0) after the
 * last column (another thread's then, or past the grid: only a wasted
 * hint).  Hints change no value: the addresses are clipped to the grid
 * (under :oob_wraparound too), nothing is dereferenced.  Measured on
 * bench/tblock's heat (f64 4096 x 4096, 5 rounds a tile): round 1 was the
 * tile's largest cost, its window rows of 2 KiB being too short for the
 * hardware prefetchers; with the hints the tiled rounds are 10-20%
 * faster. */
static void prefetch_next(TB *t, PtrList *out, Var *const *ti, Var *ntiles_last)
{
    Span s = t->s;
    const IStmt *st = t->st;
    IExpr *nx[4];
    if (t->r == 1) nx[0] = ix_bin(OP_ADD, ir_varref(ti[0], s), ix_cst(1, s), s);
    else {
        Var *wrap = tb_let(t, out, "next_wraps", ir_select(T_I64, ix_bin(OP_GE, ix_bin(OP_ADD, ir_varref(ti[1], s), ix_cst(1, s), s),
                                                                          ir_varref(ntiles_last, s), s), ix_cst(1, s), ix_cst(0, s), s));
        nx[0] = ix_bin(OP_ADD, ir_varref(ti[0], s), ir_varref(wrap, s), s);
        nx[1] = ix_bin(OP_MUL, ix_bin(OP_ADD, ir_varref(ti[1], s), ix_cst(1, s), s),
                       ix_bin(OP_SUB, ix_cst(1, s), ir_varref(wrap, s), s), s);
    }
    Var *lo[4], *hi[4];
    for (int d = 0; d < t->r; d++) {
        int64_t h = t->k * t->M[d];
        Var *o = tb_let(t, out, "next_start", ix_bin(OP_MUL, nx[d], tile_ext(t, d), s));
        lo[d] = tb_let(t, out, "next_lo", ix_max(ix_bin(OP_SUB, ir_varref(o, s), ix_cst(h, s), s), ix_cst(0, s), s));
        hi[d] = tb_let(t, out, "next_hi", ix_min(ix_bin(OP_ADD, ir_varref(o, s), t->T[d] ? ix_bin(OP_ADD, tile_ext(t, d), ix_cst(h, s), s) : ix_cst(st->sten.tsz[d] + h, s), s), ix_cl(t->n[d]), s));
    }
    prefetch_box(t, out, st->sten.cur[t->src], lo, hi, false,
                 "note:prefetch hints: the source window of the next tile, fetched while this tile's later rounds run "
                 "from its scratch windows");
}

/* The tile loop's body for the tile at indices ti. */
static void tile_body(TB *t, PtrList *out, Var *const *ti, Var *ntiles_last)
{
    Span s = t->s;
    const IStmt *st = t->st;
    Var *ts[4], *te[4], *whi[4];
    if (t->klast)
        t->kb = tb_let(t, out, "block_rounds", ir_select(T_I64, ix_bin(OP_LT, ir_varref(t->block, s), ir_varref(t->nfull, s), s),
                                                      ix_cst(t->k, s), ir_varref(t->klast, s), s));
    for (int d = 0; d < t->r; d++) {
        int64_t h = t->k * t->M[d];
        ts[d] = tb_let(t, out, "t_start", ix_bin(OP_MUL, ir_varref(ti[d], s), tile_ext(t, d), s));
        te[d] = tb_let(t, out, "t_end", ix_min(ix_bin(OP_ADD, ir_varref(ts[d], s), tile_ext(t, d), s), ix_cl(t->n[d]), s));
        IExpr *lo = ix_bin(OP_SUB, ir_varref(ts[d], s), ix_cst(h, s), s), *hi = ix_bin(OP_ADD, ir_varref(te[d], s), ix_cst(h, s), s);
        if (t->mode != ST_WRAP) { lo = ix_max(lo, ix_cst(0, s), s); hi = ix_min(hi, ix_cl(t->n[d]), s); }
        t->wlo[d] = tb_let(t, out, "win_lo", lo);
        whi[d] = tb_let(t, out, "win_hi", hi);
    }
    Var *src = st->sten.cur[t->src];
    for (int c = 0; c < 2; c++) {
        /* flat (to_window), of the window's size */
        Var *S = ir_var(t->f, c ? "scratch_odd" : "scratch_even", src->elem, 1, V_TEMP, s);
        int64_t size = 1;
        for (int d = 0; d < t->r; d++) size *= t->win[d];
        S->dims[0] = t->W ? (Ext){ t->W, 0 } : (Ext){ NULL, size };
        S->written = true;
        S->per_thread = true;       /* each round writes what the next reads: no tile sees another's values */
        t->S[c] = S;
        IStmt *a = ir_stmt(IS_ALLOC, s);
        a->alloc = S;
        plist_push(out, a);
    }
    if (t->mode == ST_SKIP) copy_windows(t, out, whi);
    /* The block's rounds kb: tk, or (its last block) fewer, odd and at
       least 3 (lower_tblock).  Round j's box reaches (kb - j) M past the
       tile.  From tk = 5 on, rounds 2 .. kb - 2 run two a step in a serial
       loop (round 2 + 2p from S1 into S0, round 3 + 2p back into S1): the
       same rounds on the same boxes as written out one by one, in the same
       order, so the values are the same; rounds kb - 1 and kb reach M and 0
       past the tile whatever kb is. */
    IExpr *kb = t->kb ? ir_varref(t->kb, s) : ix_cst(t->k, s);
    Var *pair = NULL;
    PtrList *body = out;
    for (int j = 1; j <= t->k; j++) {
        bool tail = t->k >= 5 && j >= t->k - 1;     /* round kb - 1 or kb */
        if (j == 2 && t->k >= 5) {
            IStmt *lp = ir_stmt(IS_LOOP, s);
            lp->loop.kind = LOOP_SERIAL;
            lp->loop.rank = 1;
            pair = lp->loop.idx[0] = ir_var(t->f, "pair", T_I64, 0, V_INDEX, s);
            lp->loop.lo[0] = ix_cst(0, s);
            lp->loop.hi[0] = ix_bin(OP_DIV, ix_bin(OP_SUB, ix_cl(kb), ix_cst(3, s), s), ix_cst(2, s), s);
            plist_push(&lp->loop.fused, (void *)"note:tile rounds 2 .. last - 2, two a step");
            plist_push(out, lp);
            body = &lp->loop.body;
        }
        Var *blo[4], *bhi[4];
        for (int d = 0; d < t->r; d++) {
            IExpr *he = tail || t->k < 5 ? ix_cst((t->k - j) * t->M[d], s)
                                         : ix_mulc(ix_bin(OP_SUB, ix_cl(kb), ix_cst(j, s), s), t->M[d], s);
            if (pair) he = ix_bin(OP_SUB, he, ix_mulc(ir_varref(pair, s), 2 * t->M[d], s), s);
            IExpr *lo = ix_bin(OP_SUB, ir_varref(ts[d], s), he, s), *hi = ix_bin(OP_ADD, ir_varref(te[d], s), ix_cl(he), s);
            if (t->mode != ST_WRAP) { lo = ix_max(lo, ix_cst(0, s), s); hi = ix_min(hi, ix_cl(t->n[d]), s); }
            blo[d] = tb_let(t, body, "box_lo", lo);
            bhi[d] = tb_let(t, body, "box_hi", hi);
        }
        const char *round = t->k < 5 ? arena_printf("%d of %d", j, t->k)
                          : j == 1 ? "1" : pair ? arena_printf("%d + 2 pair", j) : j == t->k ? "last" : "last - 1";
        tb_round_in_box(t, body, blo, bhi, j == 1 ? NULL : t->S[(j - 1) % 2], j == t->k ? NULL : t->S[j % 2], round);
        if (j == 1) prefetch_next(t, out, ti, ntiles_last);
        if (pair && j == 3) {       /* the loop's two rounds are made: on to round kb - 1 */
            pair = NULL;
            body = out;
            j = t->k - 2;
        }
        /* the tile's elements of the written buffer, for the last round's
           stores, while round kb - 1 runs (their reads for ownership were
           that round's largest cost: measured on bench/tblock's heat, 9
           rounds a tile, 3-8% faster with the hints; issued earlier they
           were evicted before use) */
        if (j == t->k - 2)
            prefetch_box(t, out, st->sten.cur[t->w], ts, te, true,
                         "note:prefetch hints: the tile's elements of the written buffer, for the last round's stores");
    }
}

/* The work of a block (the tile loop's IStmt.loop.work, in the overhead
 * guard's units): the grid's elements x tk rounds x an interior element's
 * work (the halos' recomputation left out), so that a grid too small for
 * threads runs its blocks on the calling thread, as its rounds would. */
static IExpr *block_work(const TB *t)
{
    IExpr *w = ix_cst(t->k * (t->ew > 0 ? t->ew : 1), t->s);
    for (int d = 0; d < t->r; d++) w = ix_bin(OP_MUL, w, ix_cl(t->n[d]), t->s);
    return w;
}

/* Emits the blocks before the stencil's rounds loop; returns the number of
 * rounds left for it. */
IExpr *lower_tblock(IrFunc *f, PtrList *out, IStmt *st)
{
    Span s = st->span;
    TB t = { .f = f, .st = st, .s = s, .r = st->sten.rank, .k = st->sten.tk, .mode = st->sten.mode, .w = -1 };
    int line, col;
    span_linecol(s, &line, &col);
    t.line = line;
    for (int q = 0; q < st->sten.nbuf; q++)
        if (st->sten.written[q]) t.w = q;
    t.src = st->sten.perm[t.w];
    const Var *b0 = st->sten.cur[0];
    IExpr *bytes = ix_cst(ty_kind_size(b0->elem), s);
    for (int d = 0; d < t.r; d++) {
        int64_t lo = -st->sten.flo[d], hi = st->sten.fhi[d];
        t.M[d] = lo > hi ? lo : hi;
        t.win[d] = st->sten.tsz[d] + 2 * t.k * t.M[d];
        t.n[d] = ir_ext(b0->dims[d], s);
        bytes = ix_bin(OP_MUL, bytes, ix_cl(t.n[d]), s);
    }
    /* the rounds the sweeps run (rank 2: the tiles then run none) */
    IExpr *swept = ix_cst(0, s);
    Var *sweeps = NULL;
    if (st->sten.tlag) {
        sweeps = tb_sweeps(&t, out, bytes);
        swept = ix_bin(OP_MUL, ir_varref(sweeps, s), ix_cst(st->sten.tlk, s), s);
        if (t.r >= 3) return ix_bin(OP_SUB, ix_cl(st->sten.rounds), swept, s);
    }
    /* blocks: (rounds - 1) / k when there are rounds (and, unless forced or
       rank 1 with run-time tiles, a grid past the L2 cache) */
    IExpr *go = ix_bin(OP_GE, ix_cl(st->sten.rounds), ix_cst(1, s), s);
    if (!st->sten.tforced && !st->sten.tdyn) go = ix_bin(OP_AND, go, ix_bin(OP_GE, bytes, ix_cst(TILE_MIN_GRID_BYTES, s), s), s);
    if (sweeps) go = ix_bin(OP_AND, go, ix_bin(OP_EQ, ir_varref(sweeps, s), ix_cst(0, s), s), s);
    IExpr *nb = ir_select(T_I64, go, ix_bin(OP_DIV, ix_bin(OP_SUB, ix_cl(st->sten.rounds), ix_cst(1, s), s), ix_cst(t.k, s), s), ix_cst(0, s), s);
    Var *nblk = tb_let(&t, out, t.k >= 5 && !st->sten.troll ? "full_blocks" : "tile_blocks", nb);
    IExpr *tiled = ix_bin(OP_MUL, ir_varref(nblk, s), ix_cst(t.k, s), s);     /* rounds the blocks run */
    if (t.k >= 5 && !st->sten.troll) {
        /* the rounds left after nblk blocks of k, less the last (run untiled),
           in one more block of klast rounds (odd, 3 at least; 0: none), so
           that at most 2 rounds besides the last run untiled whatever k is */
        t.nfull = nblk;
        Var *rem = tb_let(&t, out, "rounds_left", ir_select(T_I64, go, ix_bin(OP_SUB, ix_bin(OP_SUB, ix_cl(st->sten.rounds), ix_cst(1, s), s),
                                                                           ix_cl(tiled), s), ix_cst(0, s), s));
        t.klast = tb_let(&t, out, "last_block_rounds",
                      ir_select(T_I64, ix_bin(OP_GE, ir_varref(rem, s), ix_cst(3, s), s),
                                ix_bin(OP_SUB, ir_varref(rem, s), ix_bin(OP_SUB, ix_cst(1, s), ir_binop(OP_MOD, T_I64, T_I64, ir_varref(rem, s), ix_cst(2, s), s), s), s),
                                ix_cst(0, s), s));
        nblk = tb_let(&t, out, "tile_blocks", ix_bin(OP_ADD, ir_varref(nblk, s),
                                                  ir_select(T_I64, ix_bin(OP_GT, ir_varref(t.klast, s), ix_cst(0, s), s), ix_cst(1, s), ix_cst(0, s), s), s));
        tiled = ix_bin(OP_ADD, tiled, ir_varref(t.klast, s), s);
    }
    if (st->sten.tdyn) {
        /* rank 1: about one tile per thread (their rounds then need no
           barrier but the block's), at most tsz[0] elements (the cache's
           window), at least 8 k M (the halo, k M a side, then costs at most
           a quarter more work) */
        t.T[0] = tb_let(&t, out, "tile_len", ix_call("arr_tile_len", ix_cl(t.n[0]), ix_cst(t.M[0] ? 8 * t.k * t.M[0] : 1, s),
                                                     ix_cst(st->sten.tsz[0], s), s));     /* lo >= 1: no tile of 0 elements */
        t.W = tb_let(&t, out, "window_len", ix_bin(OP_ADD, ir_varref(t.T[0], s), ix_cst(2 * t.k * t.M[0], s), s));
    }
    IStmt *blocks = ir_stmt(IS_LOOP, s);
    blocks->loop.kind = LOOP_ROUNDS;
    blocks->loop.rank = 1;
    t.block = blocks->loop.idx[0] = ir_var(f, "block", T_I64, 0, V_INDEX, s);
    blocks->loop.lo[0] = ix_cst(0, s);
    blocks->loop.hi[0] = ir_varref(nblk, s);
    plist_push(&blocks->loop.fused, (void *)st->sten.tnote);
    IStmt *tiles = ir_stmt(IS_LOOP, s);
    tiles->loop.kind = LOOP_PARFOR;
    tiles->loop.rank = t.r;
    tiles->loop.even = true;
    Var *ti[4];
    if (st->sten.troll) {
        /* strips of rows, each a wavefront through rings of rows */
        t.ring = true;
        t.R = 2 * t.M[0] + 1;
        t.BIG = t.R * ((t.k + 1) * t.M[0] + 1);
        tiles->loop.rank = 1;
        tiles->loop.idx[0] = ir_var(f, "strip", T_I64, 0, V_INDEX, s);
        tiles->loop.lo[0] = ix_cst(0, s);
        tiles->loop.hi[0] = ix_bin(OP_DIV, ix_bin(OP_ADD, ix_cl(t.n[0]), ix_cst(st->sten.tsz[0] - 1, s), s), ix_cst(st->sten.tsz[0], s), s);
        tb_strip_body(&t, &tiles->loop.body, tiles->loop.idx[0]);
        tiles->loop.work = block_work(&t);
        plist_push(&tiles->loop.fused, arena_printf("stencil strips@line %d", line));
        plist_push(&blocks->loop.body, tiles);
        stencil_rotate(f, &blocks->loop.body, st);
        plist_push(out, blocks);
        return ix_bin(OP_SUB, ix_cl(st->sten.rounds), ix_bin(OP_MUL, ir_varref(nblk, s), ix_cst(t.k, s), s), s);  /* forced: no sweeps */
    }
    Var *ntiles = NULL;
    for (int d = 0; d < t.r; d++) {
        ti[d] = tiles->loop.idx[d] = ir_var(f, d ? "tile_j" : "tile_i", T_I64, 0, V_INDEX, s);
        tiles->loop.lo[d] = ix_cst(0, s);
        ntiles = tb_let(&t, out, "tiles", t.T[d] ? ix_call("arr_ceil_div", ix_cl(t.n[d]), tile_ext(&t, d), NULL, s)
                                      : ix_bin(OP_DIV, ix_bin(OP_ADD, ix_cl(t.n[d]), ix_cst(st->sten.tsz[d] - 1, s), s),
                                               tile_ext(&t, d), s));
        tiles->loop.hi[d] = ir_varref(ntiles, s);
    }
    tile_body(&t, &tiles->loop.body, ti, ntiles);
    tiles->loop.work = block_work(&t);
    plist_push(&tiles->loop.fused, arena_printf("stencil tiles@line %d", line));
    plist_push(&blocks->loop.body, tiles);
    stencil_rotate(f, &blocks->loop.body, st);
    plist_push(out, blocks);
    return ix_bin(OP_SUB, ix_bin(OP_SUB, ix_cl(st->sten.rounds), swept, s), tiled, s);
}
