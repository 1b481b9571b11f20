/* report.c — the parallelisation report (--report): for each exported
 * function, in plain words, which operations were fused into which loop,
 * which loops run in parallel and which stay serial and why, which
 * allocations were removed, and which run-time checks remain.
 *
 * analyze_dir_arrays runs on the Domain IR (how many arrays the operations
 * would allocate unfused); analyze_report on the final Parallel IR. */
#include "passes.h"
#include "cg.h"
#include "access.h"
#include <string.h>

static void count_dir(const PtrList *l, int *n)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.val->kind >= IE_MAP && s->assign.val->kind != IE_REDUCE && s->assign.dst->kind != V_VIEW
                && s->assign.dst->kind != V_RESULT)
                *n += s->assign.val->kind == IE_GEN ? s->assign.val->gen.nout : 1;
            if (s->assign.val->kind == IE_GEN) count_dir(&s->assign.val->gen.body, n);
            if (s->assign.val->kind == IE_MAP) count_dir(&s->assign.val->map.body, n);
            break;
        case IS_IF: count_dir(&s->if_.then, n); count_dir(&s->if_.els, n); break;
        case IS_LOOP: count_dir(&s->loop.body, n); break;
        case IS_WHILE: count_dir(&s->while_.pre, n); count_dir(&s->while_.body, n); break;
        default: break;
        }
    }
}

void analyze_dir_arrays(IrProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        f->dir_arrays = 0;
        count_dir(&f->body, &f->dir_arrays);
    }
}

static int line_of(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return line;
}

static void fused_list(Buf *b, const IStmt *lp)
{
    const char *cur = NULL;
    for (int i = 0; i < lp->loop.fused.len; i++) {
        const char *item = lp->loop.fused.items[i];
        const char *at = strstr(item, "@");
        if (!at) continue;      /* notes (in place, result slot): below */
        const char *where = at ? at + 1 : "";
        int wlen = at ? (int)(at - item) : (int)strlen(item);
        if (!cur || strcmp(cur, where) != 0) {
            buf_printf(b, "%s%s:", cur ? "; " : "", where);
            cur = where;
        }
        buf_printf(b, " %.*s", wlen, item);
    }
    for (int i = 0; i < lp->loop.fused.len; i++) {
        const char *item = lp->loop.fused.items[i];
        if (!strncmp(item, "in-place:", 9)) buf_printf(b, "; updates %s in place (its old value is dead)", item + 9);
        else if (!strncmp(item, "result-slot:", 12)) buf_printf(b, "; %s was built in the caller's result buffer", item + 12);
        else if (!strncmp(item, "inlined:", 8)) buf_printf(b, "; %s is computed where it is read (no array)", item + 8);
        else if (fused_note(item)) buf_printf(b, "; %s", fused_note(item));
    }
}

static const char *lp_item(const IStmt *lp, int i) { return lp->loop.fused.items[i]; }

typedef struct R { Buf *b; int loops, allocs, checks; const IrProgram *p; const IStmt *rounds; bool one; } R;

static void report_list(R *r, const PtrList *l, int depth, bool in_par);

/* The iterations of a parfor whose bounds are constants, or -1. */
static int64_t const_trip(const IStmt *lp)
{
    int64_t t = 1;
    for (int d = 0; d < lp->loop.rank; d++) {
        const IExpr *lo = lp->loop.lo[d], *hi = lp->loop.hi[d];
        if (lo->kind != IE_CONST || hi->kind != IE_CONST) return -1;
        t *= hi->c.i > lo->c.i ? hi->c.i - lo->c.i : 0;
    }
    return t;
}

static void report_loop(R *r, const IStmt *s, int depth, bool in_par)
{
    Buf *b = r->b;
    buf_indent(b, depth);
    if (s->loop.kind == LOOP_PARFOR && !in_par) {
        r->loops++;
        buf_printf(b, "loop %d (line %d): ", r->loops, line_of(s->span));
        int64_t need = cg_guard_iterations(r->p, s), trip = const_trip(s);
        if (r->p->serial) buf_puts(b, "serial (--serial); ");
        else if (r->one) buf_puts(b, "on the calling thread (its sweep runs when one thread runs the rounds); ");
        else if (need && trip >= 0 && trip < need)
            buf_printf(b, "serial: too small (%lld iterations; threads pay off from %lld); ", (long long)trip, (long long)need);
        else if (r->rounds && cg_round_iterations(r->p, r->rounds, s))     /* a round of runStencil: decided once for all rounds */
            buf_printf(b, "parallel when a round has about %lld iterations or more and all rounds together pay for "
                          "the threads (less: every round on the calling thread); ", (long long)cg_round_iterations(r->p, r->rounds, s));
        else if (need) buf_printf(b, "parallel from %lld iterations (less runs on the calling thread); ", (long long)need);
        else if (s->loop.work && !r->p->no_guard && r->rounds)    /* tblock's tiles: decided once for all blocks */
            buf_printf(b, "parallel when a block's work (the grid's elements x its rounds x an element's operations) and "
                          "all blocks' together pay for the threads (less: every block on the calling thread); ");
        else if (cg_guard_symbolic(r->p, s))
            buf_printf(b, "parallel when its work, inner loops counted at their lengths, reaches %d (less runs on the "
                          "calling thread); ", cg_par_min_work());
        else if (s->loop.work && !r->p->no_guard)       /* rowfuse's chunks of rows */
            buf_printf(b, "parallel when its work (its elements x an element's operations) reaches %d (less runs on the "
                          "calling thread); ", cg_par_min_work());
        else buf_puts(b, "parallel; ");
        if (!r->p->serial && !r->rounds && cg_dynamic_schedule(s))
            buf_puts(b, "work varies by iteration, handed out in chunks of 1/256 of them (schedule(dynamic)); ");
        int n = s->loop.fused.len;
        int ops = 0;
        for (int i = 0; i < n; i++) ops += strstr(lp_item(s, i), "@") != NULL;
        if (ops) {
            buf_printf(b, "%d operation%s: ", ops, ops == 1 ? "" : "s");
            fused_list(b, s);
        } else {                        /* notes only (rows by chunks, ...) */
            Buf f = {0};
            fused_list(&f, s);
            if (f.s) buf_puts(b, f.s + (strncmp(f.s, "; ", 2) ? 0 : 2));
            buf_free(&f);
        }
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *rd = s->loop.reds.items[i];
            buf_printf(b, "%s%s reduction into %s", i ? ", " : "; ", redop_name[rd->op], rd->idx ? rd->idx->name : rd->acc->name);
        }
        if (r->p->vector_math == VM_SLEEF && vecmath_not_why(s))
            buf_printf(b, "; its math calls stay scalar under --vector-math=sleef: %s", vecmath_not_why(s));
        buf_putc(b, '\n');
        report_list(r, &s->loop.body, depth + 1, true);
        return;
    }
    if (s->loop.kind == LOOP_PARFOR) {
        buf_printf(b, "inner loop (line %d): %s inside the parallel loop around it", line_of(s->span),
                   cg_simd_ok(s) ? "vectorised (omp simd)" : "serial");
        Buf f = {0};
        fused_list(&f, s);
        if (f.s) buf_printf(b, "%s%s", f.s[0] == ';' ? "" : "; ", f.s);
        buf_free(&f);
        buf_putc(b, '\n');
    } else if (s->loop.kind == LOOP_COMPACT) {
        buf_printf(b, "stream compaction (line %d) into %s: %s; ", line_of(s->span), s->loop.cdst->name,
                   in_par || r->p->serial ? "count and write, serial inside the parallel loop around it"
                                          : "parallel count, allocation, parallel write");
        fused_list(b, s);
        buf_putc(b, '\n');
        r->allocs++;        /* its result */
    } else if (s->loop.kind == LOOP_ROUNDS) {
        buf_printf(b, "stencil rounds (line %d): decided once for all rounds: on the calling thread, or one parallel region (a worksharing loop per round, each thread rotating its own buffer pointers)",
                   line_of(s->span));
        for (int i = 0; i < s->loop.fused.len; i++) buf_printf(b, "; %s", (const char *)s->loop.fused.items[i]);
        buf_putc(b, '\n');
    } else {
        const char *first = s->loop.fused.len ? s->loop.fused.items[0] : "";
        bool data = !strcmp(first, "data-dependent indices");
        buf_printf(b, "serial loop (line %d): %s\n", line_of(s->span),
                   s->loop.one_thread ? first
                   : data ? "histogram/scatter: data-dependent indices, run in order"
                        : !strncmp(first, "note:", 5) ? first + 5      /* a loop a pass made says what it is */
                        : "a 'for' in the source runs in order (iterations may depend on each other)");
    }
    const IStmt *outer = r->rounds;
    bool one = r->one;
    if (s->loop.kind == LOOP_ROUNDS) r->rounds = s;
    r->one = r->one || s->loop.one_thread;
    report_list(r, &s->loop.body, depth + 1, in_par || s->loop.kind == LOOP_PARFOR);
    r->rounds = outer;
    r->one = one;
}

static bool is_range_store(const IStmt *s)
{
    for (int i = 0; i < s->loop.fused.len; i++)
        if (!strncmp(s->loop.fused.items[i], "range store@", 12)) return true;
    return false;
}

/* A range store whose value went through a temporary (l[at] copies it in):
 * why, when the loop that computes it reads the stored array (at other
 * elements: otherwise fusion would have merged the two). */
static void range_store_note(R *r, const PtrList *l, int at, int depth)
{
    const IStmt *s = l->items[at];
    if (s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR || !is_range_store(s)) return;
    const Var *dst = NULL, *tmp = NULL;
    for (int i = 0; i < s->loop.body.len; i++) {
        const IStmt *t = s->loop.body.items[i];
        if (t->kind == IS_STORE) dst = t->store.arr;
        if (t->kind == IS_ASSIGN && t->assign.val->kind == IE_LOAD) tmp = t->assign.val->load.arr;
    }
    if (!dst || !tmp || tmp == dst || tmp->kind != V_TEMP) return;
    for (int k = at - 1; k >= 0; k--) {
        const IStmt *p = l->items[k];
        if (p->kind != IS_LOOP || p->loop.kind != LOOP_PARFOR) continue;
        AccessSet a = {0};
        analyze_access(p, NULL, &a);
        bool makes = access_writes(&a, tmp), reads = access_reads(&a, dst);
        VEC_FREE(a);
        if (!makes) continue;
        if (reads) {
            buf_indent(r->b, depth);
            buf_printf(r->b, "range store (line %d): its value reads '%s' at other elements than it stores (in parallel, "
                       "an element could be read after it was overwritten), so the value is computed into the "
                       "temporary '%s' first\n", line_of(s->span), dst->name, tmp->name);
        }
        return;
    }
}

static void report_list(R *r, const PtrList *l, int depth, bool in_par)
{
    Buf *b = r->b;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_LOOP: report_loop(r, s, depth, in_par); if (!in_par) range_store_note(r, l, i, depth); break;
        case IS_ALLOC: if (!s->alloc->on_stack) r->allocs++; break;
        case IS_CHECK:
            r->checks++;
            buf_indent(b, depth);
            buf_printf(b, "run-time check (line %d): %s\n", line_of(s->span), strstr(s->check.msg, "error: ") + 7);
            break;
        case IS_SCAN:
            buf_indent(b, depth);
            buf_printf(b, "scan (line %d): two passes in parallel\n", line_of(s->span));
            break;
        case IS_SORT:
            buf_indent(b, depth);
            if (ty_is_float_kind(s->op->sort.keys->elem))
                buf_printf(b, "argsort (line %d): stable merge sort, parallel above 65536 elements\n", line_of(s->span));
            else
                buf_printf(b, "argsort (line %d): a counting sort when the keys' range (max - min) is at most n + 4096, "
                           "else a stable merge sort, parallel above 65536 elements\n", line_of(s->span));
            break;
        case IS_VMATH:
            buf_indent(b, depth);
            buf_printf(b, "vector math (line %d): %s of the block, SLEEF's vector function (--vector-math=sleef)\n",
                       line_of(s->span), builtins[s->vm.fn].name);
            break;
        case IS_MATMUL:
            buf_indent(b, depth);
            buf_printf(b, "matmul (line %d): tiled kernel on packed blocks, parallel over row blocks\n", line_of(s->span));
            break;
        case IS_MPI:    /* --mpi: each collective, and why (passes/distribute.c) */
            if (s->mpi.op == MPI_HALO_WAIT) break;      /* said with its MPI_HALO */
            buf_indent(b, depth);
            if (s->mpi.op == MPI_EXTENT)
                buf_printf(b, "mpi (line %d): MPI_Allgather of %s: every rank's block, the global extent %s and this "
                           "rank's first row (arrays with it in dimension 0 are split by rows)\n", line_of(s->span),
                           s->mpi.local->name, s->mpi.global->name);
            else if (s->mpi.op == MPI_SCAN)
                buf_printf(b, "mpi (line %d): the cumulative sum %s adds the totals of the blocks before this rank's "
                           "(MPI_Allgather of the block totals)\n", line_of(s->span), s->mpi.arr->name);
            else if (s->mpi.op == MPI_ASSEMBLE)
                buf_printf(b, "mpi (line %d): the rows of %s every rank wrote, on every rank (MPI_Allgatherv): %s is "
                           "replicated, and the loop at line %d wrote each rank's rows only\n", line_of(s->span),
                           s->mpi.arr->name, s->mpi.arr->name, line_of(s->mpi.loop->span));
            else if (s->mpi.op == MPI_GATHER && s->mpi.loop)
                buf_printf(b, "mpi (line %d): every rank's rows of %s, on every rank (MPI_Allgatherv): every rank runs "
                           "all of the compaction at line %d (how many elements it keeps depends on the data)\n",
                           line_of(s->span), s->mpi.arr->name, line_of(s->mpi.loop->span));
            else if (s->mpi.op == MPI_GATHER)
                buf_printf(b, "mpi (line %d): every rank's rows of %s, on every rank (MPI_Allgatherv): it is read at "
                           "rows that may be any rank's\n", line_of(s->span), s->mpi.arr->name);
            else if (s->mpi.op == MPI_HALO && s->mpi.loop)
                buf_printf(b, "mpi (line %d): halo of %s, %lld row%s each side%s: the loop reads rows of the neighbouring "
                           "ranks' blocks (MPI_Isend and MPI_Irecv with the ranks that hold them); the loop at line %d "
                           "computes its interior rows while the messages are in flight\n", line_of(s->span),
                           s->mpi.arr->name, (long long)s->mpi.width, s->mpi.width == 1 ? "" : "s",
                           s->mpi.wrap ? " (wrapped around the global edges)" : "", line_of(s->mpi.loop->span));
            else if (s->mpi.op == MPI_HALO)
                buf_printf(b, "mpi (line %d): halo of %s, %lld row%s each side%s: the loop reads rows of the neighbouring "
                           "ranks' blocks (MPI_Isend and MPI_Irecv with the ranks that hold them), waited for at once: "
                           "%s\n", line_of(s->span), s->mpi.arr->name, (long long)s->mpi.width,
                           s->mpi.width == 1 ? "" : "s", s->mpi.wrap ? " (wrapped around the global edges)" : "", s->mpi.note);
            else {
                buf_printf(b, "mpi (line %d): the ranks' partial results of", line_of(s->span));
                for (int k = 0; k < s->mpi.loop->loop.reds.len; k++) {
                    const Reduction *rd = s->mpi.loop->loop.reds.items[k];
                    buf_printf(b, "%s %s (%s)", k ? "," : "", rd->acc->name, redop_name[rd->op]);
                }
                buf_puts(b, " in one MPI_Allgather, combined in rank order: the loop ran over this rank's rows only\n");
            }
            break;
        case IS_IF:
            if (s->if_.pp) {        /* pass vecmath's version for other compilers: the loop gcc compiles, then a note */
                report_list(r, &s->if_.els, depth, in_par);
                buf_indent(b, depth + 1);
                buf_puts(b, "with compilers that do not call libmvec themselves (clang; #if ARR_VM_CALLS): by blocks of "
                            "256 elements that call libmvec's vector functions by name\n");
                break;
            }
            report_list(r, &s->if_.then, depth, in_par);
            report_list(r, &s->if_.els, depth, in_par);
            break;
        case IS_WHILE: report_list(r, &s->while_.pre, depth, in_par); report_list(r, &s->while_.body, depth, in_par); break;
        default: break;
        }
    }
}

void analyze_report(const IrProgram *p, Buf *b)
{
    for (int i = 0; i < p->funcs.len; i++) {
        const IrFunc *f = p->funcs.items[i];
        R r = { b, 0, 0, 0, p, NULL, false };
        buf_printf(b, "%s%s (line %d)\n", i ? "\n" : "", f->name, line_of(f->decl->name_span));
        Buf body = {0};
        r.b = &body;
        report_list(&r, &f->body, 1, false);
        buf_puts(b, body.s ? body.s : "");
        buf_free(&body);
        int removed = f->dir_arrays - r.allocs;
        buf_printf(b, "    arrays: %d allocated, %d of the %d the operations would allocate unfused removed%s\n",
                   r.allocs, removed > 0 ? removed : 0, f->dir_arrays,
                   p->fuse ? "" : " (-O0: no fusion)");
        buf_printf(b, "    run-time checks remaining: %d\n", r.checks);
    }
}
