/* cg_expr.c — C expressions (wrapping integer arithmetic, trap sites,
 * casts) and the declarations of loop-body variables. */
#include "cg_int.h"

/* The shortest decimal that reads back as v (as an f32 when f32). */
static void fconst(Buf *b, double v, bool f32)
{
    if (isnan(v)) { buf_puts(b, f32 ? "NAN" : "(double)NAN"); return; }
    if (isinf(v)) { buf_puts(b, v < 0 ? "-INFINITY" : "INFINITY"); return; }
    char s[64];
    for (int prec = f32 ? 6 : 15; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, v);
        if (f32 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v) break;
    }
    if (!strpbrk(s, ".en")) strcat(s, ".0");
    buf_puts(b, s);
    if (f32) buf_putc(b, 'f');
}

static void const_(CG *g, const IExpr *e)
{
    Buf *b = g->b;
    if (ty_is_complex_kind(e->ty)) {
        g->uses_complex = true;
        buf_printf(b, "arr_cmplx_%s(", sfx(e->ty));
        fconst(b, e->c.f, e->ty == T_C64);
        buf_puts(b, ", ");
        fconst(b, e->c.im, e->ty == T_C64);
        buf_putc(b, ')');
        return;
    }
    switch (e->ty) {
    case T_BOOL: buf_puts(b, e->c.i ? "true" : "false"); return;
    case T_I32: buf_printf(b, e->c.i == INT32_MIN ? "INT32_MIN" : "%" PRId64, e->c.i); return;
    case T_I8: case T_I16: buf_printf(b, "(%s)%" PRId64, ctype(e->ty), e->c.i); return;
    case T_U8: case T_U16: buf_printf(b, "(%s)%" PRIu64 "u", ctype(e->ty), (uint64_t)e->c.i); return;
    case T_U32: buf_printf(b, "%" PRIu64 "u", (uint64_t)(uint32_t)e->c.i); return;
    case T_U64: buf_printf(b, "UINT64_C(%" PRIu64 ")", (uint64_t)e->c.i); return;
    case T_I64:
        if (e->c.i == INT64_MIN) buf_puts(b, "INT64_MIN");
        else if (e->c.i >= INT32_MIN && e->c.i <= INT32_MAX) buf_printf(b, "%" PRId64, e->c.i);
        else buf_printf(b, "INT64_C(%" PRId64 ")", e->c.i);
        return;
    default:
        fconst(b, e->c.f, e->ty == T_F32);
        return;
    }
}

static int site(CG *g, Span s, const char *what)
{
    VEC_PUSH(g->sites, arena_printf("%s: error: %s", diag_where(s), what));
    return g->sites.len;
}

void index_expr(CG *g, const Var *a, int n, IExpr *const *idx)
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

void varref(CG *g, const Var *v)
{
    if (v->kind == V_RESULT && v->rank == 0) buf_printf(g->b, "(*%s)", cname(v));
    else buf_puts(g->b, cname(v));
}

static void operand(CG *g, const IExpr *parent, const IExpr *child, bool right);
static bool self_contained(const IExpr *e);

/* Is x, or an operand inside it, an integer / or % by a constant or a
 * shift, which binop writes as a C operator?  Looks at 64 nodes at most and
 * answers yes past that (linear in the expression however deep it nests). */
static bool holds_int_op(const IExpr *x, int *budget)
{
    if (!x) return false;
    if (--*budget < 0) return true;
    switch (x->kind) {
    case IE_BINOP:
        if (ty_is_int_kind(x->op.opk) && (x->op.op == OP_SHL || x->op.op == OP_SHR || ir_safe_divisor(x))) return true;
        return holds_int_op(x->op.a, budget) || holds_int_op(x->op.b, budget);
    case IE_UNOP: return holds_int_op(x->op.a, budget);
    case IE_CONV: return holds_int_op(x->conv, budget);
    case IE_CALL: return holds_int_op(x->call.a, budget) || holds_int_op(x->call.b, budget);
    case IE_SELECT: return holds_int_op(x->sel.c, budget) || holds_int_op(x->sel.a, budget) || holds_int_op(x->sel.b, budget);
    case IE_LOAD:
        for (int i = 0; i < x->load.n; i++) if (holds_int_op(x->load.idx[i], budget)) return true;
        return false;
    case IE_ECALL:
        for (int i = 0; i < x->ecall.n; i++) if (holds_int_op(x->ecall.args[i], budget)) return true;
        return false;
    default: return false;
    }
}

/* A / or % by a constant, or a shift, whose operands hold another: written
 * as a call (arr_quo_i64, arr_rem_i64, arr_shl_i64, arr_shr_i64), which the
 * C compiler inlines, because gcc's -fsanitize=undefined copies the operand
 * of each such operator once per check and a nest of them d deep took 2^d to
 * compile (a fuzz program's wrapped indices nested 40 deep).  The operator
 * form stays where nothing nests, for the reader. */
static bool nested_int_op(const IExpr *e)
{
    int budget = 64;
    return holds_int_op(e->op.a, &budget) || holds_int_op(e->op.b, &budget);
}

/* "arr_fpow_S(": float pow through the runtime's helper (arr_fpow_f64:
 * gcc's vectoriser would make pow(x, 0.5) a sqrt that is wrong at -0 and
 * -inf), which calls pow and sqrt, declared const below. */
/* A float ** whose exponent is the constant 2 (codegen writes a * a). */
bool pow_is_square(const IExpr *e)
{
    const IExpr *y = e->op.b;
    return e->kind == IE_BINOP && e->op.op == OP_POW && ty_is_float_kind(e->op.opk) && y->kind == IE_CONST
           && ty_is_float_kind(y->ty) && y->c.f == 2.0;
}

static void fpow_call(CG *g, TyKind k)
{
    buf_printf(g->b, "arr_fpow_%s(", sfx(k));
    g->uses_math[BI_POW][k == T_F32] = true;
    g->uses_math[BI_SQRT][k == T_F32] = true;
}

static void int_op_call(CG *g, const char *name, const IExpr *e)
{
    buf_printf(g->b, "arr_%s_%s(", name, sfx(e->op.opk));
    expr(g, e->op.a);
    buf_puts(g->b, ", ");
    if (name[0] == 's') {
        /* a shift's count may be of another type (an i64 count of an i32):
           masked in its own type, then converted (the value fits; clang
           warned about the constant conversion: found by make fuzz) */
        buf_printf(g->b, "(%s)(", ctype(e->op.opk));
        expr(g, e->op.b);
        buf_printf(g->b, " & %d)", ty_int_bits(e->op.opk) - 1);
    } else {
        expr(g, e->op.b);
    }
    buf_putc(g->b, ')');
}

/* Known to be >= 0 wherever the code runs: a constant, an extent the
 * caller passed (checked at entry) or an integer parameter used as one
 * (parameters cannot be assigned). */
static bool nonneg_bound(const IExpr *e)
{
    if (e->kind == IE_CONST) return e->c.i >= 0;
    return e->kind == IE_VAR && !e->var->rank && ir_var_nonneg(e->var);
}

/* `x >= 0 && x < n` (a bounds check, x a signed integer variable, n
 * non-negative) as one unsigned comparison `(uint64_t)x < (uint64_t)n`:
 * a negative x becomes at least 2^63, past every n, and 0 <= x < n keeps
 * its value.  One test instead of two in loops such as a histogram's
 * (1.38 -> 1.26 of a hand loop).  Returns false for any other shape. */
static bool unsigned_range_check(CG *g, const IExpr *e)
{
    if (e->op.op != OP_AND || e->op.a->kind != IE_BINOP || e->op.b->kind != IE_BINOP) return false;
    const IExpr *lo = e->op.a, *hi = e->op.b;
    if (lo->op.op != OP_GE || hi->op.op != OP_LT || lo->op.opk != hi->op.opk) return false;
    if (!ty_is_int_kind(lo->op.opk) || ty_is_unsigned_kind(lo->op.opk)) return false;
    const IExpr *x = lo->op.a, *z = lo->op.b;
    if (x->kind != IE_VAR || x->var->rank || z->kind != IE_CONST || z->c.i != 0) return false;
    if (hi->op.a->kind != IE_VAR || hi->op.a->var != x->var || !nonneg_bound(hi->op.b)) return false;
    buf_puts(g->b, "((uint64_t)");
    expr(g, x);
    buf_puts(g->b, " < (uint64_t)");
    expr(g, hi->op.b);
    buf_putc(g->b, ')');
    return true;
}

static void binop(CG *g, const IExpr *e)
{
    if (unsigned_range_check(g, e)) return;
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
    if (isint && (op == OP_DIV || op == OP_MOD) && ir_safe_divisor(e)) {
        /* a constant divisor other than 0 and -1: C's / and % (which
           truncate, as arr's do) can neither trap nor overflow */
        if (nested_int_op(e)) { int_op_call(g, op == OP_DIV ? "quo" : "rem", e); return; }
        buf_printf(b, "(%s)(", ctype(k));
        expr(g, e->op.a);
        buf_printf(b, " %s ", op == OP_DIV ? "/" : "%");
        expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
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
        const char *u = wrap_ctype(k);
        buf_printf(b, "(%s)((%s)", ctype(k), u);
        expr(g, e->op.a);
        buf_printf(b, " %s (%s)", op_spelling[op], u);
        expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        if (nested_int_op(e)) { int_op_call(g, op == OP_SHL ? "shl" : "shr", e); return; }
        int bits = ty_int_bits(k) - 1;
        if (op == OP_SHL) {
            const char *u = wrap_ctype(k);
            buf_printf(b, "(%s)((%s)", ctype(k), u);
            expr(g, e->op.a);
            buf_puts(b, " << (");
            expr(g, e->op.b);
            buf_printf(b, " & %d))", bits);
        } else {
            /* the cast: a small i64 constant prints as an int (`2 >> 40`);
               C shifts a signed value arithmetically and an unsigned one
               logically, and an 8- or 16-bit operand is promoted to int
               with its value (sign) kept, so the result fits back */
            bool small = ty_int_bits(k) < 32;
            if (small) buf_printf(b, "(%s)", ctype(k));
            buf_printf(b, "((%s)", ctype(k));
            expr(g, e->op.a);
            buf_puts(b, " >> (");
            expr(g, e->op.b);
            buf_printf(b, " & %d))", bits);
        }
        return;
    }
    if (ty_is_complex_kind(k) && (op == OP_MUL || op == OP_DIV)) {
        /* NumPy's formulas, not C's Annex G ones (see arr_cmul_c128) */
        buf_printf(b, "arr_c%s_%s(", op == OP_MUL ? "mul" : "div", sfx(k));
        top_expr(g, e->op.a); buf_puts(b, ", "); top_expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (ty_is_complex_kind(k) && op == OP_POW) {
        buf_printf(b, "arr_cpow_%s(", sfx(k));      /* NumPy's npy_cpow */
        top_expr(g, e->op.a); buf_puts(b, ", "); top_expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (!isint && op == OP_POW && pow_is_square(e)) {
        /* a ** 2 is a * a (NumPy's square; gcc and clang fold pow(a, 2.0)
           so when optimising, but glibc's pow differs from it in the last
           bit for 1 input in 2,000: a build at -O0 gave other bits) */
        buf_printf(b, "arr_sq_%s(", sfx(k));
        top_expr(g, e->op.a);
        buf_putc(b, ')');
        return;
    }
    if (!isint && op == OP_POW) {
        fpow_call(g, k);
        expr(g, e->op.a); buf_puts(b, ", "); expr(g, e->op.b);
        buf_putc(b, ')');
        return;
    }
    if (!isint && op == OP_MOD) {
        buf_printf(b, "fmod%s(", k == T_F32 ? "f" : "");
        g->uses_math[BI_FMOD][k == T_F32] = true;
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

const char *libm_name(BuiltinId id)
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
    if (ty_is_complex_kind(k) || id == BI_COMPLEX) {
        /* complex.h: cabs csqrt cexp clog csin ccos creal cimag conj carg (f: c64) */
        static const struct { BuiltinId id; const char *c; } cf[] = {
            { BI_ABS, "cabs" }, { BI_SQRT, "csqrt" }, { BI_EXP, "cexp" }, { BI_LOG, "clog" }, { BI_SIN, "csin" },
            { BI_COS, "ccos" }, { BI_REAL, "creal" }, { BI_IMAG, "cimag" }, { BI_CONJ, "conj" }, { BI_ARG, "carg" },
        };
        g->uses_complex = true;
        if (id == BI_COMPLEX) {
            buf_printf(b, "arr_cmplx_%s(", sfx(e->ty));
        } else {
            const char *n = "?";
            for (size_t i = 0; i < sizeof cf / sizeof cf[0]; i++)
                if (cf[i].id == id) n = cf[i].c;
            buf_printf(b, "%s%s(", n, k == T_C64 ? "f" : "");
        }
    } else if (id == BI_UNIFORM || id == BI_NORMAL) {
        buf_printf(b, "arr_%s(", builtins[id].name);
    } else if (id == BI_SAMEBUF) {
        buf_puts(b, "arr_same_buffer(");
    } else if (id == BI_WRAPIDX || id == BI_MIRRORIDX) {
        buf_printf(b, "arr_%s(", id == BI_WRAPIDX ? "wrap_index" : "mirror_index");
    } else if (id == BI_SIGN || id == BI_MIN || id == BI_MAX || id == BI_ROUND || (id == BI_ABS && ty_is_int_kind(k))
               || builtin_is_fp_predicate(id)) {
        buf_printf(b, "arr_%s_%s(", builtins[id].name, sfx(k));
    } else if (id == BI_POW) {
        fpow_call(g, k);
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

/* #line inside an expression: an operand from another .arr line (a
 * multi-line expression, an operation fused in from another statement)
 * starts a new C line under its own #line, so that debuggers and C
 * compiler messages point at it.  Not inside a call's arguments: a C
 * library function may be a macro (isnan), and a directive inside a macro's
 * arguments is not portable C. */
static void expr_line(CG *g, const IExpr *e)
{
    if (!g->p->line_directives || e->span.end <= e->span.beg) return;
    int line, col;
    span_linecol(e->span, &line, &col);
    if (line == g->cur_line) return;
    g->cur_line = line;
    while (g->b->len && g->b->s[g->b->len - 1] == ' ') g->b->s[--g->b->len] = 0;    /* no trailing blank */
    buf_printf(g->b, "\n#line %d \"%s\"\n", line, c_escape(diag_file(e->span.file)->name));
    buf_indent(g->b, g->ind + 1);
}

void expr(CG *g, const IExpr *e)
{
    Buf *b = g->b;
    if (g->expr_lines) expr_line(g, e);
    bool lines = g->expr_lines;
    switch (e->kind) {
    case IE_CONST: const_(g, e); break;
    case IE_VAR: varref(g, e->var); break;
    case IE_UNOP:
        if (e->op.op == OP_NEG && ty_is_int_kind(e->op.opk)) {
            buf_printf(b, "(%s)(0 - (%s)", ctype(e->op.opk), wrap_ctype(e->op.opk));
            expr(g, e->op.a);
            buf_putc(b, ')');
        } else {
            /* unary operators bind tighter than every binary one */
            const IExpr *a = e->op.a;
            /* -(-0.0f) is not --0.0f: a negative constant, -0.0 included, in parentheses */
            bool wrap = a->kind == IE_UNOP ||
                        (a->kind == IE_CONST && (ty_is_float_kind(a->ty) ? signbit(a->c.f) : a->c.i < 0));
            bool not = e->op.op == OP_NOT;     /* (!a) == b: gcc's -Wlogical-not-parentheses */
            if (not) buf_putc(b, '(');
            /* ~ of an 8- or 16-bit value is an int: back to the type (~u8(5) is 250) */
            if (e->op.op == OP_BNOT && ty_int_bits(e->op.opk) < 32) buf_printf(b, "(%s)", ctype(e->op.opk));
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
    case IE_CALL: g->expr_lines = false; call(g, e); g->expr_lines = lines; break;
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
        if (g->guard_mem) {     /* see stmt_guard_open */
            buf_printf(b, "(*(const %s *)arr_at_untrapped(%s, ", ctype(e->load.arr->elem), cname(e->load.arr));
            index_expr(g, e->load.arr, e->load.n, e->load.idx);
            buf_printf(b, ", sizeof(%s), &arr_trapped))", ctype(e->load.arr->elem));
            break;
        }
        buf_printf(b, "%s[", cname(e->load.arr));
        index_expr(g, e->load.arr, e->load.n, e->load.idx);
        buf_putc(b, ']');
        break;
    case IE_ECALL:
        g->expr_lines = false;
        buf_printf(b, "%s(", e->ecall.name);
        for (int i = 0; i < e->ecall.n; i++) {
            if (i) buf_puts(b, ", ");
            top_expr(g, e->ecall.args[i]);
        }
        buf_putc(b, ')');
        g->expr_lines = lines;
        break;
    default:
        ice("domain node %s reached code generation", iexpr_kind_name[e->kind]);
    }
}


/* An expression standing alone (a right-hand side, an argument, an index):
 * no outer parentheses. */
void top_expr(CG *g, const IExpr *e)
{
    if (e->kind == IE_BINOP && !self_contained(e)) binop(g, e);
    else expr(g, e);
}

/* A condition: without the outer parentheses a binary operator would add. */
void cond(CG *g, const IExpr *e)
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

const char *where_line(Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    return arena_printf("%s:%d", diag_file(s.file)->name, line);
}

/* Does e compute in floating point (arithmetic or a math call)? Under C's
 * default -ftrapping-math the C compiler does not evaluate that
 * speculatively, so `c ? x / y : 0` stays a branch and blocks
 * vectorisation without masked instructions (AVX2); an eager select (both
 * operands are evaluated) is then written as a call of arr_sel_T, which
 * evaluates both first. */
bool has_fp_work(const IExpr *e)
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

/* How often each scalar is assigned in l, at any depth; a reduction's
 * accumulator counts twice (initialised before its loop, updated by it),
 * wherever the loop is: also a loop inside an if, as pass nanfree makes. */
static void count_body_assigns(const PtrList *l, int *n)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind == IS_ASSIGN) n[s->assign.dst->id]++;
        else if (s->kind == IS_IF) { count_body_assigns(&s->if_.then, n); count_body_assigns(&s->if_.els, n); }
        else if (s->kind == IS_LOOP) {
            for (int k = 0; k < s->loop.reds.len; k++) n[((Reduction *)s->loop.reds.items[k])->acc->id] += 2;
            count_body_assigns(&s->loop.body, n);
        } else if (s->kind == IS_WHILE) { count_body_assigns(&s->while_.pre, n); count_body_assigns(&s->while_.body, n); }
    }
}

static void declare_rest(CG *g, const PtrList *l);

/* Declarations for scalars assigned inside a parfor body.  One assigned
 * once, at the top level of the body, is declared where it is assigned
 * (`const double x = ...;`); the others at the start of the body. */
void declare_body_vars(CG *g, const PtrList *l)
{
    int *n = xcalloc((size_t)g->f->vars.len + 1, sizeof(int));
    count_body_assigns(l, n);
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
            if (s->loop.kind == LOOP_COMPACT && !g->declared[s->loop.cdst->id]) {
                /* a compaction inside a parallel loop: its result is the iteration's own */
                g->declared[s->loop.cdst->id] = true;
                line(g, "%s *%s = NULL;", ctype(s->loop.cdst->elem), cname(s->loop.cdst));
                VEC_PUSH(g->body_allocs, s->loop.cdst);
            }
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                if (!g->declared[r->acc->id] && !r->lanes) {     /* lanes: no accumulator of its own */
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
        } else if (s->kind == IS_ALLOC && !g->declared[s->alloc->id] && s->alloc->on_stack) {
            /* a block of the vector math (passes/vecmath.c): the iteration's own, on the stack */
            g->declared[s->alloc->id] = true;
            line(g, "%s %s[%lld];", ctype(s->alloc->elem), cname(s->alloc), (long long)s->alloc->dims[0].c);
        } else if (s->kind == IS_ALLOC && !g->declared[s->alloc->id]) {
            /* arrays made inside a parallel loop: one per thread, freed at the end of the iteration */
            g->declared[s->alloc->id] = true;
            line(g, "%s *%s = NULL;", ctype(s->alloc->elem), cname(s->alloc));
            VEC_PUSH(g->body_allocs, s->alloc);
        }
    }
}

/* ---- which variables are declared: a snapshot around a body emitted twice ---- */

DeclSnap decl_save(const CG *g)
{
    size_t nv = (size_t)g->f->vars.len + 1;
    DeclSnap s = { xmalloc(nv), xmalloc(nv) };
    memcpy(s.decl, g->declared, nv);
    memcpy(s.at, g->at_assign, nv);
    return s;
}

void decl_restore(CG *g, DeclSnap *s)
{
    size_t nv = (size_t)g->f->vars.len + 1;
    memcpy(g->declared, s->decl, nv);
    memcpy(g->at_assign, s->at, nv);
    free(s->decl);
    free(s->at);
    s->decl = s->at = NULL;
}

/* ---- C spellings of types (cg.c and the loop, reduction and MPI emitters use them) ---- */

const char *sfx(TyKind k)
{
    if ((ty_is_int_kind(k) && k != T_ILIT) || k == T_C64 || k == T_C128) return ty_kind_name(k);
    return k == T_F32 ? "f32" : k == T_BOOL ? "bool" : "f64";
}

/* The unsigned C type integer arithmetic of kind k wraps in: at least
 * unsigned int, so that no operand is promoted to a signed int that could
 * overflow (uint16_t * uint16_t would be an int product). */
const char *wrap_ctype(TyKind k)
{
    return ty_int_bits(k) == 64 ? "uint64_t" : "uint32_t";
}

/* The C spelling of the smallest or largest value of integer kind k. */
const char *int_limit_c(TyKind k, bool max)
{
    if (ty_is_unsigned_kind(k)) return max ? arena_printf("UINT%d_MAX", ty_int_bits(k)) : "0";
    return arena_printf("INT%d_%s", ty_int_bits(k), max ? "MAX" : "MIN");
}
