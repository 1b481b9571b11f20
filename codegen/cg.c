/* cg.c — C/OpenMP emission.
 *
 * Input: PIR after all passes.  Output: a self-contained .c (only libm and,
 * optionally, OpenMP) and a header with the section 9 ABI.  Each parfor
 * becomes `#pragma omp parallel for` (with simd when the body allows it),
 * commented with its .arr line and what was fused into it; every check
 * reports a located message through <module>_last_error(). */
#include "cg.h"
#include "access.h"
#include <inttypes.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "runtime_inc.h"    /* arr_runtime_text: runtime/arr_runtime.inc */

typedef struct CG {
    const IrProgram *p;
    IrFunc *f;
    Buf *b;
    int ind;
    VEC(const char *) sites;        /* trap messages */
    bool *declared;                 /* per var id */
    bool *at_assign;                /* per var id: declared where assigned */
    bool in_parfor;
    bool in_region;                 /* inside a stencil's parallel region */
    int cur_line;                   /* the .arr line of the last #line, or 0 */
    bool small_loop;                /* emitting the one-thread copy of a guarded parfor */
    bool guarded;                   /* emitting the parallel copy of a guarded parfor */
    bool uses_math[BI_COUNT_][2];   /* [fn][is_f32] */
    bool used_fail;                 /* some path jumps to fail: */
    VEC(Var *) body_allocs;         /* arrays allocated inside the current parfor body */
    int skip_label;                 /* the current parfor body's skip label, or -1 */
    int nsweeps;                    /* source loops that free their rounds' arrays (arr_mark_N) */
    bool skip_used;
    int nskip;
    int label_copy;                 /* >0: which copy of a guarded parfor's body is being emitted */
    int ncopies;
} CG;

static void line(CG *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void line(CG *g, const char *fmt, ...)
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
    "fabs", "fabsf", "fmin", "fmax", "NAN", "INFINITY", NULL,
};

static const char **g_rename;      /* per var id: the C name chosen here, or NULL */

static const char *cname(const Var *v)
{
    if (g_rename && g_rename[v->id]) return g_rename[v->id];
    const char *n = v->name;
    for (int i = 0; reserved[i]; i++)
        if (strcmp(reserved[i], v->name) == 0) n = arena_printf("%s_", v->name);
    if (n == v->name && (builtin_lookup(v->name) >= 0 || strncmp(v->name, "arr_", 4) == 0))
        n = arena_printf("%s_", v->name);
    if (g_rename) g_rename[v->id] = n;      /* remembered for the function */
    return n;
}

static const char *ctype(TyKind k) { return ty_ctype(k); }
static const char *sfx(TyKind k)
{
    return k == T_I32 ? "i32" : k == T_I64 ? "i64" : k == T_F32 ? "f32" : k == T_BOOL ? "bool" : "f64";
}

static bool has_site(const IExpr *e);
static bool has_fp_work(const IExpr *e);

static void ext(Buf *b, Ext x)
{
    if (x.var) buf_puts(b, cname(x.var));
    else if (x.c >= INT32_MIN && x.c <= INT32_MAX) buf_printf(b, "%" PRId64, x.c);
    else buf_printf(b, "INT64_C(%" PRId64 ")", x.c);
}

static void expr(CG *g, const IExpr *e);
static void top_expr(CG *g, const IExpr *e);

static void const_(CG *g, const IExpr *e)
{
    Buf *b = g->b;
    switch (e->ty) {
    case T_BOOL: buf_puts(b, e->c.i ? "true" : "false"); return;
    case T_I32: buf_printf(b, e->c.i == INT32_MIN ? "INT32_MIN" : "%" PRId64, e->c.i); return;
    case T_I64:
        if (e->c.i == INT64_MIN) buf_puts(b, "INT64_MIN");
        else if (e->c.i >= INT32_MIN && e->c.i <= INT32_MAX) buf_printf(b, "%" PRId64, e->c.i);
        else buf_printf(b, "INT64_C(%" PRId64 ")", e->c.i);
        return;
    default: {
        double v = e->c.f;
        if (isnan(v)) { buf_puts(b, e->ty == T_F32 ? "NAN" : "(double)NAN"); return; }
        if (isinf(v)) { buf_puts(b, v < 0 ? "-INFINITY" : "INFINITY"); return; }
        char s[64];
        /* the shortest decimal that reads back as the same value */
        for (int prec = e->ty == T_F32 ? 6 : 15; prec <= 17; prec++) {
            snprintf(s, sizeof s, "%.*g", prec, v);
            if (e->ty == T_F32 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v) break;
        }
        if (!strpbrk(s, ".en")) strcat(s, ".0");
        buf_puts(b, s);
        if (e->ty == T_F32) buf_putc(b, 'f');
        return;
    }
    }
}

static int site(CG *g, Span s, const char *what)
{
    VEC_PUSH(g->sites, arena_printf("%s: error: %s", diag_where(s), what));
    return g->sites.len;
}

static void index_expr(CG *g, const Var *a, int n, IExpr *const *idx)
{
    /* row-major: ((i0 * d1 + i1) * d2 + i2) ... */
    Buf *b = g->b;
    if (n == 1) { top_expr(g, idx[0]); return; }
    for (int d = n - 1; d > 0; d--) buf_putc(b, '(');
    expr(g, idx[0]);
    for (int d = 1; d < n; d++) {
        buf_puts(b, " * ");
        ext(b, a->dims[d]);
        buf_puts(b, " + ");
        expr(g, idx[d]);
        buf_putc(b, ')');
    }
}

static void varref(CG *g, const Var *v)
{
    if (v->kind == V_RESULT && v->rank == 0) buf_printf(g->b, "(*%s)", cname(v));
    else buf_puts(g->b, cname(v));
}

static void operand(CG *g, const IExpr *parent, const IExpr *child, bool right);
static bool self_contained(const IExpr *e);

static void binop(CG *g, const IExpr *e)
{
    if ((e->op.op == OP_AND || e->op.op == OP_OR) && e->eager && has_site(e->op.b)) {
        buf_printf(g->b, "arr_%s(", e->op.op == OP_AND ? "and" : "or");
        top_expr(g, e->op.a);
        buf_puts(g->b, ", ");
        top_expr(g, e->op.b);
        buf_putc(g->b, ')');
        return;
    }
    Buf *b = g->b;
    TyKind k = e->op.opk;
    Op op = e->op.op;
    bool isint = ty_is_int_kind(k);
    if (isint && (op == OP_DIV || op == OP_MOD || op == OP_POW)) {
        int s = site(g, e->span, op == OP_POW ? "negative exponent in integer '**'"
                                 : op == OP_DIV ? "integer division by zero" : "integer remainder by zero");
        buf_printf(b, "arr_%s_%s(", op == OP_DIV ? "div" : op == OP_MOD ? "mod" : "pow", sfx(k));
        expr(g, e->op.a); buf_puts(b, ", "); expr(g, e->op.b);
        buf_printf(b, ", &arr_trapped, %d)", s);
        return;
    }
    if (isint && (op == OP_ADD || op == OP_SUB || op == OP_MUL) && e->nowrap) {
        buf_putc(b, '(');
        expr(g, e->op.a);
        buf_printf(b, " %s ", op_spelling[op]);
        expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (isint && (op == OP_ADD || op == OP_SUB || op == OP_MUL)) {
        const char *u = k == T_I32 ? "uint32_t" : "uint64_t";
        buf_printf(b, "(%s)((%s)", ctype(k), u);
        expr(g, e->op.a);
        buf_printf(b, " %s (%s)", op_spelling[op], u);
        expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        int bits = k == T_I32 ? 31 : 63;
        if (op == OP_SHL) {
            const char *u = k == T_I32 ? "uint32_t" : "uint64_t";
            buf_printf(b, "(%s)((%s)", ctype(k), u);
            expr(g, e->op.a);
            buf_puts(b, " << (");
            expr(g, e->op.b);
            buf_printf(b, " & %d))", bits);
        } else {
            /* the cast: a small i64 constant prints as an int (`2 >> 40`) */
            buf_printf(b, "((%s)", ctype(k));
            expr(g, e->op.a);
            buf_puts(b, " >> (");
            expr(g, e->op.b);
            buf_printf(b, " & %d))", bits);
        }
        return;
    }
    if (!isint && (op == OP_MOD || op == OP_POW)) {
        buf_printf(b, "%s%s(", op == OP_MOD ? "fmod" : "pow", k == T_F32 ? "f" : "");
        g->uses_math[op == OP_MOD ? BI_FMOD : BI_POW][k == T_F32] = true;
        expr(g, e->op.a); buf_puts(b, ", "); expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    operand(g, e, e->op.a, false);
    buf_printf(b, " %s ", op_spelling[op]);
    operand(g, e, e->op.b, true);
}

/* A plain (floating-point) + - * / operand needs no parentheses when
 * precedence and left associativity already group it. */
/* Integer + - * / % ** and shifts print as helper calls or casts that
 * carry their own parentheses. */
static bool self_contained(const IExpr *e)
{
    Op op = e->op.op;
    if (e->nowrap) return true;
    return ty_is_int_kind(e->op.opk) && (op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_DIV
                                         || op == OP_MOD || op == OP_POW || op == OP_SHL || op == OP_SHR);
}

static bool plain_arith(const IExpr *e)
{
    return e->kind == IE_BINOP && op_prec(e->op.op) && e->op.op != OP_MOD && !ty_is_int_kind(e->op.opk);
}

static void operand(CG *g, const IExpr *parent, const IExpr *child, bool right)
{
    if (plain_arith(child) && plain_arith(parent) && !op_needs_parens(parent->op.op, child->op.op, right))
        binop(g, child);
    else
        expr(g, child);
}

static const char *libm_name(BuiltinId id)
{
    switch (id) {
    case BI_ABS: return "fabs";
    default: return builtins[id].name;
    }
}

static void call(CG *g, const IExpr *e)
{
    Buf *b = g->b;
    TyKind k = e->call.a->ty;
    BuiltinId id = e->call.fn;
    if (id == BI_WRAPIDX || id == BI_MIRRORIDX) {
        buf_printf(b, "arr_%s(", id == BI_WRAPIDX ? "wrap_index" : "mirror_index");
    } else if (id == BI_SIGN || id == BI_MIN || id == BI_MAX || id == BI_ROUND || (id == BI_ABS && ty_is_int_kind(k))) {
        buf_printf(b, "arr_%s_%s(", builtins[id].name, sfx(k));
    } else {
        buf_printf(b, "%s%s(", libm_name(id), k == T_F32 ? "f" : "");
        g->uses_math[id][k == T_F32] = true;
    }
    top_expr(g, e->call.a);
    if (e->call.b) { buf_puts(b, ", "); top_expr(g, e->call.b); }
    buf_putc(b, ')');
}

static void conv(CG *g, const IExpr *e)
{
    TyKind from = e->conv->ty, to = e->ty;
    if (ty_is_float_kind(from) && ty_is_int_kind(to)) {
        buf_printf(g->b, "arr_%s_to_%s(", sfx(from), sfx(to));
        expr(g, e->conv);
        buf_putc(g->b, ')');
        return;
    }
    buf_printf(g->b, "(%s)", ctype(to));
    expr(g, e->conv);
}

static void expr(CG *g, const IExpr *e)
{
    Buf *b = g->b;
    switch (e->kind) {
    case IE_CONST: const_(g, e); break;
    case IE_VAR: varref(g, e->var); break;
    case IE_UNOP:
        if (e->op.op == OP_NEG && ty_is_int_kind(e->op.opk)) {
            buf_printf(b, "(%s)(0 - (%s)", ctype(e->op.opk), e->op.opk == T_I32 ? "uint32_t" : "uint64_t");
            expr(g, e->op.a);
            buf_putc(b, ')');
        } else {
            /* unary operators bind tighter than every binary one */
            const IExpr *a = e->op.a;
            bool wrap = a->kind == IE_UNOP || (a->kind == IE_CONST && a->c.f < 0);
            bool not = e->op.op == OP_NOT;     /* (!a) == b: gcc's -Wlogical-not-parentheses */
            if (not) buf_putc(b, '(');
            buf_puts(b, op_spelling[e->op.op]);
            if (wrap) buf_putc(b, '(');
            expr(g, a);
            if (wrap) buf_putc(b, ')');
            if (not) buf_putc(b, ')');
        }
        break;
    case IE_BINOP:
        if (!self_contained(e)) {
            buf_putc(b, '(');
            binop(g, e);
            buf_putc(b, ')');
        } else {
            binop(g, e);
        }
        break;
    case IE_CALL: call(g, e); break;
    case IE_CONV: conv(g, e); break;
    case IE_SELECT:
        if (e->eager && (has_site(e->sel.a) || has_site(e->sel.b) || has_fp_work(e->sel.a) || has_fp_work(e->sel.b))) {
            buf_printf(b, "arr_sel_%s(", sfx(e->ty));
            top_expr(g, e->sel.c); buf_puts(b, ", ");
            top_expr(g, e->sel.a); buf_puts(b, ", ");
            top_expr(g, e->sel.b); buf_putc(b, ')');
            break;
        }
        buf_putc(b, '(');
        expr(g, e->sel.c); buf_puts(b, " ? ");
        expr(g, e->sel.a); buf_puts(b, " : ");
        expr(g, e->sel.b);
        buf_putc(b, ')');
        break;
    case IE_LOAD:
        buf_printf(b, "%s[", cname(e->load.arr));
        index_expr(g, e->load.arr, e->load.n, e->load.idx);
        buf_putc(b, ']');
        break;
    case IE_ECALL:
        buf_printf(b, "%s(", e->ecall.name);
        for (int i = 0; i < e->ecall.n; i++) {
            if (i) buf_puts(b, ", ");
            top_expr(g, e->ecall.args[i]);
        }
        buf_putc(b, ')');
        break;
    default:
        ice("domain node %s reached code generation", iexpr_kind_name[e->kind]);
    }
}

static void stmts(CG *g, const PtrList *l);
static void stmt(CG *g, const IStmt *s);
static void source_line(CG *g, Span s);
static void scan_stmt(CG *g, const IStmt *st);
static const char *expr_str(CG *g, const IExpr *e);

/* An expression standing alone (a right-hand side, an argument, an index):
 * no outer parentheses. */
static void top_expr(CG *g, const IExpr *e)
{
    if (e->kind == IE_BINOP && !self_contained(e)) binop(g, e);
    else expr(g, e);
}

/* A condition: without the outer parentheses a binary operator would add. */
static void cond(CG *g, const IExpr *e)
{
    if (e->kind == IE_BINOP && !(ty_is_int_kind(e->op.opk) && e->op.op >= OP_ADD && e->op.op <= OP_SHR)) {
        Buf t = {0}, *save = g->b;
        g->b = &t;
        expr(g, e);
        g->b = save;
        if (t.len >= 2 && t.s[0] == '(' && t.s[t.len - 1] == ')') {
            t.s[t.len - 1] = 0;
            buf_puts(g->b, t.s + 1);
        } else {
            buf_puts(g->b, t.s);
        }
        buf_free(&t);
        return;
    }
    expr(g, e);
}

static const char *where_line(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return arena_printf("%s:%d", diag_file(s.file)->name, line);
}

static bool traps_in(const PtrList *l);
static bool traps_in_parfor(const PtrList *l);

/* Does e contain an operation that reports through arr_trapped? */
static bool has_site(const IExpr *e)
{
    if (!e) return false;
    switch (e->kind) {
    case IE_BINOP:
        if ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) && ty_is_int_kind(e->op.opk)) return true;
        return has_site(e->op.a) || has_site(e->op.b);
    case IE_UNOP: return has_site(e->op.a);
    case IE_CALL: return has_site(e->call.a) || has_site(e->call.b);
    case IE_CONV: return has_site(e->conv);
    case IE_SELECT: return has_site(e->sel.c) || has_site(e->sel.a) || has_site(e->sel.b);
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) if (has_site(e->load.idx[i])) return true;
        return false;
    default: return false;
    }
}

/* Does e compute in floating point (arithmetic or a math call)? Under C's
 * default -ftrapping-math the C compiler does not evaluate that
 * speculatively, so `c ? x / y : 0` stays a branch and blocks
 * vectorisation without masked instructions (AVX2); an eager select (both
 * operands are evaluated) is then written as a call of arr_sel_T, which
 * evaluates both first. */
static bool has_fp_work(const IExpr *e)
{
    if (!e) return false;
    switch (e->kind) {
    case IE_BINOP:
        if (ty_is_float_kind(e->op.opk)) return true;
        return has_fp_work(e->op.a) || has_fp_work(e->op.b);
    case IE_UNOP: return ty_is_float_kind(e->ty) || has_fp_work(e->op.a);
    case IE_CALL: return ty_is_float_kind(e->ty) || has_fp_work(e->call.a) || has_fp_work(e->call.b);
    case IE_CONV: return has_fp_work(e->conv);
    case IE_SELECT: return has_fp_work(e->sel.a) || has_fp_work(e->sel.b);
    default: return false;
    }
}

static bool stmt_traps(const IStmt *s)
{
    switch (s->kind) {
    case IS_ASSIGN: return has_site(s->assign.val);
    case IS_STORE:
        for (int i = 0; i < s->store.n; i++) if (has_site(s->store.idx[i])) return true;
        return has_site(s->store.val);
    case IS_CHECK: return has_site(s->check.cond);
    case IS_IF: return has_site(s->if_.cond) || traps_in(&s->if_.then) || traps_in(&s->if_.els);
    case IS_LOOP:
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *r = s->loop.reds.items[i];
            if (has_site(r->value) || has_site(r->lam)) return true;
        }
        return s->loop.kind == LOOP_PARFOR ? traps_in_parfor(&s->loop.body) : traps_in(&s->loop.body);
    case IS_WHILE: return traps_in(&s->while_.pre) || traps_in(&s->while_.body) || has_site(s->while_.cond);
    default: return false;
    }
}

/* Inside a parfor, checks and allocations report through arr_trapped too.
 * Each statement and each nested list is visited once: a nested list is
 * searched here with the parfor rule (which finds everything stmt_traps's
 * rule finds, and checks and allocations besides), never with both, so the
 * time is linear in the size of l (searching a loop body through stmt_traps
 * and then again here doubled the work per nesting level: 2^depth for
 * nested comprehensions). */
static bool traps_in_parfor(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_CHECK: case IS_ALLOC: return true;
        case IS_LOOP:
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                if (has_site(r->value) || has_site(r->lam)) return true;
            }
            if (traps_in_parfor(&s->loop.body)) return true;
            break;
        case IS_IF:
            if (has_site(s->if_.cond) || traps_in_parfor(&s->if_.then) || traps_in_parfor(&s->if_.els)) return true;
            break;
        case IS_WHILE:
            if (has_site(s->while_.cond) || traps_in_parfor(&s->while_.pre) || traps_in_parfor(&s->while_.body)) return true;
            break;
        default:
            if (stmt_traps(s)) return true;     /* no nested list: not recursive */
            break;
        }
    }
    return false;
}

static bool traps_in(const PtrList *l)
{
    for (int i = 0; i < l->len; i++)
        if (stmt_traps(l->items[i])) return true;
    return false;
}

static void trap_check(CG *g)
{
    line(g, "if (arr_trapped) { arr_fail(arr_sites[arr_trapped - 1]); goto fail; }");
    g->used_fail = true;
}

static void count_body_assigns(const PtrList *l, int *n)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN) n[s->assign.dst->id]++;
        else if (s->kind == IS_IF) { count_body_assigns(&s->if_.then, n); count_body_assigns(&s->if_.els, n); }
        else if (s->kind == IS_LOOP) count_body_assigns(&s->loop.body, n);
        else if (s->kind == IS_WHILE) { count_body_assigns(&s->while_.pre, n); count_body_assigns(&s->while_.body, n); }
    }
}

static void declare_rest(CG *g, const PtrList *l);

/* Declarations for scalars assigned inside a parfor body.  One assigned
 * once, at the top level of the body, is declared where it is assigned
 * (`const double x = ...;`); the others at the start of the body. */
static void declare_body_vars(CG *g, const PtrList *l)
{
    int *n = xcalloc((size_t)g->f->vars.len + 1, sizeof(int));
    count_body_assigns(l, n);
    /* a reduction's accumulator (initialised here, updated by its loop) is not const */
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind != IS_LOOP) continue;
        for (int k = 0; k < s->loop.reds.len; k++) n[((Reduction *)s->loop.reds.items[k])->acc->id] += 2;
    }
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && n[s->assign.dst->id] == 1 && !g->declared[s->assign.dst->id])
            g->at_assign[s->assign.dst->id] = true;
    }
    free(n);
    declare_rest(g, l);
}

static void declare_rest(CG *g, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN && !g->declared[s->assign.dst->id] && !g->at_assign[s->assign.dst->id]) {
            Var *v = s->assign.dst;
            g->declared[v->id] = true;
            if (v->rank) line(g, "%s *%s = NULL;", ctype(v->elem), cname(v));
            else line(g, "%s %s;", ctype(v->elem), cname(v));
        } else if (s->kind == IS_IF) {
            declare_rest(g, &s->if_.then);
            declare_rest(g, &s->if_.els);
        } else if (s->kind == IS_LOOP) {
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                if (!g->declared[r->acc->id]) {
                    g->declared[r->acc->id] = true;
                    line(g, "%s %s;", ctype(r->acc->elem), cname(r->acc));
                }
                if (r->idx && !g->declared[r->idx->id]) {
                    g->declared[r->idx->id] = true;
                    line(g, "int64_t %s;", cname(r->idx));
                }
            }
            declare_rest(g, &s->loop.body);
        } else if (s->kind == IS_WHILE) {
            declare_rest(g, &s->while_.pre);
            declare_rest(g, &s->while_.body);
        } else if (s->kind == IS_ALLOC && !g->declared[s->alloc->id]) {
            /* arrays made inside a parallel loop: one per thread, freed at the end of the iteration */
            g->declared[s->alloc->id] = true;
            line(g, "%s *%s = NULL;", ctype(s->alloc->elem), cname(s->alloc));
            VEC_PUSH(g->body_allocs, s->alloc);
        }
    }
}

static const char *omp_redop_of(const Reduction *r);

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

/* The OpenMP reduction operator for r, or NULL when r is combined from
 * per-thread partials (argmin/argmax, a user lambda, and floating-point
 * minimum/maximum, which must propagate NaN as OpenMP's min/max does not). */
static const char *omp_redop_of(const Reduction *r)
{
    switch (r->op) {
    case RED_SUM: case RED_COUNT: return "+";
    case RED_PROD: return "*";
    case RED_MIN: return ty_is_float_kind(r->acc->elem) ? NULL : "min";
    case RED_MAX: return ty_is_float_kind(r->acc->elem) ? NULL : "max";
    case RED_ANY: return "||";
    case RED_ALL: return "&&";
    default: return NULL;
    }
}

/* Integer sums and products wrap: they accumulate in an unsigned shadow. */
static bool red_unsigned(const Reduction *r)
{
    return ty_is_int_kind(r->acc->elem) && (r->op == RED_SUM || r->op == RED_PROD || r->op == RED_COUNT);
}

static const char *red_acc(const Reduction *r)
{
    return red_unsigned(r) ? arena_printf("%s_u", cname(r->acc)) : cname(r->acc);
}

static void red_init(CG *g, const Reduction *r)
{
    TyKind k = r->acc->elem;
    if (red_unsigned(r)) {
        line(g, "uint64_t %s = %s;", red_acc(r), r->op == RED_PROD ? "1" : "0");
        return;
    }
    bool fl = ty_is_float_kind(k);
    const char *v = NULL;
    switch (r->op) {
    case RED_SUM: case RED_COUNT: v = "0"; break;
    case RED_PROD: v = "1"; break;
    case RED_MIN: case RED_ARGMIN: v = fl ? "INFINITY" : k == T_I32 ? "INT32_MAX" : "INT64_MAX"; break;
    case RED_MAX: case RED_ARGMAX: v = fl ? "-INFINITY" : k == T_I32 ? "INT32_MIN" : "INT64_MIN"; break;
    case RED_ANY: v = "false"; break;
    case RED_ALL: v = "true"; break;
    case RED_LAMBDA: return;    /* initialised from the init argument */
    }
    line(g, "%s = %s;", cname(r->acc), v);
    if (r->idx) line(g, "%s = -1;", cname(r->idx));
    if (r->idx && ty_is_float_kind(k)) line(g, "int64_t %s_nan = -1;", cname(r->idx));
}

/* Initialises a loop's reductions; integer sums and products get an unsigned
 * shadow in a block of their own (returns whether it opened one). */
static bool reds_open(CG *g, const IStmt *lp)
{
    bool block = false;
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if (red_unsigned(r) && !block) { line(g, "{"); g->ind++; block = true; }
        red_init(g, r);
    }
    return block;
}

static void red_finish(CG *g, const Reduction *r);

/* After the loop: NaN fix-ups, and the unsigned shadows copied back. */
static void reds_close(CG *g, const IStmt *lp, bool block)
{
    for (int i = 0; i < lp->loop.reds.len; i++) red_finish(g, lp->loop.reds.items[i]);
    if (!block) return;
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        if (red_unsigned(r)) line(g, "%s = (%s)%s;", cname(r->acc), ctype(r->acc->elem), red_acc(r));
    }
    g->ind--;
    line(g, "}");
}

/* After an argmin/argmax over floats: the first NaN, if any, is the answer. */
static void red_finish(CG *g, const Reduction *r)
{
    if (r->idx && ty_is_float_kind(r->acc->elem))
        line(g, "if (%s_nan >= 0) %s = %s_nan;", cname(r->idx), cname(r->idx), cname(r->idx));
}

/* The per-iteration update of one reduction, into `acc`/`idx` names. */
static void red_update(CG *g, const Reduction *r, const char *acc, const char *idx)
{
    Buf *b = g->b;
    buf_indent(b, g->ind);
    switch (r->op) {
    case RED_SUM: buf_printf(b, "%s += %s", acc, red_unsigned(r) ? "(uint64_t)" : ""); expr(g, r->value); break;
    case RED_COUNT: buf_printf(b, "%s += (uint64_t)", acc); expr(g, r->value); break;
    case RED_PROD: buf_printf(b, "%s *= %s", acc, red_unsigned(r) ? "(uint64_t)" : ""); expr(g, r->value); break;
    case RED_MIN: case RED_MAX:
        buf_printf(b, "%s = arr_%s_%s(%s, ", acc, r->op == RED_MIN ? "min" : "max", sfx(r->acc->elem), acc);
        top_expr(g, r->value);
        buf_putc(b, ')');
        break;
    case RED_ANY: buf_printf(b, "%s = %s || ", acc, acc); expr(g, r->value); break;
    case RED_ALL: buf_printf(b, "%s = %s && ", acc, acc); expr(g, r->value); break;
    case RED_ARGMIN: case RED_ARGMAX:
        /* the first extreme, by a plain comparison (branch-free code); for
         * floats the first NaN is tracked apart and wins at the end (NumPy) */
        if (ty_is_float_kind(r->acc->elem)) {
            buf_printf(b, "if (");
            top_expr(g, r->value);
            buf_printf(b, " != ");
            top_expr(g, r->value);
            buf_printf(b, " && %s_nan < 0) %s_nan = ", idx, idx);
            top_expr(g, r->lam);
            buf_puts(b, ";\n");
            buf_indent(b, g->ind);
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

/* The C text of an expression, as a string. */
static const char *expr_str(CG *g, const IExpr *e)
{
    Buf t = {0}, *save = g->b;
    g->b = &t;
    top_expr(g, e);
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

static void parfor_body(CG *g, const IStmt *lp, bool custom)
{
    int save_label = g->skip_label;
    int mark = g->body_allocs.len;
    g->skip_label = g->nskip++;
    declare_body_vars(g, &lp->loop.body);
    stmts(g, &lp->loop.body);
    for (int i = 0; i < lp->loop.reds.len; i++) {
        const Reduction *r = lp->loop.reds.items[i];
        bool part = custom && !omp_redop_of(r);
        red_update(g, r, part ? arena_printf("%s_part", cname(r->acc)) : red_acc(r),
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

/* ---- the overhead guard: a parallel loop too small to pay for threads
 * runs on one thread (an OpenMP if clause from a cost estimate) ---- */

enum { ARR_PAR_MIN_WORK = 100000 };     /* about 10-20 us of work: less does not pay for a thread team */

static int expr_cost(const IExpr *e)
{
    if (!e) return 0;
    switch (e->kind) {
    case IE_CONST: case IE_VAR: return 0;
    case IE_LOAD: { int c = 1; for (int i = 0; i < e->load.n; i++) c += expr_cost(e->load.idx[i]); return c; }
    case IE_UNOP: return 1 + expr_cost(e->op.a);
    case IE_BINOP: return ((e->op.op == OP_DIV || e->op.op == OP_MOD || e->op.op == OP_POW) ? 8 : 1)
                          + expr_cost(e->op.a) + expr_cost(e->op.b);
    case IE_ECALL: return 20;
    case IE_CALL: return (e->call.fn == BI_MIN || e->call.fn == BI_MAX || e->call.fn == BI_ABS ? 1 : 20)
                         + expr_cost(e->call.a) + expr_cost(e->call.b);
    case IE_CONV: return 1 + expr_cost(e->conv);
    case IE_SELECT: return 1 + expr_cost(e->sel.c) + expr_cost(e->sel.a) + expr_cost(e->sel.b);
    default: return 1;
    }
}

/* Estimated work of one iteration; a nested loop of unknown length counts 64 times. */
static int body_cost(const PtrList *l)
{
    int c = 0;
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: c += expr_cost(s->assign.val); break;
        case IS_STORE: c += 1 + expr_cost(s->store.val); break;
        case IS_IF: c += expr_cost(s->if_.cond) + body_cost(&s->if_.then) + body_cost(&s->if_.els); break;
        case IS_LOOP: {
            int64_t trip = 1;
            for (int d = 0; d < s->loop.rank; d++) {
                const IExpr *h = s->loop.hi[d], *lo = s->loop.lo[d];
                /* a nested loop of unknown length: the work is unknown, count it as enough */
                if (h->kind != IE_CONST || lo->kind != IE_CONST) return ARR_PAR_MIN_WORK;
                trip *= h->c.i - lo->c.i > 0 ? h->c.i - lo->c.i : 0;
                if (trip > ARR_PAR_MIN_WORK) return ARR_PAR_MIN_WORK;
            }
            c += (int)trip * (1 + body_cost(&s->loop.body));
            break;
        }
        case IS_WHILE: return ARR_PAR_MIN_WORK;
        default: c += 1; break;
        }
        if (c > ARR_PAR_MIN_WORK) return ARR_PAR_MIN_WORK;
    }
    return c;
}

static int64_t guard_need(const IStmt *lp, int64_t rounds_factor)
{
    int64_t w = (int64_t)(1 + body_cost(&lp->loop.body) + lp->loop.reds.len) * (rounds_factor ? rounds_factor : 1);
    return w >= ARR_PAR_MIN_WORK ? 0 : (ARR_PAR_MIN_WORK + w - 1) / w;
}

int64_t cg_guard_iterations(const IrProgram *p, const IStmt *lp)
{
    return p->serial || p->no_guard ? 0 : guard_need(lp, 0);
}

/* " if(...)" for a parallel directive over lp, or "" when the loop surely pays. */
static const char *par_if(CG *g, const IStmt *lp, int64_t rounds_factor)
{
    if (g->guarded || g->p->no_guard) return "";
    int64_t need = guard_need(lp, rounds_factor);       /* iterations needed */
    if (!need) return "";
    Buf t = {0};
    for (int d = 0; d < lp->loop.rank; d++) {
        const char *lo = expr_str(g, lp->loop.lo[d]), *hi = expr_str(g, lp->loop.hi[d]);
        if (d) buf_puts(&t, " * ");
        if (!strcmp(lo, "0")) buf_printf(&t, "(%s)", hi);
        else buf_printf(&t, "(%s - %s)", hi, lo);
    }
    const char *r = arena_printf(" if(parallel: %s >= %lld)", t.s, (long long)need);   /* not simd: it would stop vectorising */
    buf_free(&t);
    return r;
}

/* Gives a parfor's indices the names i, j, k, l (or i0.. when those are
 * taken by a variable the loop mentions). */
static void name_indices(CG *g, const IStmt *lp)
{
    AccessSet a = {0};
    analyze_access(lp, NULL, &a);
    static const char *const pref[] = { "i", "j", "k", "l", "i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7" };
    for (int d = 0; d < lp->loop.rank; d++) g_rename[lp->loop.idx[d]->id] = NULL;
    for (int d = 0; d < lp->loop.rank; d++) {
        Var *iv = lp->loop.idx[d];
        /* a generator keeps its source name; other indices take the first
         * free name; "free" means no other variable the loop mentions has it */
        const char *cands[13];
        int nc = 0;
        if (iv->src_name) cands[nc++] = iv->src_name;
        for (int k = 0; k < 12; k++) cands[nc++] = pref[k];
        for (int c = 0; c < nc; c++) {
            bool taken = false;
            for (int k = 0; k < a.len && !taken; k++)
                taken = a.items[k].v != iv && strcmp(cname(a.items[k].v), cands[c]) == 0;
            if (!taken) { g_rename[iv->id] = cands[c]; break; }
        }
    }
    VEC_FREE(a);
    (void)g;
}

/* "/@line 11, log10@line 11, *@line 12" -> "line 11: / log10; line 12: *" */
static void fused_comment(Buf *out, const IStmt *lp)
{
    const char *cur = NULL;
    for (int i = 0; i < lp->loop.fused.len; i++) {
        const char *item = lp->loop.fused.items[i];
        const char *at = strstr(item, "@");
        const char *where = at ? at + 1 : "";
        int wlen = at ? (int)(at - item) : (int)strlen(item);
        if (!cur || strcmp(cur, where) != 0) {
            buf_printf(out, "%s%s:", cur ? "; " : "", where);
            cur = where;
        }
        buf_printf(out, " %.*s", wlen, item);
    }
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
            if (r->idx && ty_is_float_kind(r->acc->elem)) line(g, "%s_nan = %s_part_nan;", cname(r->idx), cname(r->idx));
        } else if (r->op == RED_LAMBDA) {
            buf_indent(g->b, g->ind);
            buf_printf(g->b, "{ %s %s = %s; %s %s = %s_part; %s = ", ctype(r->pa->elem), cname(r->pa), acc,
                       ctype(r->pb->elem), cname(r->pb), acc, acc);
            top_expr(g, r->lam);
            buf_puts(g->b, "; }\n");
        } else if (r->op == RED_MIN || r->op == RED_MAX) {
            line(g, "%s = arr_%s_%s(%s, %s_part);", acc, r->op == RED_MIN ? "min" : "max", sfx(r->acc->elem), acc, acc);
        } else {
            const char *ix = cname(r->idx);
            line(g, "if (%s_part >= 0 && (%s < 0 || %s_part %s %s || (%s_part == %s && %s_part < %s))) {",
                 ix, ix, acc, r->op == RED_ARGMIN ? "<" : ">", acc, acc, acc, ix, ix);
            line(g, "    %s = %s_part;", acc, acc);
            line(g, "    %s = %s_part;", ix, ix);
            line(g, "}");
            if (ty_is_float_kind(r->acc->elem))
                line(g, "if (%s_part_nan >= 0 && (%s_nan < 0 || %s_part_nan < %s_nan)) %s_nan = %s_part_nan;", ix, ix, ix, ix, ix, ix);
        }
    }
}

static void serial_loop(CG *g, const IStmt *lp);
static void parfor_body(CG *g, const IStmt *lp, bool custom);

/* A parfor: when the estimated work may be too small for threads, the same
 * loop also runs on this thread below a threshold (the overhead guard), so
 * small inputs are never slower than --serial. */
static void parfor_comment(CG *g, const IStmt *lp)
{
    Buf fz = {0};
    fused_comment(&fz, lp);
    line(g, "/* %s: parallel loop over [%s]; %d operation%s fused: %s */", where_line(lp->span), extents_str(g, lp),
         lp->loop.fused.len, lp->loop.fused.len == 1 ? "" : "s", fz.s ? fz.s : "");
    buf_free(&fz);
}

static void parfor_par(CG *g, const IStmt *lp);
static void parfor(CG *g, const IStmt *lp)
{
    name_indices(g, lp);
    const char *guard = g->p->serial || g->p->no_guard ? "" : par_if(g, lp, 0);
    if (!*guard) { parfor_par(g, lp); return; }
    /* " if(parallel: EXTENTS >= NEED)" */
    const char *cond = strstr(guard, ": ") + 2;
    int len = (int)strlen(cond) - 1;
    size_t nv = (size_t)g->f->vars.len + 1;
    bool *decl = xmalloc(nv), *at = xmalloc(nv);
    memcpy(decl, g->declared, nv);
    memcpy(at, g->at_assign, nv);
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
    memcpy(g->declared, decl, nv);
    memcpy(g->at_assign, at, nv);
    free(decl);
    free(at);
    g->guarded = true;
    g->label_copy = ++g->ncopies;
    parfor_par(g, lp);
    g->label_copy = 0;
    g->guarded = false;
    g->ind--;
    line(g, "}");
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
        if (op) buf_printf(&reds, " reduction(%s:%s)", op, red_acc(r));
        else custom = true;
    }
    bool par = !g->p->serial;
    const char *inner_simd = simd ? "ARR_OMP(omp simd" : NULL;
    if (custom) {
        /* per-thread partials, combined in thread order after the loop */
        if (par) line(g, "ARR_OMP(omp parallel%s)", par_if(g, lp, 0));
        line(g, "{");
        g->ind++;
        for (int i = 0; i < lp->loop.reds.len; i++) {
            const Reduction *r = lp->loop.reds.items[i];
            if (omp_redop_of(r)) continue;
            line(g, "%s %s_part = %s;", ctype(r->acc->elem), cname(r->acc), cname(r->acc));
            if (r->idx) line(g, "int64_t %s_part = -1;", cname(r->idx));
            if (r->idx && ty_is_float_kind(r->acc->elem)) line(g, "int64_t %s_part_nan = -1;", cname(r->idx));
        }
        if (par) line(g, "ARR_OMP(omp for schedule(static)%s)", reds.s ? reds.s : "");
    } else if (par && g->in_region) {
        line(g, "ARR_OMP(omp for%s%s)", simd && lp->loop.rank == 1 ? " simd" : "", reds.s ? reds.s : "");
    } else if (par && simd && lp->loop.rank == 1 && reds.s) {
        /* clang 14 miscompiles 'parallel for simd' with a reduction and a store */
        line(g, "#if defined(__clang__)");
        line(g, "ARR_OMP(omp parallel for%s%s)", reds.s, par_if(g, lp, 0));
        line(g, "#else");
        line(g, "ARR_OMP(omp parallel for simd%s%s)", reds.s, par_if(g, lp, 0));
        line(g, "#endif");
    } else if (par) {
        line(g, "ARR_OMP(omp parallel for%s%s%s)", simd && lp->loop.rank == 1 ? " simd" : "", reds.s ? reds.s : "",
             par_if(g, lp, 0));
    } else if (simd && lp->loop.rank == 1) {
        line(g, "ARR_OMP(omp simd%s)", reds.s ? reds.s : "");
    }
    for (int d = 0; d < lp->loop.rank; d++) {
        if (d > 0 && d == lp->loop.rank - 1 && inner_simd) line(g, "%s%s)", inner_simd, reds.s ? reds.s : "");
        loop_header(g, lp, d);
        g->ind++;
    }
    bool save = g->in_parfor;
    g->in_parfor = true;
    parfor_body(g, lp, custom);
    g->in_parfor = save;
    for (int d = lp->loop.rank - 1; d >= 0; d--) {
        g->ind--;
        line(g, "} /* for %s */", cname(lp->loop.idx[d]));
    }
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
static const char *c_escape(const char *msg)
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

/* A stencil's rounds: one parallel region around the round loop; each
 * round's loops are worksharing loops (threads are not re-created per
 * round) and the buffer rotation runs once per round, in a single. */
static void rounds(CG *g, const IStmt *lp)
{
    const char *r = cname(lp->loop.idx[0]);
    line(g, "/* %s: %s rounds in one parallel region */", where_line(lp->span), expr_str(g, lp->loop.hi[0]));
    /* the guard: the first loop of a round (the interior) times the rounds */
    const char *guard = "";
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *p = lp->loop.body.items[i];
        if (p->kind == IS_LOOP && p->loop.kind == LOOP_PARFOR) {
            const char *one = par_if(g, p, 0);
            if (*one) {
                /* " if(EXTENTS >= NEED)" -> " if(EXTENTS * (ROUNDS) >= NEED)" */
                const char *ge = strstr(one, " >= ");
                guard = arena_printf("%.*s * (%s)%s", (int)(ge - one), one, expr_str(g, lp->loop.hi[0]), ge);
            }
            break;
        }
    }
    line(g, "ARR_OMP(omp parallel%s)", guard);
    line(g, "{");
    g->ind++;
    line(g, "for (int64_t %s = 0; %s < %s; %s++) {", r, r, expr_str(g, lp->loop.hi[0]), r);
    g->ind++;
    g->in_region = true;
    const PtrList *b = &lp->loop.body;
    for (int i = 0; i < b->len;) {
        const IStmt *s = b->items[i];
        if (s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR) { stmt(g, s); i++; continue; }
        line(g, "ARR_OMP(omp single)");
        line(g, "{");
        g->ind++;
        for (; i < b->len; i++) {
            const IStmt *t = b->items[i];
            if (t->kind == IS_LOOP && t->loop.kind == LOOP_PARFOR) break;
            stmt(g, t);
        }
        g->ind--;
        line(g, "}");
    }
    g->in_region = false;
    g->ind--;
    line(g, "} /* for %s */", r);
    g->ind--;
    line(g, "}");
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
        case IS_LOOP: if (s->loop.kind != LOOP_PARFOR && pool_allocs_in(&s->loop.body)) return true; break;
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
static int sweep_open(CG *g, const PtrList *body)
{
    if (g->in_parfor || !pool_allocs_in(body)) return -1;
    int id = g->nsweeps++;
    line(g, "{");
    g->ind++;
    line(g, "const int arr_mark_%d = arr_pool_.n;", id);
    return id;
}

static void sweep_round(CG *g, const PtrList *body, int id)
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

static void sweep_close(CG *g, int id)
{
    if (id < 0) return;
    g->ind--;
    line(g, "}");
}

static void serial_loop(CG *g, const IStmt *lp)
{
    int sweep = lp->loop.kind == LOOP_SERIAL ? sweep_open(g, &lp->loop.body) : -1;
    bool block = reds_open(g, lp);
    if (lp->loop.kind == LOOP_PARFOR && !g->small_loop) {
        Buf fz = {0};
        fused_comment(&fz, lp);
        line(g, "/* %s: loop over [%s] (inside a parallel loop); fused: %s */", where_line(lp->span),
             extents_str(g, lp), fz.s ? fz.s : "");
        buf_free(&fz);
    }
    bool small = g->small_loop;
    g->small_loop = false;          /* loops nested in the body are ordinary */
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
            red_update(g, r, red_acc(r), r->idx ? cname(r->idx) : NULL);
        }
        sweep_round(g, &lp->loop.body, sweep);
    }
    for (int d = lp->loop.rank - 1; d >= 0; d--) {
        g->ind--;
        line(g, "} /* for %s */", cname(lp->loop.idx[d]));
    }
    reds_close(g, lp, block);
    sweep_close(g, sweep);
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
static void scan_stmt(CG *g, const IStmt *st)
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
    if (!g->p->serial && !g->in_parfor) line(g, "ARR_OMP(omp parallel if(parallel: %s >= 65536))", n);
    line(g, "{");
    g->ind++;
    line(g, "int arr_t = 0, arr_nth = 1;");
    if (!g->p->serial && !g->in_parfor) {
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
    if (!g->p->serial && !g->in_parfor) {
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

static void fail_msg(CG *g, const char *msg)
{
    line(g, "arr_fail(\"%s\");", c_escape(msg));
}

/* #line: the C that follows comes from this .arr line (for C compiler
 * messages and debuggers); ARR_CLINE markers are replaced by the C file's
 * own position once the whole file is assembled. */
static void source_line(CG *g, Span s)
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

static void stmt(CG *g, const IStmt *s)
{
    Buf *b = g->b;
    if (!(s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR && !g->in_parfor)) source_line(g, s->span);
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
        top_expr(g, s->assign.val);
        buf_puts(b, ";\n");
        break;
    }
    case IS_STORE:
        buf_indent(b, g->ind);
        buf_printf(b, "%s[", cname(s->store.arr));
        index_expr(g, s->store.arr, s->store.n, s->store.idx);
        buf_puts(b, "] = ");
        top_expr(g, s->store.val);
        buf_puts(b, ";\n");
        break;
    case IS_IF:
        buf_indent(b, g->ind);
        buf_puts(b, "if (");
        cond(g, s->if_.cond);
        buf_puts(b, ") {\n");
        g->ind++; stmts(g, &s->if_.then); g->ind--;
        if (s->if_.els.len) {
            line(g, "} else {");
            g->ind++; stmts(g, &s->if_.els); g->ind--;
        }
        line(g, "}");
        break;
    case IS_LOOP:
        if (s->loop.kind == LOOP_PARFOR && !g->in_parfor) parfor(g, s);
        else if (s->loop.kind == LOOP_ROUNDS && !g->in_parfor && !g->in_region && !g->p->serial) rounds(g, s);
        else serial_loop(g, s);
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
        expr(g, s->while_.cond);
        buf_puts(b, ") break;\n");
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
    case IS_SORT: {
        const IExpr *o = s->op;
        const char *ks = cname(o->sort.keys);
        VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate the work space of 'argsort'", diag_where(s->span)));
        if (g->in_parfor) {
            line(g, "if (arr_argsort_%s(%s, %s, %s, 0)) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }",
                 sfx(o->sort.keys->elem), ks, expr_str(g, ir_ext(o->sort.keys->dims[0], s->span)), cname(o->sort.dst),
                 g->sites.len, g->skip_label);
            g->skip_used = true;
        } else {
            line(g, "if (arr_argsort_%s(%s, %s, %s, %d)) { arr_fail(arr_sites[%d]); goto fail; }", sfx(o->sort.keys->elem), ks,
                 expr_str(g, ir_ext(o->sort.keys->dims[0], s->span)), cname(o->sort.dst), !g->p->serial, g->sites.len - 1);
            g->used_fail = true;
        }
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
    case IS_CHECK:
        buf_indent(b, g->ind);
        buf_puts(b, "if (!");
        expr(g, s->check.cond);
        buf_puts(b, ") {\n");
        g->ind++;
        if (g->in_parfor) {
            /* no jump out of a parallel loop: record it, skip the rest of the iteration */
            VEC_PUSH(g->sites, s->check.msg);
            line(g, "arr_trap(&arr_trapped, %d);", g->sites.len);
            line(g, "goto arr_skip_%d;", g->skip_label);
            g->skip_used = true;
            g->ind--;
            line(g, "}");
            break;
        }
        fail_msg(g, s->check.msg);
        line(g, "goto fail;");
        g->used_fail = true;
        g->ind--;
        line(g, "}");
        break;
    case IS_ALLOC: {
        Var *v = s->alloc;
        Buf n = {0};
        for (int d = 0; d < v->rank; d++) {
            if (d) buf_puts(&n, " * ");
            ext(&n, v->dims[d]);
        }
        if (g->in_parfor) {
            VEC_PUSH(g->sites, arena_printf("%s: error: cannot allocate %s", diag_where(s->span), v->name));
            line(g, "free(%s);", cname(v));
            line(g, "%s = (%s *)arr_alloc_local(%s, sizeof(%s));", cname(v), ctype(v->elem), n.s, ctype(v->elem));
            line(g, "if (!%s) { arr_trap(&arr_trapped, %d); goto arr_skip_%d; }", cname(v), g->sites.len, g->skip_label);
            g->skip_used = true;
            buf_free(&n);
            break;
        }
        line(g, "%s = (%s *)arr_alloc(&arr_pool_, %s, sizeof(%s));", cname(v), ctype(v->elem), n.s, ctype(v->elem));
        line(g, "if (!%s) { arr_fail(\"%s: error: cannot allocate %s\"); goto fail; }", cname(v), c_escape(diag_where(s->span)), v->name);
        g->used_fail = true;
        buf_free(&n);
        break;
    }
    }
    if (!g->in_parfor && !g->in_region && stmt_traps(s)) trap_check(g);
}

static void stmts(CG *g, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) stmt(g, l->items[i]);
}

/* ---- signatures and the header ---- */

/* restrict: only in the definition; arguments are checked not to overlap. */
static void signature(CG *g, Buf *b, const IrFunc *f, bool restrict_)
{
    const char *rq = restrict_ ? "restrict " : "";
    buf_printf(b, "int %s%s%s(", g->p->prefix ? g->p->prefix : "", g->p->prefix ? "_" : "", f->name);
    bool first = true;
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

static void mark_private(const PtrList *l, bool in_parfor, bool *priv)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: if (in_parfor) priv[s->assign.dst->id] = true; break;
        case IS_IF: mark_private(&s->if_.then, in_parfor, priv); mark_private(&s->if_.els, in_parfor, priv); break;
        case IS_WHILE: mark_private(&s->while_.pre, in_parfor, priv); mark_private(&s->while_.body, in_parfor, priv); break;
        case IS_LOOP:
            if (in_parfor)
                for (int k = 0; k < s->loop.reds.len; k++) {
                    const Reduction *r = s->loop.reds.items[k];
                    priv[r->acc->id] = true;
                    if (r->idx) priv[r->idx->id] = true;
                }
            mark_private(&s->loop.body, in_parfor || s->loop.kind == LOOP_PARFOR, priv);
            break;
        case IS_ALLOC: if (in_parfor) priv[s->alloc->id] = true; break;
        default: break;
        }
    }
}

static void function(CG *g, IrFunc *f)
{
    g->f = f;
    g->declared = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    g->at_assign = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    g_rename = xcalloc((size_t)f->vars.len + 1, sizeof(const char *));
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
    for (int i = 0; i < f->params.len; i++) {
        Var *v = f->params.items[i];
        g->declared[v->id] = true;
        line(g, "(void)%s;", cname(v));
    }
    for (int i = 0; i < f->results.len; i++) {
        Var *r = f->results.items[i];
        g->declared[r->id] = true;
        for (int d = 0; d < r->rank; d++) if (r->dims[d].var) g->declared[r->dims[d].var->id] = true;
        if (r->anon_result) line(g, "*%s = NULL;", cname(r));
    }
    /* Scalars assigned inside a parfor body are declared there (private to
     * each iteration); everything else at the top, so goto fail skips none. */
    bool *priv = xcalloc((size_t)f->vars.len + 1, sizeof(bool));
    mark_private(&f->body, false, priv);
    AccessSet all = {0};
    analyze_access_list(&f->body, NULL, &all);
    for (int i = 0; i < f->vars.len; i++) {
        Var *v = f->vars.items[i];
        if (g->declared[v->id] || v->kind == V_INDEX || priv[v->id]) continue;
        bool used = false;
        for (int k = 0; k < all.len && !used; k++) used = all.items[k].v == v;
        if (!used) continue;
        g->declared[v->id] = true;
        if (v->rank) line(g, "%s *%s = NULL;", ctype(v->elem), cname(v));
        else line(g, "%s %s = 0;", ctype(v->elem), cname(v));
    }
    VEC_FREE(all);
    free(priv);
    /* Extents passed by the caller must not be negative. */
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        if (v->kind != V_SIZE && !v->nonneg) continue;
        line(g, "if (%s < 0) {", cname(v));
        g->ind++;
        fail_msg(g, arena_printf("%s: error: negative extent %s passed to '%s'", diag_where(f->decl->name_span), v->name, f->name));
        line(g, "goto fail;");
        g->used_fail = true;
        g->ind--;
        line(g, "}");
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
    line(g, "arr_pool_free(&arr_pool_);");
    line(g, "arr_errbuf[0] = 0;");
    line(g, "return 0;");
    if (!g->used_fail) buf_puts(b, "    goto fail;  /* (no path fails) */\n");
    g->used_fail = false;
    buf_puts(b, "fail:\n");
    line(g, "arr_pool_free(&arr_pool_);");
    for (int i = 0; i < f->results.len; i++) {
        Var *r = f->results.items[i];
        if (r->anon_result) line(g, "if (*%s) { free(*%s); *%s = NULL; }", cname(r), cname(r), cname(r));
    }
    line(g, "return 1;");
    back_to_c(g);
    buf_printf(b, "} /* %s */\n\n", f->name);
    free(g->declared);
    free(g->at_assign);
    free(g_rename);
    g_rename = NULL;
}

static bool libmvec_has(BuiltinId id)
{
    switch (id) {
    case BI_EXP: case BI_LOG: case BI_SIN: case BI_COS: case BI_TAN: case BI_POW:
    case BI_ACOS: case BI_ASIN: case BI_ATAN: case BI_ATAN2: case BI_ACOSH: case BI_ASINH:
    case BI_ATANH: case BI_CBRT: case BI_COSH: case BI_SINH: case BI_TANH: case BI_ERF:
    case BI_ERFC: case BI_EXP10: case BI_EXP2: case BI_EXPM1: case BI_HYPOT: case BI_LOG10:
    case BI_LOG1P: case BI_LOG2:
        return true;
    default:
        return false;
    }
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
    for (const char *q = m; *q; q++) buf_putc(&guard, (*q >= 'a' && *q <= 'z') ? (char)(*q - 32) : ((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9')) ? *q : '_');
    buf_printf(h, "/* %s.h — generated by arrc from %s.  Do not edit. */\n", m, source_name);
    buf_printf(h, "#ifndef ARRC_%s_H\n#define ARRC_%s_H\n\n#include <stdint.h>\n#include <stdbool.h>\n\n", guard.s, guard.s);
    buf_puts(h, "#ifdef __cplusplus\nextern \"C\" {\n#endif\n\n");
    CG g = { .p = p };
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        buf_printf(h, "/* %s%s%s: returns 0 on success; on failure, non-zero and %s_last_error() says why. */\n",
                   p->prefix ? p->prefix : "", p->prefix ? "_" : "", f->name, m);
        signature(&g, h, f, false);
        buf_puts(h, ";\n\n");
    }
    buf_printf(h, "/* The message of this thread's last failed call, or \"\" after a success. */\n");
    buf_printf(h, "const char *%s_last_error(void);\n\n", m);
    buf_puts(h, "#ifdef __cplusplus\n}\n#endif\n\n");
    buf_printf(h, "#endif /* ARRC_%s_H */\n", guard.s);
    buf_free(&guard);

    /* body first (to learn which math functions are used), then assemble */
    Buf body = {0};
    g.b = &body;
    for (int i = 0; i < p->funcs.len; i++) function(&g, p->funcs.items[i]);

    buf_printf(c, "/* %s.c — generated by arrc from %s.  Do not edit.\n", m, source_name);
    buf_puts(c, " * Build: cc -std=c11 -O3 -fopenmp -fno-math-errno -c this file; link with -lm.\n"
                " * (-fno-math-errno lets gcc vectorise sqrt; it changes no result.) */\n");
    buf_puts(c, "#define _GNU_SOURCE 1\n");
    buf_printf(c, "#include \"%s\"\n\n", include_name(header_name));
    buf_puts(c, "#include <math.h>\n#include <stdint.h>\n#include <stdbool.h>\n#include <stdio.h>\n#include <stdlib.h>\n#include <string.h>\n");
    buf_puts(c, "#ifdef _OPENMP\n#include <omp.h>\n#endif\n");
    for (int i = 0; i < p->headers.len; i++)
        buf_printf(c, "#include \"%s\"    /* extern functions */\n", include_name(p->headers.items[i]));
    buf_putc(c, '\n');
    if (p->fast_math) {
        buf_puts(c, "/* --fast-math: reassociation and contraction allowed. */\n");
        buf_puts(c, "#if defined(__clang__)\n#pragma clang fp contract(fast) reassociate(on)\n#elif defined(__GNUC__)\n"
                    "#pragma GCC optimize(\"fp-contract=fast\", \"associative-math\", \"no-signed-zeros\", \"no-trapping-math\")\n#endif\n\n");
    } else {
        buf_puts(c, "/* Evaluate in source order: no contraction into fused multiply-adds. */\n");
        buf_puts(c, "#if defined(__clang__)\n#pragma STDC FP_CONTRACT OFF\n#elif defined(__GNUC__)\n#pragma GCC optimize(\"fp-contract=off\")\n#endif\n\n");
    }
    buf_puts(c, "/* OpenMP directives; without OpenMP the code runs serially and compiles cleanly. */\n");
    buf_puts(c, "#ifdef _OPENMP\n#define ARR_OMP(directive) _Pragma(#directive)\n#else\n#define ARR_OMP(directive)\n#endif\n");
    buf_puts(c, "/* 'omp simd' asks for vectorisation; clang says so when it cannot (libm calls). */\n");
    buf_puts(c, "#if defined(__clang__)\n#pragma clang diagnostic ignored \"-Wpass-failed\"\n#endif\n");
    /* What the .arr source itself says, which -Wall flags in C: a value kept
     * only for its run-time error (an integer division whose result is
     * dead), `x != x` as a NaN test, a read of a[0] gcc cannot prove is
     * inside an array it saw filled by a loop that may not run. */
    buf_puts(c, "/* Warnings about what the .arr source says (dead values kept for their run-time\n"
                "   errors, x != x, reads gcc cannot prove initialised) are not the C's to fix. */\n");
    buf_puts(c, "#if defined(__GNUC__)\n"
                "#pragma GCC diagnostic ignored \"-Wunused-variable\"\n"
                "#pragma GCC diagnostic ignored \"-Wunused-but-set-variable\"\n"
                "#pragma GCC diagnostic ignored \"-Wtautological-compare\"\n"
                "#if !defined(__clang__)\n#pragma GCC diagnostic ignored \"-Wmaybe-uninitialized\"\n#endif\n"
                "#endif\n\n");
    buf_puts(c, arr_runtime_text);
    buf_puts(c, "\n/* Math functions used by this module");
    if (!p->strict_math) buf_puts(c, "; with OpenMP, gcc may call glibc's vector versions (libmvec)");
    buf_puts(c, ". */\n");
    for (int id = 0; id < BI_COUNT_; id++)
        for (int f32 = 0; f32 < 2; f32++) {
            if (!g.uses_math[id][f32]) continue;
            const char *t = f32 ? "float" : "double";
            const char *n = libm_name((BuiltinId)id);
            /* not powf: gcc 12 crashes (internal compiler error in cddce) on
               powf(x, 0.5f) in an 'omp parallel for simd' loop when powf is
               declared 'omp declare simd' (tests/fuzz/found/gcc-ice-f32-pow-O0) */
            bool vec = !p->strict_math && libmvec_has((BuiltinId)id) && !(id == BI_POW && f32);
            if (vec) buf_puts(c, "#if defined(_OPENMP) && defined(__GNUC__) && !defined(__clang__)\n#pragma omp declare simd notinbranch\n#endif\n");
            int nargs = builtins[id].cls == BC_MATH2 ? 2 : 1;
            buf_printf(c, "extern %s %s%s(%s%s%s);\n", t, n, f32 ? "f" : "", t, nargs == 2 ? ", " : "", nargs == 2 ? t : "");
        }
    buf_putc(c, '\n');
    if (g.sites.len) {
        buf_puts(c, "static const char *const arr_sites[] = {\n");
        for (int i = 0; i < g.sites.len; i++) buf_printf(c, "    \"%s\",\n", c_escape(g.sites.items[i]));
        buf_puts(c, "};\n\n");
    }
    buf_printf(c, "const char *%s_last_error(void) { return arr_errbuf; }\n\n", m);
    buf_puts(c, body.s ? body.s : "");
    buf_free(&body);
    if (p->line_directives) {
        /* "#line ARR_CLINE" -> "#line N \"out.c\"", N the line after it */
        Buf fixed = {0};
        int ln = 1;
        for (const char *q = c->s; *q;) {
            const char *nl = strchr(q, '\n');
            size_t len = nl ? (size_t)(nl - q) + 1 : strlen(q);
            if (!strncmp(q, "#line ARR_CLINE", 15)) buf_printf(&fixed, "#line %d \"%s\"\n", ln + 1, c_escape(c_name));
            else { for (size_t k = 0; k < len; k++) buf_putc(&fixed, q[k]); }
            ln++;
            q += len;
        }
        buf_free(c);
        *c = fixed;
    }
    VEC_FREE(g.sites);
    VEC_FREE(g.body_allocs);
}
