/* lower_pir_stencil.c — a stencil node (IS_STENCIL) to its rounds loop.
 *
 * The kernel's footprint [flo, fhi] decides the interior: the elements
 * whose every read stays inside the buffers, [-flo, n - fhi) per dimension,
 * one parfor with plain loads at the element plus the offsets. Every other
 * element is on the border, covered (for modes other than :oob_skip) by a
 * slab below and above the interior in each dimension d (earlier
 * dimensions interior, later ones whole, so the slabs do not overlap), in
 * which a read that leaves the buffers is mapped by the mode. Each region
 * runs its own copy of the kernel (ir_clone_stmts). After the round's
 * loops, the last value and the rotation. */
#include "passes.h"

/* a op b on i64 operands (OP_AND: on bools) */
static IExpr *bin(Op op, TyKind ty, IExpr *a, IExpr *b, Span s)
{
    return ir_binop(op, ty, op == OP_AND ? T_BOOL : T_I64, a, b, s);
}

static IExpr *not(IExpr *a, Span s)
{
    IExpr *e = ir_expr(IE_UNOP, T_BOOL, s);
    e->op.op = OP_NOT;
    e->op.opk = T_BOOL;
    e->op.a = a;
    return e;
}


static void assign(PtrList *out, Var *v, IExpr *e, Span s) { plist_push(out, ir_assign(v, e, s)); }

/* e in a new i64 temporary NAME (constants as they are) */
static IExpr *temp(IrFunc *f, PtrList *out, const char *name, IExpr *e, Span s)
{
    if (e->kind == IE_CONST) return e;
    Var *v = ir_var(f, name, T_I64, 0, V_TEMP, s);
    assign(out, v, e, s);
    return ir_varref(v, s);
}

/* A stencil's read of buffer b at the element idx plus off, in a region
 * with the given mode (-1: the interior, no mapping): each index that may
 * leave the buffer mapped by the mode (:oob_src_zero: the read is 0 when
 * any does, without loading). Also lower-dir's for kernels it expands. */
IExpr *stencil_read(Var *b, Var *const *idx, const int64_t *off, int mode, Span s)
{
    return stencil_read_at(b, idx, off, mode, false, s);
}

/* every: the element itself may be outside the buffer too (a tile's halo
 * under :oob_wraparound), so offset 0 is mapped as well */
IExpr *stencil_read_at(Var *b, Var *const *idx, const int64_t *off, int mode, bool every, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, b->elem, s);
    ld->load.arr = b;
    ld->load.n = b->rank;
    IExpr *inb = NULL;
    for (int d = 0; d < b->rank; d++) {
        int64_t o = off[d];
        IExpr *i = ir_varref(idx[d], s);
        if (o == 0 && !every) { ld->load.idx[d] = i; continue; }
        IExpr *x = o > 0 ? bin(OP_ADD, T_I64, i, ir_const_i(T_I64, o, s), s)
                         : bin(OP_SUB, T_I64, i, ir_const_i(T_I64, -o, s), s);
        x->nowrap = true;       /* a loop index plus a small constant */
        IExpr *n = ir_ext(b->dims[d], s);
        IExpr *lt0 = bin(OP_LT, T_BOOL, ir_clone_expr(x), ir_const_i(T_I64, 0, s), s);
        IExpr *gen = bin(OP_GE, T_BOOL, ir_clone_expr(x), ir_clone_expr(n), s);
        IExpr *lo = NULL, *hi = NULL;           /* what x < 0 and x >= n become */
        switch (mode) {
        case ST_WRAP:
        case ST_MIRROR: {
            /* any offset, any extent: periodic or reflected (runtime helpers) */
            IExpr *c = ir_expr(IE_CALL, T_I64, s);
            c->call.fn = mode == ST_WRAP ? BI_WRAPIDX : BI_MIRRORIDX;
            c->call.a = ir_clone_expr(x);
            c->call.b = ir_clone_expr(n);
            lo = c;
            hi = ir_clone_expr(c);
            break;
        }
        case ST_CLAMP:
            lo = ir_const_i(T_I64, 0, s);
            hi = bin(OP_SUB, T_I64, ir_clone_expr(n), ir_const_i(T_I64, 1, s), s);
            break;
        case ST_SRC_ZERO: {
            IExpr *ok = bin(OP_AND, T_BOOL, not(lt0, s), not(gen, s), s);
            inb = inb ? bin(OP_AND, T_BOOL, inb, ok, s) : ok;
            break;
        }
        default: break;     /* the interior: always in bounds */
        }
        if (lo) x = ir_select(T_I64, lt0, lo, ir_select(T_I64, gen, hi, ir_clone_expr(x), s), s);
        ld->load.idx[d] = x;
    }
    /* an out-of-bounds read yields 0 (the load is not evaluated) */
    return inb ? ir_select(b->elem, inb, ld, conv_to(ir_const_i(T_I64, 0, s), b->elem), s) : ld;
}

typedef struct Region { Var *const *idx; int mode; } Region;

static void map_read(IExpr **slot, void *ctx)
{
    const Region *r = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_SLOAD) *slot = stencil_read(e->sload.arr, r->idx, e->sload.off, r->mode, e->span);
}

/* One parfor over the box [lo, hi) of the buffers: the kernel (mode -1:
 * the interior), or for the border of :oob_dst_zero, 0 stored to the
 * written buffers. */
static IStmt *region_loop(IrFunc *f, IStmt *st, IExpr **lo, IExpr **hi, int mode, bool zero)
{
    /* the interior takes the node's kernel and indices (made last) */
    return stencil_region(f, st, lo, hi, mode, zero, LOOP_PARFOR, mode < 0);
}

IStmt *stencil_region(IrFunc *f, IStmt *st, IExpr **lo, IExpr **hi, int mode, bool zero, LoopKind kind, bool own)
{
    Span s = st->span;
    int r = st->sten.rank;
    /* the scalars the sums moved in add (stencil-out): this copy's own */
    int nsums = zero || kind != LOOP_PARFOR ? 0 : st->sten.reds.len;
    Var **sums = arena_alloc(sizeof(Var *) * (size_t)(nsums + 1));
    for (int i = 0; i < nsums; i++) sums[i] = ((const Reduction *)st->sten.reds.items[i])->value->var;
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = kind;
    lp->loop.rank = r;
    for (int d = 0; d < r; d++) {
        lp->loop.idx[d] = own ? st->sten.idx[d] : ir_var(f, st->sten.idx[d]->name, T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = lo[d];
        lp->loop.hi[d] = hi[d];
    }
    if (zero) {
        for (int p = 0; p < st->sten.nbuf; p++) {
            if (!st->sten.written[p]) continue;
            Var *b = st->sten.cur[p];
            IStmt *z = ir_stmt(IS_STORE, s);
            z->store.arr = b;
            z->store.n = r;
            for (int d = 0; d < r; d++) z->store.idx[d] = ir_varref(lp->loop.idx[d], s);
            z->store.val = conv_to(ir_const_i(T_I64, 0, s), b->elem);
            plist_push(&lp->loop.body, z);
        }
    } else {
        if (own) lp->loop.body = st->sten.body;
        else ir_clone_stmts_follow(f, &st->sten.body, &lp->loop.body, st->sten.idx, lp->loop.idx, r, sums, nsums);
        Region rg = { lp->loop.idx, mode };
        ir_walk_stmts(&lp->loop.body, map_read, &rg);
    }
    int line, col;
    span_linecol(s, &line, &col);
    plist_push(&lp->loop.fused, arena_printf("%s@line %d", mode < 0 ? "stencil interior" : zero ? "border :oob_dst_zero"
                                             : arena_printf("border :%s", stencil_mode_name[mode]), line));
    for (int i = 0; i < st->sten.fused.len; i++) plist_push(&lp->loop.fused, st->sten.fused.items[i]);
    /* the sums moved in (stencil-out): every region adds its elements' values */
    for (int i = 0; i < nsums; i++) {
        Reduction *red = NEW(Reduction);
        *red = *(const Reduction *)st->sten.reds.items[i];
        red->value = ir_varref(sums[i], s);
        red->cont = true;
        plist_push(&lp->loop.reds, red);
    }
    return lp;
}

/* After a round: parameter j is bound to the buffer returned in position j. */
void stencil_rotate(IrFunc *f, PtrList *body, const IStmt *st)
{
    if (!st->sten.perm) return;
    Span s = st->span;
    int nb = st->sten.nbuf;
    Var **tmp = arena_alloc(sizeof(Var *) * (size_t)nb);
    for (int j = 0; j < nb; j++) {
        Var *c = st->sten.cur[j];
        tmp[j] = ir_var(f, arena_printf("%s_next", c->name), c->elem, c->rank, V_LOCAL, s);
        tmp[j]->is_mutable = true;
        for (int d = 0; d < c->rank; d++) tmp[j]->dims[d] = c->dims[d];
        assign(body, tmp[j], ir_varref(st->sten.cur[st->sten.perm[j]], s), s);
    }
    for (int j = 0; j < nb; j++) assign(body, st->sten.cur[j], ir_varref(tmp[j], s), s);
}

/* Two buffers of a stencil that are the same array while the kernel writes
 * one and reads the other's neighbours would make the rounds depend on the
 * order of the elements (and race between threads): a run-time error,
 * checked before the rounds for each pair that may be so (any pair when
 * the buffers rotate, else those with a written one). */
static bool stencil_rotates(const IStmt *st)
{
    for (int p = 0; p < st->sten.nbuf; p++)
        if (st->sten.perm && st->sten.perm[p] != p) return true;
    return false;
}

/* Does the stencil check before its rounds that its buffers are distinct
 * arrays?  (Any pair when they rotate, else those with a written one; only
 * when the footprint reaches a neighbour and a buffer is written.) */
static bool checks_distinct(const IStmt *st)
{
    bool nearby = false, written = false;
    for (int d = 0; d < st->sten.rank; d++) nearby |= st->sten.flo[d] != 0 || st->sten.fhi[d] != 0;
    for (int p = 0; p < st->sten.nbuf; p++) written |= st->sten.written[p];
    return nearby && written;
}

bool stencil_checks_all_pairs(const IStmt *st)
{
    return checks_distinct(st) && stencil_rotates(st);
}

static void distinct_buffers(PtrList *out, const IStmt *st)
{
    bool rotates = stencil_rotates(st);
    if (!checks_distinct(st)) return;
    Span s = st->span;
    for (int p = 0; p < st->sten.nbuf; p++)
        for (int q = p + 1; q < st->sten.nbuf; q++) {
            Var *a = st->sten.cur[p], *b = st->sten.cur[q];
            if ((!rotates && !st->sten.written[p] && !st->sten.written[q]) || a->elem != b->elem) continue;
            IExpr *same = ir_expr(IE_CALL, T_BOOL, s);
            same->call.fn = BI_SAMEBUF;
            same->call.a = ir_varref(a, s);
            same->call.b = ir_varref(b, s);
            IExpr *apart = ir_expr(IE_UNOP, T_BOOL, s);
            apart->op.op = OP_NOT;
            apart->op.opk = T_BOOL;
            apart->op.a = same;
            IStmt *c = ir_stmt(IS_CHECK, s);
            c->check.cond = apart;
            c->check.msg = arena_printf("%s: error: buffers %d and %d of runStencil are the same array, and the kernel writes "
                                        "one while it reads neighbours (the result would depend on the order of the "
                                        "elements): pass distinct arrays, e.g. copy(...)", diag_where(s), p + 1, q + 1);
            plist_push(out, c);
        }
}

void lower_stencil_node(IrFunc *f, PtrList *out, IStmt *st)
{
    if (st->sten.prod) { lower_chain(f, out, st); return; }
    Span s = st->span;
    distinct_buffers(out, st);
    for (int i = 0; i < st->sten.reds.len; i++) {      /* the sums start at 0 (the regions only add) */
        const Reduction *r = st->sten.reds.items[i];
        assign(out, r->acc, conv_to(ir_const_i(T_I64, 0, s), r->acc->elem), s);
    }
    int r = st->sten.rank, mode = st->sten.mode;
    const Var *b0 = st->sten.cur[0];
    /* the interior [ilo, ihi) needs no boundary handling */
    IExpr *ilo[4], *ihi[4], *full[4];
    for (int d = 0; d < r; d++) {
        int64_t flo = st->sten.flo[d], fhi = st->sten.fhi[d];
        ilo[d] = ir_const_i(T_I64, flo < 0 ? -flo : 0, s);
        IExpr *n = ir_ext(b0->dims[d], s);
        full[d] = n;
        ihi[d] = fhi > 0 ? temp(f, out, arena_printf("%s_end", st->sten.idx[d]->name), bin(OP_SUB, T_I64, ir_clone_expr(n), ir_const_i(T_I64, fhi, s), s), s)
                         : ir_clone_expr(n);
    }
    IStmt *rounds = ir_stmt(IS_LOOP, s);
    rounds->loop.kind = LOOP_ROUNDS;
    rounds->loop.rank = 1;
    rounds->loop.idx[0] = ir_var(f, "iter", T_I64, 0, V_INDEX, s);
    rounds->loop.lo[0] = ir_const_i(T_I64, 0, s);
    /* temporal blocking (pass tblock): the first rounds by tiles, the rest here */
    rounds->loop.hi[0] = st->sten.tk > 0 ? lower_tblock(f, out, st) : ir_clone_expr(st->sten.rounds);
    if (st->sten.tnote) {
        const char *left = st->sten.tk <= 0 ? st->sten.tnote
                         : st->sten.tlag == 3 ? "the rounds the sweeps leave (at least the last)"
                         : st->sten.tlag ? "the rounds the sweeps leave (at least the last; all on more threads)"
                                         : "the rounds the tiles leave (at least the last)";
        plist_push(&rounds->loop.fused, (void *)left);
    }
    PtrList *body = &rounds->loop.body;
    plist_push(body, NULL);     /* the interior, made after the border's copies of the kernel */
    if (mode != ST_SKIP) {
        for (int d = 0; d < r; d++) {
            for (int side = 0; side < 2; side++) {
                if ((side == 0 && st->sten.flo[d] == 0) || (side == 1 && st->sten.fhi[d] == 0)) continue;
                IExpr *blo[4], *bhi[4];
                for (int q = 0; q < r; q++) {
                    if (q < d) { blo[q] = ir_clone_expr(ilo[q]); bhi[q] = ir_clone_expr(ihi[q]); }
                    else if (q > d) { blo[q] = ir_const_i(T_I64, 0, s); bhi[q] = ir_clone_expr(full[q]); }
                }
                if (side == 0) {
                    /* [0, min(ilo, n)) */
                    blo[d] = ir_const_i(T_I64, 0, s);
                    bhi[d] = temp(f, body, arena_printf("%s_lo_end", st->sten.idx[d]->name), ir_select(T_I64, bin(OP_LT, T_BOOL, ir_clone_expr(ilo[d]), ir_clone_expr(full[d]), s),
                                               ir_clone_expr(ilo[d]), ir_clone_expr(full[d]), s), s);
                } else {
                    /* [max(ihi, ilo), n) */
                    blo[d] = temp(f, body, arena_printf("%s_hi_start", st->sten.idx[d]->name), ir_select(T_I64, bin(OP_GT, T_BOOL, ir_clone_expr(ihi[d]), ir_clone_expr(ilo[d]), s),
                                               ir_clone_expr(ihi[d]), ir_clone_expr(ilo[d]), s), s);
                    bhi[d] = ir_clone_expr(full[d]);
                }
                plist_push(body, region_loop(f, st, blo, bhi, mode, mode == ST_DST_ZERO));
            }
        }
    }
    IExpr *ilo_c[4], *ihi_c[4];
    for (int d = 0; d < r; d++) { ilo_c[d] = ir_clone_expr(ilo[d]); ihi_c[d] = ir_clone_expr(ihi[d]); }
    body->items[0] = region_loop(f, st, ilo_c, ihi_c, -1, false);
    /* the value: the buffer bound to the first parameter in the last round */
    if (st->sten.last) assign(body, st->sten.last, ir_varref(st->sten.cur[0], s), s);
    stencil_rotate(f, body, st);
    plist_push(out, rounds);
}
