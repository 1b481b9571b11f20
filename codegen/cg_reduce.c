/* cg_reduce.c — reductions (OpenMP reduction clauses or per-thread
 * partials combined in thread order) and parallel scans. */
#include "cg_int.h"

/* Can lp run as an 'omp simd' loop? (also used by the report) */
bool cg_simd_ok(const IStmt *lp)
{
    if (traps_in(&lp->loop.body)) return false;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind != IS_ASSIGN && s->kind != IS_STORE) return false;
    }
    for (int i = 0; i < lp->loop.reds.len; i++)
        if (!omp_redop_of(lp->loop.reds.items[i])) return false;   /* per-thread partials */
    return true;
}

bool cg_omp_reductions(const IStmt *lp)
{
    for (int i = 0; i < lp->loop.reds.len; i++)
        if (!omp_redop_of(lp->loop.reds.items[i])) return false;
    return true;
}

/* The OpenMP reduction operator for r, or NULL when r is combined from
 * per-thread partials (argmin/argmax, a user lambda, floating-point
 * minimum/maximum, which must propagate NaN as OpenMP's min/max does not,
 * and complex sums and products). */
const char *omp_redop_of(const Reduction *r)
{
    if (ty_is_complex_kind(r->acc->elem)) return NULL;    /* complex: per-thread partials in every OpenMP */
    switch (r->op) {
    case RED_SUM: case RED_COUNT: return "+";
    case RED_PROD: return "*";
    case RED_MIN: return ty_is_float_kind(r->acc->elem) && !r->nan_free ? NULL : "min";
    case RED_MAX: return ty_is_float_kind(r->acc->elem) && !r->nan_free ? NULL : "max";
    case RED_ANY: return red_int_flag(r) ? "|" : "||";
    case RED_ALL: return red_int_flag(r) ? "&" : "&&";
    default: return NULL;
    }
}

/* Integer sums and products wrap: they accumulate in an unsigned shadow. */
static bool red_unsigned(const Reduction *r)
{
    return ty_is_int_kind(r->acc->elem) && (r->op == RED_SUM || r->op == RED_PROD || r->op == RED_COUNT);
}

/* any/all accumulate in an int shadow with | and &: gcc 12 vectorises no
 * loop with a bool reduction ("no vectype"), which left pass minmax's
 * maximum of each row (its NaN flag an `any`) one element at a time:
 * softmax by rows 1.22x the hand C, 1.00 with the int. */
bool red_int_flag(const Reduction *r)
{
    return (r->op == RED_ANY || r->op == RED_ALL) && r->value && r->value->ty == T_BOOL && !r->cont && !r->mpi_combined
           && !r->lanes && !r->lanes_w;
}

static bool red_shadow(const Reduction *r)
{
    return red_unsigned(r) || red_int_flag(r);
}

const char *red_acc(const Reduction *r)
{
    return red_unsigned(r) ? arena_printf("%s_u", cname(r->acc)) : red_int_flag(r) ? arena_printf("%s_i", cname(r->acc)) : cname(r->acc);
}

/* Is v assigned anywhere in l (nested statements included)? */
static bool assigned_in(const PtrList *l, const Var *v)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: if (s->assign.dst == v) return true; break;
        case IS_IF: if (assigned_in(&s->if_.then, v) || assigned_in(&s->if_.els, v)) return true; break;
        case IS_WHILE: if (assigned_in(&s->while_.pre, v) || assigned_in(&s->while_.body, v)) return true; break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) if (s->loop.idx[d] == v) return true;
            if (assigned_in(&s->loop.body, v)) return true;
            break;
        default: break;
        }
    }
    return false;
}

typedef struct AtLo { const IStmt *lp; bool open; int depth; } AtLo;

static void memory_read(IExpr **slot, void *ctx)
{
    if ((*slot)->kind == IE_LOAD || (*slot)->kind == IE_ECALL) *(bool *)ctx = true;
}

/* v's one definition among the loop body's own statements, or NULL */
static const IExpr *body_def(const IStmt *lp, const Var *v)
{
    const IExpr *def = NULL;
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) {
            if (def) return NULL;
            def = s->assign.val;
        }
    }
    return def;
}

/* The index expression at the loop's first iteration: body definitions
 * expanded, the loop's indices replaced by their lower bounds; `open` when
 * something the body computes otherwise remains. */
static void at_lo(IExpr **slot, void *ctx)
{
    AtLo *at = ctx;
    const IStmt *lp = at->lp;
    if ((*slot)->kind != IE_VAR) return;
    for (int d = 0; d < lp->loop.rank; d++)
        if ((*slot)->var == lp->loop.idx[d]) { *slot = ir_clone_expr(lp->loop.lo[d]); return; }
    if (!assigned_in(&lp->loop.body, (*slot)->var)) return;
    const IExpr *def = body_def(lp, (*slot)->var);
    bool reads = false;         /* index arithmetic only: nothing evaluated before the loop may fault */
    if (def) ir_walk_expr((IExpr **)&def, memory_read, &reads);
    if (!def || reads || at->depth > 8 || expr_may_trap(def)) { at->open = true; return; }
    *slot = ir_clone_expr(def);
    at->depth++;
    ir_walk_expr(slot, at_lo, at);
    at->depth--;
}

/* An argmin/argmax's index at the loop's first iteration, or NULL when it
 * cannot be written before the loop: then the index starts at -1 and the
 * update tests for it.  Starting at the first index needs no "nothing
 * seen yet" test, which keeps compilers from the compare-and-select idiom
 * (clang 14 ran such a loop 6x slower); it is right because when no
 * element beats the initial extreme (all are the largest value, or
 * infinite) the first is the answer. */
const char *red_first_index(CG *g, const IStmt *lp, const Reduction *r)
{
    IExpr *e = ir_clone_expr(r->lam);
    AtLo at = { lp, false, 0 };
    ir_walk_expr(&e, at_lo, &at);
    return at.open ? NULL : expr_str(g, e);
}

static void red_init(CG *g, const IStmt *lp, const Reduction *r)
{
    if (r->cont) return;        /* a stencil's regions add to one sum, set before them */
    if (r->lanes) return;       /* its terms go to the lanes of the outer sum (lane_loop) */
    if (r->lanes_w) {
        line(g, "_Alignas(64) %s arr_lanes_%s[%d] = {0};", ctype(r->acc->elem), cname(r->acc), r->lanes_w);
        return;
    }
    TyKind k = r->acc->elem;
    if (red_unsigned(r)) {
        line(g, "uint64_t %s = %s;", red_acc(r), r->op == RED_PROD ? "1" : "0");
        return;
    }
    if (red_int_flag(r)) {
        line(g, "int %s = %s;", red_acc(r), r->op == RED_ALL ? "1" : "0");
        return;
    }
    bool fl = ty_is_float_kind(k);
    const char *v = NULL;
    switch (r->op) {
    case RED_SUM: case RED_COUNT: v = "0"; break;
    case RED_PROD: v = "1"; break;
    case RED_MIN: case RED_ARGMIN: v = fl ? "INFINITY" : int_limit_c(k, true); break;
    case RED_MAX: case RED_ARGMAX: v = fl ? "-INFINITY" : int_limit_c(k, false); break;
    case RED_ANY: v = "false"; break;
    case RED_ALL: v = "true"; break;
    case RED_LAMBDA: return;    /* initialised from the init argument */
    }
    line(g, "%s = %s;", cname(r->acc), v);
    if (r->idx) {
        const char *first = red_first_index(g, lp, r);
        line(g, "%s = %s;", cname(r->idx), first ? first : "-1");
    }
    if (red_tracks_nan(r)) line(g, r->mpi_combined ? "%s_nan = -1;" : "int64_t %s_nan = -1;", cname(r->idx));
}

/* Initialises a loop's reductions; integer sums and products get an unsigned
 * shadow, any/all an int one, in a block of their own (returns whether it
 * opened one). */
bool reds_open(CG *g, const IStmt *lp)
{
    bool block = false;
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if ((red_shadow(r) || r->lanes_w) && !block) { line(g, "{"); g->ind++; block = true; }
        red_init(g, lp, r);
    }
    return block;
}

static void red_finish(CG *g, const Reduction *r);

/* (((l[0] + l[1]) + (l[2] + l[3])) + ...): the pairwise sum of n lanes */
static void pairwise(Buf *b, const char *arr, int lo, int n)
{
    if (n == 1) {
        buf_printf(b, "%s[%d]", arr, lo);
        return;
    }
    buf_putc(b, '(');
    pairwise(b, arr, lo, n / 2);
    buf_puts(b, " + ");
    pairwise(b, arr, lo + n / 2, n - n / 2);
    buf_putc(b, ')');
}

/* After the loop: NaN fix-ups, the lanes of a sum of sums added up, and the
 * shadows copied back. */
void reds_close(CG *g, const IStmt *lp, bool block)
{
    for (int i = 0; i < lp->loop.reds.len; i++) red_finish(g, lp->loop.reds.items[i]);
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if (!r->lanes_w) continue;
        Buf s = {0};
        pairwise(&s, arena_printf("arr_lanes_%s", cname(r->acc)), 0, r->lanes_w);
        line(g, "%s = %s;", cname(r->acc), s.s);
        buf_free(&s);
    }
    if (!block) return;
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if (red_unsigned(r)) line(g, "%s = (%s)%s;", cname(r->acc), ctype(r->acc->elem), red_acc(r));
        if (red_int_flag(r)) line(g, "%s = %s != 0;", cname(r->acc), red_acc(r));
    }
    g->ind--;
    line(g, "}");
}

/* After an argmin/argmax over floats: the first NaN, if any, is the answer. */
static void red_finish(CG *g, const Reduction *r)
{
    if (red_tracks_nan(r))
        line(g, "if (%s_nan >= 0) %s = %s_nan;", cname(r->idx), cname(r->idx), cname(r->idx));
}

/* The per-iteration update of one reduction, into `acc`/`idx` names. */
void red_update(CG *g, const IStmt *lp, const Reduction *r, const char *acc, const char *idx)
{
    Buf *b = g->b;
    if (r->lanes_w) return;     /* its inner loop adds to its lanes (lane_loop) */
    buf_indent(b, g->ind);
    switch (r->op) {
    case RED_SUM: buf_printf(b, "%s += %s", acc, red_unsigned(r) ? "(uint64_t)" : ""); expr(g, r->value); break;
    case RED_COUNT: buf_printf(b, "%s += (uint64_t)", acc); expr(g, r->value); break;
    case RED_PROD:
        if (ty_is_complex_kind(r->acc->elem)) {   /* the product every complex * is */
            buf_printf(b, "%s = arr_cmul_%s(%s, ", acc, sfx(r->acc->elem), acc);
            top_expr(g, r->value);
            buf_putc(b, ')');
            break;
        }
        buf_printf(b, "%s *= %s", acc, red_unsigned(r) ? "(uint64_t)" : ""); expr(g, r->value); break;
    case RED_MIN: case RED_MAX:
        buf_printf(b, "%s = arr_%s%s_%s(%s, ", acc, r->op == RED_MIN ? "min" : "max",
                   r->nan_free && ty_is_float_kind(r->acc->elem) ? "v" : "", sfx(r->acc->elem), acc);
        top_expr(g, r->value);
        buf_putc(b, ')');
        break;
    case RED_ANY: case RED_ALL:
        if (red_int_flag(r)) {
            buf_printf(b, "%s %s= (int)(", acc, r->op == RED_ANY ? "|" : "&");
            top_expr(g, r->value);
            buf_putc(b, ')');
            break;
        }
        buf_printf(b, "%s = %s %s ", acc, acc, r->op == RED_ANY ? "||" : "&&");
        expr(g, r->value);
        break;
    case RED_ARGMIN: case RED_ARGMAX:
        /* the first extreme, by a plain comparison (branch-free code; the
         * index starts at the first iteration's, red_first_index); for
         * floats the first NaN is tracked apart and wins at the end (NumPy) */
        if (red_tracks_nan(r)) {
            /* selects, not branches: gcc keeps the loop's minsd/cmov idiom */
            buf_printf(b, "%s_nan = (%s_nan < 0 && ", idx, idx);
            top_expr(g, r->value);
            buf_printf(b, " != ");
            top_expr(g, r->value);
            buf_printf(b, ") ? ");
            top_expr(g, r->lam);
            buf_printf(b, " : %s_nan;\n", idx);
            buf_indent(b, g->ind);
        }
        if (red_first_index(g, lp, r)) {
            buf_printf(b, "{ const bool arr_better = ");
            top_expr(g, r->value);
            buf_printf(b, " %s %s; %s = arr_better ? ", r->op == RED_ARGMIN ? "<" : ">", acc, idx);
            top_expr(g, r->lam);
            buf_printf(b, " : %s; %s = arr_better ? ", idx, acc);
            expr(g, r->value);
            buf_printf(b, " : %s; }\n", acc);
            return;
        }
        buf_printf(b, "if (%s < 0 || ", idx);
        top_expr(g, r->value);
        buf_printf(b, " %s %s) { %s = ", r->op == RED_ARGMIN ? "<" : ">", acc, acc);
        expr(g, r->value);
        buf_printf(b, "; %s = ", idx);
        top_expr(g, r->lam);
        buf_puts(b, "; }");
        buf_putc(b, '\n');
        return;
    case RED_LAMBDA: {
        /* acc = lam(pa := acc, pb := value) */
        buf_printf(b, "{ %s %s = %s; %s %s = ", ctype(r->pa->elem), cname(r->pa), acc, ctype(r->pb->elem), cname(r->pb));
        expr(g, r->value);
        buf_printf(b, "; %s = ", acc);
        top_expr(g, r->lam);
        buf_puts(b, "; }");
        break;
    }
    }
    buf_puts(b, ";\n");
}

/* Whether lp's argmins/argmaxes run by blocks: pass argblock marks them
 * (rank 1, from a constant start >= 0; its comment has the legality
 * argument); not a worksharing loop of a stencil's region, whose partials
 * codegen does not keep (the pass does not enter rounds). */
bool red_blocked(const CG *g, const IStmt *lp)
{
    return lp->loop.reds.len && ((const Reduction *)lp->loop.reds.items[0])->blocked && !g->in_region;
}

static void block_body(CG *g, const IStmt *lp)
{
    declare_body_vars(g, &lp->loop.body);
    stmts(g, &lp->loop.body);
}

/* lp's argmins/argmaxes by blocks (into their accumulators and indices,
 * or the threads' _part copies of them), after `omp_for` (a worksharing
 * pragma) if not NULL: for each block of ARR_ARG_BLOCK iterations, a vector
 * min/max of each reduction's values (and whether one is NaN); lp's own
 * ordered loop over the block only if one of them beats its accumulator
 * (or a value is NaN, or an index is not set yet). */
void red_blocked_loop(CG *g, const IStmt *lp, bool part, const char *omp_for)
{
    const PtrList *reds = &lp->loop.reds;
    const char *i = cname(lp->loop.idx[0]), *lo = expr_str(g, lp->loop.lo[0]), *hi = expr_str(g, lp->loop.hi[0]);
    const char *sfx_ = part ? "_part" : "";
    bool odd = false;
    Buf clauses = {0}, cond = {0};
    for (int q = 0; q < reds->len; q++) {
        const Reduction *r = reds->items[q];
        odd |= red_tracks_nan(r);
        buf_printf(&clauses, " reduction(%s:arr_m%d)", r->op == RED_ARGMAX ? "max" : "min", q);
        buf_printf(&cond, "%sarr_m%d %s %s%s", q ? " || " : "", q, r->op == RED_ARGMAX ? ">" : "<", cname(r->acc), sfx_);
        if (!red_first_index(g, lp, r)) buf_printf(&cond, " || %s%s < 0", cname(r->idx), sfx_);
    }
    if (odd) {
        buf_puts(&clauses, " reduction(|:arr_odd)");
        buf_puts(&cond, " || arr_odd");
    }
    if (omp_for) line(g, "%s", omp_for);
    line(g, "for (int64_t arr_blk = %s; arr_blk < %s; arr_blk += %d) {", lo, hi, ARR_ARG_BLOCK);
    g->ind++;
    line(g, "const int64_t arr_blk_end = %s - arr_blk > %d ? arr_blk + %d : %s;", hi, ARR_ARG_BLOCK, ARR_ARG_BLOCK, hi);
    for (int q = 0; q < reds->len; q++) {
        const Reduction *r = reds->items[q];
        line(g, "%s arr_m%d = %s%s;", ctype(r->acc->elem), q, cname(r->acc), sfx_);
    }
    if (odd) line(g, "int arr_odd = 0;");
    line(g, "ARR_OMP(omp simd%s)", clauses.s);
    line(g, "for (int64_t %s = arr_blk; %s < arr_blk_end; %s++) {", i, i, i);
    g->ind++;
    DeclSnap snap = decl_save(g);
    block_body(g, lp);
    for (int q = 0; q < reds->len; q++) {
        const Reduction *r = reds->items[q];
        line(g, "const %s arr_v%d = %s;", ctype(r->acc->elem), q, expr_str(g, r->value));
        line(g, "arr_m%d = arr_v%d %s arr_m%d ? arr_v%d : arr_m%d;", q, q, r->op == RED_ARGMAX ? ">" : "<", q, q, q);
        if (red_tracks_nan(r)) line(g, "arr_odd |= arr_v%d != arr_v%d;", q, q);
    }
    decl_restore(g, &snap);
    g->ind--;
    line(g, "}");
    line(g, "if (%s) {  /* the block may change a result: the ordered loop over it */", cond.s);
    g->ind++;
    line(g, "for (int64_t %s = arr_blk; %s < arr_blk_end; %s++) {", i, i, i);
    g->ind++;
    block_body(g, lp);
    for (int q = 0; q < reds->len; q++) {
        const Reduction *r = reds->items[q];
        red_update(g, lp, r, arena_printf("%s%s", cname(r->acc), sfx_),
                   arena_printf("%s%s", cname(r->idx), sfx_));
    }
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "} /* blocks of %s */", i);
    buf_free(&clauses);
    buf_free(&cond);
}

/* acc = acc (op) x, for a scan's operator, as statements */
static void scan_combine(CG *g, const IExpr *o, const char *acc, const char *x)
{
    TyKind k = o->ty;
    if (o->scan.op == RED_SUM) {
        if (ty_is_int_kind(k))
            line(g, "%s = (%s)((uint64_t)%s + (uint64_t)%s);", acc, ctype(k), acc, x);
        else
            line(g, "%s = %s + %s;", acc, acc, x);
        return;
    }
    line(g, "{");
    line(g, "    %s %s = %s;", ctype(k), cname(o->scan.pa), acc);
    line(g, "    %s %s = %s;", ctype(k), cname(o->scan.pb), x);
    line(g, "    %s = %s;", acc, expr_str(g, o->scan.lam));
    line(g, "}");
}

/* An inclusive scan.  With several threads: each scans its own chunk, the
 * chunk totals are scanned, and each chunk then adds the total of the
 * chunks before it (two passes; the operator must be associative and
 * init its identity, as the language requires). */
void scan_stmt(CG *g, const IStmt *st)
{
    const IExpr *o = st->op;
    const char *T = ctype(o->ty), *src = cname(o->scan.src), *dst = cname(o->scan.dst);
    const char *n = expr_str(g, ir_ext(o->scan.src->dims[0], st->span));
    const char *init = expr_str(g, o->scan.init);
    line(g, "/* %s: parallel inclusive scan (two passes) */", where_line(st->span));
    line(g, "{");
    g->ind++;
    line(g, "%s *arr_tot = NULL;", T);
    line(g, "int arr_nt = 1;");
    if (!cg_serial(g) && !g->in_parfor) line(g, "ARR_OMP(omp parallel if(parallel: %s >= 65536))", n);
    line(g, "{");
    g->ind++;
    line(g, "int arr_t = 0, arr_nth = 1;");
    if (!cg_serial(g) && !g->in_parfor) {
        line(g, "#ifdef _OPENMP");
        line(g, "arr_t = omp_get_thread_num();");
        line(g, "arr_nth = omp_get_num_threads();");
        line(g, "#endif");
        line(g, "ARR_OMP(omp single)");
    }
    line(g, "{");
    line(g, "    arr_nt = arr_nth;");
    line(g, "    arr_tot = (%s *)malloc((size_t)(arr_nt + 1) * sizeof(%s));", T, T);
    line(g, "}");
    line(g, "if (arr_tot) {");
    g->ind++;
    line(g, "int64_t arr_lo = %s / arr_nt * arr_t + (arr_t < %s %% arr_nt ? arr_t : %s %% arr_nt);", n, n, n);
    line(g, "int64_t arr_hi = arr_lo + %s / arr_nt + (arr_t < %s %% arr_nt ? 1 : 0);", n, n);
    line(g, "%s arr_acc = %s;", T, init);
    line(g, "for (int64_t arr_i = arr_lo; arr_i < arr_hi; arr_i++) {");
    g->ind++;
    scan_combine(g, o, "arr_acc", arena_printf("%s[arr_i]", src));
    line(g, "%s[arr_i] = arr_acc;", dst);
    g->ind--;
    line(g, "}");
    line(g, "arr_tot[arr_t + 1] = arr_acc;");
    if (!cg_serial(g) && !g->in_parfor) {
        line(g, "ARR_OMP(omp barrier)");
        line(g, "ARR_OMP(omp single)");
    }
    line(g, "{");
    g->ind++;
    line(g, "arr_tot[0] = %s;", init);
    line(g, "for (int arr_k = 1; arr_k <= arr_nt; arr_k++) {");
    g->ind++;
    line(g, "%s arr_c = arr_tot[arr_k - 1];", T);
    scan_combine(g, o, "arr_c", "arr_tot[arr_k]");
    line(g, "arr_tot[arr_k] = arr_c;");
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "}");
    line(g, "if (arr_t > 0) {");
    g->ind++;
    line(g, "const %s arr_off = arr_tot[arr_t];", T);
    line(g, "for (int64_t arr_i = arr_lo; arr_i < arr_hi; arr_i++) {");
    g->ind++;
    line(g, "%s arr_c = arr_off;", T);
    scan_combine(g, o, "arr_c", arena_printf("%s[arr_i]", dst));
    line(g, "%s[arr_i] = arr_c;", dst);
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "}");
    g->ind--;
    line(g, "}");
    VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the work space of a scan", diag_where(st->span)));
    if (g->in_parfor) {
        line(g, "if (!arr_tot) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }", g->sites.len, g->skip_label);
        g->skip_used = true;
    } else {
        line(g, "if (!arr_tot) { arr_fail(arr_sites[%d]); goto fail; }", g->sites.len - 1);
        g->used_fail = true;
    }
    line(g, "free(arr_tot);");
    g->ind--;
    line(g, "}");
}

/* ---- pass lanesum's inner loop: a short run (at most LANE_RUN_MAX
 * vectors) by whole vectors of w iterations, each lane's terms added into
 * that lane of the outer sums (w partial sums kept from one inner loop to
 * the next; reds_close of the outer loop adds them up), the last n mod w
 * iterations by a shorter vector; a longer run as an ordinary `omp simd`
 * reduction whose sums go to lane 0.  Why the split: gcc keeps the lanes
 * in memory, a store and a load per vector, which a short run pays less
 * than the horizontal sums it saves, and a long run more (passes/lanesum.c
 * has the measurements). ---- */

enum { LANE_RUN_MAX = 8 };

bool cg_lane_loop(const IStmt *lp)
{
    if (lp->kind != IS_LOOP || lp->loop.kind != LOOP_PARFOR || lp->loop.rank != 1 || !lp->loop.reds.len) return false;
    for (int k = 0; k < lp->loop.reds.len; k++)
        if (!((const Reduction *)lp->loop.reds.items[k])->lanes) return false;
    return true;
}

/* The inner loop's body, then each sum's update into acc_of(k): emitted
 * more than once (a long run, whole vectors, the last vector), each copy in
 * its own block, so the declarations are saved and restored around it. */
static void body_copy(CG *g, const IStmt *lp, const char *const *acc)
{
    DeclSnap snap = decl_save(g);
    if (g->in_parfor) declare_body_vars(g, &lp->loop.body);
    stmts(g, &lp->loop.body);
    for (int k = 0; k < lp->loop.reds.len; k++) red_update(g, lp, lp->loop.reds.items[k], acc[k], NULL);
    decl_restore(g, &snap);
}

static void lanes_body(CG *g, const IStmt *lp, const char *i, const char *count)
{
    line(g, "ARR_OMP(omp simd)");
    line(g, "for (int64_t %s_l = 0; %s_l < %s; %s_l++) {", i, i, count, i);
    g->ind++;
    line(g, "const int64_t %s = %s_at + %s_l;", i, i, i);
    const char **acc = xcalloc((size_t)lp->loop.reds.len, sizeof *acc);
    for (int k = 0; k < lp->loop.reds.len; k++)
        acc[k] = arena_printf("arr_lanes_%s[%s_l]", cname(((const Reduction *)lp->loop.reds.items[k])->lanes->acc), i);
    body_copy(g, lp, acc);
    free(acc);
    g->ind--;
    line(g, "}");
}

/* a long run: its own sums (the inner accumulators, declared here), each
 * added to lane 0 of its outer sum */
static void long_run(CG *g, const IStmt *lp, const char *i, const char *lo, const char *hi)
{
    Buf r = {0};
    for (int k = 0; k < lp->loop.reds.len; k++) {
        const Reduction *rd = lp->loop.reds.items[k];
        line(g, "%s %s = 0;", ctype(rd->acc->elem), cname(rd->acc));
        buf_printf(&r, " reduction(+:%s)", cname(rd->acc));
    }
    line(g, "ARR_OMP(omp simd%s)", r.s);
    buf_free(&r);
    line(g, "for (int64_t %s = %s; %s < %s; %s++) {", i, lo, i, hi, i);
    g->ind++;
    const char **acc = xcalloc((size_t)lp->loop.reds.len, sizeof *acc);
    for (int k = 0; k < lp->loop.reds.len; k++) acc[k] = cname(((const Reduction *)lp->loop.reds.items[k])->acc);
    body_copy(g, lp, acc);
    free(acc);
    g->ind--;
    line(g, "}");
    for (int k = 0; k < lp->loop.reds.len; k++) {
        const Reduction *rd = lp->loop.reds.items[k];
        line(g, "arr_lanes_%s[0] += %s;", cname(rd->lanes->acc), cname(rd->acc));
    }
}

void lane_loop(CG *g, const IStmt *lp)
{
    int w = ((const Reduction *)lp->loop.reds.items[0])->lanes->lanes_w;
    const char *i = cname(lp->loop.idx[0]);
    const char *lo = expr_str(g, lp->loop.lo[0]), *hi = expr_str(g, lp->loop.hi[0]);
    Buf fz = {0};
    fused_comment(&fz, lp);
    line(g, "/* %s: loop over [%s, %s) (inside a parallel loop) by vectors of %d; fused: %s */", where_line(lp->span), lo,
         hi, w, fz.s ? fz.s : "");
    buf_free(&fz);
    line(g, "if (%s < %s && (uint64_t)%s - (uint64_t)%s > %d) {", lo, hi, hi, lo, LANE_RUN_MAX * w);
    g->ind++;
    long_run(g, lp, i, lo, hi);
    g->ind--;
    line(g, "} else if (%s < %s) {", lo, hi);
    g->ind++;
    /* at + w never passes hi: no overflow, whatever lo and hi */
    line(g, "uint64_t %s_left = (uint64_t)%s - (uint64_t)%s;", i, hi, lo);
    line(g, "int64_t %s_at = %s;", i, lo);
    line(g, "for (; %s_left >= %d; %s_left -= %d, %s_at = (int64_t)((uint64_t)%s_at + %d)) {", i, w, i, w, i, i, w);
    g->ind++;
    lanes_body(g, lp, i, arena_printf("%d", w));
    g->ind--;
    line(g, "}");
    lanes_body(g, lp, i, arena_printf("(int64_t)%s_left", i));
    g->ind--;
    line(g, "}");
}
