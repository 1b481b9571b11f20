/* cg_compact.c — stream compaction (a LOOP_COMPACT: mask reads a[m] and
 * where(m)) as parallel count, allocate, write.
 *
 * The loop's first dimension is cut into chunks.  A first parallel pass
 * runs the body over each chunk and counts the elements kept (the store to
 * the result is left out); the counts are summed in chunk order into each
 * chunk's starting position; the result is allocated with the total as its
 * extent; a second parallel pass runs the body again and stores each kept
 * element at its chunk's position, counting up.  Chunks hold consecutive
 * row-major ranges, so the result is in row-major order whatever the
 * number of threads.  Running the body twice is sound because lower_pir
 * makes it from a map body and a load of each operand: it stores to
 * nothing but the result, so both passes see the same values. */
#include "cg_int.h"

static bool stores_to(const PtrList *l, const Var *v)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE: if (s->store.arr == v) return true; break;
        case IS_IF: if (stores_to(&s->if_.then, v) || stores_to(&s->if_.els, v)) return true; break;
        case IS_LOOP: if (stores_to(&s->loop.body, v)) return true; break;
        case IS_WHILE: if (stores_to(&s->while_.pre, v) || stores_to(&s->while_.body, v)) return true; break;
        default: break;
        }
    }
    return false;
}

/* One pass over every chunk: write = false counts into arr_cnt[c + 1];
 * write = true stores from position arr_cnt[c] on. */
static void chunk_pass(CG *g, const IStmt *lp, bool write, const char *omp)
{
    Var *k = lp->loop.cdst->dims[0].var;
    DeclSnap snap = decl_save(g);
    if (omp) line(g, "ARR_OMP(omp parallel for schedule(static)%s)", omp);
    line(g, "for (int64_t arr_c = 0; arr_c < arr_nc; arr_c++) {");
    g->ind++;
    line(g, "int64_t arr_pos = %s;", write ? "arr_cnt[arr_c]" : "0");
    for (int d = 0; d < lp->loop.rank; d++) {
        const char *i = cname(lp->loop.idx[d]);
        if (d == 0) line(g, "for (int64_t %s = arr_lo(arr_c); %s < arr_lo(arr_c + 1); %s++) {", i, i, i);
        else line(g, "for (int64_t %s = 0; %s < %s; %s++) {", i, i, expr_str(g, lp->loop.hi[d]), i);
        g->ind++;
    }
    const char *save_name = g_rename[k->id];
    bool save_par = g->in_parfor, save_decl = g->declared[k->id];
    g_rename[k->id] = "arr_pos";
    g->declared[k->id] = true;
    g->count_only = write ? NULL : lp->loop.cdst;
    g->in_parfor = true;
    int save_copy = g->label_copy;
    g->label_copy = ++g->ncopies;       /* the body is emitted twice: labels get the copy's number */
    bool save_skip = g->skip_used;      /* the enclosing body's skip label stays its own */
    g->skip_used = false;
    parfor_body(g, lp, false);
    g->skip_used = save_skip;
    g->label_copy = save_copy;
    g->in_parfor = save_par;
    g->count_only = NULL;
    g_rename[k->id] = save_name;
    for (int d = lp->loop.rank - 1; d >= 0; d--) {
        g->ind--;
        line(g, "} /* for %s */", cname(lp->loop.idx[d]));
    }
    if (!write) line(g, "arr_cnt[arr_c + 1] = arr_pos;");
    g->ind--;
    line(g, "}");
    decl_restore(g, &snap);
    g->declared[k->id] = save_decl;
}

void compact_loop(CG *g, const IStmt *lp)
{
    Var *dst = lp->loop.cdst, *k = dst->dims[0].var;
    bool stores = stores_to(&lp->loop.body, dst);   /* else only the count is used (dce dropped the store) */
    bool nested = g->in_parfor || g->in_region;
    bool par = !nested && !cg_serial(g);
    name_loop_indices(g, lp);
    const char *n0 = expr_str(g, lp->loop.hi[0]);
    if (nested && stores && !g->declared[dst->id]) {
        /* inside a parallel loop: the result is the iteration's own */
        g->declared[dst->id] = true;
        line(g, "%s *%s = NULL;", ctype(dst->elem), cname(dst));
        VEC_PUSH(g->body_allocs, dst);
    }
    line(g, "/* %s: stream compaction into %s (count, allocate, write) */", where_line(lp->span), dst->name);
    line(g, "{");
    g->ind++;
    if (par) {
        line(g, "int64_t arr_nc = %s > 0 ? %s : 1;", n0, n0);
        line(g, "#ifdef _OPENMP");
        line(g, "if (arr_nc > 8 * (int64_t)omp_get_max_threads()) arr_nc = 8 * (int64_t)omp_get_max_threads();");
        line(g, "#else");
        line(g, "arr_nc = 1;");
        line(g, "#endif");
        line(g, "int64_t *arr_cnt = (int64_t *)malloc((size_t)(arr_nc + 1) * sizeof(int64_t));");
        line(g, "if (!arr_cnt) { arr_fail(\"%s: error: cannot allocate the work space of a compaction\"); goto fail; }",
             c_escape(diag_where(lp->span)));
        g->used_fail = true;
    } else {
        line(g, "const int64_t arr_nc = 1;");
        line(g, "int64_t arr_cnt[2];");
    }
    /* chunk c holds rows [arr_lo(c), arr_lo(c + 1)) of the first dimension */
    line(g, "#define arr_lo(c) ((%s) / arr_nc * (c) + ((c) < (%s) %% arr_nc ? (c) : (%s) %% arr_nc))", n0, n0, n0);
    line(g, "arr_cnt[0] = 0;");
    const char *omp = par ? arena_printf("%s", par_if_clause(g, lp)) : NULL;
    chunk_pass(g, lp, false, omp);
    line(g, "for (int64_t arr_c = 0; arr_c < arr_nc; arr_c++) arr_cnt[arr_c + 1] += arr_cnt[arr_c];");
    line(g, "%s = arr_cnt[arr_nc];", cname(k));
    if (stores) {
        if (nested) {
            VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate %s", diag_where(lp->span), dst->name));
            line(g, "free(%s);", cname(dst));
            line(g, "%s = (%s *)arr_alloc_local(%s, sizeof(%s));", cname(dst), ctype(dst->elem), cname(k), ctype(dst->elem));
            line(g, "if (!%s) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }", cname(dst), g->sites.len, g->skip_label);
            g->skip_used = true;
        } else {
            line(g, "%s = (%s *)arr_alloc(&arr_pool_, %s, sizeof(%s));", cname(dst), ctype(dst->elem), cname(k), ctype(dst->elem));
            line(g, "if (!%s) {%s arr_fail(\"%s: error: cannot allocate %s\"); goto fail; }", cname(dst),
                 par ? " free(arr_cnt);" : "", c_escape(diag_where(lp->span)), dst->name);
            g->used_fail = true;
        }
        chunk_pass(g, lp, true, omp);
    }
    line(g, "#undef arr_lo");
    if (par) line(g, "free(arr_cnt);");
    g->ind--;
    line(g, "}");
}
