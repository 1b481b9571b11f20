/* stencil_chain.c — two stencils in a row: the first, read only by the
 * second, runs inside it by strips of rows (issue 14's stencil pipelines).
 *
 * Before/after: DIR.  In a statement list,
 *     g = A
 *     stencil S1 (i, j) over (g written, a) rounds 1 :m1 { g[i, j] = e }
 *     p = A                                 (bindings and fills only)
 *     stencil S2 (i, j) over (o written, p) rounds 1 :m2 { o[i, j] = ... p@(1, 0) ... }
 * becomes
 *     g = A
 *     p = A
 *     stencil S2 ... by strips after S1 then { ... }
 * which lower-pir makes one parfor over strips of rows: each strip computes
 * S1's rows the strip's S2 rows read (the strip plus S2's reach M above and
 * below, clipped to the grid) into scratch windows private to the thread,
 * then S2's rows reading those windows (lower_pir_chain.c).  A is never
 * built, and S1's results go from S1 to S2 through the cache instead of
 * memory (the Harris detector's gradients feeding its window sums); the
 * price is S1 computed twice on 2 M rows per strip.
 *
 * Legality.  Both stencils are one round, no rotation (any rank: strips
 * along dimension 0, "rows" its slices).  S1 runs its
 * kernel at every element (wraparound, mirror, clamp, src_zero) and each of
 * its written buffers is stored once at the kernel's top level and never
 * read by it, so a result's element is the kernel's value at that element,
 * whichever strip computes it: two strips computing the same row compute
 * the same values, each into its own window.  Every read of S2 at a row
 * of the strip plus an offset within [-M, M] lands, after S2's mode maps
 * it, on a row inside the window: mirror and clamp map a row outside the
 * grid to one within M of the edge the strip then touches, src_zero reads
 * 0 without loading, skip and dst_zero never read outside; not wraparound,
 * which maps row -1 to the last row, outside the first strip's window.
 * Columns are whole rows, so any column mapping stays in the window.  S1's
 * results are temporaries or locals read by nothing but S2's read-only
 * buffers (bound between the two), of S2's shape; only bindings and fills
 * run between the stencils (moving S1 down past them changes nothing: they
 * store nothing and S1 reads none of what they bind); S2 writes no array
 * that S1 reads or that aliases one.  Not under --mpi (the distribution
 * splits rows), not at -O0. */
#include "passes.h"
#include "access.h"

/* Is s a binding or a fill (no loads, no stores)? */
static bool binding_or_fill(const IStmt *s)
{
    if (s->kind != IS_ASSIGN || s->assign.dst->rank == 0) return false;
    const IExpr *v = s->assign.val;
    return v->kind == IE_VAR || (v->kind == IE_FILL && (!v->fill || v->fill->kind == IE_CONST));
}

static bool one_round_plain(const IStmt *st)
{
    return !st->sten.perm && !st->sten.prod && st->sten.rounds && st->sten.rounds->kind == IE_CONST
           && st->sten.rounds->c.i == 1;
}

/* The array bound to stencil buffer b before l[at], or NULL. */
static Var *bound(const PtrList *l, int at, const Var *b)
{
    int i = dir_binding_of(l, at, b);
    return i < 0 ? NULL : ((IStmt *)l->items[i])->assign.val->var;
}

/* Tries to run the stencil before l[at] inside it; true when it did. */
static bool chain(IrFunc *f, PtrList *l, int at, int *uses, int nuses)
{
    (void)f;
    IStmt *s2 = l->items[at];
    int m2 = s2->sten.mode;
    if (!one_round_plain(s2) || m2 == ST_WRAP || s2->sten.reds.len) return false;     /* sums: parfors' only */
    int at1 = at - 1;
    while (at1 >= 0 && binding_or_fill(l->items[at1])) at1--;
    if (at1 < 0 || ((IStmt *)l->items[at1])->kind != IS_STENCIL) return false;
    IStmt *s1 = l->items[at1];
    int m1 = s1->sten.mode;
    if (!one_round_plain(s1) || s1->sten.tk > 0 || (m1 != ST_WRAP && m1 != ST_MIRROR && m1 != ST_CLAMP && m1 != ST_SRC_ZERO))
        return false;
    if (s1->sten.last && s1->sten.last->id <= nuses && uses[s1->sten.last->id]) return false;
    if (!shape_equal(s1->sten.cur[0], s2->sten.cur[0])) return false;
    /* S1's results: plain, temporaries or locals, read by nothing but S2's read-only buffers */
    int n1 = s1->sten.nbuf, n2 = s2->sten.nbuf;
    Var **res = arena_alloc(sizeof(Var *) * (size_t)n1);
    int *from = arena_alloc(sizeof(int) * (size_t)n2);
    for (int q = 0; q < n2; q++) from[q] = -1;
    int linked = 0;
    for (int p = 0; p < n1; p++) {
        res[p] = NULL;
        if (!s1->sten.written[p]) continue;
        Var *a = bound(l, at1, s1->sten.cur[p]);
        if (!a || (a->kind != V_TEMP && a->kind != V_LOCAL) || !stencil_result_plain(s1, s1->sten.cur[p])) return false;
        res[p] = a;
        int reads = 0;
        for (int q = 0; q < n2; q++) {
            if (bound(l, at, s2->sten.cur[q]) != a) continue;
            if (s2->sten.written[q] || dir_binding_of(l, at, s2->sten.cur[q]) < at1) return false;
            from[q] = p;
            reads++;
        }
        if (a->id > nuses || uses[a->id] != 1 + reads) return false;    /* S1's binding and S2's */
        /* and nothing else names it: its class is a and the buffers bound to it, which only the kernels use */
        if (dir_class_size(a) != 2 + reads || (s1->sten.cur[p]->id <= nuses && uses[s1->sten.cur[p]->id])) return false;
        for (int q = 0; q < n2; q++)
            if (from[q] == p && s2->sten.cur[q]->id <= nuses && uses[s2->sten.cur[q]->id]) return false;
        linked += reads;
    }
    if (!linked || (s2->sten.last && from[0] >= 0)) return false;     /* S2's value would name a result never built */
    /* S2 writes nothing S1 reads (nor anything sharing memory with it) */
    for (int q = 0; q < n2; q++) {
        if (!s2->sten.written[q]) continue;
        Var *w = bound(l, at, s2->sten.cur[q]);
        if (!w) return false;
        for (int p = 0; p < n1; p++) {
            Var *a = bound(l, at1, s1->sten.cur[p]);
            if (!a || dir_aliased(a, w)) return false;
        }
    }
    /* the statements between bind nothing S1 reads */
    for (int i = at1 + 1; i < at; i++) {
        const Var *d = ((IStmt *)l->items[i])->assign.dst;
        for (int p = 0; p < n1; p++)
            if (d == s1->sten.cur[p] || d == bound(l, at1, s1->sten.cur[p])) return false;
    }
    s2->sten.prod = s1;
    s2->sten.from = from;
    plist_remove(l, at1);
    /* S1's results are never built: their fills and the bindings of the
       buffers to them go (nothing else names them; dce keeps copied arrays) */
    for (int i = l->len - 1; i >= 0; i--) {
        const IStmt *x = l->items[i];
        if (x->kind != IS_ASSIGN || x->assign.dst->rank == 0) continue;
        for (int p = 0; p < n1; p++) {
            if (!res[p]) continue;
            const IExpr *v = x->assign.val;
            if ((x->assign.dst == res[p] && v->kind == IE_FILL) || (v->kind == IE_VAR && v->var == res[p])) {
                plist_remove(l, i);
                break;
            }
        }
    }
    return true;
}

void pass_stencil_chain(IrProgram *p)
{
    if (p->fuse && !p->mpi) dir_each_stencil(p, chain);
}
