/* cg_mpi.c — arrc --mpi: the C of the IS_MPI statements (collectives that
 * the distribute pass placed: extents, reductions' partials, halos,
 * gathered copies, cumulative sums), each after a sync so that the ranks
 * fail together (runtime/arr_mpi.inc). */
#include "cg_int.h"

/* The communicator parameter: comm, unless the function has a name comm. */
const char *comm_name(const IrFunc *f)
{
    for (int i = 0; i < f->vars.len; i++)
        if (!strcmp(((Var *)f->vars.items[i])->name, "comm")) return "arr_comm";
    return "comm";
}

/* acc op= part, as the reduction's own loop combines (integers wrap) */
static const char *combine_expr(const Reduction *r, const char *a, const char *p)
{
    TyKind k = r->acc->elem;
    const char *t = ctype(k);
    bool i = ty_is_int_kind(k);
    switch (r->op) {
    case RED_SUM: case RED_COUNT:
        return i ? arena_printf("(%s)((uint64_t)%s + (uint64_t)%s)", t, a, p) : arena_printf("%s + %s", a, p);
    case RED_PROD:
        if (ty_is_complex_kind(k)) return arena_printf("arr_cmul_%s(%s, %s)", sfx(k), a, p);
        return i ? arena_printf("(%s)((uint64_t)%s * (uint64_t)%s)", t, a, p) : arena_printf("%s * %s", a, p);
    case RED_MIN: case RED_MAX: return arena_printf("arr_%s_%s(%s, %s)", r->op == RED_MIN ? "min" : "max", sfx(k), a, p);
    case RED_ANY: return arena_printf("%s || %s", a, p);
    case RED_ALL: return arena_printf("%s && %s", a, p);
    default: ice("reduction %s under --mpi", redop_name[r->op]);
    }
}

/* Every collective is preceded by a sync: a rank that failed meets it from
 * its fail path, and then all fail together (runtime/arr_mpi.inc). */
void mpi_stmt(CG *g, const IStmt *s)
{
    const char *comm = comm_name(g->f);
    g->used_fail = true;
    if (s->mpi.op == MPI_EXTENT) {
        /* the blocks of every rank (the halos' messages follow them), from the pool */
        const char *rows = arena_printf("arr_rows_%s", cname(s->mpi.local));
        VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the table of the ranks' blocks", diag_where(s->span)));
        line(g, "%s = (int64_t *)arr_alloc(&arr_pool_, arr_nranks, sizeof(int64_t));", rows);
        line(g, "if (!%s) arr_fail(arr_sites[%d]);", rows, g->sites.len - 1);
        line(g, "if (arr_mpi_sync(%s, %s == NULL)) { arr_mpi_failed = %s == NULL; goto arr_mpi_fail; }", comm, rows, rows);
        line(g, "arr_mpi_extent(%s, %s, %s, &%s, &%s);", comm, cname(s->mpi.local), rows, cname(s->mpi.global),
             cname(s->mpi.off));
        return;
    }
    if (s->mpi.op == MPI_HALO_WAIT) {
        const char *lo = cname(s->mpi.lo);
        line(g, "arr_mpi_halo_wait(arr_req_%s, &arr_nreq_%s);", lo, lo);
        return;
    }
    if (s->mpi.op == MPI_SCAN) {
        const Var *x = s->mpi.arr;
        const char *t = ctype(x->elem), *nl = cname(s->mpi.local), *xs = cname(x);
        bool i = ty_is_int_kind(x->elem);
        line(g, "{   /* the cumulative sum over the ranks: the totals of the blocks before this one, added */");
        g->ind++;
        line(g, "%s arr_tot = %s > 0 ? %s[%s - 1] : 0, arr_before = 0;", t, nl, xs, nl);
        line(g, "%s *arr_parts = (%s *)malloc((size_t)arr_nranks * sizeof(%s));", t, t, t);
        VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the block totals of a cumulative sum under --mpi",
                                        diag_where(s->span)));
        line(g, "if (!arr_parts) arr_fail(arr_sites[%d]);", g->sites.len - 1);
        line(g, "if (arr_mpi_sync(%s, arr_parts == NULL)) { arr_mpi_failed = arr_parts == NULL; free(arr_parts); goto arr_mpi_fail; }", comm);
        line(g, "arr_mpi_allgather(&arr_tot, (int)sizeof arr_tot, arr_parts, %s);", comm);
        line(g, "for (int arr_r = 0; arr_r < arr_rank; arr_r++) arr_before = %s;",
             i ? arena_printf("(%s)((uint64_t)arr_before + (uint64_t)arr_parts[arr_r])", t) : "arr_before + arr_parts[arr_r]");
        line(g, "ARR_OMP(omp parallel for simd if(%s >= 65536))", nl);
        line(g, "for (int64_t arr_k = 0; arr_k < %s; arr_k++) %s[arr_k] = %s;", nl, xs,
             i ? arena_printf("(%s)((uint64_t)%s[arr_k] + (uint64_t)arr_before)", t, xs) : arena_printf("%s[arr_k] + arr_before", xs));
        line(g, "free(arr_parts);");
        g->ind--;
        line(g, "}");
        return;
    }
    if (s->mpi.op == MPI_GATHER || s->mpi.op == MPI_HALO || s->mpi.op == MPI_ASSEMBLE) {
        /* a collective of whole rows of x that fails on every rank together;
           MPI_ASSEMBLE: the rows [lo, hi) of a replicated array that the loop
           over distributed rows wrote here, to every rank, and theirs here */
        const Var *x = s->mpi.arr;
        Buf row = {0};
        buf_printf(&row, "sizeof(%s)", ctype(x->elem));
        for (int d = 1; d < x->rank; d++) { buf_puts(&row, " * (size_t)"); ext(&row, x->dims[d]); }
        bool gather = s->mpi.op == MPI_GATHER, assemble = s->mpi.op == MPI_ASSEMBLE;
        VEC_PUSH(g->sites, gather ? arena_printf("%s: error: cannot gather '%s' from the other ranks (too large, or no "
                                                 "memory)", diag_where(s->span), x->name)
                           : assemble ? arena_printf("%s: error: cannot share the rows of '%s' the ranks computed (too "
                                                     "large, or no memory)", diag_where(s->span), x->name)
                                  : arena_printf("%s: error: cannot allocate the rows exchanged with the other ranks",
                                                 diag_where(s->span)));
        if (s->mpi.op == MPI_HALO) {
            const char *rq = arena_printf("arr_req_%s", cname(s->mpi.lo));
            line(g, "if (!%s) %s = (MPI_Request *)calloc((size_t)%lld * (size_t)arr_nranks, sizeof(MPI_Request));", rq,
                 rq, (long long)(2 * s->mpi.width));
            line(g, "if (!%s) arr_fail(arr_sites[%d]);", rq, g->sites.len - 1);
            line(g, "if (arr_mpi_sync(%s, %s == NULL)) { arr_mpi_failed = %s == NULL; goto arr_mpi_fail; }", comm, rq, rq);
        } else {
            line(g, "if (arr_mpi_sync(%s, 0)) goto arr_mpi_fail;", comm);
        }
        if (gather)
            line(g, "if (arr_mpi_gather(%s, %s, %s, %s, %s)) {    /* fails on every rank */", comm, cname(x),
                 cname(s->mpi.local), row.s, cname(s->mpi.lo));
        else if (assemble)
            line(g, "if (arr_mpi_assemble(%s, %s, %s, %s, %s)) {    /* fails on every rank */", comm, cname(x),
                 expr_str(g, s->mpi.loop->loop.lo[0]), expr_str(g, s->mpi.loop->loop.hi[0]), row.s);
        else
            line(g, "if (arr_mpi_halo_start(%s, arr_rows_%s, %s, %s, %s, %s, %lld, %s, %s, %s, %d, arr_req_%s, &arr_nreq_%s)) {"
                 "    /* fails on every rank */", comm, cname(s->mpi.local), cname(x), cname(s->mpi.local), cname(s->mpi.off),
                 cname(s->mpi.global), (long long)s->mpi.width, row.s, cname(s->mpi.lo), cname(s->mpi.hi), s->mpi.wrap,
                 cname(s->mpi.lo), cname(s->mpi.lo));
        line(g, "    arr_fail(arr_sites[%d]);", g->sites.len - 1);
        line(g, "    arr_mpi_failed = 1;");
        line(g, "    goto arr_mpi_fail;");
        line(g, "}");
        buf_free(&row);
        return;
    }
    /* MPI_COMBINE: one collective for all the loop's reductions.  Every
       rank's partial results (and, for argmin/argmax, the first index of
       its extreme, its first NaN, whether it had rows) in one struct; the
       partials are combined in rank order, the rows' order, as on one
       process (argmin/argmax: the first NaN of all, else the first extreme) */
    const IStmt *lp = s->mpi.loop;
    const PtrList *reds = &lp->loop.reds;
    Buf rows = {0}, ty = {0}, init = {0};
    for (int k = 0; k < lp->loop.rank; k++)
        buf_printf(&rows, "%s(%s) > (%s)", k ? " && " : "", expr_str(g, lp->loop.hi[k]), expr_str(g, lp->loop.lo[k]));
    buf_puts(&ty, "typedef struct {");
    for (int k = 0; k < reds->len; k++) {
        const Reduction *r = reds->items[k];
        buf_printf(&ty, " %s a%d;", ctype(r->acc->elem), k);
        buf_printf(&init, "%s.a%d = %s", k ? ", " : "", k, cname(r->acc));
        if (r->idx) {
            buf_printf(&ty, " int64_t i%d, nan%d;", k, k);
            buf_printf(&init, ", .i%d = %s, .nan%d = %s", k, cname(r->idx), k,
                       red_tracks_nan(r) ? arena_printf("%s_nan", cname(r->idx)) : "-1");
        }
    }
    buf_puts(&ty, " int64_t rows; } arr_part;");
    line(g, "{   /* every rank's partial results of this loop's reductions, combined in rank order */");
    g->ind++;
    line(g, "%s", ty.s);
    line(g, "arr_part arr_mine = { %s, .rows = %s }, *arr_parts = (arr_part *)malloc((size_t)arr_nranks * sizeof *arr_parts);",
         init.s, rows.s);
    VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the partial results of the reductions under --mpi",
                                    diag_where(s->span)));
    line(g, "if (!arr_parts) arr_fail(arr_sites[%d]);", g->sites.len - 1);
    line(g, "if (arr_mpi_sync(%s, arr_parts == NULL)) { arr_mpi_failed = arr_parts == NULL; free(arr_parts); goto arr_mpi_fail; }", comm);
    line(g, "arr_mpi_allgather(&arr_mine, (int)sizeof arr_mine, arr_parts, %s);", comm);
    for (int k = 0; k < reds->len; k++) {
        const Reduction *r = reds->items[k];
        const char *a = cname(r->acc);
        if (!r->idx) {
            line(g, "%s = arr_parts[0].a%d;", a, k);
            line(g, "for (int arr_r = 1; arr_r < arr_nranks; arr_r++) %s = %s;", a,
                 combine_expr(r, a, arena_printf("arr_parts[arr_r].a%d", k)));
            continue;
        }
        line(g, "{");
        line(g, "    int64_t arr_best_i = -1, arr_first_nan = -1;");
        line(g, "    for (int arr_r = 0; arr_r < arr_nranks; arr_r++) {");
        line(g, "        if (!arr_parts[arr_r].rows) continue;");
        line(g, "        if (arr_parts[arr_r].nan%d >= 0 && arr_first_nan < 0) arr_first_nan = arr_parts[arr_r].nan%d;", k, k);
        line(g, "        if (arr_best_i < 0 || arr_parts[arr_r].a%d %s %s) { %s = arr_parts[arr_r].a%d; arr_best_i = arr_parts[arr_r].i%d; }",
             k, r->op == RED_ARGMIN ? "<" : ">", a, a, k, k);
        line(g, "    }");
        line(g, "    %s = arr_first_nan >= 0 ? arr_first_nan : arr_best_i;", cname(r->idx));
        line(g, "}");
    }
    line(g, "free(arr_parts);");
    g->ind--;
    line(g, "}");
    buf_free(&rows);
    buf_free(&ty);
    buf_free(&init);
}

/* --mpi: what the function declares at its top for its IS_MPI statements
 * (MPI_DECLARE), completes in its fail path (MPI_DRAIN) or frees on both
 * ways out (MPI_RELEASE).  The NaN index of a float argmin/argmax that is
 * combined over the ranks outlives its loop (mpi_stmt reads it); the table
 * of the ranks' blocks of each distributed extent; each halo's requests, at
 * most 2 w per rank (arr_mpi_halo_start), which a rank that fails while
 * they are in flight completes before it meets the others (their waits
 * need its messages).  The requests are allocated by the first halo
 * exchange that needs them and kept to the end of the call: not from the
 * pool, whose sweep at the end of each iteration of a loop that allocates
 * would free them under the pointer the next iteration reuses (a
 * use-after-free found by make fuzz). */
void mpi_decls(CG *g, const PtrList *l, MpiDeclMode mode)
{
    bool drain = mode != MPI_DECLARE;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_MPI && s->mpi.op == MPI_COMBINE && !drain)
            for (int k = 0; k < s->mpi.loop->loop.reds.len; k++) {
                const Reduction *r = s->mpi.loop->loop.reds.items[k];
                if (red_tracks_nan(r)) line(g, "int64_t %s_nan = -1;", cname(r->idx));
            }
        else if (s->kind == IS_MPI && s->mpi.op == MPI_EXTENT && !drain)
            line(g, "int64_t *arr_rows_%s = NULL;", cname(s->mpi.local));
        else if (s->kind == IS_MPI && s->mpi.op == MPI_HALO) {
            const char *lo = cname(s->mpi.lo);
            if (mode == MPI_DRAIN) line(g, "if (arr_nreq_%s) arr_mpi_halo_wait(arr_req_%s, &arr_nreq_%s);", lo, lo, lo);
            else if (mode == MPI_RELEASE) line(g, "free(arr_req_%s);", lo);
            else {
                line(g, "MPI_Request *arr_req_%s = NULL;    /* the halo's messages in flight */", lo);
                line(g, "int arr_nreq_%s = 0;", lo);
            }
        }
        else if (s->kind == IS_IF) { mpi_decls(g, &s->if_.then, mode); mpi_decls(g, &s->if_.els, mode); }
        else if (s->kind == IS_WHILE) { mpi_decls(g, &s->while_.pre, mode); mpi_decls(g, &s->while_.body, mode); }
        else if (s->kind == IS_LOOP) mpi_decls(g, &s->loop.body, mode);
    }
}

/* --mpi: an anonymous result v that every rank holds whole (replicated):
 * this rank returns a copy of its block of rows, [N r / P, N (r + 1) / P)
 * of v's N (distribute.c), and that block's extent. */
void mpi_split_result(CG *g, const IStmt *s, const Var *r, const Var *v)
{
    Buf row = {0};
    buf_puts(&row, "(size_t)1");
    for (int d = 1; d < r->rank; d++) buf_printf(&row, " * (size_t)(*%s)", cname(r->dims[d].var));
    const char *t = ctype(v->elem), *n0 = cname(r->dims[0].var);
    line(g, "{");
    line(g, "    int64_t arr_lo = (*%s) * arr_rank / arr_nranks, arr_hi = (*%s) * (arr_rank + 1) / arr_nranks;", n0, n0);
    line(g, "    size_t arr_row = %s;", row.s);
    line(g, "    %s *arr_c = (%s *)malloc((size_t)(arr_hi - arr_lo) * arr_row * sizeof(%s) + 1);", t, t, t);
    line(g, "    if (!arr_c) { arr_fail(\"%s: error: out of memory\"); goto fail; }", c_escape(diag_where(s->span)));
    g->used_fail = true;
    line(g, "    if (arr_hi > arr_lo) memcpy(arr_c, %s + (size_t)arr_lo * arr_row, (size_t)(arr_hi - arr_lo) * arr_row * sizeof(%s));",
         cname(v), t);
    line(g, "    *%s = arr_c;", cname(r));
    line(g, "    (*%s) = arr_hi - arr_lo;", n0);
    line(g, "}");
    buf_free(&row);
}
