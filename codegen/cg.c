/* cg.c — C/OpenMP emission.
 *
 * Input: PIR after all passes.  Output: a self-contained .c (only libm and,
 * optionally, OpenMP) and a header with the section 9 ABI.  Each parfor
 * becomes `#pragma omp parallel for` (with simd when the body allows it),
 * commented with its .arr line and what was fused into it; every check
 * reports a located message through <module>_last_error().  This file has
 * the state, statements, functions and the file; cg_int.h lists the rest. */
#include "cg_int.h"
#include "cnames.h"
#include "passes.h"      /* vector_math_has */
#include "runtime_inc.h"    /* arr_runtime_text, arr_matmul_text: runtime/arr_runtime.inc, arr_matmul.inc */

void line(CG *g, const char *fmt, ...)
{
    buf_indent(g->b, g->ind);
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(g->b, fmt, ap);
    va_end(ap);
    buf_putc(g->b, '\n');
}

static const char *const reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do", "double", "else", "enum",
    "extern", "float", "for", "goto", "if", "inline", "int", "long", "register", "restrict", "return",
    "short", "signed", "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned", "void",
    "volatile", "while", "fail", "bool", "true", "false", "errno", "main", "exit", "free", "malloc",
    "fabs", "fabsf", "fmin", "fmax", "NAN", "INFINITY",
    "I", "complex", "imaginary", "_Complex_I", "_Imaginary_I", "CMPLX", "CMPLXF", NULL,   /* complex.h's macros */
};

const char **g_rename;             /* per var id: the C name chosen here, or NULL */

const char *cname(const Var *v)
{
    if (g_rename && g_rename[v->id]) return g_rename[v->id];
    const char *n = v->name;
    for (int i = 0; reserved[i]; i++)
        if (strcmp(reserved[i], v->name) == 0) n = arena_printf("%s_", v->name);
    /* a builtin's name, the runtime's prefix, or a name the C headers the
       code includes (or C++, for the header) define: NULL, EOF, M_PI,
       int64_t, class (cnames.c) */
    if (n == v->name && (builtin_lookup(v->name) >= 0 || strncmp(v->name, "arr_", 4) == 0 || cname_taken(v->name)))
        n = arena_printf("%s_", v->name);
    /* a name C reserves (_N, __x, _Bool) takes the runtime's prefix, which
       no other name has (a user's arr_x is arr_x_) */
    if (n[0] == '_' && (n[1] == '_' || (n[1] >= 'A' && n[1] <= 'Z'))) n = arena_printf("arr_r%s", n);
    if (g_rename) g_rename[v->id] = n;      /* remembered for the function */
    return n;
}


void ext(Buf *b, Ext x)
{
    if (x.var) buf_puts(b, cname(x.var));
    else if (x.c >= INT32_MIN && x.c <= INT32_MAX) buf_printf(b, "%" PRId64, x.c);
    else buf_printf(b, "INT64_C(%" PRId64 ")", x.c);
}

void fail_msg(CG *g, const char *msg)
{
    line(g, "arr_fail(\"%s\");", c_escape(msg));
}

/* #line: the C that follows comes from this .arr line (for C compiler
 * messages and debuggers); ARR_CLINE markers are replaced by the C file's
 * own position once the whole file is assembled. */
void source_line(CG *g, Span s)
{
    if (!g->p->line_directives) return;
    int line, col;
    span_linecol(s, &line, &col);
    if (line == g->cur_line) return;
    g->cur_line = line;
    buf_printf(g->b, "#line %d \"%s\"\n", line, c_escape(diag_file(s.file)->name));
}

static void back_to_c(CG *g)
{
    if (!g->p->line_directives || !g->cur_line) return;
    buf_puts(g->b, "#line ARR_CLINE\n");
    g->cur_line = 0;
}

/* A call of a runtime routine that returns nonzero when it cannot allocate
 * its work space (argsort, matmul): the failure is the function's error, or
 * inside a parallel loop a trap that the loop reports after it. */
static void failing_call(CG *g, const IStmt *s, const char *call, const char *what)
{
    VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the work space of '%s'", diag_where(s->span), what));
    if (g->in_parfor) {
        line(g, "if (%s) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }", call, g->sites.len, g->skip_label);
        g->skip_used = true;
    } else {
        line(g, "if (%s) { arr_fail(arr_sites[%d]); goto fail; }", call, g->sites.len - 1);
        g->used_fail = true;
    }
}

void stmt(CG *g, const IStmt *s)
{
    Buf *b = g->b;
    bool save_guard = g->guard_mem;
    if (!g->guard_mem && guards_itself(s)) g->guard_mem = true;
    /* an assignment or store is at its value's line (a tuple comprehension's
     * element is computed on the line of its expression, not of the let) */
    const IExpr *val = s->kind == IS_ASSIGN ? s->assign.val : s->kind == IS_STORE ? s->store.val : NULL;
    if (val && val->span.end > val->span.beg && val->span.file == s->span.file) source_line(g, val->span);
    else if (!(s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR && !g->in_parfor)) source_line(g, s->span);
    switch (s->kind) {
    case IS_ASSIGN: {
        Var *v = s->assign.dst;
        buf_indent(b, g->ind);
        if (g->at_assign[v->id]) {
            if (v->rank) buf_printf(b, "%s *", ctype(v->elem));
            else buf_printf(b, "const %s ", ctype(v->elem));
            g->at_assign[v->id] = false;
            g->declared[v->id] = true;
        }
        varref(g, v);
        buf_puts(b, " = ");
        if (v->rank) buf_printf(b, "(%s *)", ctype(v->elem));   /* rebinding may drop const */
        g->expr_lines = true;
        top_expr(g, s->assign.val);
        g->expr_lines = false;
        buf_puts(b, ";\n");
        break;
    }
    case IS_STORE:
        if (s->store.arr == g->count_only) break;
        if (g->guard_mem) { guarded_store(g, s); break; }
        buf_indent(b, g->ind);
        buf_printf(b, "%s[", cname(s->store.arr));
        index_expr(g, s->store.arr, s->store.n, s->store.idx);
        buf_puts(b, "] = ");
        g->expr_lines = true;
        top_expr(g, s->store.val);
        g->expr_lines = false;
        buf_puts(b, ";\n");
        break;
    case IS_IF:
        if (s->if_.pp) { vmath_versions(g, s); break; }
        buf_indent(b, g->ind);
        buf_puts(b, "if (");
        bool trapping = has_site(s->if_.cond) && !g->guard_mem;
        g->guard_mem |= trapping;
        cond(g, s->if_.cond);
        g->guard_mem = save_guard;
        buf_puts(b, ") {\n");
        g->ind++;
        if (trapping) trap_exit(g);
        stmts(g, &s->if_.then);
        g->ind--;
        if (s->if_.els.len || trapping) {
            line(g, "} else {");
            g->ind++;
            if (trapping) trap_exit(g);
            stmts(g, &s->if_.els);
            g->ind--;
        }
        line(g, "}");
        break;
    case IS_LOOP:
        VEC_PUSH(g->open_loops, s);
        if (s->loop.kind == LOOP_COMPACT) compact_loop(g, s);
        else if (s->loop.kind == LOOP_PARFOR && !g->in_parfor) {
            int mark = hoist_open(g, s);
            parfor(g, s);
            hoist_close(g, mark);
        }
        else if (s->loop.kind == LOOP_ROUNDS && !g->in_parfor && !g->in_region && !cg_serial(g) && !g->p->mpi) rounds(g, s);
        else serial_loop(g, s);
        g->open_loops.len--;
        break;
    case IS_WHILE: {
        PtrList both = {0};                 /* what one round runs */
        for (int i = 0; i < s->while_.pre.len; i++) plist_push(&both, s->while_.pre.items[i]);
        for (int i = 0; i < s->while_.body.len; i++) plist_push(&both, s->while_.body.items[i]);
        int sweep = sweep_open(g, &both);
        line(g, "for (;;) {  /* while, %s */", where_line(s->span));
        g->ind++;
        stmts(g, &s->while_.pre);
        buf_indent(b, g->ind);
        buf_puts(b, "if (!");
        bool trapping = has_site(s->while_.cond) && !g->guard_mem;
        g->guard_mem |= trapping;
        expr(g, s->while_.cond);
        g->guard_mem = save_guard;
        buf_puts(b, ") break;\n");
        if (trapping) trap_exit(g);
        stmts(g, &s->while_.body);
        sweep_round(g, &both, sweep);
        g->ind--;
        line(g, "} /* while */");
        sweep_close(g, sweep);
        break;
    }
    case IS_RETURN:
        for (int i = 0; i < s->ret.n; i++) {
            Var *r = g->f->results.items[i];
            Var *v = s->ret.vals[i];
            if (!r->anon_result) continue;
            if (s->ret.split && s->ret.split[i]) { mpi_split_result(g, s, r, v); continue; }
            /* hand the buffer to the caller: ours if we own it, else a copy */
            Buf n = {0};
            buf_puts(&n, "(size_t)");
            for (int d = 0; d < r->rank; d++) { if (d) buf_puts(&n, " * (size_t)"); buf_printf(&n, "(*%s)", cname(r->dims[d].var)); }
            line(g, "if (!arr_pool_take(&arr_pool_, %s)) {", cname(v));
            line(g, "    %s *arr_c = (%s *)malloc(%s * sizeof(%s) + 1);", ctype(v->elem), ctype(v->elem), n.s, ctype(v->elem));
            line(g, "    if (!arr_c) { arr_fail(\"%s: error: out of memory\"); goto fail; }", c_escape(diag_where(s->span)));
            g->used_fail = true;
            line(g, "    if (%s != 0) memcpy(arr_c, %s, %s * sizeof(%s));", n.s, cname(v), n.s, ctype(v->elem));
            line(g, "    *%s = arr_c;", cname(r));
            line(g, "} else {");
            line(g, "    *%s = (%s *)%s;", cname(r), ctype(v->elem), cname(v));
            line(g, "}");
            buf_free(&n);
        }
        line(g, "goto done;");
        break;
    case IS_SCAN: scan_stmt(g, s); break;
    case IS_MPI: mpi_stmt(g, s); break;
    case IS_STENCIL: ice("a stencil node reached code generation"); break;
    case IS_SORT: {
        const IExpr *o = s->op;
        failing_call(g, s, arena_printf("arr_argsort_%s(%s, %s, %s, %d)", sfx(o->sort.keys->elem), cname(o->sort.keys),
                                        expr_str(g, ir_ext(o->sort.keys->dims[0], s->span)), cname(o->sort.dst),
                                        !g->in_parfor && !cg_serial(g)), "argsort");
        break;
    }
    case IS_MATMUL: {
        /* each operand as (pointer, row stride, column stride): an array
           [r, c] is (p, c, 1), the transpose of one is (p, 1, c) */
        const IExpr *o = s->op;
        g->uses_matmul = true;
        const char *op[2];
        for (int i = 0; i < 2; i++) {
            const Var *v = i ? o->mm.b : o->mm.a;
            bool t = i ? o->mm.tb : o->mm.ta;
            const char *c = expr_str(g, ir_ext(v->dims[1], s->span));
            op[i] = arena_printf("%s, %s, %s", cname(v), t ? "1" : c, t ? c : "1");
            if (!i && o->mm.row0)       /* --mpi: this rank's rows of the operand */
                op[i] = arena_printf("%s + (size_t)(%s) * (size_t)%s, %s, %s", cname(v), expr_str(g, o->mm.row0), t ? "1" : c,
                                     t ? "1" : c, t ? c : "1");
        }
        failing_call(g, s, arena_printf("arr_matmul_%s(%s, %s, %s, %s, %s, %s, %d)", sfx(o->mm.dst->elem),
                                        expr_str(g, ir_ext(o->mm.dst->dims[0], s->span)),
                                        expr_str(g, ir_ext(o->mm.dst->dims[1], s->span)),
                                        expr_str(g, ir_ext(o->mm.a->dims[o->mm.ta ? 0 : 1], s->span)),
                                        op[0], op[1], cname(o->mm.dst), !g->in_parfor && !cg_serial(g)),
                     "matmul");
        break;
    }
    /* a guarded parfor's body is emitted twice (one-thread and parallel
       copies): the labels of early returns inlined into it get the copy's number */
    case IS_GOTO:
        if (g->label_copy) line(g, "goto L%d_%d;", s->label, g->label_copy);
        else line(g, "goto L%d;", s->label);
        break;
    case IS_LABEL:
        if (g->label_copy) line(g, "L%d_%d:;", s->label, g->label_copy);
        else line(g, "L%d:;", s->label);
        break;
    case IS_CHECK: check_stmt(g, s); break;
    case IS_VMATH: vmath_stmt(g, s); break;
    case IS_PREFETCH:
        /* a hint (lower_pir_tblock.c): the load's address, in bounds, never dereferenced here */
        if (s->pf.at->kind != IE_LOAD) break;
        buf_indent(b, g->ind);
        buf_printf(b, "%s(&%s[", s->pf.write ? "ARR_PREFETCH_W" : "ARR_PREFETCH", cname(s->pf.at->load.arr));
        index_expr(g, s->pf.at->load.arr, s->pf.at->load.n, s->pf.at->load.idx);
        buf_puts(b, "]);\n");
        break;
    case IS_ALLOC: alloc_stmt(g, s); break;
    }
    g->guard_mem = save_guard;
    if (!g->in_parfor && !g->in_region && stmt_traps(s)) trap_check(g);
    else if (g->in_parfor && g->skip_label >= 0 && stmt_traps(s)) trap_exit(g);
}

void stmts(CG *g, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) stmt(g, l->items[i]);
}

/* ---- signatures and the header ---- */

/* A type in the header: complex numbers by the typedefs it declares,
 * which are std::complex in C++ (the same layout and calling convention). */
static const char *htype(TyKind k, bool header)
{
    if (header && k == T_C64) return "arr_c64";
    if (header && k == T_C128) return "arr_c128";
    return ctype(k);
}

/* The extents of an array as a C product ("m * n", "3"). */
static const char *elements(const Var *v)
{
    Buf b = {0};
    for (int d = 0; d < v->rank; d++) {
        if (d) buf_puts(&b, " * ");
        if (v->dims[d].var) buf_puts(&b, cname(v->dims[d].var));
        else buf_printf(&b, "%lld", (long long)v->dims[d].c);
    }
    const char *s = arena_strdup(b.s ? b.s : "1");
    buf_free(&b);
    return s;
}

/* The header's comment on an export: its arr signature (the source text up
 * to the body), what each pointer needs, and how it reports errors. */
static void header_doc(Buf *h, const IrProgram *p, const IrFunc *f, const char *m)
{
    if (p->prefix) buf_printf(h, "/* %s_%s is, in arr: ", p->prefix, f->name);
    else buf_puts(h, "/* arr: ");
    const FnDecl *fd = f->decl;
    if (fd) {
        const SourceFile *sf = diag_file(fd->span.file);
        uint32_t e = fd->name_span.end;
        while (e < sf->len && e < fd->span.end && sf->text[e] != '{') e++;
        bool space = false;
        int n = 0;
        for (uint32_t i = fd->name_span.beg; i < e && n < 400; i++, n++) {
            char ch = sf->text[i];
            if (ch == '#') while (i < e && sf->text[i] != '\n') i++;     /* an arr comment */
            if (i >= e) break;
            ch = sf->text[i];
            if (ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ') { space = true; continue; }
            if (space && h->len && h->s[h->len - 1] != ' ' && h->s[h->len - 1] != '(') buf_putc(h, ' ');
            space = false;
            if (ch == '/' && i + 1 < e && sf->text[i + 1] == '*') { buf_puts(h, "/ "); continue; }
            if (ch == '*' && i + 1 < e && sf->text[i + 1] == '/') { buf_puts(h, "* "); continue; }
            buf_putc(h, (unsigned char)ch < 0x20 ? ' ' : ch);
        }
    } else {
        buf_puts(h, f->name);
    }
    buf_puts(h, "\n");
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        if (v->rank)
            buf_printf(h, " *   %s: %s elements%s\n", cname(v), elements(v), v->written ? ", read and written" : "");
    }
    for (int i = 0; i < f->results.len; i++) {
        const Var *r = f->results.items[i];
        if (!r->rank) buf_printf(h, " *   *%s: the result\n", cname(r));
        else if (r->anon_result) {
            buf_printf(h, " *   *%s: allocated by the call (release it with free()), extents in ", cname(r));
            for (int d = 0; d < r->rank; d++) buf_printf(h, "%s*%s", d ? ", " : "", cname(r->dims[d].var));
            buf_puts(h, "\n");
        }
        else buf_printf(h, " *   %s: %s elements, written\n", cname(r), elements(r));
    }
    buf_printf(h, " * Returns 0 on success; on failure, non-zero and %s_last_error() says why. */\n", m);
}

/* restrict: only in the definition (the header has none). */
static void signature(CG *g, Buf *b, const IrFunc *f, bool restrict_)
{
    const char *rq = restrict_ ? "restrict " : "";
    bool h = !restrict_;
#define ctype(k) htype(k, h)
    buf_printf(b, "int %s%s%s(", g->p->prefix ? g->p->prefix : "", g->p->prefix ? "_" : "", f->name);
    bool first = true;
    if (g->p->mpi) {
        buf_printf(b, "MPI_Comm %s", comm_name(f));
        first = false;
    }
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        buf_puts(b, first ? "" : ", ");
        first = false;
        if (v->rank) buf_printf(b, "%s%s *%s%s", v->written ? "" : "const ", ctype(v->elem), rq, cname(v));
        else buf_printf(b, "%s %s", ctype(v->elem), cname(v));
    }
    for (int i = 0; i < f->results.len; i++) {
        const Var *r = f->results.items[i];
        buf_puts(b, first ? "" : ", ");
        first = false;
        if (!r->rank) buf_printf(b, "%s *%s", ctype(r->elem), cname(r));
        else if (r->anon_result) {
            buf_printf(b, "%s **%s", ctype(r->elem), cname(r));
            for (int d = 0; d < r->rank; d++) buf_printf(b, ", int64_t *%s", cname(r->dims[d].var));
        } else buf_printf(b, "%s *%s%s", ctype(r->elem), rq, cname(r));
    }
    if (first) buf_puts(b, "void");
    buf_putc(b, ')');
    (void)g;
#undef ctype
}

static bool func_uses_complex(const IrFunc *f)
{
    for (int i = 0; i < f->vars.len; i++)
        if (ty_is_complex_kind(((Var *)f->vars.items[i])->elem)) return true;
    return false;
}

static void byte_size(Buf *b, const Var *v)
{
    buf_puts(b, "(size_t)");
    for (int d = 0; d < v->rank; d++) {
        if (d) buf_puts(b, " * (size_t)");
        if (v->dims[d].var && v->kind == V_RESULT && v->dims[d].var->kind == V_RESULT) buf_printf(b, "(*%s)", cname(v->dims[d].var));
        else ext(b, v->dims[d]);
    }
    buf_printf(b, " * sizeof(%s)", ctype(v->elem));
}

/* if (cond) { the error `what`, located at f's name; goto fail; } at the
 * entry of f */
static void entry_check(CG *g, const IrFunc *f, const char *cond, const char *what)
{
    line(g, "if (%s) {", cond);
    g->ind++;
    fail_msg(g, arena_printf("%s: error: %s", diag_where(f->decl->name_span), what));
    line(g, "goto fail;");
    g->used_fail = true;
    g->ind--;
    line(g, "}");
}

static void function(CG *g, IrFunc *f)
{
    g->f = f;
    g->declared = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    g->at_assign = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    g_rename = xcalloc((size_t)f->vars.len + 1, sizeof(const char *));
    names_open(g);
    Buf *b = g->b;
    int line_no, col;
    span_linecol(f->decl->span, &line_no, &col);
    buf_printf(b, "/* %s: export fn %s */\n", where_line(f->decl->span), f->name);
    g->cur_line = 0;
    signature(g, b, f, true);
    buf_puts(b, "\n{\n");
    g->ind = 1;
    line(g, "arr_pool arr_pool_ = {0};");
    line(g, "int arr_trapped = 0;");
    line(g, "(void)arr_trapped;");
    if (g->p->mpi) {
        line(g, "int arr_nranks = 1, arr_rank = 0, arr_mpi_failed = 0;");
        line(g, "MPI_Comm_rank(%s, &arr_rank);", comm_name(f));
        line(g, "arr_mpi_comm_s = 0;");
        line(g, "MPI_Comm_size(%s, &arr_nranks);", comm_name(f));
    }
    for (int i = 0; i < f->params.len; i++) {
        Var *v = f->params.items[i];
        g->declared[v->id] = true;
        line(g, "(void)%s;", cname(v));
    }
    for (int i = 0; i < f->results.len; i++) {
        Var *r = f->results.items[i];
        g->declared[r->id] = true;
        for (int d = 0; d < r->rank; d++) if (r->dims[d].var) g->declared[r->dims[d].var->id] = true;
        if (r->anon_result) line(g, "if (%s) *%s = NULL;", cname(r), cname(r));     /* NULL: an error below */
    }
    /* Scalars assigned inside a parfor body are declared there (private to
     * each iteration); everything else at the top, so goto fail skips none. */
    bool *priv = xcalloc((size_t)f->vars.len + 1, sizeof(bool)), *assigned = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    cg_mark_private(&f->body, false, priv, assigned);
    AccessSet all = {0};
    analyze_access_list(&f->body, NULL, &all);
    for (int i = 0; i < f->vars.len; i++) {
        Var *v = f->vars.items[i];
        /* a loop's index is declared by its loop, unless a pass made it a
           scalar assigned in the loop's body (inlining a comprehension into
           a serial loop: `g = lo + k`) */
        if (g->declared[v->id] || (v->kind == V_INDEX && !assigned[v->id]) || priv[v->id]) continue;
        bool used = false;
        for (int k = 0; k < all.len && !used; k++) used = all.items[k].v == v;
        if (!used) continue;
        g->declared[v->id] = true;
        if (v->rank) line(g, "%s *%s = NULL;", ctype(v->elem), cname(v));
        else line(g, "%s %s = 0;", ctype(v->elem), cname(v));
    }
    VEC_FREE(all);
    free(priv);
    free(assigned);
    if (g->p->mpi) mpi_decls(g, &f->body, MPI_DECLARE);
    /* Extents passed by the caller must not be negative. */
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        if (!ir_var_nonneg(v)) continue;
        entry_check(g, f, arena_printf("%s < 0", cname(v)), arena_printf("negative extent %s passed to '%s'", v->name, f->name));
    }
    /* A NULL array with elements, or a NULL out-pointer, is the caller's
       error, not a crash. */
    for (int i = 0; i < f->params.len + f->results.len; i++) {
        const Var *a = i < f->params.len ? f->params.items[i] : f->results.items[i - f->params.len];
        if (i < f->params.len && !a->rank) continue;
        Buf cond = {0};
        buf_printf(&cond, "%s == NULL", cname(a));
        if (a->rank && !a->anon_result)
            for (int d = 0; d < a->rank; d++) {
                buf_puts(&cond, " && ");
                if (a->dims[d].var) buf_printf(&cond, "%s != 0", cname(a->dims[d].var));
                else buf_printf(&cond, "%lld != 0", (long long)a->dims[d].c);
            }
        if (strstr(cond.s, " && 0 != 0")) { buf_free(&cond); continue; }     /* an empty array may be NULL */
        const char *what = a->kind == V_PARAM ? arena_printf("argument '%s' is NULL but has %s elements", a->name, elements(a))
                           : a->rank && !a->anon_result
                           ? arena_printf("the result buffer '%s' is NULL but must hold %s elements", a->name, elements(a))
                           : arena_printf("the result pointer '%s' is NULL", a->name);
        entry_check(g, f, cond.s, arena_printf("%s (passed to '%s')", what, f->name));
        buf_free(&cond);
        if (a->anon_result)         /* and where the extents go */
            for (int d = 0; d < a->rank; d++) {
                const char *e = cname(a->dims[d].var);
                entry_check(g, f, arena_printf("%s == NULL", e),
                            arena_printf("the result extent pointer '%s' is NULL (passed to '%s')", e, f->name));
            }
    }
    /* Arrays that are written must not overlap any other array argument. */
    for (int i = 0; i < f->params.len + f->results.len; i++) {
        const Var *a = i < f->params.len ? f->params.items[i] : f->results.items[i - f->params.len];
        if (!a->rank || (a->kind == V_PARAM && !a->written) || a->anon_result) continue;
        for (int j = 0; j < f->params.len + f->results.len; j++) {
            const Var *c = j < f->params.len ? f->params.items[j] : f->results.items[j - f->params.len];
            if (j == i || !c->rank || c->anon_result) continue;
            if (j < i && (c->kind == V_RESULT || c->written)) continue;   /* pair already checked */
            Buf x = {0}, y = {0};
            byte_size(&x, a);
            byte_size(&y, c);
            line(g, "if (arr_overlap(%s, %s, %s, %s)) {", cname(a), x.s, cname(c), y.s);
            g->ind++;
            fail_msg(g, arena_printf("%s: error: arguments '%s' and '%s' overlap, but '%s' is written",
                                     diag_where(f->decl->name_span), a->name, c->name, a->name));
            line(g, "goto fail;");
            g->used_fail = true;
            g->ind--;
            line(g, "}");
            buf_free(&x);
            buf_free(&y);
        }
    }
    stmts(g, &f->body);
    if (!f->body.len || ((IStmt *)f->body.items[f->body.len - 1])->kind != IS_RETURN) line(g, "goto done;");
    back_to_c(g);
    buf_puts(b, "done:\n");
    if (g->p->mpi) {
        line(g, "if (arr_mpi_sync(%s, 0)) goto arr_mpi_fail;    /* another rank failed */", comm_name(f));
        mpi_decls(g, &f->body, MPI_RELEASE);
    }
    line(g, "arr_pool_free(&arr_pool_);");
    line(g, "arr_errbuf[0] = 0;");
    line(g, "return 0;");
    if (!g->used_fail) buf_puts(b, "    goto fail;  /* (no path fails) */\n");
    g->used_fail = false;
    buf_puts(b, "fail:\n");
    if (g->p->mpi) {
        line(g, "arr_mpi_failed = 1;");
        mpi_decls(g, &f->body, MPI_DRAIN);
        line(g, "arr_mpi_sync(%s, 1);    /* meets the other ranks' next sync: they fail too */", comm_name(f));
        buf_puts(b, "arr_mpi_fail:\n");
        mpi_decls(g, &f->body, MPI_DRAIN);
        line(g, "arr_mpi_share_error(%s, arr_mpi_failed);    /* the first failed rank's message, on every rank */", comm_name(f));
        mpi_decls(g, &f->body, MPI_RELEASE);
    }
    line(g, "arr_pool_free(&arr_pool_);");
    for (int i = 0; i < f->results.len; i++) {
        Var *r = f->results.items[i];
        if (r->anon_result) line(g, "if (%s && *%s) { free(*%s); *%s = NULL; }", cname(r), cname(r), cname(r), cname(r));
    }
    line(g, "return 1;");
    back_to_c(g);
    buf_printf(b, "} /* %s */\n\n", f->name);
    free(g->declared);
    free(g->at_assign);
    names_close(g);
    free(g_rename);
    g_rename = NULL;
}

/* The name in an #include "...": compilers take its bytes as they are (no
 * escapes are decoded), so it is emitted raw; names holding '"', '\\', a
 * newline or another control character cannot be written there (the
 * driver refuses such output names) and are escaped only as a last resort. */
static const char *include_name(const char *name)
{
    for (const unsigned char *q = (const unsigned char *)name; *q; q++)
        if (*q == '"' || *q == '\\' || *q < 0x20 || *q == 0x7f) return c_escape(name);
    return name;
}

void cg_emit(const IrProgram *p, const char *source_name, const char *header_name, const char *c_name, Buf *c, Buf *h)
{
    const char *m = p->module;
    /* header */
    Buf guard = {0};
    /* the module's name as it is (k.arr and K.arr are two modules, k_ and K_) */
    for (const char *q = m; *q; q++) buf_putc(&guard, isalnum((unsigned char)*q) ? *q : '_');
    buf_printf(h, "/* %s.h — generated by arrc from %s.  Do not edit. */\n", m, source_name);
    buf_printf(h, "#ifndef ARRC_%s_H\n#define ARRC_%s_H\n\n#include <stdint.h>\n#include <stdbool.h>\n%s\n", guard.s, guard.s,
               p->mpi ? "#include <mpi.h>    /* arrc --mpi: compile with mpicc */\n" : "");
    bool header_complex = false;
    for (int i = 0; i < p->funcs.len; i++) {
        const IrFunc *f = p->funcs.items[i];
        for (int k = 0; k < f->params.len + f->results.len; k++) {
            const Var *v = k < f->params.len ? f->params.items[k] : f->results.items[k - f->params.len];
            header_complex |= ty_is_complex_kind(v->elem);
        }
    }
    if (header_complex)
        buf_puts(h, "/* Complex numbers: C99 _Complex in C, std::complex in C++ (the same layout). */\n"
                    "#ifndef ARRC_COMPLEX_TYPES\n#define ARRC_COMPLEX_TYPES\n"
                    "#ifdef __cplusplus\n#include <complex>\ntypedef std::complex<float> arr_c64;\n"
                    "typedef std::complex<double> arr_c128;\n#else\n#include <complex.h>\n"
                    "typedef float _Complex arr_c64;\ntypedef double _Complex arr_c128;\n#endif\n#endif\n\n");
    buf_puts(h, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
    CG g = { .p = p };
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        header_doc(h, p, f, m);
        signature(&g, h, f, false);
        buf_puts(h, ";\n\n");
    }
    buf_printf(h, "/* The message of this thread's last failed call, or \"\" after a success. */\n");
    buf_printf(h, "const char *%s_last_error(void);\n\n", m);
    buf_printf(h, "/* Frees the blocks this module keeps from earlier calls' temporaries for its\n"
                  " * next calls (up to 512 MiB; none with -DARR_CACHE_BYTES=0).  Optional. */\n"
                  "void %s_release_memory(void);\n\n", m);
    if (p->mpi)
        buf_printf(h, "/* --mpi: the seconds this rank's last call spent in MPI (waiting for the other\n"
                      " * ranks included), for measuring the communication's share. */\n"
                      "double %s_comm_seconds(void);\n\n", m);
    buf_puts(h, "#ifdef __cplusplus\n}\n#endif\n\n");
    buf_printf(h, "#endif /* ARRC_%s_H */\n", guard.s);
    buf_free(&guard);

    /* body first (to learn which math functions are used), then assemble */
    Buf body = {0};
    g.b = &body;
    for (int i = 0; i < p->funcs.len; i++) function(&g, p->funcs.items[i]);

    buf_printf(c, "/* %s.c — generated by arrc from %s.  Do not edit.\n", m, source_name);
    buf_printf(c, " * Build: cc -std=c11 -O3 -fopenmp -c this file (-march=native for the widest vectors);\n"
                  " * link with -lm%s. */\n", p->vector_math == VM_SLEEF ? " -lsleef (--vector-math=sleef)" : "");
    /* a C++ build of the file would fail on C11 (_Thread_local, _Complex,
       restrict) with messages that do not say why */
    buf_puts(c, "#ifdef __cplusplus\n#error \"this file is C11: compile it with a C compiler (cc -std=c11); C++ code includes its header\"\n#endif\n");
    buf_puts(c, "#define _GNU_SOURCE 1\n");
    buf_printf(c, "#include \"%s\"\n\n", include_name(header_name));
    buf_puts(c, "#include <math.h>\n#include <stdint.h>\n#include <stdbool.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n");
    buf_puts(c, "#ifdef _OPENMP\n#include <omp.h>\n#endif\n");
    for (int i = 0; i < p->funcs.len; i++) g.uses_complex |= func_uses_complex(p->funcs.items[i]);
    bool blocks = false;
    for (int id = 0; id < BI_COUNT_; id++) blocks |= g.uses_vm[id][0] || g.uses_vm[id][1];
    if (blocks && p->vector_math == VM_SLEEF) buf_puts(c, "#include <sleef.h>    /* --vector-math=sleef: link with -lsleef */\n");
    if (blocks && p->vector_math == VM_LIBMVEC) vmath_libmvec_switch(c);
    if (g.uses_complex) buf_puts(c, "#include <complex.h>\n#define ARR_COMPLEX 1    /* the runtime's complex helpers */\n");
    for (int i = 0; i < p->headers.len; i++)
        buf_printf(c, "#include \"%s\"    /* extern functions */\n", include_name(p->headers.items[i]));
    buf_putc(c, '\n');
    /* a loop padded to whole vectors (pass padtail) selects its extra
       iterations' values by the index: gcc -O3's -fsplit-loops would cut
       the loop there into the real iterations, tail and all, and a scalar
       loop adding the zeros (measured on bench/md's link cells: 1.8x the
       hand C split, 1.4x not) */
    const char *opt_end = p->padded ? ", \"no-split-loops\")\n#endif\n\n" : ")\n#endif\n\n";
    if (p->fast_math) {
        buf_puts(c, "/* --fast-math: reassociation and contraction allowed. */\n");
        buf_puts(c, "#if defined(__clang__)\n#pragma clang fp contract(fast) reassociate(on)\n#elif defined(__GNUC__)\n"
                    "#pragma GCC optimize(\"fp-contract=fast\", \"associative-math\", \"no-signed-zeros\", \"no-trapping-math\"");
        buf_puts(c, opt_end);
    } else {
        /* no-trapping-math changes no value (arr reads no floating-point
           exception flag) and lets gcc vectorise trunc, floor, ceil and
           round (roundpd), which its default -ftrapping-math keeps scalar */
        buf_puts(c, "/* Evaluate in source order: no contraction into fused multiply-adds.  Floating-point\n"
                    "   exceptions are not trapped or read (so rounding functions vectorise). */\n");
        /* -ffast-math or -Ofast on the C compiler's command line (section 9:
           source order "whatever flags the C compiler gets"): gcc's
           no-fast-math undoes it all (reassociation, x * 3 / 3 folded, NaN
           and infinity assumed away, limited-range complex division), then
           the flags arr wants are set again (no-fast-math turns errno and
           trapping math back on); clang's float_control(precise) undoes the
           reassociation and the folding, but clang still assumes no NaN
           where -ffinite-math-only says so, and its -ffp-contract=fast
           contracts disregarding every pragma (no macro tells of that one:
           documented).  Found by an acceptance probe. */
        /* (the warning first: gcc's no-fast-math undefines __FAST_MATH__) */
        buf_puts(c, "#if defined(__FAST_MATH__) && defined(__OPTIMIZE__) && !defined(ARR_NO_PERF_WARNING)\n"
                    "#if defined(__clang__)\n"
                    "#warning \"compiled with -ffast-math: the source's order of operations is kept, but NaN and infinity may be "
                    "assumed away and a * b + c fused into one rounding; generate with 'arrc --fast-math' for fast-math code, or "
                    "build without it (-DARR_NO_PERF_WARNING silences this)\"\n"
                    "#else\n"
                    "#warning \"compiled with -ffast-math: this file keeps IEEE semantics and the source's order of operations "
                    "regardless; generate with 'arrc --fast-math' for fast-math code (-DARR_NO_PERF_WARNING silences this)\"\n"
                    "#endif\n#endif\n\n");
        buf_puts(c, "#if defined(__clang__)\n#pragma float_control(precise, on)\n#pragma STDC FP_CONTRACT OFF\n#elif defined(__GNUC__)\n"
                    "#pragma GCC optimize(\"no-fast-math\", \"fp-contract=off\", \"no-trapping-math\", \"no-math-errno\", "
                    "\"no-cx-limited-range\"");
        /* gcc 12's straight-line vectoriser fuses a complex product's
           multiplies into its add/sub (vfmaddsub) whatever -ffp-contract
           says: 25 of 64 products off NumPy's in the last bit with -mfma
           (e2e complex_fma); the loops still vectorise without it */
        if (g.uses_complex) buf_puts(c, ", \"no-tree-slp-vectorize\"");
        buf_puts(c, opt_end);
    }
    buf_puts(c, "/* OpenMP directives; without OpenMP the code runs serially and compiles cleanly. */\n");
    buf_puts(c, "#ifdef _OPENMP\n#define ARR_OMP(directive) _Pragma(#directive)\n#else\n#define ARR_OMP(directive)\n#endif\n");
    buf_puts(c, "/* 'omp simd' asks for vectorisation; clang says so when it cannot (libm calls). */\n");
    buf_puts(c, "#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Wpass-failed\"\n#endif\n");
    /* What the .arr source itself says, which -Wall flags in C: a value kept
     * only for its run-time error (an integer division whose result is
     * dead), `x != x` as a NaN test, `i64(flag) != 5` (always true for a
     * bool), a fill gcc turns into a memset of a length it cannot prove
     * non-negative (an extent n - 1 clamped at 0), ~i32(flag) (a complement
     * of a converted bool), a shift of an unsigned value gcc has folded from
     * a negative constant, an unsigned shift of a const local gcc has folded
     * (-Wshift-overflow), `i64(flag) >= -7` (gcc's -Wbool-compare), `2 ^ 39`
     * (an xor clang takes for a mistyped power), a read of a[0] gcc cannot prove is
     * inside an array it saw filled by a loop that may not run, and gcc 12's
     * -Warray-bounds and -Walloc-size-larger-than= on arr_alloc inlined where
     * it follows an extent into a path that the count checks exclude (a
     * copy of a 1-byte allocation for count 0; malloc of (size_t)-8 for a
     * count the function returns NULL for first; both found by make fuzz), and
     * gcc's -Wsign-compare on `(uint16_t)~x == y` (the cast back makes it
     * right; gcc sees the complement through the cast, and through x ^ 0xFFFF),
     * and gcc's -Woverflow on `const uint16_t v = x | 65535` for a u8 x (the
     * value fits; found by make fuzz), and gcc 12's -Wrestrict on a memcpy it
     * made itself from a copy loop, for a byte count of 2^63 on a path the
     * extent checks exclude (found by make fuzz). */
    buf_puts(c, "/* Warnings about what the .arr source says (dead values kept for their run-time\n"
                "   errors, x != x, reads gcc cannot prove initialised) are not the C's to fix. */\n");
    buf_puts(c, "#if defined(__GNUC__)\n"
                "#pragma GCC diagnostic ignored \"-Wunused-variable\"\n"
                "#pragma GCC diagnostic ignored \"-Wunused-but-set-variable\"\n"
                "#pragma GCC diagnostic ignored \"-Wtautological-compare\"\n"
                "#pragma GCC diagnostic ignored \"-Wtype-limits\"\n"
                "#if !defined(__clang__)\n#pragma GCC diagnostic ignored \"-Wmaybe-uninitialized\"\n"
                "#pragma GCC diagnostic ignored \"-Wstringop-overflow\"\n"
                "#pragma GCC diagnostic ignored \"-Wshift-negative-value\"\n"
                "#pragma GCC diagnostic ignored \"-Wbool-operation\"\n"
                "#pragma GCC diagnostic ignored \"-Wbool-compare\"\n"
                "#pragma GCC diagnostic ignored \"-Wshift-overflow\"\n"
                "#pragma GCC diagnostic ignored \"-Warray-bounds\"\n"
                "#pragma GCC diagnostic ignored \"-Wsign-compare\"\n"
                "#pragma GCC diagnostic ignored \"-Woverflow\"\n"
                "#pragma GCC diagnostic ignored \"-Walloc-size-larger-than=\"\n"
                "#pragma GCC diagnostic ignored \"-Wrestrict\"\n#endif\n"
                "#endif\n"
                "#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Wxor-used-as-pow\"\n#endif\n\n");
    /* const: no generated code reads errno, so a math function is a pure
       function of its arguments here; declared so, gcc and clang treat it
       as -fno-math-errno would (sqrt is one instruction and vectorises,
       no errno-setting branch), whatever flags the user compiles with.
       Values are unchanged: the same libm function is called. */
    buf_puts(c, "/* Math functions used by this module, declared const: the generated code never reads\n"
                "   errno, so sqrt is one instruction and vectorises without -fno-math-errno");
    if (p->vector_math == VM_LIBMVEC) buf_puts(c, ";\n   with OpenMP, gcc may call glibc's vector versions (libmvec)");
    buf_puts(c, ". */\n#if defined(__GNUC__)\n#define ARR_MATHFN __attribute__((const, nothrow, leaf))\n#else\n#define ARR_MATHFN\n#endif\n");
    bool any_vec = false;
    for (int id = 0; id < BI_COUNT_; id++)
        for (int f32 = 0; f32 < 2; f32++) {
            if (!g.uses_math[id][f32]) continue;
            const char *t = f32 ? "float" : "double";
            const char *n = libm_name((BuiltinId)id);
            /* not under --mpi: glibc's vector versions round differently from
               the scalar ones in the last bit, and which elements take the
               vector path depends on where a rank's block starts, so the
               ranks' results would not be those of one process bit for bit.
               not pow/powf: gcc 12 crashes (internal compiler error in cddce)
               on pow(x, 0.5) in an 'omp parallel for simd' loop when pow is
               declared 'omp declare simd' (powf with any x, pow with x the
               same in every iteration; tests/e2e/fuzz_found) */
            bool vec = p->vector_math == VM_LIBMVEC && !p->mpi && vector_math_has((BuiltinId)id) && id != BI_POW;
            if (vec) buf_puts(c, "#if defined(_OPENMP) && defined(__GNUC__) && !defined(__clang__)\n#pragma omp declare simd notinbranch\n#endif\n");
            any_vec |= vec;
            int nargs = builtins[id].cls == BC_MATH2 ? 2 : 1;
            buf_printf(c, "extern %s %s%s(%s%s%s) ARR_MATHFN;\n", t, n, f32 ? "f" : "", t, nargs == 2 ? ", " : "", nargs == 2 ? t : "");
        }
    buf_putc(c, '\n');
    vmath_warnings(&g, c, any_vec);
    buf_puts(c, arr_runtime_text);
    if (g.uses_matmul) buf_puts(c, arr_matmul_text);
    if (p->mpi) buf_puts(c, arr_mpi_text);
    vmath_helpers(&g, c);
    if (g.sites.len) {
        buf_puts(c, "static const char *const arr_sites[] = {\n");
        for (int i = 0; i < g.sites.len; i++) buf_printf(c, "    \"%s\",\n", c_escape(g.sites.items[i]));
        buf_puts(c, "};\n\n");
    }
    buf_printf(c, "const char *%s_last_error(void) { return arr_errbuf; }\n\n", m);
    buf_printf(c, "void %s_release_memory(void) { arr_cache_clear(); }\n\n", m);
    if (p->mpi) buf_printf(c, "double %s_comm_seconds(void) { return arr_mpi_comm_s; }\n\n", m);
    buf_puts(c, body.s ? body.s : "");
    buf_free(&body);
    if (p->line_directives) cg_fix_lines(c, c_name);
    VEC_FREE(g.sites);
    VEC_FREE(g.body_allocs);
    VEC_FREE(g.hoisted);
}
