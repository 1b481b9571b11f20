/* tblock.c — temporal blocking of iterated stencils: which stencil nodes
 * run their rounds several at a time by tiles or, on one thread, by sweeps
 * over the rows or planes, how many rounds and how big a tile (the code is
 * made by lower-pir, lower_pir_tblock.c and lower_pir_sweep.c).
 *
 * Before/after: DIR; the node gets tk (rounds per tile), tsz (the tile's
 * extents) and tnote (the decision in words, for --report).
 *
 * What it pays for: an untiled round streams the grid through memory (a
 * read of the source buffer, a write of the destination); tk rounds in one
 * pass over cache-sized tiles stream it once, at the price of recomputing
 * a halo around each tile (the trapezoid that shrinks round by round, as
 * in overlapped tiling).  That wins when the kernel moves many bytes per
 * operation; a kernel of many operations per byte (compute-bound) only
 * pays the halo.  So: operations per byte moved (a math call counts 20)
 * decide: at most 0.5, 9 rounds per tile; at most 1, 5; at most 3, 3;
 * more: not tiled.  (bench/tblock's heat, 0.25 operations per byte, f64
 * 4096 x 4096 at 2 threads, with the prefetch hints: 5 rounds 0.56-0.59 of
 * untiled, 9 rounds 0.52-0.53, 11 rounds 0.50-0.52; 9 keeps the halo, 2 x 9
 * of a window's 80 rows, from growing past a quarter.)
 * Windows (a tile plus its halo) of about 160 KiB per scratch buffer keep
 * a tile's two scratch buffers in a 1 MiB L2 with room for the streams.
 *
 * Legality (what lower_pir_tblock.c relies on; anything else is left
 * untiled, and --report says why):
 *   - one written buffer w, rotated with one source buffer s (perm swaps
 *     them; every other buffer is read-only and not rotated), so after an
 *     odd number of rounds the two have swapped, as after one round: tk is
 *     odd.  The kernel never reads w (its old value would be needed).
 *   - the kernel is straight scalar code (assignments, stores to w at the
 *     element, ifs) that cannot fail or have an effect (no checks, no
 *     integer division that may trap, no extern calls, no loads other
 *     than the stencil's reads, no use of the element's indices): the
 *     halo computes elements of intermediate rounds more than once and
 *     elements past the grid's edge under :oob_wraparound (periodic
 *     images), which must change nothing.
 *   - no two buffers may share memory (their bindings' arrays do not
 *     alias): the tiles of one block read s while others write w.
 *   - not --mpi (distribute adds a halo exchange per round), not -O0.
 *   - sweeps (rank 2 and more, one thread): the rounds run in place over
 *     the planes (rows), each round M behind the one before
 *     (lower_pir_sweep.c's argument); rank 2 tiles on more threads; rank
 *     3 and more: a tile of cache size would be mostly halo, so only the
 *     sweeps, on one thread (measured on
 *     PolyBench heat-3d, 120^3 f64, whose two grids fit the L3: 9 rounds a
 *     sweep 0.70-0.74 of the untiled time at one thread; at two threads a
 *     sweep that splits each plane's rows was slower than untiled rounds,
 *     0.63 s against 0.49), not under :oob_wraparound (plane 0 reads
 *     plane n - 1, which the sweep reaches last).
 * The rounds are split as (rounds - 1) / tk blocks, then the rest (at
 * least one round when there are any) by the untiled code, so the last
 * round is always an ordinary one: `last` and both buffers end exactly as
 * untiled (lower_pir_tblock.c has the argument per boundary mode). */
#include "passes.h"
#include "access.h"
#include <stdlib.h>
#include <string.h>

enum { WINDOW_BYTES = 160 * 1024, ROW_BYTES = 2048, TK_1D = 63 };

typedef struct K { const IStmt *st; int w; const char *why; int ops; } K;

static void check_expr(const IExpr *e, K *k)
{
    if (!e || k->why) return;
    switch (e->kind) {
    case IE_CONST: return;
    case IE_VAR:
        for (int d = 0; d < k->st->sten.rank; d++)
            if (e->var == k->st->sten.idx[d]) k->why = "the kernel uses the element's indices";
        return;
    case IE_SLOAD:
        if (e->sload.arr == k->st->sten.cur[k->w]) k->why = "the kernel reads the buffer it writes";
        return;
    case IE_UNOP: k->ops++; check_expr(e->op.a, k); return;
    case IE_BINOP:
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW || e->op.op == OP_SHL || e->op.op == OP_SHR)
            && ty_is_int_kind(e->op.opk) && !ir_safe_divisor(e))
            k->why = "the kernel has an integer operation that may fail";
        k->ops++;
        check_expr(e->op.a, k);
        check_expr(e->op.b, k);
        return;
    case IE_CALL: k->ops += 20; check_expr(e->call.a, k); check_expr(e->call.b, k); return;
    case IE_CONV: check_expr(e->conv, k); return;
    case IE_SELECT: check_expr(e->sel.c, k); check_expr(e->sel.a, k); check_expr(e->sel.b, k); return;
    default: k->why = "the kernel holds more than arithmetic on the stencil's reads"; return;
    }
}

static void check_stmts(const PtrList *l, K *k)
{
    for (int i = 0; i < l->len && !k->why; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank) k->why = "the kernel binds an array";
            check_expr(s->assign.val, k);
            break;
        case IS_STORE:
            if (s->store.arr != k->st->sten.cur[k->w]) k->why = "the kernel writes a buffer other than the rotated one";
            check_expr(s->store.val, k);
            break;
        case IS_IF: check_expr(s->if_.cond, k); check_stmts(&s->if_.then, k); check_stmts(&s->if_.els, k); break;
        default: k->why = "the kernel holds loops, checks or jumps"; break;
        }
    }
}

/* The array bound to buffer v just before the stencil l[at], or NULL. */
static const Var *bound_array(const PtrList *l, int at, const Var *v)
{
    for (int i = at - 1; i >= 0; i--) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v)
            return s->assign.val->kind == IE_VAR ? s->assign.val->var : NULL;
    }
    return NULL;
}

/* Why the stencil l[at] cannot be tiled (NULL: it can); *w: its written buffer. */
static const char *illegal(const IrProgram *p, const PtrList *l, int at, int *w)
{
    const IStmt *st = l->items[at];
    if (p->mpi) return "--mpi exchanges a halo every round";
    if (!p->fuse) return "-O0";
    if (st->sten.rank > 2 && st->sten.mode == ST_WRAP)
        return "3-D under :oob_wraparound (a sweep's first planes read its last ones)";
    if (!st->sten.perm) return "no rotation (every round computes the same)";
    *w = -1;
    for (int q = 0; q < st->sten.nbuf; q++) {
        if (!st->sten.written[q]) continue;
        if (*w >= 0) return "more than one buffer is written";
        *w = q;
    }
    if (*w < 0) return "no buffer is written";
    int s = st->sten.perm[*w];
    if (s == *w || st->sten.perm[s] != *w) return "the rotation is not a swap of the written buffer and its source";
    for (int q = 0; q < st->sten.nbuf; q++)
        if (q != *w && q != s && st->sten.perm[q] != q) return "more than two buffers rotate";
    K k = { st, *w, NULL, 0 };
    check_stmts(&st->sten.body, &k);
    if (k.why) return k.why;
    /* The tiles and sweeps read each round's source while they write its
       destination, so no buffer may be the written one.  Buffers are whole
       arrays (a `var` holds one, never part of one), so distinct buffers
       share no memory; two may be one array only when a `var` or a
       parameter is bound to both, and then lower_pir_stencil.c's run-time
       check (stencil_checks_all_pairs: every pair of a rotation of one
       element type, whenever the footprint reaches a neighbour) fails the
       call before any round runs.  Without that check (a footprint of
       [0..0]) the buffers must be provably apart. */
    bool checked = stencil_checks_all_pairs(st);
    const Var *wa = bound_array(l, at, st->sten.cur[*w]);
    if (!wa && !checked) return "the written buffer's array is not known here";
    for (int q = 0; q < st->sten.nbuf && !checked; q++) {
        if (q == *w) continue;
        const Var *a = bound_array(l, at, st->sten.cur[q]);
        if (!a || may_alias(a, wa)) return "a buffer may share memory with the written one";
    }
    return NULL;
}

static int64_t halo(const IStmt *st, int d)
{
    int64_t lo = -st->sten.flo[d], hi = st->sten.fhi[d];
    return lo > hi ? lo : hi;
}

static void decide(IrProgram *p, PtrList *l, int at)
{
    IStmt *st = l->items[at];
    int w = -1;
    const char *why = illegal(p, l, at, &w);
    if (p->stencil_tile < 0) why = "--stencil-tile=off";
    if (why) { st->sten.tnote = arena_printf("not tiled: %s", why); return; }
    int s = st->sten.perm[w];
    /* bytes an element moves in an untiled round: the source read, the
       destination written (and read for ownership), the other buffers read */
    int64_t bytes = 0;
    for (int q = 0; q < st->sten.nbuf; q++)
        bytes += (int64_t)ty_kind_size(st->sten.cur[q]->elem) * (q == w ? 2 : 1);
    K k = { st, w, NULL, 0 };
    check_stmts(&st->sten.body, &k);
    double intensity = (double)k.ops / (double)bytes;
    int tk = p->stencil_tile > 0 ? p->stencil_tile : intensity <= 0.5 ? 9 : intensity <= 1.0 ? 5 : intensity <= 3.0 ? 3 : 0;
    if (!tk) {
        st->sten.tnote = arena_printf("not tiled: compute-bound (%.1f operations per byte moved; tiles pay off "
                                      "up to 3)", intensity);
        return;
    }
    int64_t es = ty_kind_size(st->sten.cur[s]->elem), win[4];
    const IExpr *n = st->sten.rounds;
    int r = st->sten.rank;
    bool forced = p->stencil_tile > 0;
    if (r == 1 && !forced) {
        /* 1-D: a window's halo is a few elements, so a tile runs up to
           TK_1D rounds (lower_pir_tblock.c's rounds loop), or as many as
           leave room in the window (T + 2 k M elements) for a tile of at
           least 8 k M (lower_tblock's least tile: the halo then adds at
           most an eighth to the work) */
        int64_t most = halo(st, 0) ? WINDOW_BYTES / es / (10 * halo(st, 0)) : TK_1D;  /* a footprint of [0..0]: no halo */
        int k1 = most >= TK_1D ? TK_1D : (int)(most - 1 + most % 2);
        if (k1 >= 3) tk = k1;
    }
    /* on one thread the rounds sweep the planes (rank 2: rows) in place
       (lower_pir_sweep.c): no halo to pay, so deeper than tiles (heat-3d:
       5 rounds 0.79 of untiled, 9 rounds 0.72; bench/tblock's 2-D heat, 9
       or 15 rounds: 0.40-0.44, its tiles 0.52-0.56) */
    int k3 = forced || tk > 5 ? tk : 2 * tk - 1;
    bool sweep = r >= 2 && st->sten.mode != ST_WRAP && !(n->kind == IE_CONST && n->c.i - 1 < k3)
                 && !(r == 2 && forced && p->tile[0] > 0);         /* tiles or strips of a given shape: as asked */
    if (sweep) {
        /* rank 3: sweeps on any number of threads (a part of the planes a
           thread, then the seams: lower_pir_sweep.c); rank 2: on one thread,
           else the tiles */
        st->sten.tlag = p->serial ? 2 : r >= 3 ? 3 : 1;
        st->sten.tlk = k3;
    }
    if (r >= 3) {
        /* a 3-D tile of cache size would be mostly halo: sweeps only */
        if (!sweep) {
            st->sten.tnote = arena_printf("not tiled: %lld rounds (a sweep advances %d)", (long long)n->c.i, k3);
            return;
        }
        st->sten.tk = k3;
        st->sten.tforced = forced;
        st->sten.tnote = arena_printf("temporal blocking: %d rounds per sweep over the planes, each round %lld plane%s "
                                      "behind the one before, in place, %s(%.1f operations per byte moved%s; while "
                                      "2 x (%d x %lld + 2) planes fit in 8 MiB); the rest of the rounds untiled%s",
                                      st->sten.tk, (long long)halo(st, 0), halo(st, 0) == 1 ? "" : "s",
                                      st->sten.tlag == 3 ? "a part of the planes a thread and then the seams between the "
                                                           "parts " : "", intensity,
                                      forced ? "; --stencil-tile" : "", st->sten.tk, (long long)halo(st, 0),
                                      forced ? "" : "; only when the grid is larger than 2 MiB");
        return;
    }
    int least = tk >= 5 ? 3 : tk;       /* from tk = 5 on, the last block may run fewer (odd) */
    if (n->kind == IE_CONST && n->c.i - 1 < least) {
        st->sten.tnote = arena_printf("not tiled: %lld rounds (a tile advances %d)", (long long)n->c.i, least);
        return;
    }
    if (r == 2 && forced && p->tile[0] > 0 && p->tile[1] == 0) {
        /* --stencil-tile=K,T0: strips of T0 rows, a wavefront through a ring
           of rows per round (measured on the 5-point heat update, 4096 x
           4096 f64: 0.67-0.70 of untiled against the tiles' 0.61-0.64, so
           the tiles are the default; bench/tblock/README.md) */
        st->sten.troll = true;
        st->sten.tsz[0] = p->tile[0];
        st->sten.tk = tk;
        st->sten.tforced = true;
        st->sten.tnote = arena_printf("temporal blocking: %d rounds per sweep, by strips of %lld rows, each a wavefront "
                                      "with a ring of %lld rows per round (%.1f operations per byte moved; "
                                      "--stencil-tile); the rest of the rounds untiled", tk, (long long)st->sten.tsz[0],
                                      (long long)(2 * halo(st, 0) + 1), intensity);
        return;
    }
    if (r == 1) win[0] = WINDOW_BYTES / es;
    else {
        win[1] = ROW_BYTES / es;
        win[0] = WINDOW_BYTES / (win[1] * es);
    }
    for (int d = 0; d < r; d++) {
        int64_t t = p->stencil_tile > 0 && p->tile[d] > 0 ? p->tile[d] : win[d] - 2 * tk * halo(st, d);
        if (t < 2 * tk * halo(st, d) && !(p->stencil_tile > 0 && p->tile[d] > 0)) {
            st->sten.tnote = arena_printf("not tiled: the footprint is too wide for a cache-sized tile (%d rounds "
                                          "need a halo of %lld elements in dimension %d)", tk,
                                          (long long)(tk * halo(st, d)), d);
            return;
        }
        st->sten.tsz[d] = t < 1 ? 1 : t;
    }
    st->sten.tk = tk;
    st->sten.tforced = p->stencil_tile > 0;
    st->sten.tdyn = r == 1 && !(forced && p->tile[0] > 0);
    if (st->sten.tdyn) {
        st->sten.tnote = arena_printf("temporal blocking: %d rounds per tile (fewer in the last block) of about n / threads "
                                      "elements, at least %lld and at most %lld (%.1f operations per byte moved%s); the "
                                      "rest of the rounds (at most 3) untiled", tk, (long long)(8 * tk * halo(st, 0)),
                                      (long long)st->sten.tsz[0], intensity, forced ? "; --stencil-tile" : "");
        return;
    }
    Buf b = {0};
    for (int d = 0; d < r; d++) buf_printf(&b, "%s%lld", d ? " x " : "", (long long)st->sten.tsz[d]);
    st->sten.tnote = arena_printf("temporal blocking: %d rounds per tile of %s elements (%.1f operations per byte "
                                  "moved%s); the rest of the rounds (at most 3) untiled%s%s",
                                  tk, b.s, intensity, p->stencil_tile > 0 ? "; --stencil-tile" : "",
                                  st->sten.tforced ? "" : "; only when the grid is larger than 2 MiB",
                                  st->sten.tlag ? arena_printf("; on one thread instead, %d rounds per sweep over the rows in "
                                                               "place, each round %lld row%s behind the one before (while "
                                                               "2 x (%d x %lld + 2) rows fit in 8 MiB)", st->sten.tlk,
                                                               (long long)halo(st, 0), halo(st, 0) == 1 ? "" : "s",
                                                               st->sten.tlk, (long long)halo(st, 0)) : "");
    buf_free(&b);
}

static void walk(IrProgram *p, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: walk(p, &s->if_.then); walk(p, &s->if_.els); break;
        case IS_LOOP: walk(p, &s->loop.body); break;
        case IS_WHILE: walk(p, &s->while_.pre); walk(p, &s->while_.body); break;
        case IS_STENCIL: decide(p, l, i); break;
        default: break;
        }
    }
}

bool tblock_option(IrProgram *p, const char *v)
{
    memset(p->tile, 0, sizeof p->tile);
    if (!strcmp(v, "auto")) { p->stencil_tile = 0; return true; }
    if (!strcmp(v, "off")) { p->stencil_tile = -1; return true; }
    char *end;
    long k = strtol(v, &end, 10);
    if (end == v || k < 1 || k > 99 || k % 2 == 0) return false;
    p->stencil_tile = (int)k;
    for (int d = 0; *end == ',' && d < 2; d++) {
        const char *t = end + 1;
        long long x = strtoll(t, &end, 10);
        if (end == t || x < 1 || x > 1000000) return false;
        p->tile[d] = x;
    }
    return !*end;
}

void pass_tblock(IrProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) walk(p, &((IrFunc *)p->funcs.items[i])->body);
}
