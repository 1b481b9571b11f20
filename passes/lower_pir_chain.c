/* lower_pir_chain.c — a stencil S2 with a producer S1 (pass stencil-chain)
 * as one parfor over strips of rows:
 *
 *     strip_rows = min(64, max(16, 256 KiB / (w * bytes of S1's results per element)))
 *                  (rank 1: up to 65536; rank 3: w is a row's elements, a plane)
 *     parfor strip in 0..ceil(h / strip_rows) {
 *       s = strip * strip_rows; e = min(s + strip_rows, h); base = s - M
 *       alloc X_p: (strip_rows + 2 M) x w per thread, one per result of S1
 *       S1's regions (interior, border slabs), rows [max(base, 0), min(e + M, h)):
 *           its kernel, storing result p at element (y, x) into X_p[y - base, x]
 *       S2's regions, rows [s, e): its kernel, a read of a buffer bound to
 *           result p at (y', x') (mapped by S2's mode) loading X_p[y' - base, x']
 *     }
 *
 * M is S2's reach in rows.  Why it computes what the two stencils compute
 * one after the other (legality conditions in stencil_chain.c): S2's rows
 * [s, e) read rows [s - M, e + M), mapped into the grid by S2's mode (not
 * wraparound), which lands within [max(s - M, 0), min(e + M, h)): rows
 * this strip computed with S1's kernel, S1's own mode and reads of S1's
 * operands (which S2 does not write), so each window element is S1's
 * result there; whole rows, so any column mapping stays inside.  Each
 * thread's windows are its own (no other strip writes them), and every
 * window row S2 reads was written in this strip first.  The regions of
 * each stencil split its rows [lo, hi) the way lower_pir_stencil.c splits
 * the grid (interior, then slabs in which reads are mapped), clipped to
 * the strip's rows. */
#include "passes.h"

typedef struct Ch {
    IrFunc *f;
    IStmt *st;              /* S2 */
    Span s;
    Var *base;              /* the window's first row (s - M, may be negative) */
    Var **X;                /* per S1 buffer: its window (NULL: not a result) */
} Ch;

static Var *let(Ch *c, PtrList *out, const char *name, IExpr *e)
{
    Var *v = ir_var(c->f, name, T_I64, 0, V_TEMP, c->s);
    plist_push(out, ir_assign(v, e, c->s));
    return v;
}

/* The regions of stencil x (its interior and the slabs of its border, as
 * lower_pir_stencil.c splits the grid: in the slabs of dimension d, the
 * dimensions before d interior and those after whole), dimension 0 clipped
 * to [rlo, rhi), as serial loops appended to body (also to made); the
 * interior's ends are computed in pre (before the parfor). */
static void regions(Ch *c, IStmt *x, PtrList *pre, PtrList *body, Var *rlo, Var *rhi, PtrList *made, const char *what)
{
    Span s = c->s;
    int mode = x->sten.mode, r = x->sten.rank;
    const Var *b0 = x->sten.cur[0];
    IExpr *ilo[4], *ihi[4], *n[4];
    for (int d = 0; d < r; d++) {
        int64_t flo = x->sten.flo[d], fhi = x->sten.fhi[d];
        n[d] = ir_ext(b0->dims[d], s);
        ilo[d] = ix_cst(flo < 0 ? -flo : 0, s);
        /* [ilo, ihi) with ihi >= ilo: an empty interior when the grid is narrow */
        ihi[d] = ir_varref(let(c, pre, arena_printf("%s_end", x->sten.idx[d]->name),
                               ix_max(ix_bin(OP_SUB, ix_cl(n[d]), ix_cst(fhi, s), s), ix_cl(ilo[d]), s)), s);
    }
    /* box [a, b) in dimension 0 clipped to the strip: [max(a, rlo), min(b, rhi)) */
    Var *iv[2];
    iv[0] = let(c, body, arena_printf("%s_from", x->sten.idx[0]->name), ix_max(ix_cl(ilo[0]), ir_varref(rlo, s), s));
    iv[1] = let(c, body, arena_printf("%s_to", x->sten.idx[0]->name), ix_min(ix_cl(ihi[0]), ir_varref(rhi, s), s));
    IExpr *lo[4], *hi[4];
    if (mode != ST_SKIP) {
        for (int d = 0; d < r; d++)
            for (int side = 0; side < 2; side++) {
                if ((side == 0 && x->sten.flo[d] == 0) || (side == 1 && x->sten.fhi[d] == 0)) continue;
                for (int q = 0; q < r; q++) {
                    if (q < d) { lo[q] = q ? ix_cl(ilo[q]) : ir_varref(iv[0], s); hi[q] = q ? ix_cl(ihi[q]) : ir_varref(iv[1], s); }
                    else if (q > d) { lo[q] = ix_cst(0, s); hi[q] = ix_cl(n[q]); }
                }
                lo[d] = side ? ix_cl(ihi[d]) : ix_cst(0, s);
                hi[d] = side ? ix_cl(n[d]) : ix_min(ix_cl(ilo[d]), ix_cl(n[d]), s);
                if (d == 0) {
                    Var *a = let(c, body, arena_printf("%s_from", x->sten.idx[0]->name), ix_max(lo[0], ir_varref(rlo, s), s));
                    Var *b = let(c, body, arena_printf("%s_to", x->sten.idx[0]->name), ix_min(hi[0], ir_varref(rhi, s), s));
                    lo[0] = ir_varref(a, s);
                    hi[0] = ir_varref(b, s);
                }
                plist_push(made, stencil_region(c->f, x, lo, hi, mode, mode == ST_DST_ZERO, LOOP_SERIAL, false));
            }
    }
    for (int d = 0; d < r; d++) {
        lo[d] = d ? ix_cl(ilo[d]) : ir_varref(iv[0], s);
        hi[d] = d ? ix_cl(ihi[d]) : ir_varref(iv[1], s);
    }
    plist_push(made, stencil_region(c->f, x, lo, hi, -1, false, LOOP_SERIAL, false));
    for (int i = 0; i < made->len; i++) {
        IStmt *lp = made->items[i];
        lp->loop.fused = (PtrList){0};          /* the strip loop lists what it runs */
        plist_push(&lp->loop.fused, arena_printf("note:%s, %s", what,
                                                 i + 1 == made->len ? "the interior" : "a border slab"));
        plist_push(body, lp);
    }
}

/* S1's stores of result p go to X_p at the row minus the window's base */
static void to_window_stores(Ch *c, PtrList *l)
{
    const IStmt *s1 = c->st->sten.prod;
    for (int i = 0; i < l->len; i++) {
        IStmt *z = l->items[i];
        if (z->kind == IS_LOOP) { to_window_stores(c, &z->loop.body); continue; }
        if (z->kind != IS_STORE) continue;
        for (int p = 0; p < s1->sten.nbuf; p++)
            if (c->X[p] && z->store.arr == s1->sten.cur[p]) {
                z->store.arr = c->X[p];
                z->store.idx[0] = ix_bin(OP_SUB, z->store.idx[0], ir_varref(c->base, c->s), c->s);
            }
    }
}

/* S2's loads of a buffer bound to result p read X_p the same way */
static void to_window_loads(IExpr **slot, void *ctx)
{
    Ch *c = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_LOAD) return;
    for (int q = 0; q < c->st->sten.nbuf; q++) {
        int p = c->st->sten.from[q];
        if (p >= 0 && e->load.arr == c->st->sten.cur[q]) {
            e->load.arr = c->X[p];
            e->load.idx[0] = ix_bin(OP_SUB, e->load.idx[0], ir_varref(c->base, c->s), c->s);
            return;
        }
    }
}

void lower_chain(IrFunc *f, PtrList *out, IStmt *st)
{
    IStmt *s1 = st->sten.prod;
    Span s = st->span;
    Ch c = { .f = f, .st = st, .s = s };
    const Var *b0 = st->sten.cur[0];
    IExpr *h = ir_ext(b0->dims[0], s), *w = ix_cst(1, s);       /* w: elements per row */
    for (int d = 1; d < b0->rank; d++) w = ix_bin(OP_MUL, w, ir_ext(b0->dims[d], s), s);
    int64_t M = -st->sten.flo[0] > st->sten.fhi[0] ? -st->sten.flo[0] : st->sten.fhi[0];
    int64_t bytes = 0;
    for (int p = 0; p < s1->sten.nbuf; p++)
        if (s1->sten.written[p]) bytes += ty_kind_size(s1->sten.cur[p]->elem);
    /* strips whose windows fill about 256 KiB (a core's share of L2): 16 to
       64 rows (rank 1: up to 64 Ki elements) */
    int64_t most = b0->rank == 1 ? 65536 : 64;
    Var *rowb = let(&c, out, "row_bytes", ix_bin(OP_MUL, w, ix_cst(bytes, s), s));
    IExpr *fit = ir_select(T_I64, ix_bin(OP_GT, ir_varref(rowb, s), ix_cst(0, s), s),
                           ix_bin(OP_DIV, ix_cst(256 * 1024, s), ir_varref(rowb, s), s), ix_cst(most, s), s);
    Var *fv = let(&c, out, "strip_fit", fit);
    Var *T = let(&c, out, "strip_rows", ix_min(ix_max(ir_varref(fv, s), ix_cst(16, s), s), ix_cst(most, s), s));
    Var *rows = let(&c, out, "window_rows", ix_bin(OP_ADD, ir_varref(T, s), ix_cst(2 * M, s), s));
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = 1;
    lp->loop.even = true;
    Var *strip = lp->loop.idx[0] = ir_var(f, "strip", T_I64, 0, V_INDEX, s);
    lp->loop.lo[0] = ix_cst(0, s);
    Var *nst = let(&c, out, "strips", ix_bin(OP_DIV, ix_bin(OP_ADD, ix_cl(h), ix_bin(OP_SUB, ir_varref(T, s), ix_cst(1, s), s), s),
                                              ir_varref(T, s), s));
    lp->loop.hi[0] = ir_varref(nst, s);
    PtrList *body = &lp->loop.body;
    Var *first = let(&c, body, "strip_first", ix_bin(OP_MUL, ir_varref(strip, s), ir_varref(T, s), s));
    Var *end = let(&c, body, "strip_end", ix_min(ix_bin(OP_ADD, ir_varref(first, s), ir_varref(T, s), s), ix_cl(h), s));
    c.base = let(&c, body, "window_base", ix_bin(OP_SUB, ir_varref(first, s), ix_cst(M, s), s));
    Var *wlo = let(&c, body, "window_lo", ix_max(ir_varref(c.base, s), ix_cst(0, s), s));
    Var *whi = let(&c, body, "window_hi", ix_min(ix_bin(OP_ADD, ir_varref(end, s), ix_cst(M, s), s), ix_cl(h), s));
    c.X = arena_alloc(sizeof(Var *) * (size_t)s1->sten.nbuf);
    for (int p = 0; p < s1->sten.nbuf; p++) {
        c.X[p] = NULL;
        if (!s1->sten.written[p]) continue;
        Var *b = s1->sten.cur[p];
        Var *X = ir_var(f, arena_printf("%s_window", b->name), b->elem, b0->rank, V_TEMP, s);
        X->dims[0] = (Ext){ rows, 0 };
        for (int d = 1; d < b0->rank; d++) X->dims[d] = b0->dims[d];
        X->written = true;
        X->per_thread = true;       /* a strip writes its rows before it reads them */
        c.X[p] = X;
        IStmt *a = ir_stmt(IS_ALLOC, s);
        a->alloc = X;
        plist_push(body, a);
    }
    PtrList made = {0};
    int l1, l2, col;
    span_linecol(s1->span, &l1, &col);
    span_linecol(s, &l2, &col);
    regions(&c, s1, out, body, wlo, whi, &made,
            arena_printf("the stencil at line %d on the strip's rows and %lld above and below, into the windows", l1, (long long)M));
    for (int i = 0; i < made.len; i++) {
        IStmt *r = made.items[i];
        to_window_stores(&c, &r->loop.body);
    }
    made = (PtrList){0};
    regions(&c, st, out, body, first, end, &made, arena_printf("the stencil at line %d on the strip's rows, reading the windows", l2));
    for (int i = 0; i < made.len; i++) {
        IStmt *r = made.items[i];
        ir_walk_stmts(&r->loop.body, to_window_loads, &c);
    }
    plist_push(&lp->loop.fused, arena_printf("stencil@line %d", l1));
    plist_push(&lp->loop.fused, arena_printf("stencil@line %d", l2));
    for (int i = 0; i < st->sten.fused.len; i++) plist_push(&lp->loop.fused, st->sten.fused.items[i]);
    plist_push(&lp->loop.fused, "note:strips of rows; the first stencil's rows in windows per thread");
    /* one round of a rounds region: a parallel region around the worksharing
       loop, so each thread allocates its windows once, not per strip */
    IStmt *region = ir_stmt(IS_LOOP, s);
    region->loop.kind = LOOP_ROUNDS;
    region->loop.rank = 1;
    region->loop.idx[0] = ir_var(f, "iter", T_I64, 0, V_INDEX, s);
    region->loop.lo[0] = ix_cst(0, s);
    region->loop.hi[0] = ix_cst(1, s);
    plist_push(&region->loop.fused, "one round: the parallel region of the strips (each thread allocates its windows once)");
    plist_push(&region->loop.body, lp);
    plist_push(out, region);
    if (st->sten.last) plist_push(out, ir_assign(st->sten.last, ir_varref(st->sten.cur[0], s), s));
}
