/* lower_pir_sweep.c — temporal blocking by wavefronts over the rows or
 * planes of dimension 0 (pass tblock chose them; lower_pir_tblock.c calls
 * these): the strips of --stencil-tile=K,T0, each a wavefront through
 * rings of rows per round, and the sweeps that run on one thread in the
 * two buffers themselves.  The arguments for both are below, with their
 * code; the shared pieces (boxes of a round, the state TB) are in
 * lower_pir_tblock.c and tblock_int.h. */
#include "tblock_int.h"

/* A copy loop over [lo, hi) x cols of buffer b into ring row slots (:oob_skip). */
static IStmt *ring_copy(TB *t, Var *ring, Var *b, Var *y, IExpr *clo, IExpr *chi)
{
    Span s = t->s;
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = 1;
    lp->loop.idx[0] = ir_var(t->f, t->st->sten.idx[1]->name, T_I64, 0, V_INDEX, s);
    lp->loop.lo[0] = clo;
    lp->loop.hi[0] = chi;
    IExpr *ld = ir_expr(IE_LOAD, b->elem, s);
    ld->load.arr = b;
    ld->load.n = 2;
    ld->load.idx[0] = ir_varref(y, s);
    ld->load.idx[1] = ir_varref(lp->loop.idx[0], s);
    IStmt *sto = ir_stmt(IS_STORE, s);
    sto->store.arr = ring;
    sto->store.n = 2;
    sto->store.idx[0] = ir_varref(y, s);
    sto->store.idx[1] = ir_varref(lp->loop.idx[0], s);
    tb_to_ring(t, sto->store.idx);
    sto->store.val = ld;
    plist_push(&lp->loop.body, sto);
    plist_push(&lp->loop.fused, arena_printf("border row copy@line %d", t->line));
    return lp;
}

/* :oob_skip: the border elements of row y of round j's ring keep the values
 * of the buffer of round j's parity (never written: the whole row when it
 * is a border row, else its border columns; the interior of the written
 * buffer is being written by other strips). */
static void ring_border(TB *t, PtrList *out, Var *ring, int j, Var *y)
{
    Span s = t->s;
    const IStmt *st = t->st;
    Var *b = st->sten.cur[j % 2 ? t->w : t->src];
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = ix_bin(OP_OR, ix_bin(OP_LT, ir_varref(y, s), ix_cst(-st->sten.flo[0], s), s),
                        ix_bin(OP_GE, ir_varref(y, s), ix_bin(OP_SUB, ix_cl(t->n[0]), ix_cst(st->sten.fhi[0], s), s), s), s);
    plist_push(&iff->if_.then, ring_copy(t, ring, b, y, ix_cst(0, s), ix_cl(t->n[1])));
    IExpr *a = ix_cst(-st->sten.flo[1], s);
    if (st->sten.flo[1] < 0) plist_push(&iff->if_.els, ring_copy(t, ring, b, y, ix_cst(0, s), ix_min(a, ix_cl(t->n[1]), s)));
    if (st->sten.fhi[1] > 0)
        plist_push(&iff->if_.els, ring_copy(t, ring, b, y, ix_max(ix_bin(OP_SUB, ix_cl(t->n[1]), ix_cst(st->sten.fhi[1], s), s), a, s),
                                            ix_cl(t->n[1])));
    plist_push(out, iff);
}

/* The strip loop's body for strip si (rows [s, e) of the final round): a
 * wavefront over steps q; at step q round j computes its row q - (j-1) M
 * (when inside its rows [s - (k-j) M, e + (k-j) M)) from the rows of round
 * j - 1 around it, which step q (and the 2 M before it) computed: a ring
 * of R = 2 M + 1 rows per intermediate round holds them (the oldest slot
 * is overwritten only after its last read, the row M older than the
 * oldest round j reads in this step). */
void tb_strip_body(TB *t, PtrList *out, Var *si)
{
    Span s = t->s;
    const IStmt *st = t->st;
    int64_t H = st->sten.tsz[0], M = t->M[0];
    Var *ss = tb_let(t, out, "s_start", ix_bin(OP_MUL, ir_varref(si, s), ix_cst(H, s), s));
    Var *se = tb_let(t, out, "s_end", ix_min(ix_bin(OP_ADD, ir_varref(ss, s), ix_cst(H, s), s), ix_cl(t->n[0]), s));
    Var **ring = arena_alloc(sizeof(Var *) * (size_t)(t->k + 1));
    Var *src = st->sten.cur[t->src];
    for (int j = 1; j < t->k; j++) {
        ring[j] = ir_var(t->f, "ring", src->elem, 2, V_TEMP, s);
        ring[j]->dims[0] = (Ext){ NULL, t->R };
        ring[j]->dims[1] = src->dims[1];
        ring[j]->written = true;
        ring[j]->per_thread = true;     /* every row is written before it is read, in each strip */
        IStmt *a = ir_stmt(IS_ALLOC, s);
        a->alloc = ring[j];
        plist_push(out, a);
    }
    /* rows of round j: [lo[j], hi[j]) */
    Var **lo = arena_alloc(sizeof(Var *) * (size_t)(t->k + 1)), **hi = arena_alloc(sizeof(Var *) * (size_t)(t->k + 1));
    for (int j = 1; j <= t->k; j++) {
        int64_t h = (t->k - j) * M;
        IExpr *l = ix_bin(OP_SUB, ir_varref(ss, s), ix_cst(h, s), s), *u = ix_bin(OP_ADD, ir_varref(se, s), ix_cst(h, s), s);
        if (t->mode != ST_WRAP) { l = ix_max(l, ix_cst(0, s), s); u = ix_min(u, ix_cl(t->n[0]), s); }
        lo[j] = tb_let(t, out, "rows_lo", l);
        hi[j] = tb_let(t, out, "rows_hi", u);
    }
    IStmt *steps = ir_loop1(t->f, LOOP_SERIAL, "step", ir_varref(lo[1], s),
                            ix_bin(OP_ADD, ir_varref(hi[t->k], s), ix_cst((t->k - 1) * M, s), s), s);
    plist_push(&steps->loop.fused, arena_printf("stencil wavefront@line %d", t->line));
    Var *q = steps->loop.idx[0];
    for (int j = 1; j <= t->k; j++) {
        PtrList *b = &steps->loop.body;
        Var *y = tb_let(t, b, "row", ix_bin(OP_SUB, ir_varref(q, s), ix_cst((j - 1) * M, s), s));
        IStmt *iff = ir_stmt(IS_IF, s);
        iff->if_.cond = ix_bin(OP_AND, ix_bin(OP_GE, ir_varref(y, s), ir_varref(lo[j], s), s),
                            ix_bin(OP_LT, ir_varref(y, s), ir_varref(hi[j], s), s), s);
        PtrList *then = &iff->if_.then;
        if (t->mode == ST_SKIP && j < t->k) ring_border(t, then, ring[j], j, y);
        Var *blo[2], *bhi[2];
        blo[0] = y;
        bhi[0] = tb_let(t, then, "row_end", ix_bin(OP_ADD, ir_varref(y, s), ix_cst(1, s), s));
        blo[1] = tb_let(t, then, "col_lo", ix_cst(0, s));
        bhi[1] = tb_let(t, then, "col_hi", ix_cl(t->n[1]));
        tb_round_in_box(t, then, blo, bhi, j == 1 ? NULL : ring[j - 1], j == t->k ? NULL : ring[j], arena_printf("%d of %d", j, t->k));
        plist_push(b, iff);
    }
    plist_push(out, steps);
}

/* A buffer variable shaped as the stencil's buffer b, for a sweep's rounds */
static Var *buffer_var(TB *t, const char *name, const Var *b)
{
    Var *v = ir_var(t->f, name, b->elem, b->rank, V_LOCAL, t->s);
    v->is_mutable = true;
    v->written = true;
    for (int d = 0; d < b->rank; d++) v->dims[d] = b->dims[d];
    return v;
}

/* arr_threads(): the threads a parallel loop would run on, at run time */
static IExpr *threads_now(Span s)
{
    IExpr *e = ir_expr(IE_ECALL, T_I64, s);
    e->ecall.name = "arr_threads";
    return e;
}

/* Round r (a variable, 0-based) of a sweep over the planes [lo, hi) of
 * dimension 0 (the whole of the others), appended to out: from the source
 * to the written buffer when r is even, else back (the two buffers). */
static void sweep_round(TB *t, PtrList *out, Var *r, Var *lo, Var *hi, const char *note)
{
    Span s = t->s;
    const IStmt *st = t->st;
    Var *src = st->sten.cur[t->src], *w = st->sten.cur[t->w];
    Var *rd = buffer_var(t, "sweep_from", src), *wr = buffer_var(t, "sweep_to", w);
    IStmt *par = ir_stmt(IS_IF, s);
    par->if_.cond = ix_bin(OP_EQ, ir_binop(OP_MOD, T_I64, T_I64, ir_varref(r, s), ix_cst(2, s), s), ix_cst(0, s), s);
    plist_push(&par->if_.then, ir_assign(rd, ir_varref(src, s), s));
    plist_push(&par->if_.then, ir_assign(wr, ir_varref(w, s), s));
    plist_push(&par->if_.els, ir_assign(rd, ir_varref(w, s), s));
    plist_push(&par->if_.els, ir_assign(wr, ir_varref(src, s), s));
    plist_push(out, par);
    Var *blo[4], *bhi[4];
    blo[0] = lo;
    bhi[0] = hi;
    for (int d = 1; d < t->r; d++) {
        blo[d] = tb_let(t, out, "sweep_lo", ix_cst(0, s));
        bhi[d] = tb_let(t, out, "sweep_hi", ix_cl(t->n[d]));
    }
    tb_round_in_box(t, out, blo, bhi, rd, wr, note);
}

/* The steps of one sweep over the planes [plo, phi) of dimension 0 (NULL:
 * the whole grid): in step q round r (0-based) computes plane q - r M when
 * it lies in [plo + r M, phi - r M), where a part's end shrinks only where
 * another part lies beyond it (shrink_lo, shrink_hi: run-time conditions;
 * NULL: never). */
static IStmt *wavefront(TB *t, const char *pl, Var *plo, Var *phi, IExpr *const shrink[2])
{
    IrFunc *f = t->f;
    Span s = t->s;
    int64_t M = t->M[0];
    int k = t->st->sten.tlk;
    IExpr *lo0 = plo ? ir_varref(plo, s) : ix_cst(0, s), *hi0 = phi ? ir_varref(phi, s) : ix_cl(t->n[0]);
    IStmt *steps = ir_loop1(f, LOOP_SERIAL, "step", ir_clone_expr(lo0), ix_bin(OP_ADD, ir_clone_expr(hi0), ix_cst((k - 1) * M, s), s), s);
    plist_push(&steps->loop.fused, M == 1 ? arena_printf("note:the sweep's steps: in step s, round r + 1 of the sweep computes %s s - r", pl)
                                          : arena_printf("note:the sweep's steps: in step s, round r + 1 of the sweep computes %s "
                                                         "s - %lld r", pl, (long long)M));
    IStmt *rounds = ir_loop1(f, LOOP_SERIAL, "sweep_round", ix_cst(0, s), ix_cst(k, s), s);
    plist_push(&rounds->loop.fused, "note:the sweep's rounds in a step, in order");
    Var *r = rounds->loop.idx[0];
    PtrList *b = &rounds->loop.body;
    Var *y = tb_let(t, b, pl, ix_bin(OP_SUB, ir_varref(steps->loop.idx[0], s), ix_bin(OP_MUL, ir_varref(r, s), ix_cst(M, s), s), s));
    IExpr *lo = ir_clone_expr(lo0), *hi = ir_clone_expr(hi0);
    if (shrink) {
        IExpr *rm = ix_bin(OP_MUL, ir_varref(r, s), ix_cst(M, s), s);
        lo = ir_select(T_I64, shrink[0], ix_bin(OP_ADD, lo, rm, s), ir_clone_expr(lo0), s);
        hi = ir_select(T_I64, shrink[1], ix_bin(OP_SUB, hi, ir_clone_expr(rm), s), ir_clone_expr(hi0), s);
    }
    IStmt *iff = ir_stmt(IS_IF, s);
    iff->if_.cond = ix_bin(OP_AND, ix_bin(OP_GE, ir_varref(y, s), lo, s), ix_bin(OP_LT, ir_varref(y, s), hi, s), s);
    Var *yend = tb_let(t, &iff->if_.then, arena_printf("%s_end", pl), ix_bin(OP_ADD, ir_varref(y, s), ix_cst(1, s), s));
    sweep_round(t, &iff->if_.then, r, y, yend, arena_printf("a sweep's round, %lld %s%s behind the one before",
                                                            (long long)M, pl, M == 1 ? "" : "s"));
    plist_push(b, iff);
    plist_push(&steps->loop.body, rounds);
    return steps;
}

/* tlag 3: a sweep on any number of threads, in two phases (a barrier
 * after each).  Dimension 0 is cut into P parts of at least 2 tk M planes,
 * one a thread (P = min(threads, n0 / (2 tk M + 1)), 1 at least):
 *   1. every part runs the wavefront over its planes [b_p, b_p+1), round
 *      r (0-based) only on [b_p + r M, b_p+1 - r M), shrunk only at an end
 *      where another part lies (a trapezoid);
 *   2. every seam b (b_1 .. b_P-1) fills the triangle the trapezoids left:
 *      for r = 1 .. tk - 1 in order, round r on [b - r M, b + r M).
 * Why this is the one-thread sweep's result, bit for bit, and race-free:
 * within a part the argument above holds (its rounds' ranges shrink by M
 * a round, so every plane a round reads lies in the range the round
 * before computed).  Across a seam b in phase 1, the part below reads
 * round r - 1 (in buffer X_(r-1), X alternating with r) on planes < b - (r - 2) M
 * and writes round r on planes < b - (r - 1) M; the part above writes
 * round r' on planes >= b + (r' - 1) M (1-based r, r').  A read of the
 * lower part and a write of the upper one meet only when r + r' < 3, so
 * r = r' = 1, and those are different buffers (X_0, X_1); symmetrically
 * above; the writes are on either side of b.  In phase 2 round r of a seam
 * reads round r - 1 on [b - (r+1) M, b + (r+1) M) (0-based): the seam's
 * own round r - 1 inside [b - (r-1) M, b + (r-1) M), phase 1's round r - 1
 * outside, which no later round overwrote (round r + 1 of the parts stops
 * at b - (r+1) M and starts at b + (r+1) M); its writes replace round r - 2,
 * which round r - 1 of the seam was the last to read.  Seams are 2 tk M
 * planes or more apart, so their reads and writes never meet.  Any order
 * of the parts of a phase gives the same result (they share nothing they
 * write), so the overhead guard may run them on one thread. */
static void parts(TB *t, PtrList *out, const char *pl)
{
    IrFunc *f = t->f;
    Span s = t->s;
    int64_t M = t->M[0];
    int k = t->st->sten.tlk;
    IExpr *threads = threads_now(s);
    IExpr *most = ix_bin(OP_DIV, ix_cl(t->n[0]), ix_cst(2 * k * M + 1, s), s);
    Var *np = tb_let(t, out, "parts", ix_max(ix_min(threads, most, s), ix_cst(1, s), s));
    IStmt *ph1 = ir_loop1(f, LOOP_PARFOR, "part", ix_cst(0, s), ir_varref(np, s), s);
    plist_push(&ph1->loop.fused, arena_printf("note:the sweep's parts, one a thread: each round %lld %s%s inside the one before "
                                              "at a part's ends where another part lies", (long long)M, pl, M == 1 ? "" : "s"));
    Var *pi = ph1->loop.idx[0];
    PtrList *b1 = &ph1->loop.body;
    Var *plo = tb_let(t, b1, "part_lo", ix_bin(OP_DIV, ix_bin(OP_MUL, ir_varref(pi, s), ix_cl(t->n[0]), s), ir_varref(np, s), s));
    Var *phi = tb_let(t, b1, "part_hi", ix_bin(OP_DIV, ix_bin(OP_MUL, ix_bin(OP_ADD, ir_varref(pi, s), ix_cst(1, s), s), ix_cl(t->n[0]), s),
                                              ir_varref(np, s), s));
    IExpr *shrink[2] = { ix_bin(OP_GT, ir_varref(pi, s), ix_cst(0, s), s),
                         ix_bin(OP_LT, ix_bin(OP_ADD, ir_varref(pi, s), ix_cst(1, s), s), ir_varref(np, s), s) };
    plist_push(b1, wavefront(t, pl, plo, phi, shrink));
    plist_push(out, ph1);
    if (M == 0 || k < 2) return;            /* no seams to fill */
    IStmt *ph2 = ir_loop1(f, LOOP_PARFOR, "seam", ix_cst(1, s), ir_varref(np, s), s);
    plist_push(&ph2->loop.fused, M == 1 ? arena_printf("note:the seams between the parts: round r + 1 of the sweep on the r %ss "
                                                       "either side", pl)
                                        : arena_printf("note:the seams between the parts: round r + 1 of the sweep on the %lld r "
                                                       "%ss either side", (long long)M, pl));
    PtrList *b2 = &ph2->loop.body;
    Var *at = tb_let(t, b2, "seam_at", ix_bin(OP_DIV, ix_bin(OP_MUL, ir_varref(ph2->loop.idx[0], s), ix_cl(t->n[0]), s), ir_varref(np, s), s));
    IStmt *rs = ir_loop1(f, LOOP_SERIAL, "seam_round", ix_cst(1, s), ix_cst(k, s), s);
    plist_push(&rs->loop.fused, "note:the seam's rounds, in order");
    Var *r = rs->loop.idx[0];
    IExpr *rm = ix_bin(OP_MUL, ir_varref(r, s), ix_cst(M, s), s);
    Var *lo = tb_let(t, &rs->loop.body, "seam_lo", ix_bin(OP_SUB, ir_varref(at, s), rm, s));
    Var *hi = tb_let(t, &rs->loop.body, "seam_hi", ix_bin(OP_ADD, ir_varref(at, s), ir_clone_expr(rm), s));
    sweep_round(t, &rs->loop.body, r, lo, hi, "a seam's round");
    plist_push(b2, rs);
    plist_push(out, ph2);
}

/* Rank 2 and more, when one thread runs the rounds (tblock.c set tlag):
 * blocks of tk rounds (here tlk), each one sweep over the planes (rank 2:
 * rows) of dimension 0 in the two buffers themselves, no scratch:
 *
 *     sweeps = rounds >= 1 && (grid > 2 MiB || forced) && one thread ? (rounds - 1) / tk : 0
 *     for sweep in 0..sweeps {
 *       for step in 0..n0 + (tk - 1) M {
 *         for r in 0..tk {               # round r + 1 of the block
 *           y = step - r M
 *           if 0 <= y < n0 { plane y of round r + 1: from the source to
 *             the written buffer (r even) or back (r odd) }
 *         }
 *       }
 *       swap the two buffers
 *     }
 *
 * Why the values are the untiled ones, bit for bit: round j (1-based) of
 * the block computes plane p at step p + (j - 1) M, reading planes p - M ..
 * p + M of the buffer X that holds round j - 1 (M is the footprint's reach
 * in dimension 0; a boundary mode maps a read past the edge into the grid,
 * nearer to p; :oob_wraparound is refused by tblock.c).
 *   - Each plane read was written by round j - 1 before: plane p + M at
 *     step p + M + (j - 2) M = p + (j - 1) M, this step, where round j - 1
 *     runs before round j; the others at earlier steps.
 *   - None was overwritten yet: round j + 1 writes its planes into X, plane
 *     q at step q + j M; round j's last read of plane q is for p = q + M,
 *     at step q + M + (j - 1) M = q + j M, the same step, where round j
 *     runs before round j + 1.
 * (A reach of M = 0: every round of a step computes the same plane, in
 * order, each from the plane the round before computed in this step.)
 * So the buffers hold after the block what the untiled rounds leave: round
 * tk (odd) in the written buffer, round tk - 1 in the source, as after one
 * swap.  :oob_skip's borders are never written, in either buffer, as
 * untiled.  The rest of the rounds (at least one) run untiled. */
Var *tb_sweeps(TB *t, PtrList *out, IExpr *bytes)
{
    IrFunc *f = t->f;
    const IStmt *st = t->st;
    Span s = t->s;
    int64_t M = t->M[0];
    int k = st->sten.tlk;
    t->inplace = true;
    IExpr *go = ix_bin(OP_GE, ix_cl(st->sten.rounds), ix_cst(1, s), s);
    if (!st->sten.tforced) go = ix_bin(OP_AND, go, ix_bin(OP_GE, bytes, ix_cst(TILE_MIN_GRID_BYTES, s), s), s);
    /* the planes a sweep keeps in cache, 2 (k M + 2) of the two buffers, at
       most SWEEP_MAX_BYTES: past that it saves little, and tiles do better */
    IExpr *plane = ix_cst(ty_kind_size(st->sten.cur[0]->elem) * 2 * (k * M + 2), s);
    for (int d = 1; d < t->r; d++) plane = ix_bin(OP_MUL, plane, ix_cl(t->n[d]), s);
    go = ix_bin(OP_AND, go, ix_bin(OP_LE, plane, ix_cst(SWEEP_MAX_BYTES, s), s), s);
    if (st->sten.tlag == 1) {
        go = ix_bin(OP_AND, go, ix_bin(OP_EQ, threads_now(s), ix_cst(1, s), s), s);
    }
    Var *nblk = tb_let(t, out, "sweeps", ir_select(T_I64, go, ix_bin(OP_DIV, ix_bin(OP_SUB, ix_cl(st->sten.rounds), ix_cst(1, s), s),
                                                                   ix_cst(k, s), s), ix_cst(0, s), s));
    const char *pl = t->r == 2 ? "row" : "plane";
    IStmt *blocks = ir_loop1(f, LOOP_SERIAL, "sweep", ix_cst(0, s), ir_varref(nblk, s), s);
    if (st->sten.tlag == 3) {
        plist_push(&blocks->loop.fused, arena_printf("note:%s", st->sten.tnote));
        parts(t, &blocks->loop.body, pl);
    } else {
        blocks->loop.one_thread = true;
        plist_push(&blocks->loop.fused, t->r == 2 ? arena_printf("temporal blocking on one thread: %d rounds per sweep over the rows, "
                                                                 "in place (else the tiles below)", k)
                                                  : (void *)st->sten.tnote);
        plist_push(&blocks->loop.body, wavefront(t, pl, NULL, NULL, NULL));
    }
    stencil_rotate(f, &blocks->loop.body, st);
    plist_push(out, blocks);
    t->inplace = false;
    return nblk;
}

