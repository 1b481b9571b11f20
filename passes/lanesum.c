/* lanesum.c — a sum of sums keeps its partial sums in vector lanes.
 *
 * Before: PIR, a parfor O nested in a parallel loop (codegen runs it as a
 * serial loop) with a float sum T, and in its body an inner parfor I whose
 * sum t is T's only term:
 *
 *     parfor (r in ...) reduce(sum: T) {
 *         ...
 *         parfor (k in lo..hi) reduce(sum: t) { ...; t <sum= v }
 *         e: f64 = t
 *         T <sum= e
 *     }
 *
 * After: I's sum has no accumulator of its own: it adds v into lane
 * k mod W of W lanes that belong to T (`t -> lanes of T`), the copies of t
 * are gone, and T (`T of W lanes`) is the pairwise sum of its lanes after
 * O.  Codegen runs I by whole vectors of W iterations with one `omp simd`
 * loop over the lanes, so the vector of partial sums stays a vector from
 * one inner loop to the next; before, every inner loop ended with a
 * horizontal sum of its vector (gcc adds the lanes one at a time through
 * memory): with 9 to 18 short runs per atom, MD link cells spent about a
 * fifth of the force loop there (bench/md, 32,000 atoms: the force loop
 * 1.22x the hand C with an add per lane after each run, 0.99x with the lanes
 * kept).
 *
 * Legality: T = sum over O's iterations of (sum over I's iterations of v)
 * is one sum of all the v, and a sum's order is free (docs/language.md,
 * "sum": its terms may be added in any order, as `omp simd` and the
 * threads' partials already do), so any partition of the v among lanes
 * and any order of adding the lanes gives an allowed result.  Checked:
 *   - T and t are sums (RED_SUM) of the same float kind (not complex;
 *     integer sums are exact in any order and gain nothing from lanes),
 *     neither continues a running value (cont) or is combined over ranks;
 *   - T's term is t itself, through copies only (e = t, e2 = e, ...),
 *     each assigned once, at the top level of O's body, after I, and read
 *     nowhere else in the function: dropping them changes nothing else;
 *   - every sum of I feeds a sum of O this way (I becomes a lane loop as a
 *     whole), and a sum of O is fed by one inner loop;
 *   - I is a rank-1 parfor that codegen vectorises (cg_simd_ok: scalar
 *     assignments and stores only, no traps), at the top level of O's body;
 *   - O is nested in another parfor (codegen's serial loop inside a
 *     parallel one: the lanes are the thread's own, declared in the
 *     iteration), or O is a parallel loop whose reductions are all OpenMP
 *     clauses (cg_omp_reductions): the lanes are then an array-section
 *     reduction, `reduction(+:arr_lanes_T[:W])`, each thread adding into
 *     its own copy and OpenMP adding the copies lane by lane (still one sum
 *     of all the terms).  Not inside a compaction or a stencil's rounds
 *     (bodies that codegen emits twice or as worksharing loops): the walk
 *     does not enter them.
 * W = 64 bytes over the smallest accumulator (8 for f64, 16 for f32): one
 * AVX-512 vector, two AVX2 vectors.
 *
 * Only where it pays.  gcc keeps the lanes in memory, so each vector of
 * iterations adds into them through a store and a load, where an `omp
 * simd` reduction keeps its accumulator in a register: the lanes save the
 * horizontal sums at the end of a run and cost a little on every vector.
 * So (1) only an inner body of LANES_MIN_WORK units or more (the overhead
 * guard's estimate; MD's pair term is about 60) gets lanes, and (2)
 * codegen runs a run longer than 8 vectors as an ordinary `omp simd`
 * reduction whose sums go to lane 0 (cg_reduce.c, LANE_RUN_MAX).
 * Measured at one thread, the sums over 9 runs per element of 4000
 * elements, lanes against none: runs of 8, 5-20 % faster for every body;
 * runs of 40, 25 % slower for a load or a product (cost 3-5), equal for a
 * cubic (8), 2-6 % faster for a division or a degree-7 polynomial (14-17);
 * runs of 64, up to 5 % slower (hence the long-run split at 64); runs of
 * 200 and 1000 equal with the split (without it up to 15 % slower).  The
 * sum of 100 row sums of 1000 f64 (cost 3) took 22 us with lanes against
 * 11 without.  Not with --mpi (distribute, which runs
 * before, has not seen lanes; reductions there are combined over ranks) or
 * -O0. */
#include "passes.h"
#include "cg.h"
#include <stdlib.h>

enum { LANES_MIN_WORK = 16 };     /* see the comment above */

typedef struct L {
    IrFunc *f;
    int *uses, *defs;
} L;

static void count_defs(const PtrList *l, int *defs)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: defs[s->assign.dst->id]++; break;
        case IS_IF: count_defs(&s->if_.then, defs); count_defs(&s->if_.els, defs); break;
        case IS_WHILE: count_defs(&s->while_.pre, defs); count_defs(&s->while_.body, defs); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) defs[s->loop.idx[d]->id]++;
            for (int k = 0; k < s->loop.reds.len; k++) defs[((Reduction *)s->loop.reds.items[k])->acc->id]++;
            count_defs(&s->loop.body, defs);
            break;
        default: break;
        }
    }
}

/* The index in O's body of the top-level statement assigning v, or -1 */
static int def_at(const IStmt *o, const Var *v)
{
    for (int k = 0; k < o->loop.body.len; k++) {
        const IStmt *s = o->loop.body.items[k];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return k;
    }
    return -1;
}

/* The inner loop (a top-level statement of O's body, at *at) and its
 * reduction whose accumulator reaches T's term e through copies; the
 * copies' indices in O's body are pushed on *copies.  NULL: none. */
static Reduction *feeder(const L *c, const IStmt *o, const IExpr *e, IStmt **inner, int *at, PtrList *copies)
{
    for (int depth = 0; depth < 16; depth++) {
        if (e->kind != IE_VAR || e->var->rank || c->uses[e->var->id] != 1 || c->defs[e->var->id] != 1) return NULL;
        const Var *v = e->var;
        int k = def_at(o, v);
        if (k >= 0) {               /* a copy: follow it */
            plist_push(copies, (void *)(intptr_t)k);
            e = ((const IStmt *)o->loop.body.items[k])->assign.val;
            continue;
        }
        for (int q = 0; q < o->loop.body.len; q++) {
            IStmt *s = o->loop.body.items[q];
            if (s->kind != IS_LOOP) continue;
            for (int j = 0; j < s->loop.reds.len; j++) {
                Reduction *r = s->loop.reds.items[j];
                if (r->acc != v) continue;
                for (int x = 0; x < copies->len; x++)
                    if ((intptr_t)copies->items[x] < q) return NULL;     /* a copy before the loop */
                *inner = s;
                *at = q;
                return r;
            }
        }
        return NULL;
    }
    return NULL;
}

static bool sum_of_floats(const Reduction *r)
{
    return r->op == RED_SUM && !r->acc->rank && ty_is_float_kind(r->acc->elem) && !ty_is_complex_kind(r->acc->elem)
           && !r->cont && !r->mpi_combined && !r->lanes && !r->lanes_w;
}

/* Makes the first inner loop of O that qualifies a lane loop; returns
 * whether it did (O's body changed: the caller looks again). */
static bool try_loop(L *c, IStmt *o)
{
    int nr = o->loop.reds.len;
    if (!nr) return false;
    IStmt **inner = xcalloc((size_t)nr, sizeof(IStmt *));
    Reduction **fed = xcalloc((size_t)nr, sizeof(Reduction *));
    PtrList *copies = xcalloc((size_t)nr, sizeof(PtrList));
    for (int k = 0; k < nr; k++) {
        Reduction *t = o->loop.reds.items[k];
        if (!sum_of_floats(t) || !t->value) continue;
        int at;
        IStmt *lp = NULL;
        Reduction *r = feeder(c, o, t->value, &lp, &at, &copies[k]);
        if (!r || !sum_of_floats(r) || r->acc->elem != t->acc->elem) continue;
        if (lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || !cg_simd_ok(lp)) continue;
        if (cg_iteration_work(lp) < LANES_MIN_WORK) continue;
        inner[k] = lp;
        fed[k] = r;
    }
    /* an inner loop qualifies when every one of its sums feeds a sum of O */
    bool done = false;
    for (int k = 0; k < nr && !done; k++) {
        IStmt *lp = inner[k];
        if (!lp) continue;
        int fedk = 0, minsize = 8;
        for (int q = 0; q < nr; q++)
            if (inner[q] == lp) {
                fedk++;
                int z = ty_kind_size(fed[q]->acc->elem);
                if (z < minsize) minsize = z;
            }
        if (fedk != lp->loop.reds.len) continue;
        int w = 64 / minsize;
        PtrList drop = {0};
        for (int q = 0; q < nr; q++) {
            if (inner[q] != lp) continue;
            Reduction *t = o->loop.reds.items[q];
            fed[q]->lanes = t;
            t->lanes_w = w;
            t->value = NULL;
            for (int x = 0; x < copies[q].len; x++) plist_push(&drop, copies[q].items[x]);
        }
        /* the copies go, the highest index first */
        for (int a = 0; a < drop.len; a++)
            for (int b = a + 1; b < drop.len; b++)
                if ((intptr_t)drop.items[b] > (intptr_t)drop.items[a]) {
                    void *tmp = drop.items[a]; drop.items[a] = drop.items[b]; drop.items[b] = tmp;
                }
        for (int a = 0; a < drop.len; a++) plist_remove(&o->loop.body, (int)(intptr_t)drop.items[a]);
        plist_push(&lp->loop.fused, arena_printf("note:its sums add into %d lanes of the loop around it, "
                                                 "summed once after that loop", w));
        done = true;
    }
    free(copies);
    free(fed);
    free(inner);
    return done;
}

static void walk(L *c, PtrList *l, int depth)
{
    for (int k = 0; k < l->len; k++) {
        IStmt *s = l->items[k];
        switch (s->kind) {
        case IS_IF: walk(c, &s->if_.then, depth); walk(c, &s->if_.els, depth); break;
        case IS_WHILE: walk(c, &s->while_.pre, depth); walk(c, &s->while_.body, depth); break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_COMPACT || s->loop.kind == LOOP_ROUNDS) break;
            walk(c, &s->loop.body, depth + (s->loop.kind == LOOP_PARFOR));
            /* a parallel loop itself: when all of its reductions are OpenMP
               clauses (the lanes are one, an array section) */
            if (s->loop.kind == LOOP_PARFOR && (depth > 0 || cg_omp_reductions(s))) {
                /* one inner loop per call (the copies' indices move): until none is left */
                while (try_loop(c, s)) {}
            }
            break;
        default: break;
        }
    }
}

void pass_lanesum(IrProgram *p)
{
    if (!p->fuse || p->mpi) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        L c = { .f = f, .uses = dir_count_uses(f), .defs = xcalloc((size_t)f->vars.len + 1, sizeof(int)) };
        count_defs(&f->body, c.defs);
        walk(&c, &f->body, 0);
        free(c.uses);
        free(c.defs);
    }
}
