/* distribute_halo.c — arrc --mpi: a halo's messages in flight while the
 * rows that do not need them are computed.
 *
 * distribute.c gives each distributed array that a loop (a stencil's
 * round, or a loop reading rows i + c) reads at nearby rows an MPI_HALO
 * before the loop: point-to-point messages (MPI_Isend / MPI_Irecv) that
 * bring the `width` rows before and after this rank's block from the ranks
 * that hold them.  Here each halo gets its MPI_HALO_WAIT, and where legal
 * the first loop after the halos is split by rows so that its interior
 * runs between the two:
 *
 *     mpi halo x (posted)              mpi halo x (posted)
 *     parfor i in lo..hi      ==>      parfor i in ilo..ihi    (interior: every row read is this block's)
 *                                      mpi wait x
 *                                      parfor i in lo..min(hi, ilo)
 *                                      parfor i in max(lo, ihi)..hi
 *
 * with ilo = max(lo, off + W) and ihi = max(ilo, min(hi, off + n_local - W)),
 * W the widest halo.  The three ranges partition lo..hi (ilo <= ihi, and
 * the border ranges are clipped to it), so the same iterations run.
 *
 * Legality (overlap_candidate):
 *   - the loop is a parfor without reductions: its iterations are
 *     independent, so they may run in any order and in several loops;
 *   - every read of a distributed array in it is at row i (its own) or
 *     i + c with |c| <= that array's width, arrays of the loop's size
 *     variable: for i in ilo..ihi, i + c lies in off..off + n_local, this
 *     block, so the interior copy reads the block itself (x[i + c - off])
 *     and never the halo rows still in flight;
 *   - it writes only distributed arrays (at its own rows: distribute.c
 *     checked that), none of which may share memory with an array being
 *     exchanged: the rows being sent do not change while they are in
 *     flight.  (A loop writing a replicated array is not split: the rows
 *     it wrote are shared by an MPI_ASSEMBLE that names the loop's range.)
 * Otherwise the wait comes right after the posts, and --report says why.
 *
 * A rank that fails between a post and its wait (a trap in the interior)
 * completes its messages in its fail path first (codegen: the drain), so
 * the other ranks' waits still finish. */
#include "distribute_int.h"
#include "access.h"

typedef struct Cand {
    const Dist *d;
    const Var *idx;
    Var *size;
    const char *why;        /* NULL: legal so far */
} Cand;

/* every read of a distributed array: own row or i + c within its width */
static void check_read(IExpr **slot, void *ctx)
{
    Cand *c = ctx;
    const IExpr *e = *slot;
    if (c->why || e->kind != IE_LOAD || !is_dist(c->d, e->load.arr)) return;
    const Var *x = e->load.arr;
    const IExpr *r = e->load.idx[0];
    if (x->dims[0].var != c->size) { c->why = "it reads an array of another size variable"; return; }
    if (r->kind == IE_VAR && r->var == c->idx) return;
    if (c->d->gather[x->id]) return;        /* a gathered copy: whole, made before */
    if (r->kind == IE_BINOP && (r->op.op == OP_ADD || r->op.op == OP_SUB) && r->op.a->kind == IE_VAR &&
        r->op.a->var == c->idx && r->op.b->kind == IE_CONST && r->op.b->c.i <= c->d->width[x->id] &&
        -r->op.b->c.i <= c->d->width[x->id])
        return;
    c->why = "it reads a nearby row other than at i + c (a clamped or mirrored row), which may be in flight";
}

/* Why s cannot run its interior while the halos are in flight (NULL: it
 * can; *size: its size variable). */
static const char *overlap_candidate(const Dist *d, IStmt *s, const PtrList *halos, Var **size, PtrList *pairs)
{
    if (s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR || s->loop.whole) return "the first statement after it is not a parallel loop";
    if (s->loop.reds.len) return "the loop after it has reductions";
    if (!ir_clonable_stmts(&s->loop.body)) return "the loop after it holds statements other than scalar code";
    Cand c = { d, s->loop.idx[0], NULL, NULL };
    AccessSet a = {0};
    analyze_access(s, NULL, &a);
    for (int k = 0; k < a.len && !c.why; k++) {
        Var *v = a.items[k].v;
        if (!a.items[k].write || a.items[k].ptr || !v->rank) continue;
        if (!is_dist(d, v)) c.why = "the loop after it writes a replicated array";
        else if (!c.size) c.size = v->dims[0].var;
        else if (v->dims[0].var != c.size) c.why = "the loop after it writes arrays of two size variables";
        for (int h = 0; h < halos->len && !c.why; h++) {
            Var *x = ((IStmt *)halos->items[h])->mpi.arr;
            if (v == x) c.why = "the loop after it writes an array being exchanged";
            else if (may_alias(v, x)) { plist_push(pairs, v); plist_push(pairs, x); }
        }
    }
    VEC_FREE(a);
    if (!c.why && !c.size) c.why = "the loop after it writes no distributed array";
    if (c.why) return c.why;
    PtrList one = {0};
    plist_push(&one, s);
    ir_walk_stmts(&one, check_read, &c);
    *size = c.size;
    return c.why;
}

/* The interior copy reads its block: halo_read's
 * `r < off ? before[..] : r >= end ? after[..] : x[r - off]` becomes x[r - off].
 * is_side: a load of the rows before or after the block of one of halos. */
static bool is_side(const PtrList *halos, const IExpr *e)
{
    if (e->kind != IE_LOAD) return false;
    for (int h = 0; h < halos->len; h++) {
        const IStmt *x = halos->items[h];
        if (x->mpi.lo == e->load.arr || x->mpi.hi == e->load.arr) return true;
    }
    return false;
}

static void to_block(IExpr **slot, void *ctx)
{
    IExpr *e = *slot;
    if (e->kind == IE_SELECT && is_side(ctx, e->sel.a) && e->sel.b->kind == IE_SELECT && is_side(ctx, e->sel.b->sel.a))
        *slot = e->sel.b->sel.b;
}

static void no_side(IExpr **slot, void *ctx)
{
    if (is_side(ctx, *slot)) ice("--mpi: the interior copy of a loop reads a halo that is still in flight");
}

static IStmt *copy_loop(IrFunc *f, IStmt *s)
{
    PtrList one = {0}, out = {0};
    plist_push(&one, s);
    ir_clone_stmts(f, &one, &out, NULL, NULL, 0);
    IStmt *c = out.items[0];
    return c;
}

/* max(a, b) and min(a, b) of i64 (a and b used once; their copies in the branches) */
static IExpr *max_i64(IExpr *a, IExpr *b, Span s) { return dist_select(dist_i64(OP_GT, a, b, s), ir_clone_expr(a), ir_clone_expr(b), s); }
static IExpr *min_i64(IExpr *a, IExpr *b, Span s) { return dist_select(dist_i64(OP_LT, a, b, s), ir_clone_expr(a), ir_clone_expr(b), s); }

void dist_halo_plan(const Dist *d, PtrList *b, int from, int to, PtrList *halos, HaloPlan *hp)
{
    int at = from;
    while (at < to && ((IStmt *)b->items[at])->kind == IS_MPI) at++;
    hp->cand = NULL;
    hp->why = at < to ? overlap_candidate(d, b->items[at], halos, &hp->size, &hp->pairs) : "nothing follows it";
    if (!hp->why) hp->cand = b->items[at];
}

void dist_halo_waits(Dist *d, PtrList *b, int from, int *to, PtrList *halos, const HaloPlan *hp)
{
    IStmt *cand = hp->cand;
    int at = from, w = 0;
    if (cand) while (b->items[at] != cand) at++;
    else while (at < *to && ((IStmt *)b->items[at])->kind == IS_MPI) at++;
    for (int h = 0; h < halos->len; h++) {
        IStmt *x = halos->items[h];
        x->mpi.note = hp->why;
        x->mpi.loop = cand;
        if (x->mpi.width > w) w = (int)x->mpi.width;
    }
    PtrList ins = {0};
    Var *rlo = NULL, *rhi = NULL, *ilo = NULL, *ihi = NULL;
    if (cand) {
        Span s = cand->span;
        Var *idx = cand->loop.idx[0], *n = hp->size, *off = d->off[n->id];
        rlo = ir_var(d->f, arena_printf("%s_rows_lo", idx->name), T_I64, 0, V_TEMP, s);
        rhi = ir_var(d->f, arena_printf("%s_rows_hi", idx->name), T_I64, 0, V_TEMP, s);
        ilo = ir_var(d->f, arena_printf("%s_inner_lo", idx->name), T_I64, 0, V_TEMP, s);
        ihi = ir_var(d->f, arena_printf("%s_inner_hi", idx->name), T_I64, 0, V_TEMP, s);
        plist_push(&ins, ir_assign(rlo, cand->loop.lo[0], s));
        plist_push(&ins, ir_assign(rhi, cand->loop.hi[0], s));
        IExpr *first = dist_i64(OP_ADD, ir_varref(off, s), ir_const_i(T_I64, w, s), s);
        IExpr *last = dist_i64(OP_SUB, dist_i64(OP_ADD, ir_varref(off, s), ir_varref(n, s), s), ir_const_i(T_I64, w, s), s);
        IExpr *vlo = max_i64(ir_varref(rlo, s), first, s);
        IExpr *vhi = max_i64(ir_varref(ilo, s), min_i64(ir_varref(rhi, s), last, s), s);
        if (hp->pairs.len) {
            /* buffers the loop writes that may be ones being sent (rebindable
               arrays): when one is, the interior is empty and every row runs
               after the wait */
            Var *apart = ir_var(d->f, "halo_apart", T_BOOL, 0, V_TEMP, s);
            IExpr *all = NULL;
            for (int k = 0; k + 1 < hp->pairs.len; k += 2) {
                IExpr *same = ir_expr(IE_CALL, T_BOOL, s);
                same->call.fn = BI_SAMEBUF;
                same->call.a = ir_varref(hp->pairs.items[k], s);
                same->call.b = ir_varref(hp->pairs.items[k + 1], s);
                IExpr *not = ir_expr(IE_UNOP, T_BOOL, s);
                not->op.op = OP_NOT;
                not->op.opk = T_BOOL;
                not->op.a = same;
                all = all ? ir_binop(OP_AND, T_BOOL, T_BOOL, all, not, s) : not;
            }
            plist_push(&ins, ir_assign(apart, all, s));
            vlo = dist_select(ir_varref(apart, s), vlo, ir_varref(rlo, s), s);
            vhi = dist_select(ir_varref(apart, s), vhi, ir_varref(ilo, s), s);
        }
        plist_push(&ins, ir_assign(ilo, vlo, s));
        plist_push(&ins, ir_assign(ihi, vhi, s));
        IStmt *in = copy_loop(d->f, cand);
        in->loop.lo[0] = ir_varref(ilo, s);
        in->loop.hi[0] = ir_varref(ihi, s);
        ir_walk_stmts(&in->loop.body, to_block, halos);
        ir_walk_stmts(&in->loop.body, no_side, halos);
        plist_push(&ins, in);
    }
    for (int h = 0; h < halos->len; h++) {
        IStmt *x = halos->items[h], *wt = ir_stmt(IS_MPI, x->span);
        wt->mpi = x->mpi;
        wt->mpi.op = MPI_HALO_WAIT;
        plist_push(&ins, wt);
    }
    if (cand) {
        /* the border rows: rlo..min(rhi, ilo) and max(rlo, ihi)..rhi */
        Span s = cand->span;
        cand->loop.lo[0] = ir_varref(rlo, s);
        cand->loop.hi[0] = min_i64(ir_varref(rhi, s), ir_varref(ilo, s), s);
        plist_push(&ins, copy_loop(d->f, cand));
        cand->loop.lo[0] = max_i64(ir_varref(rlo, s), ir_varref(ihi, s), s);
        cand->loop.hi[0] = ir_varref(rhi, s);
    }
    for (int k = 0; k < ins.len; k++) plist_insert(b, at + k, ins.items[k]);
    *to += ins.len;
}
