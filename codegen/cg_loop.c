/* cg_loop.c — loops: parfors with the overhead guard and simd, stencil
 * serial loops, per-round frees (stencil rounds: cg_rounds.c). */
#include "cg_int.h"

/* The C text of an expression, as a string. */
const char *expr_str(CG *g, const IExpr *e)
{
    Buf t = {0}, *save = g->b;
    bool lines = g->expr_lines;
    g->b = &t;
    g->expr_lines = false;          /* one line of text */
    top_expr(g, e);
    g->expr_lines = lines;
    g->b = save;
    const char *r = arena_strdup(t.s ? t.s : "");
    buf_free(&t);
    return r;
}

/* The loop's extents, "h, w". */
static const char *extents_str(CG *g, const IStmt *lp)
{
    Buf t = {0};
    for (int d = 0; d < lp->loop.rank; d++) buf_printf(&t, "%s%s", d ? ", " : "", expr_str(g, lp->loop.hi[d]));
    const char *r = arena_strdup(t.s ? t.s : "");
    buf_free(&t);
    return r;
}

static void loop_header(CG *g, const IStmt *lp, int d)
{
    const char *i = cname(lp->loop.idx[d]);
    line(g, "for (int64_t %s = %s; %s < %s; %s++) {", i, expr_str(g, lp->loop.lo[d]), i, expr_str(g, lp->loop.hi[d]), i);
}

void parfor_body(CG *g, const IStmt *lp, bool custom)
{
    int save_label = g->skip_label;
    int mark = g->body_allocs.len;
    g->skip_label = g->nskip++;
    declare_body_vars(g, &lp->loop.body);
    stmts(g, &lp->loop.body);
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        bool part = custom && !omp_redop_of(r);
        red_update(g, lp, r, part ? arena_printf("%s_part", cname(r->acc)) : red_acc(r),
                   r->idx ? (part ? arena_printf("%s_part", cname(r->idx)) : cname(r->idx)) : NULL);
    }
    /* a failed check skips the rest of the iteration, reductions included */
    if (g->skip_used) {
        line(g, "arr_skip_%d:;", g->skip_label);
        g->skip_used = false;
    }
    for (int i = mark; i < g->body_allocs.len; i++) line(g, "free(%s);", cname(g->body_allocs.items[i]));
    g->body_allocs.len = mark;
    g->skip_label = save_label;
}

/* A note in a loop's fused list ("vecmath:..." or "note:..."): its text, else NULL. */
const char *fused_note(const char *item)
{
    return !strncmp(item, "vecmath:", 8) ? item + 8 : !strncmp(item, "note:", 5) ? item + 5 : NULL;
}

/* "/@line 11, log10@line 11, *@line 12" -> "line 11: / log10; line 12: *" */
void fused_comment(Buf *out, const IStmt *lp)
{
    const char *cur = NULL;
    for (int i = 0; i < lp->loop.fused.len; i++) {
        const char *item = lp->loop.fused.items[i];
        const char *at = strstr(item, "@");
        if (!at && fused_note(item)) continue;        /* a note: after the operations */
        const char *where = at ? at + 1 : "";
        int wlen = at ? (int)(at - item) : (int)strlen(item);
        if (!cur || strcmp(cur, where) != 0) {
            buf_printf(out, "%s%s:", cur ? "; " : "", where);
            cur = where;
        }
        buf_printf(out, " %.*s", wlen, item);
    }
    for (int i = 0; i < lp->loop.fused.len; i++)
        if (fused_note(lp->loop.fused.items[i])) buf_printf(out, "; %s", fused_note(lp->loop.fused.items[i]));
}

static int fused_ops(const IStmt *lp)
{
    int n = 0;
    for (int i = 0; i < lp->loop.fused.len; i++) n += !fused_note(lp->loop.fused.items[i]);
    return n;
}

/* Folds each thread's partial into the result (only: the partial is the result). */
static void combine_partials(CG *g, const IStmt *lp, bool only)
{
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        const char *acc = cname(r->acc);
        if (omp_redop_of(r)) continue;
        if (only) {
            line(g, "%s = %s_part;", acc, acc);
            if (r->idx) line(g, "%s = %s_part;", cname(r->idx), cname(r->idx));
            if (red_tracks_nan(r)) line(g, "%s_nan = %s_part_nan;", cname(r->idx), cname(r->idx));
        } else if (r->op == RED_LAMBDA) {
            buf_indent(g->b, g->ind);
            buf_printf(g->b, "{ %s %s = %s; %s %s = %s_part; %s = ", ctype(r->pa->elem), cname(r->pa), acc,
                       ctype(r->pb->elem), cname(r->pb), acc, acc);
            top_expr(g, r->lam);
            buf_puts(g->b, "; }\n");
        } else if (r->op == RED_MIN || r->op == RED_MAX) {
            line(g, "%s = arr_%s_%s(%s, %s_part);", acc, r->op == RED_MIN ? "min" : "max", sfx(r->acc->elem), acc, acc);
        } else if (r->op == RED_SUM) {          /* complex */
            line(g, "%s = %s + %s_part;", acc, acc, acc);
        } else if (r->op == RED_PROD) {
            line(g, "%s = arr_cmul_%s(%s, %s_part);", acc, sfx(r->acc->elem), acc, acc);
        } else {
            const char *ix = cname(r->idx);
            line(g, "if (%s_part >= 0 && (%s < 0 || %s_part %s %s || (%s_part == %s && %s_part < %s))) {",
                 ix, ix, acc, r->op == RED_ARGMIN ? "<" : ">", acc, acc, acc, ix, ix);
            line(g, "    %s = %s_part;", acc, acc);
            line(g, "    %s = %s_part;", ix, ix);
            line(g, "}");
            if (red_tracks_nan(r))
                line(g, "if (%s_part_nan >= 0 && (%s_nan < 0 || %s_part_nan < %s_nan)) %s_nan = %s_part_nan;", ix, ix, ix, ix, ix, ix);
        }
    }
}


/* A parfor: when the estimated work may be too small for threads, the same
 * loop also runs on this thread below a threshold (the overhead guard), so
 * small inputs are never slower than --serial. */
static void parfor_comment(CG *g, const IStmt *lp)
{
    Buf fz = {0};
    fused_comment(&fz, lp);
    if (!fused_ops(lp) && fz.s && !strncmp(fz.s, "; ", 2))       /* notes only (rows by chunks, ...) */
        line(g, "/* %s: %s loop over [%s]; %s */", where_line(lp->span), g->one_thread ? "one-thread" : "parallel",
             extents_str(g, lp), fz.s + 2);
    else
        line(g, "/* %s: %s loop over [%s]; %d operation%s fused: %s */", where_line(lp->span),
             g->one_thread ? "one-thread" : "parallel", extents_str(g, lp),
             fused_ops(lp), fused_ops(lp) == 1 ? "" : "s", fz.s ? fz.s : "");
    buf_free(&fz);
}

static void parfor_par(CG *g, const IStmt *lp);

/* writes: what lp's body assigns, computed once */
typedef struct VaryCtx { const IStmt *lp; const AccessSet *writes; bool found; } VaryCtx;

/* lp's indices and the scalars its body assigns (computed per iteration) */
static void mentions_index(IExpr **slot, void *ctx)
{
    VaryCtx *v = ctx;
    const IExpr *e = *slot;
    if (e->kind != IE_VAR || v->found) return;
    for (int d = 0; d < v->lp->loop.rank; d++)
        if (e->var == v->lp->loop.idx[d]) v->found = true;
    if (!e->var->rank && access_writes(v->writes, e->var)) v->found = true;
}

/* Does the work of one iteration of lp depend on the iteration? Loops in
 * the body whose bounds use lp's indices, while loops, and loops inside
 * one branch of an if say it may (not an if between two versions of one
 * loop nest). */
static bool varies_in(const IStmt *lp, const AccessSet *writes, const PtrList *l, bool in_branch)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_WHILE: return true;
        case IS_IF:
            if (s->if_.versions) {      /* either runs: as the second (the general one) alone */
                if (varies_in(lp, writes, &s->if_.els, in_branch)) return true;
                break;
            }
            if (varies_in(lp, writes, &s->if_.then, true) || varies_in(lp, writes, &s->if_.els, true)) return true;
            break;
        case IS_LOOP: {
            if (in_branch) return true;
            VaryCtx v = { lp, writes, false };
            for (int d = 0; d < s->loop.rank; d++) {
                ir_walk_expr((IExpr **)&s->loop.lo[d], mentions_index, &v);
                ir_walk_expr((IExpr **)&s->loop.hi[d], mentions_index, &v);
            }
            if (v.found || varies_in(lp, writes, &s->loop.body, false)) return true;
            break;
        }
        default: break;
        }
    }
    return false;
}

static bool work_varies(const IStmt *lp)
{
    if (lp->loop.even) return false;
    AccessSet w = {0};
    analyze_access_list(&lp->loop.body, NULL, &w);
    bool r = varies_in(lp, &w, &lp->loop.body, false);
    VEC_FREE(w);
    return r;
}
bool cg_dynamic_schedule(const IStmt *lp)
{
    return lp->loop.kind == LOOP_PARFOR && !lp->loop.reds.len && work_varies(lp);
}

void parfor(CG *g, const IStmt *lp)
{
    name_loop_indices(g, lp);
    const char *guard = cg_serial(g) || g->p->no_guard ? "" : par_if_clause(g, lp);
    if (!*guard) { parfor_par(g, lp); return; }
    /* " if(parallel: EXTENTS >= NEED)" */
    const char *cond = strstr(guard, ": ") + 2;
    int len = (int)strlen(cond) - 1;
    DeclSnap snap = decl_save(g);
    parfor_comment(g, lp);
    source_line(g, lp->span);
    line(g, "if (!(%.*s)) {", len, cond);
    g->ind++;
    bool save = g->in_parfor;
    if (g->in_region) {
        /* inside a stencil's parallel region every thread gets here: one runs
         * the loop, and the single's barrier keeps the others from going on
         * (to the rotation, say) while it still reads and writes the buffers */
        line(g, "/* too little work for threads (the overhead guard): one thread runs it */");
        line(g, "ARR_OMP(omp single)");
        line(g, "{");
        g->ind++;
    } else {
        line(g, "/* too little work for threads (the overhead guard): this thread runs it */");
    }
    g->in_parfor = true;                /* body variables are declared in the loop */
    g->small_loop = true;
    g->label_copy = ++g->ncopies;
    serial_loop(g, lp);
    g->small_loop = false;
    g->in_parfor = save;
    if (g->in_region) {
        g->ind--;
        line(g, "}");
    }
    g->ind--;
    line(g, "} else {");
    g->ind++;
    decl_restore(g, &snap);
    g->guarded = true;
    g->label_copy = ++g->ncopies;
    parfor_par(g, lp);
    g->label_copy = 0;
    g->guarded = false;
    g->ind--;
    line(g, "}");
}

/* ` firstprivate(k, ...)`: the integer parameters and sizes the parallel
 * loop's body reads.  clang's outlined loop reads a shared scalar through
 * a pointer and reloads it after every store that may alias it (an
 * integer one): a histogram converted and multiplied by the bin count
 * again for every element (1.65x the hand C); a private copy stays in a
 * register.  Parameters are never assigned, so each copy holds the value
 * of the shared one. */
typedef struct FirstPriv { Buf *b; bool *seen; int n; } FirstPriv;
static void firstpriv_var(IExpr **slot, void *ctx)
{
    FirstPriv *c = ctx;
    const Var *v = (*slot)->kind == IE_VAR ? (*slot)->var : NULL;
    if (!v || v->rank || !ty_is_int_kind(v->elem) || (v->kind != V_SIZE && v->kind != V_PARAM) || c->seen[v->id]) return;
    c->seen[v->id] = true;
    buf_printf(c->b, "%s%s", c->n++ ? ", " : " firstprivate(", cname(v));
}
static const char *firstprivates(CG *g, const IStmt *lp)
{
    Buf b = {0};
    FirstPriv c = { &b, xcalloc((size_t)g->f->vars.len + 1, sizeof(bool)), 0 };
    PtrList body = lp->loop.body;
    ir_walk_stmts(&body, firstpriv_var, &c);
    for (int q = 0; q < lp->loop.reds.len; q++) ir_walk_expr(&((Reduction *)lp->loop.reds.items[q])->value, firstpriv_var, &c);
    free(c.seen);
    const char *r = c.n ? arena_printf("%s)", b.s) : "";
    buf_free(&b);
    return r;
}

static void parfor_par(CG *g, const IStmt *lp)
{
    int line_no, col;
    span_linecol(lp->span, &line_no, &col);
    if (!g->guarded) parfor_comment(g, lp);
    source_line(g, lp->span);
    bool simd = cg_simd_ok(lp);
    bool custom = false, block = false;
    Buf reds = {0};
    block = reds_open(g, lp);
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        const char *op = omp_redop_of(r);
        if (op && r->lanes_w) buf_printf(&reds, " reduction(%s:arr_lanes_%s[:%d])", op, cname(r->acc), r->lanes_w);
        else if (op) buf_printf(&reds, " reduction(%s:%s)", op, red_acc(r));
        else custom = true;
    }
    bool par = !cg_serial(g);
    const char *inner_simd = simd ? "ARR_OMP(omp simd" : NULL;
    if (custom) {
        /* per-thread partials, combined in thread order after the loop */
        if (par) line(g, "ARR_OMP(omp parallel%s)", par_if_clause(g, lp));
        line(g, "{");
        g->ind++;
        for (int i = 0; i < lp->loop.reds.len; i++) {
            const Reduction *r = lp->loop.reds.items[i];
            if (omp_redop_of(r)) continue;
            line(g, "%s %s_part = %s;", ctype(r->acc->elem), cname(r->acc), cname(r->acc));
            if (r->idx) {
                const char *first = red_first_index(g, lp, r);
                line(g, "int64_t %s_part = %s;", cname(r->idx), first ? first : "-1");
            }
            if (red_tracks_nan(r)) line(g, "int64_t %s_part_nan = -1;", cname(r->idx));
        }
        if (par && !red_blocked(g, lp)) line(g, "ARR_OMP(omp for schedule(static)%s)", reds.s ? reds.s : "");
    } else if (par && simd && lp->loop.rank == 1 && reds.s) {
        /* clang 14 miscompiles a worksharing 'for simd' with a reduction and a
           store in its body, alone in a stencil's region or as 'parallel for
           simd' (at -O1 and up: the sum comes out wrong; 'simd' alone, or
           'for' without it, is right): for clang the loop is not 'simd' */
        const char *head = g->in_region ? "omp for" : "omp parallel for";
        const char *tail = g->in_region ? "" : par_if_clause(g, lp);
        line(g, "#if defined(__clang__)");
        line(g, "ARR_OMP(%s%s%s)", head, reds.s, tail);
        line(g, "#else");
        line(g, "ARR_OMP(%s simd%s%s)", head, reds.s, tail);
        line(g, "#endif");
    } else if (par && g->in_region) {
        line(g, "ARR_OMP(omp for%s%s)", simd && lp->loop.rank == 1 ? " simd" : "", reds.s ? reds.s : "");
    } else if (par) {
        /* work that varies along the loop (an inner loop over 0..i, a while,
           a loop in one branch of an if) is handed out in chunks of 1/256
           of the iterations (at least 1), so threads get equal work
           (LANGUAGE.md section 15) without a dispatch per iteration (SpMV's
           million rows: 3x the hand C at two threads one at a time); only
           without reductions, whose results then keep their order */
        const char *sched = cg_dynamic_schedule(lp)
            ? arena_printf(" schedule(dynamic, arr_dyn_chunk(%s, %s))", expr_str(g, lp->loop.lo[0]), expr_str(g, lp->loop.hi[0]))
            : "";
        line(g, "ARR_OMP(omp parallel for%s%s%s%s%s)", simd && lp->loop.rank == 1 ? " simd" : "", reds.s ? reds.s : "",
             firstprivates(g, lp), sched, par_if_clause(g, lp));
    } else if (simd && lp->loop.rank == 1) {
        line(g, "ARR_OMP(omp simd%s)", reds.s ? reds.s : "");
    }
    bool save = g->in_parfor;
    g->in_parfor = true;
    if (red_blocked(g, lp)) {
        red_blocked_loop(g, lp, true, par ? "ARR_OMP(omp for schedule(static))" : NULL);
    } else {
        for (int d = 0; d < lp->loop.rank; d++) {
            if (d > 0 && d == lp->loop.rank - 1 && inner_simd) line(g, "%s%s)", inner_simd, reds.s ? reds.s : "");
            loop_header(g, lp, d);
            g->ind++;
        }
        parfor_body(g, lp, custom);
        for (int d = lp->loop.rank - 1; d >= 0; d--) {
            g->ind--;
            line(g, "} /* for %s */", cname(lp->loop.idx[d]));
        }
    }
    g->in_parfor = save;
    if (custom) {
        if (par) {
            line(g, "#ifdef _OPENMP");
            line(g, "for (int arr_t = 0; arr_t < omp_get_num_threads(); arr_t++) {");
            line(g, "    ARR_OMP(omp barrier)");
            line(g, "    if (arr_t == omp_get_thread_num()) {");
            g->ind += 2;
            combine_partials(g, lp, false);
            g->ind -= 2;
            line(g, "    }");
            line(g, "}");
            line(g, "#else");
        }
        combine_partials(g, lp, true);
        if (par) line(g, "#endif");
        g->ind--;
        line(g, "}");
    }
    reds_close(g, lp, block);
    buf_free(&reds);
}

/* A C string literal's contents for msg (file names may hold anything). */
const char *c_escape(const char *msg)
{
    Buf t = {0};
    for (const unsigned char *p = (const unsigned char *)msg; *p; p++) {
        if (*p == '"' || *p == '\\') buf_printf(&t, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f) buf_printf(&t, "\\%03o", *p);
        else buf_putc(&t, (char)*p);
    }
    const char *r = arena_strdup(t.s ? t.s : "");
    buf_free(&t);
    return r;
}

/* A loop run by one thread: a source `for`, or a loop nested in a parfor
 * body (an inner comprehension or reduction). */
/* Does l allocate from the function's pool (outside parallel loops)? */
static bool pool_allocs_in(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC: return true;
        case IS_IF: if (pool_allocs_in(&s->if_.then) || pool_allocs_in(&s->if_.els)) return true; break;
        case IS_WHILE: if (pool_allocs_in(&s->while_.pre) || pool_allocs_in(&s->while_.body)) return true; break;
        case IS_LOOP:
            if (s->loop.kind == LOOP_COMPACT) return true;     /* it allocates its result */
            if (s->loop.kind != LOOP_PARFOR && pool_allocs_in(&s->loop.body)) return true;
            break;
        default: break;
        }
    }
    return false;
}

/* The array variables l assigns (outside parallel loops): the only ones
 * that can hold an array allocated while l runs. */
static void assigned_arrays(const PtrList *l, PtrList *out)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            Var *v = s->assign.dst;
            if (!v->rank || v->kind == V_VIEW) break;
            bool seen = false;
            for (int k = 0; k < out->len && !seen; k++) seen = out->items[k] == v;
            if (!seen) plist_push(out, v);
            break;
        }
        case IS_IF: assigned_arrays(&s->if_.then, out); assigned_arrays(&s->if_.els, out); break;
        case IS_WHILE: assigned_arrays(&s->while_.pre, out); assigned_arrays(&s->while_.body, out); break;
        case IS_LOOP: if (s->loop.kind != LOOP_PARFOR) assigned_arrays(&s->loop.body, out); break;
        default: break;
        }
    }
}

/* Around a source loop that allocates: remember where the pool stands
 * (sweep_open), and at the end of every round free what the round
 * allocated and no assigned array variable holds (sweep_round). */
int sweep_open(CG *g, const PtrList *body)
{
    if (g->in_parfor || !pool_allocs_in(body)) return -1;
    int id = g->nsweeps++;
    line(g, "{");
    g->ind++;
    line(g, "const int arr_mark_%d = arr_pool_.n;", id);
    return id;
}

void sweep_round(CG *g, const PtrList *body, int id)
{
    if (id < 0) return;
    PtrList roots = {0};
    assigned_arrays(body, &roots);
    Buf r = {0};
    for (int i = 0; i < roots.len; i++) buf_printf(&r, "%s%s", i ? ", " : "", cname(roots.items[i]));
    if (roots.len) {
        line(g, "{ void *const arr_roots[] = { %s };", r.s);
        line(g, "  arr_pool_sweep(&arr_pool_, arr_mark_%d, arr_roots, %d); }", id, roots.len);
    } else {
        line(g, "arr_pool_sweep(&arr_pool_, arr_mark_%d, NULL, 0);", id);
    }
    buf_free(&r);
}

void sweep_close(CG *g, int id)
{
    if (id < 0) return;
    g->ind--;
    line(g, "}");
}

/* lp's loops, its body and its reductions' updates, in order */
static void ordered_loop(CG *g, const IStmt *lp, bool small, int sweep)
{
    for (int d = 0; d < lp->loop.rank; d++) {
        const char *i = cname(lp->loop.idx[d]);
        /* a map or reduction nested in a parallel loop (or run by one
         * thread under the overhead guard) vectorises like a parallel one:
         * its reductions may combine partial results in any order */
        if (lp->loop.kind == LOOP_PARFOR && d == lp->loop.rank - 1 && cg_simd_ok(lp)) {
            Buf r = {0};
            for (int k = 0; k < lp->loop.reds.len; k++) {
                const Reduction *rd = lp->loop.reds.items[k];
                if (omp_redop_of(rd)) buf_printf(&r, " reduction(%s:%s)", omp_redop_of(rd), red_acc(rd));
            }
            line(g, "ARR_OMP(omp simd%s)", r.s ? r.s : "");
            buf_free(&r);
        }
        line(g, "for (int64_t %s = %s; %s < %s; %s++) {%s", i, expr_str(g, lp->loop.lo[d]), i, expr_str(g, lp->loop.hi[d]), i,
             lp->loop.kind == LOOP_SERIAL ? arena_printf("  /* %s */", where_line(lp->span)) : "");
        g->ind++;
    }
    if (small) {
        parfor_body(g, lp, false);      /* as the parallel copy: skip label, per-iteration arrays */
    } else {
        if (g->in_parfor) declare_body_vars(g, &lp->loop.body);
        stmts(g, &lp->loop.body);
        for (int i = 0; i < lp->loop.reds.len; i++) {
            const Reduction *r = lp->loop.reds.items[i];
            red_update(g, lp, r, red_acc(r), r->idx ? cname(r->idx) : NULL);
        }
        sweep_round(g, &lp->loop.body, sweep);
    }
    for (int d = lp->loop.rank - 1; d >= 0; d--) {
        g->ind--;
        line(g, "} /* for %s */", cname(lp->loop.idx[d]));
    }
}

void serial_loop(CG *g, const IStmt *lp)
{
    if (cg_lane_loop(lp)) {
        lane_loop(g, lp);
        return;
    }
    int sweep = lp->loop.kind == LOOP_SERIAL ? sweep_open(g, &lp->loop.body) : -1;
    bool block = reds_open(g, lp);
    if (lp->loop.kind == LOOP_PARFOR && !g->small_loop) {
        Buf fz = {0};
        fused_comment(&fz, lp);
        line(g, "/* %s: loop over [%s] (inside a parallel loop); fused: %s */", where_line(lp->span),
             extents_str(g, lp), fz.s ? fz.s : "");
        buf_free(&fz);
    }
    bool small = g->small_loop, one = g->one_thread;
    g->small_loop = false;          /* loops nested in the body are ordinary */
    if (lp->loop.one_thread && !g->in_parfor && !g->in_region) g->one_thread = true;
    if (!red_blocked(g, lp)) {
        ordered_loop(g, lp, small, sweep);
    } else if (lp->loop.hi[0]->kind == IE_CONST || ((const Reduction *)lp->loop.reds.items[0])->blocks_sure) {
        red_blocked_loop(g, lp, false, NULL);      /* a count of more than one block (pass argblock) */
    } else {
        /* by blocks where there are several */
        const IExpr *lo = lp->loop.lo[0];
        line(g, "if (%s%s > %d) {", expr_str(g, lp->loop.hi[0]), lo->c.i ? arena_printf(" - %s", expr_str(g, lo)) : "",
             ARR_ARG_BLOCK);
        g->ind++;
        DeclSnap snap = decl_save(g);
        red_blocked_loop(g, lp, false, NULL);
        decl_restore(g, &snap);
        g->ind--;
        line(g, "} else {");
        g->ind++;
        ordered_loop(g, lp, small, sweep);
        g->ind--;
        line(g, "}");
    }
    g->one_thread = one;
    reds_close(g, lp, block);
    sweep_close(g, sweep);
}

/* ---- per-thread arrays (Var.per_thread: a tile's scratch): declared before
 * a parallel loop that is a worksharing loop of an enclosing region (or
 * runs on one thread), allocated by a thread's first iteration, freed
 * after the loop; elsewhere they stay per-iteration arrays ---- */

bool hoisted(const CG *g, const Var *v)
{
    for (int i = 0; i < g->hoisted.len; i++)
        if (g->hoisted.items[i] == v) return true;
    return false;
}

int hoist_open(CG *g, const IStmt *lp)
{
    if (!(g->in_region || cg_serial(g))) return -1;
    int mark = g->hoisted.len;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ALLOC || !s->alloc->per_thread || g->declared[s->alloc->id]) continue;
        if (g->hoisted.len == mark) {
            line(g, "{");
            g->ind++;
        }
        g->declared[s->alloc->id] = true;
        line(g, "%s *%s = NULL;    /* this thread's, for all its iterations */", ctype(s->alloc->elem), cname(s->alloc));
        VEC_PUSH(g->hoisted, s->alloc);
    }
    return g->hoisted.len == mark ? -1 : mark;
}

void hoist_close(CG *g, int mark)
{
    if (mark < 0) return;
    for (int i = mark; i < g->hoisted.len; i++) line(g, "free(%s);", cname(g->hoisted.items[i]));
    g->hoisted.len = mark;
    g->ind--;
    line(g, "}");
}

/* An allocation: from the function's pool (freed at its end), or inside a
 * parallel loop the iteration's own (freed at its end), or a per-thread
 * array kept from the thread's earlier iterations (hoist_open). */
void alloc_stmt(CG *g, const IStmt *s)
{
    Var *v = s->alloc;
    if (v->on_stack) return;            /* declared with the body's variables */
    /* the element count: an overflowing product is -1 (arr_count2), which
       arr_alloc refuses, not a wrapped count too small for the loops */
    Buf n = {0};
    for (int d = 1; d < v->rank; d++) buf_puts(&n, "arr_count2(");
    for (int d = 0; d < v->rank; d++) {
        if (d) buf_puts(&n, ", ");
        ext(&n, v->dims[d]);
        if (d) buf_puts(&n, ")");
    }
    if (g->in_parfor) {
        VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate %s", diag_where(s->span), v->name));
        if (hoisted(g, v)) line(g, "if (!%s) %s = (%s *)arr_alloc_local(%s, sizeof(%s));", cname(v), cname(v), ctype(v->elem), n.s, ctype(v->elem));
        else {
            line(g, "free(%s);", cname(v));
            line(g, "%s = (%s *)arr_alloc_local(%s, sizeof(%s));", cname(v), ctype(v->elem), n.s, ctype(v->elem));
        }
        line(g, "if (!%s) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }", cname(v), g->sites.len, g->skip_label);
        g->skip_used = true;
    } else {
        line(g, "%s = (%s *)arr_alloc(&arr_pool_, %s, sizeof(%s));", cname(v), ctype(v->elem), n.s, ctype(v->elem));
        line(g, "if (!%s) { arr_fail(\"%s: error: cannot allocate %s\"); goto fail; }", cname(v), c_escape(diag_where(s->span)), v->name);
        g->used_fail = true;
    }
    buf_free(&n);
}

void cg_mark_private(const PtrList *l, bool in_parfor, bool *priv, bool *assigned)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (in_parfor) priv[s->assign.dst->id] = true;
            assigned[s->assign.dst->id] = true;
            break;
        case IS_IF: cg_mark_private(&s->if_.then, in_parfor, priv, assigned); cg_mark_private(&s->if_.els, in_parfor, priv, assigned); break;
        case IS_WHILE:
            cg_mark_private(&s->while_.pre, in_parfor, priv, assigned);
            cg_mark_private(&s->while_.body, in_parfor, priv, assigned);
            break;
        case IS_LOOP:
            if (in_parfor)
                for (int k = 0; k < s->loop.reds.len; k++) {
                    const Reduction *r = s->loop.reds.items[k];
                    priv[r->acc->id] = true;
                    if (r->idx) priv[r->idx->id] = true;
                }
            cg_mark_private(&s->loop.body, in_parfor || s->loop.kind == LOOP_PARFOR || s->loop.kind == LOOP_COMPACT, priv, assigned);
            if (s->loop.kind == LOOP_COMPACT) {
                /* its body runs in chunks on several threads, but its count
                   and its result belong to the code around it */
                priv[s->loop.cdst->dims[0].var->id] = in_parfor;
                priv[s->loop.cdst->id] = in_parfor;
            }
            break;
        case IS_ALLOC: if (in_parfor) priv[s->alloc->id] = true; break;
        default: break;
        }
    }
}
