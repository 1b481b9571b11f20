/* sema.c — scopes, types, literal typing and signature analysis.
 *
 * Typing is bottom-up; untyped literals get T_ILIT / T_FLIT and are fixed
 * by coerce() once their context is known (or defaulted to i64/f64 at the
 * end of an expression).  Internal functions are checked before their
 * callers so that recursion is found as a call to a function whose check
 * is still in progress. */
#include "sema.h"
#include "cnames.h"
#include "builtins.h"
#include "cheader.h"
#include <inttypes.h>
#include <string.h>
#include <sys/stat.h>

typedef VEC(Sym *) SymVec;
typedef VEC(int) IntVec;

typedef struct Ctx {
    Module *mod;
    FnDecl *fn;
    SymVec scope;           /* innermost last */
    IntVec marks;           /* scope starts */
    int comp_depth;         /* inside this many comprehension bodies */
    int block_depth;        /* inside this many block expressions */
    Expr *stencil;          /* the runStencil whose kernel is being checked */
    int stencil_depth;      /* its comp_depth inside the kernel */
    int loop_depth;         /* inside this many for/while bodies (of this function and body) */
    Expr *loop_barrier;     /* the comprehension or runStencil body that break/continue may not leave */
    int check_nest;         /* functions being checked inside each other (callee first) */
} Ctx;

static Type *err_ty(void) { return ty_scalar(T_ERROR); }
static bool is_err(const Type *t) { return t->kind == T_ERROR; }
static bool is_array(const Type *t) { return t->kind == T_ARRAY; }
static TyKind elem_of(const Type *t) { return t->kind == T_ARRAY ? t->elem : t->kind; }

/* ---- scopes ---- */

static void push_scope(Ctx *c) { VEC_PUSH(c->marks, c->scope.len); }
static void pop_scope(Ctx *c) { c->scope.len = c->marks.items[--c->marks.len]; }

static Sym *lookup(Ctx *c, const char *name)
{
    for (int i = c->scope.len - 1; i >= 0; i--)
        if (strcmp(c->scope.items[i]->name, name) == 0) return c->scope.items[i];
    return NULL;
}

static Sym *declare(Ctx *c, const char *name, SymKind k, Type *ty, Span s)
{
    int start = c->marks.len ? c->marks.items[c->marks.len - 1] : 0;
    for (int i = start; i < c->scope.len; i++) {
        Sym *o = c->scope.items[i];
        if (strcmp(o->name, name) == 0) {
            diag_error(s, "redefinition of '%s'", name);
            diag_note(o->span, "previous definition is here");
            break;
        }
    }
    Sym *sym = NEW(Sym);
    sym->name = name;
    sym->kind = k;
    sym->ty = ty;
    sym->span = s;
    sym->id = c->fn->nsyms++;
    sym->comp_depth = c->comp_depth;
    VEC_PUSH(c->scope, sym);
    return sym;
}

static FnDecl *find_fn(Module *m, const char *name)
{
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (strcmp(f->name, name) == 0) return f;
    }
    return NULL;
}

/* ---- literal kinds and coercion ---- */

static bool is_weak(TyKind k) { return k == T_ILIT || k == T_FLIT; }

/* The kind two numeric operands compute in (section 2), or T_ERROR. */
static TyKind unify(TyKind a, TyKind b)
{
    if (a == b) return a;
    if (a == T_BOOL || b == T_BOOL) return T_ERROR;
    if (!ty_is_numeric_kind(a) || !ty_is_numeric_kind(b)) return T_ERROR;
    if (a == T_ILIT) return b;
    if (b == T_ILIT) return a;
    if (a == T_FLIT) return ty_is_float_kind(b) ? b : T_F64;
    if (b == T_FLIT) return ty_is_float_kind(a) ? a : T_F64;
    bool fa = ty_is_float_kind(a), fb = ty_is_float_kind(b);
    if (fa && fb) return T_F64;           /* f32 with f64 */
    if (fa) return a;                     /* an integer with a float: that float */
    if (fb) return b;
    return T_I64;                         /* i32 with i64 */
}

static Type *with_elem(const Type *shape, TyKind k)
{
    return shape->kind == T_ARRAY ? ty_array(k, shape->rank) : ty_scalar(k);
}

/* Fixes the literal kinds inside e to k (a concrete scalar kind). */
static void coerce(Expr *e, TyKind k)
{
    if (is_err(e->ty) || !is_weak(elem_of(e->ty))) return;
    /* an array has a literal element kind only when built from an array
       literal of literals ([0.25, 0.5] * 2.0): fixed like a scalar literal */
    TyKind from = elem_of(e->ty);
    if (from == T_FLIT && ty_is_int_kind(k)) {
        diag_error(e->span, "floating-point value used where '%s' is required", ty_kind_name(k));
        e->ty = err_ty();
        return;
    }
    if (k == T_BOOL) {
        diag_error(e->span, "numeric literal used where 'bool' is required");
        e->ty = err_ty();
        return;
    }
    e->ty = with_elem(e->ty, k);
    switch (e->kind) {
    case E_ARRAYLIT:
        for (int i = 0; i < e->tuple.len; i++) coerce(e->tuple.items[i], k);
        break;
    case E_INDEX:
        coerce(e->index.base, k);
        break;
    case E_FLOAT:
        if (k == T_F32 && (e->flt.val > 3.4028234663852886e38 || e->flt.val < -3.4028234663852886e38))
            diag_error(e->span, "floating-point literal is too large for f32");
        break;
    case E_INT:
        if (k == T_I32 && e->ival > (uint64_t)INT32_MAX + 1)
            diag_error(e->span, "integer literal %" PRIu64 " is out of range for i32", e->ival);
        else if (k == T_I64 && e->ival > (uint64_t)INT64_MAX)
            diag_error(e->span, "integer literal is too large for i64");
        break;
    case E_UNARY:
        e->op.opk = k;
        if (e->op.op == OP_NEG && e->op.a->kind == E_INT) {
            e->op.a->ty = ty_scalar(k);
            uint64_t lim = k == T_I32 ? (uint64_t)INT32_MAX + 1 : (uint64_t)INT64_MAX + 1;
            if (ty_is_int_kind(k) && e->op.a->ival > lim)
                diag_error(e->span, "integer literal is out of range for %s", ty_kind_name(k));
        } else {
            coerce(e->op.a, k);
        }
        break;
    case E_BINARY:
        e->op.opk = k;
        coerce(e->op.a, k);
        if (e->op.op != OP_SHL && e->op.op != OP_SHR) coerce(e->op.b, k);
        else coerce(e->op.b, T_I64);
        break;
    case E_COND:
        coerce(e->op.a, k);
        coerce(e->op.b, k);
        break;
    case E_CALL:
        for (int i = 0; i < e->call.args.len; i++) {
            Expr *a = e->call.args.items[i];
            if (a->ty->kind != T_TYPE) coerce(a, k);
        }
        break;
    default:
        break;
    }
}

/* An INT literal not under unary minus must fit in i64. */
static void check_int_literal_i64(Expr *e)
{
    if (e->kind == E_INT && e->ival > (uint64_t)INT64_MAX)
        diag_error(e->span, "integer literal is too large for i64");
}

/* Gives every remaining literal its default kind (i64, f64). */
static void finish(Expr *e)
{
    if (!is_err(e->ty) && is_weak(elem_of(e->ty)))
        coerce(e, ty_default(elem_of(e->ty)));
    if (e->ty->kind == T_TUPLE)
        for (int i = 0; i < e->tuple.len && e->kind == E_TUPLE; i++) finish(e->tuple.items[i]);
}

/* ---- expressions ---- */

static Type *check_expr(Ctx *c, Expr *e);
static void check_stmts(Ctx *c, PtrList *l);
static bool outside_write(Ctx *c, Sym *sym, Span at, const char *what);
static Sym *root_sym(Expr *e);
static Type *check_comprehension(Ctx *c, Expr *e);
static Type *check_arraylit(Ctx *c, Expr *e);
static void check_externs(Ctx *c, Module *m);
static FnDecl *find_fn(Module *m, const char *name);
static Type *check_stencil(Ctx *c, Expr *e);
static Type *check_stencil_index(Ctx *c, Expr *e, Sym *p);
static void check_fn(Ctx *c, FnDecl *f);

static const char *what(const Type *t)
{
    if (t->kind == T_ARRAY && (t->elem == T_ILIT || t->elem == T_FLIT))
        return arena_printf("an array literal of %s literals (rank %d)", t->elem == T_ILIT ? "integer" : "floating-point", t->rank);
    return arena_printf("'%s'", ty_str(t));
}

/* Type of an operand in a value position: tuples, types, symbols, ranges
 * and lambdas are rejected. */
static Type *value_ok(Expr *e, Type *t)
{
    switch (t->kind) {
    case T_TUPLE: diag_error(e->span, "a tuple cannot be used as a value here"); return err_ty();
    case T_TYPE: diag_error(e->span, "type name '%s' used as a value", ty_kind_name(t->elem)); return err_ty();
    case T_SYMBOL: diag_error(e->span, "symbol used as a value"); return err_ty();
    case T_RANGE: diag_error(e->span, "a range is only allowed in an index, a 'for' loop or a comprehension"); return err_ty();
    case T_LAMBDA: diag_error(e->span, "a lambda is only allowed as an argument of reduce, scan or runStencil"); return err_ty();
    case T_VOID: diag_error(e->span, "expression has no value"); return err_ty();
    default: return t;
    }
}

static Type *check_value(Ctx *c, Expr *e) { return value_ok(e, check_expr(c, e)); }

static Type *check_scalar_of(Ctx *c, Expr *e, TyKind want, const char *role)
{
    Type *t = check_value(c, e);
    if (is_err(t)) return t;
    if (t->kind == T_ARRAY) {
        diag_error(e->span, "%s must be a scalar, not an array of type %s", role, what(t));
        return err_ty();
    }
    bool ok = want == T_BOOL ? t->kind == T_BOOL
            : want == T_I64 ? ty_is_int_kind(t->kind)
            : ty_is_numeric_kind(t->kind);
    if (!ok) {
        diag_error(e->span, "%s must be of type '%s', not %s", role, ty_kind_name(want), what(t));
        return err_ty();
    }
    if (want == T_I64 && t->kind != T_I64) {
        if (t->kind == T_ILIT) coerce(e, T_I64);
    }
    return e->ty;
}

static Type *check_unary(Ctx *c, Expr *e)
{
    Type *t = check_value(c, e->op.a);
    if (is_err(t)) return t;
    TyKind k = elem_of(t);
    switch (e->op.op) {
    case OP_NEG:
        if (!ty_is_numeric_kind(k)) break;
        e->op.opk = k;
        if (e->op.a->kind != E_INT) check_int_literal_i64(e->op.a);
        return with_elem(t, k);
    case OP_NOT:
        if (k != T_BOOL) break;
        e->op.opk = k;
        return with_elem(t, k);
    case OP_BNOT:
        if (!ty_is_int_kind(k)) break;
        e->op.opk = k;
        check_int_literal_i64(e->op.a);
        return with_elem(t, k);
    default:
        break;
    }
    diag_error(e->span, "invalid operand to unary '%s' (have %s)", op_spelling[e->op.op], what(t));
    return err_ty();
}

/* Rank compatibility of elementwise operands: arrays must agree in rank. */
static Type *shape_of2(Expr *e, const Type *a, const Type *b)
{
    if (a->kind == T_ARRAY && b->kind == T_ARRAY && a->rank != b->rank) {
        diag_error(e->span, "rank mismatch: %s and %s have different ranks", what(a), what(b));
        return NULL;
    }
    return (Type *)(a->kind == T_ARRAY ? a : b);
}

static Type *check_binary(Ctx *c, Expr *e)
{
    Type *ta = check_value(c, e->op.a), *tb = check_value(c, e->op.b);
    if (is_err(ta) || is_err(tb)) return err_ty();
    Type *shape = shape_of2(e, ta, tb);
    if (!shape) return err_ty();
    TyKind ka = elem_of(ta), kb = elem_of(tb);
    Op op = e->op.op;
    const char *sp = op_spelling[op];
    TyKind k;
    switch (op) {
    case OP_AND:
    case OP_OR:
        if (ka != T_BOOL || kb != T_BOOL) goto bad;
        e->op.opk = T_BOOL;
        return with_elem(shape, T_BOOL);
    case OP_SHL:
    case OP_SHR:
        if (!ty_is_int_kind(ka) || !ty_is_int_kind(kb)) goto bad;
        k = ka;
        if (k == T_ILIT && kb != T_ILIT) { k = kb; coerce(e->op.a, k); }
        if (kb == T_ILIT) coerce(e->op.b, T_I64);
        e->op.opk = k;
        return with_elem(shape, k);
    case OP_BAND:
    case OP_BXOR:
    case OP_BOR:
        if (!ty_is_int_kind(ka) || !ty_is_int_kind(kb)) goto bad;
        break;
    case OP_EQ:
    case OP_NE:
        if (ka == T_BOOL && kb == T_BOOL) { e->op.opk = T_BOOL; return with_elem(shape, T_BOOL); }
        /* fall through */
    default:
        if (!ty_is_numeric_kind(ka) || !ty_is_numeric_kind(kb)) goto bad;
        break;
    }
    k = unify(ka, kb);
    if (k == T_ERROR) goto bad;
    if (!is_weak(k)) {
        coerce(e->op.a, k);
        coerce(e->op.b, k);
    }
    e->op.opk = k;
    if (op >= OP_LT && op <= OP_NE) {
        if (is_weak(k)) { coerce(e->op.a, ty_default(k)); coerce(e->op.b, ty_default(k)); e->op.opk = ty_default(k); }
        return with_elem(shape, T_BOOL);
    }
    return with_elem(shape, k);
bad:
    diag_error(e->span, "invalid operands to binary '%s' (have %s and %s)", sp, what(ta), what(tb));
    return err_ty();
}

static Type *check_cond(Ctx *c, Expr *e)
{
    Type *tc = check_value(c, e->op.c);
    Type *ta = check_value(c, e->op.a), *tb = check_value(c, e->op.b);
    if (is_err(tc) || is_err(ta) || is_err(tb)) return err_ty();
    if (elem_of(tc) != T_BOOL) {
        diag_error(e->op.c->span, "condition must be of type 'bool', not %s", what(tc));
        return err_ty();
    }
    Type *shape = shape_of2(e, ta, tb);
    if (!shape) return err_ty();
    if (!(shape = shape_of2(e, tc, shape))) return err_ty();
    TyKind ka = elem_of(ta), kb = elem_of(tb), k;
    if (ka == T_BOOL && kb == T_BOOL) k = T_BOOL;
    else if ((k = unify(ka, kb)) == T_ERROR) {
        diag_error(e->span, "incompatible operand types %s and %s in conditional", what(ta), what(tb));
        return err_ty();
    }
    if (!is_weak(k)) { coerce(e->op.a, k); coerce(e->op.b, k); }
    e->op.opk = k;
    return with_elem(shape, k);
}

static void arity_error(Expr *e, const char *name, int lo, int hi)
{
    if (lo == hi)
        diag_error(e->span, "'%s' takes %d argument%s, but %d %s given", name, lo, lo == 1 ? "" : "s",
                   e->call.args.len, e->call.args.len == 1 ? "was" : "were");
    else
        diag_error(e->span, "'%s' takes %d to %d arguments, but %d %s given", name, lo, hi,
                   e->call.args.len, e->call.args.len == 1 ? "was" : "were");
}

static Expr *arg(Expr *e, int i) { return e->call.args.items[i]; }

static Type *require_array(Expr *a, Type *t, const char *fname)
{
    if (is_err(t)) return NULL;
    if (t->kind != T_ARRAY) {
        diag_error(a->span, "'%s' needs an array argument, not %s", fname, what(t));
        return NULL;
    }
    return t;
}

/* A lambda argument: binds its parameters to `k` and checks the body. */
static Type *check_lambda(Ctx *c, Expr *lam, int nparams, TyKind k, const char *fname)
{
    if (lam->kind != E_LAMBDA) {
        diag_error(lam->span, "'%s' needs a lambda such as |a, b| a + b as its first argument", fname);
        return err_ty();
    }
    if (lam->lambda.params.len != nparams) {
        diag_error(lam->span, "the lambda of '%s' takes %d parameters, not %d", fname, nparams, lam->lambda.params.len);
        return err_ty();
    }
    push_scope(c);
    for (int i = 0; i < nparams; i++) {
        Ident *id = lam->lambda.params.items[i];
        id->sym = declare(c, id->name, SYM_LAMBDA, ty_scalar(k), id->span);
    }
    Type *t = check_value(c, lam->lambda.body);
    pop_scope(c);
    if (is_err(t)) return t;
    if (t->kind == T_ARRAY || (t->kind != k && unify(t->kind, k) != k) || (k == T_BOOL) != (t->kind == T_BOOL)) {
        diag_error(lam->lambda.body->span, "the lambda of '%s' must yield '%s', not %s", fname, ty_kind_name(k), what(t));
        return err_ty();
    }
    coerce(lam->lambda.body, k);
    lam->ty = ty_scalar(T_LAMBDA);
    return ty_scalar(k);
}

static TyKind math_result(BuiltinId id, TyKind k)
{
    if (id == BI_ABS || id == BI_SIGN || id == BI_MIN || id == BI_MAX) return k;
    if (ty_is_int_kind(k)) return T_F64;
    return k;
}

static Type *check_builtin(Ctx *c, Expr *e, BuiltinId id)
{
    const Builtin *b = &builtins[id];
    int n = e->call.args.len;
    if (n < b->min_args || n > b->max_args) { arity_error(e, b->name, b->min_args, b->max_args); return err_ty(); }
    /* Arguments that are not lambdas or type names are ordinary values. */
    Type *t[5] = {0};
    for (int i = 0; i < n; i++) {
        Expr *a = arg(e, i);
        if (a->kind == E_LAMBDA) { t[i] = ty_scalar(T_LAMBDA); continue; }
        t[i] = (b->cls == BC_CONSTRUCT && i == 0 && a->kind == E_TYPENAME && !lookup(c, ty_kind_name(a->tyname)))
               ? check_expr(c, a) : check_value(c, a);
        if (is_err(t[i])) return err_ty();
    }
    switch (b->cls) {
    case BC_MATH1: {
        TyKind k = elem_of(t[0]);
        if (!ty_is_numeric_kind(k)) {
            diag_error(arg(e, 0)->span, "'%s' needs a numeric argument, not %s", b->name, what(t[0]));
            return err_ty();
        }
        TyKind r = math_result(id, k);
        if (is_weak(r)) { coerce(arg(e, 0), ty_default(r)); r = ty_default(r); }
        else if (r != k) coerce(arg(e, 0), ty_default(k));
        return with_elem(t[0], r);
    }
    case BC_MATH2: {
        Type *shape = shape_of2(e, t[0], t[1]);
        if (!shape) return err_ty();
        TyKind k0 = elem_of(t[0]), k1 = elem_of(t[1]);
        if (!ty_is_numeric_kind(k0) || !ty_is_numeric_kind(k1)) {
            diag_error(e->span, "'%s' needs numeric arguments (have %s and %s)", b->name, what(t[0]), what(t[1]));
            return err_ty();
        }
        TyKind k = unify(k0, k1);
        TyKind r = math_result(id, k);
        if (is_weak(r)) r = ty_default(r);
        TyKind opk = (id == BI_MIN || id == BI_MAX) ? r : (ty_is_int_kind(k) ? T_F64 : r);
        coerce(arg(e, 0), opk);
        coerce(arg(e, 1), opk);
        return with_elem(shape, r);
    }
    case BC_SELECT: {
        if (elem_of(t[0]) != T_BOOL) {
            diag_error(arg(e, 0)->span, "the condition of 'select' must be of type 'bool', not %s", what(t[0]));
            return err_ty();
        }
        Type *shape = shape_of2(e, t[1], t[2]);
        if (!shape || !(shape = shape_of2(e, t[0], shape))) return err_ty();
        TyKind k1 = elem_of(t[1]), k2 = elem_of(t[2]), k;
        if (k1 == T_BOOL && k2 == T_BOOL) k = T_BOOL;
        else if ((k = unify(k1, k2)) == T_ERROR) {
            diag_error(e->span, "incompatible operand types %s and %s in 'select'", what(t[1]), what(t[2]));
            return err_ty();
        }
        if (is_weak(k)) k = ty_default(k);
        coerce(arg(e, 1), k);
        coerce(arg(e, 2), k);
        return with_elem(shape, k);
    }
    case BC_CONVERT: {
        TyKind to = id == BI_TO_BOOL ? T_BOOL : id == BI_TO_I32 ? T_I32 : id == BI_TO_I64 ? T_I64
                  : id == BI_TO_F32 ? T_F32 : T_F64;
        TyKind k = elem_of(t[0]);
        if (!ty_is_scalar_kind(k) || (to == T_BOOL && k != T_BOOL)) {
            diag_error(arg(e, 0)->span, "cannot convert %s to '%s'", what(t[0]), ty_kind_name(to));
            return err_ty();
        }
        if (is_weak(k)) coerce(arg(e, 0), k == T_ILIT && !ty_is_int_kind(to) ? T_I64 : ty_is_float_kind(to) ? to : ty_default(k));
        return with_elem(t[0], to);
    }
    case BC_REDUCE: {
        if (id == BI_REDUCE) {
            Type *ta = require_array(arg(e, 2), t[2], b->name);
            if (!ta) return err_ty();
            if (is_err(check_lambda(c, arg(e, 0), 2, ta->elem, b->name))) return err_ty();
            if (t[1]->kind == T_ARRAY || unify(elem_of(t[1]), ta->elem) != ta->elem
                || (elem_of(t[1]) == T_BOOL) != (ta->elem == T_BOOL)) {
                diag_error(arg(e, 1)->span, "the initial value of 'reduce' must be a '%s' scalar, not %s",
                           ty_kind_name(ta->elem), what(t[1]));
                return err_ty();
            }
            coerce(arg(e, 1), ta->elem);
            return ty_scalar(ta->elem);
        }
        Type *ta = require_array(arg(e, 0), t[0], b->name);
        if (!ta) return err_ty();
        TyKind k = ta->elem;
        if (id == BI_DOT) {
            Type *tb = require_array(arg(e, 1), t[1], b->name);
            if (!tb || !shape_of2(e, ta, tb)) return err_ty();
            if (!ty_is_numeric_kind(k) || !ty_is_numeric_kind(tb->elem)) {
                diag_error(e->span, "'dot' needs numeric arrays (have %s and %s)", what(ta), what(tb));
                return err_ty();
            }
            k = unify(k, tb->elem);
            return ty_scalar(ty_is_int_kind(k) ? T_I64 : k);
        }
        bool want_bool = id == BI_ANY || id == BI_ALL || id == BI_COUNT;
        if (want_bool != (k == T_BOOL)) {
            diag_error(arg(e, 0)->span, "'%s' needs an array of %s, not %s", b->name,
                       want_bool ? "bool" : "numbers", what(ta));
            return err_ty();
        }
        switch (id) {
        case BI_SUM: case BI_PROD: return ty_scalar(ty_is_int_kind(k) ? T_I64 : k);
        case BI_MEAN: return ty_scalar(ty_is_int_kind(k) ? T_F64 : k);
        case BI_COUNT: case BI_ARGMIN: case BI_ARGMAX: return ty_scalar(T_I64);
        default: return ty_scalar(k);
        }
    }
    case BC_CONSTRUCT: {
        switch (id) {
        case BI_ZEROS_LIKE: case BI_EMPTY_LIKE: case BI_COPY: {
            Type *ta = require_array(arg(e, 0), t[0], b->name);
            return ta ? ty_array(ta->elem, ta->rank) : err_ty();
        }
        case BI_ARANGE:
            if (t[0]->kind == T_ARRAY || !ty_is_int_kind(t[0]->kind)) {
                diag_error(arg(e, 0)->span, "the length of 'arange' must be an integer, not %s", what(t[0]));
                return err_ty();
            }
            coerce(arg(e, 0), T_I64);
            return ty_array(T_I64, 1);
        case BI_LINSPACE: {
            TyKind k = T_F64;
            for (int i = 0; i < 2; i++)
                if (t[i]->kind == T_ARRAY || !ty_is_numeric_kind(t[i]->kind)) {
                    diag_error(arg(e, i)->span, "the bounds of 'linspace' must be numeric scalars, not %s", what(t[i]));
                    return err_ty();
                }
            if (t[0]->kind == T_F32 && (t[1]->kind == T_F32 || is_weak(t[1]->kind))) k = T_F32;
            if (t[1]->kind == T_F32 && is_weak(t[0]->kind)) k = T_F32;
            if (t[2]->kind == T_ARRAY || !ty_is_int_kind(t[2]->kind)) {
                diag_error(arg(e, 2)->span, "the length of 'linspace' must be an integer, not %s", what(t[2]));
                return err_ty();
            }
            coerce(arg(e, 0), k);
            coerce(arg(e, 1), k);
            coerce(arg(e, 2), T_I64);
            return ty_array(k, 1);
        }
        default: {  /* zeros ones empty (T, dims...), fill(v, dims...) */
            TyKind k;
            if (id == BI_FILL) {
                if (t[0]->kind == T_ARRAY || !ty_is_scalar_kind(t[0]->kind)) {
                    diag_error(arg(e, 0)->span, "the value of 'fill' must be a scalar, not %s", what(t[0]));
                    return err_ty();
                }
                k = ty_default(t[0]->kind);
                coerce(arg(e, 0), k);
            } else {
                if (t[0]->kind != T_TYPE) {
                    diag_error(arg(e, 0)->span, "the first argument of '%s' must be an element type such as f64", b->name);
                    return err_ty();
                }
                k = t[0]->elem;
            }
            for (int i = 1; i < n; i++) {
                if (t[i]->kind == T_ARRAY || !ty_is_int_kind(t[i]->kind)) {
                    diag_error(arg(e, i)->span, "an extent must be an integer scalar, not %s", what(t[i]));
                    return err_ty();
                }
                coerce(arg(e, i), T_I64);
            }
            return ty_array(k, n - 1);
        }
        }
    }
    case BC_SCAN: {
        int ai = id == BI_SCAN ? 2 : 0;
        Type *ta = require_array(arg(e, ai), t[ai], b->name);
        if (!ta) return err_ty();
        if (ta->rank != 1) {
            diag_error(arg(e, ai)->span, "'%s' needs a 1-D array, not one of rank %d", b->name, ta->rank);
            return err_ty();
        }
        if (!ty_is_numeric_kind(ta->elem) && id == BI_CUMSUM) {
            diag_error(arg(e, ai)->span, "'cumsum' needs an array of numbers, not %s", what(ta));
            return err_ty();
        }
        if (id == BI_CUMSUM) return ty_array(ty_is_int_kind(ta->elem) ? T_I64 : ta->elem, 1);
        if (is_err(check_lambda(c, arg(e, 0), 2, ta->elem, b->name))) return err_ty();
        if (t[1]->kind == T_ARRAY || unify(elem_of(t[1]), ta->elem) != ta->elem
            || (elem_of(t[1]) == T_BOOL) != (ta->elem == T_BOOL)) {
            diag_error(arg(e, 1)->span, "the initial value of 'scan' must be a '%s' scalar, not %s",
                       ty_kind_name(ta->elem), what(t[1]));
            return err_ty();
        }
        coerce(arg(e, 1), ta->elem);
        return ty_array(ta->elem, 1);
    }
    case BC_MOVE: {
        if (id == BI_ARGSORT) {
            Type *ta = require_array(arg(e, 0), t[0], b->name);
            if (!ta) return err_ty();
            if (ta->rank != 1 || !ty_is_numeric_kind(ta->elem)) {
                diag_error(arg(e, 0)->span, "'argsort' needs a 1-D array of numbers, not %s", what(ta));
                return err_ty();
            }
            return ty_array(T_I64, 1);
        }
        int ii = id == BI_HISTOGRAM ? 0 : 1;
        Type *ti = require_array(arg(e, ii), t[ii], b->name);
        if (!ti) return err_ty();
        if (ti->rank != 1 || !ty_is_int_kind(ti->elem)) {
            diag_error(arg(e, ii)->span, "the indices of '%s' must be a 1-D integer array, not %s", b->name, what(ti));
            return err_ty();
        }
        if (id == BI_HISTOGRAM) {
            if (t[1]->kind == T_ARRAY || !ty_is_int_kind(t[1]->kind)) {
                diag_error(arg(e, 1)->span, "the number of bins must be an integer, not %s", what(t[1]));
                return err_ty();
            }
            coerce(arg(e, 1), T_I64);
            return ty_array(T_I64, 1);
        }
        /* scatter(dest, idx, vals): dest[idx[k]] = vals[k], in place */
        Type *td = require_array(arg(e, 0), t[0], b->name), *tv = require_array(arg(e, 2), t[2], b->name);
        if (!td || !tv) return err_ty();
        if (td->rank != 1 || tv->rank != 1 || tv->elem != td->elem) {
            diag_error(e->span, "'scatter' needs a 1-D destination and 1-D values of the same type (have %s and %s)",
                       what(td), what(tv));
            return err_ty();
        }
        Expr *d = arg(e, 0);
        if (d->kind != E_NAME) {
            diag_error(d->span, "the destination of 'scatter' must be a named array");
            return err_ty();
        }
        if (outside_write(c, d->name.sym, d->span, "scatter into")) return err_ty();
        if (root_sym(d)) root_sym(d)->written = true;
        if (d->name.sym) d->name.sym->written = true;
        return ty_scalar(T_VOID);
    }
    case BC_SHAPE: {
        Type *ta = require_array(arg(e, 0), t[0], b->name);
        if (!ta) return err_ty();
        if (id == BI_SIZE) {
            Expr *k = arg(e, 1);
            if (k->kind != E_INT) {
                diag_error(k->span, "the dimension of 'size' must be an integer constant");
                return err_ty();
            }
            if ((int64_t)k->ival >= ta->rank) {
                diag_error(k->span, "dimension %" PRIu64 " is out of range for an array of rank %d", k->ival, ta->rank);
                return err_ty();
            }
            coerce(k, T_I64);
        }
        return ty_scalar(T_I64);
    }
    default:
        return err_ty();
    }
}

/* Binds a call's arguments to a user function's parameters.  A scalar
 * function may take arrays in scalar positions: the call then maps. */
static Type *check_user_call(Ctx *c, Expr *e, FnDecl *f)
{
    e->call.fn = f;
    if (f->checking) {
        diag_error(e->span, "recursive call to '%s'; functions are inlined and cannot be recursive", f->name);
        diag_note(f->name_span, "'%s' is defined here", f->name);
        return err_ty();
    }
    if (!f->checked && c->check_nest >= SEMA_MAX_CALL_DEPTH) {
        /* checking callee first would recurse once more (the chain is
         * declared callers first) */
        diag_error(e->span, "call of '%s' is nested too deeply: a chain of more than %d calls (limit %d)",
                   f->name, SEMA_MAX_CALL_DEPTH, SEMA_MAX_CALL_DEPTH);
        if (c->fn) c->fn->too_deep = true;
        return err_ty();
    }
    if (!f->checked) {
        FnDecl *save = c->fn;
        SymVec sv = c->scope;
        IntVec sm = c->marks;
        int cd = c->comp_depth, bd = c->block_depth, sd = c->stencil_depth, ld = c->loop_depth;
        Expr *se = c->stencil, *lb = c->loop_barrier;
        c->stencil = NULL;
        c->loop_depth = 0;
        c->loop_barrier = NULL;
        c->scope = (SymVec){0};
        c->marks = (IntVec){0};
        c->comp_depth = c->block_depth = 0;
        c->check_nest++;
        check_fn(c, f);
        c->check_nest--;
        VEC_FREE(c->scope);
        VEC_FREE(c->marks);
        c->scope = sv;
        c->marks = sm;
        c->comp_depth = cd;
        c->block_depth = bd;
        c->stencil = se;
        c->stencil_depth = sd;
        c->loop_depth = ld;
        c->loop_barrier = lb;
        c->fn = save;
    }
    /* inlining this call nests f's bodies inside the caller's */
    if (c->fn && !f->is_extern) {
        if (f->too_deep) {
            c->fn->too_deep = true;                     /* reported further in */
        } else if (f->call_depth + 1 > c->fn->call_depth) {
            c->fn->call_depth = f->call_depth + 1;
            if (c->fn->call_depth > SEMA_MAX_CALL_DEPTH && !c->fn->too_deep) {
                diag_error(e->span, "call of '%s' is nested too deeply: inlining it here nests %d function bodies (limit %d)",
                           f->name, c->fn->call_depth, SEMA_MAX_CALL_DEPTH);
                c->fn->too_deep = true;
            }
        }
    }
    if (!f->ret_ty) return err_ty();
    if (e->call.args.len != f->params.len) {
        arity_error(e, f->name, f->params.len, f->params.len);
        diag_note(f->name_span, "'%s' is declared here", f->name);
        return err_ty();
    }
    Type *map_shape = NULL;
    bool bad = false;
    for (int i = 0; i < e->call.args.len; i++) {
        Expr *a = arg(e, i);
        Param *p = f->params.items[i];
        Type *pt = p->id.sym ? p->id.sym->ty : NULL;
        Type *at = check_value(c, a);
        if (is_err(at) || !pt || is_err(pt)) { bad = true; continue; }
        if (pt->kind == T_ARRAY) {
            if (at->kind == T_ARRAY && at->rank == pt->rank && is_weak(at->elem) && pt->elem != T_BOOL &&
                unify(at->elem, pt->elem) == pt->elem) {
                coerce(a, pt->elem);         /* an array literal takes the parameter's element type */
                at = a->ty;
            }
            if (at->kind != T_ARRAY || at->elem != pt->elem || at->rank != pt->rank) {
                diag_error(a->span, "argument %d of '%s' must be %s, not %s", i + 1, f->name, what(pt), what(at));
                bad = true;
            } else if (p->id.sym->written) {
                Sym *rs = root_sym(a);
                if (rs && c->comp_depth && rs->comp_depth < c->comp_depth) {
                    diag_error(a->span, "a comprehension body must not pass '%s', declared outside it, to '%s', which writes it",
                               rs->name, f->name);
                    diag_note(rs->span, "'%s' is declared here", rs->name);
                    bad = true;
                } else if (rs) {
                    rs->written = true;
                }
            }
            continue;
        }
        TyKind ak = elem_of(at);
        /* no implicit conversion (section 2): only untyped literals adapt */
        bool ok = ak == pt->kind || (is_weak(ak) && unify(ak, pt->kind) == pt->kind && pt->kind != T_BOOL);
        if (!ok) {
            diag_error(a->span, "argument %d of '%s' must be '%s', not %s", i + 1, f->name,
                       ty_kind_name(pt->kind), what(at));
            bad = true;
            continue;
        }
        if (is_weak(ak)) coerce(a, pt->kind);
        if (at->kind == T_ARRAY) {
            if (map_shape && map_shape->rank != at->rank) {
                diag_error(a->span, "rank mismatch in elementwise call of '%s'", f->name);
                bad = true;
            }
            map_shape = at;
        }
    }
    if (bad) return err_ty();
    if (map_shape) {
        if (!f->scalar_only || f->ret_ty->kind == T_VOID || f->ret_ty->kind == T_TUPLE) {
            diag_error(e->span, "'%s' cannot be called elementwise: only functions whose parameters and "
                       "single result are scalars map over arrays", f->name);
            return err_ty();
        }
        e->call.elementwise = true;
        return ty_array(f->ret_ty->kind, map_shape->rank);
    }
    return f->ret_ty;
}

static Type *check_call(Ctx *c, Expr *e)
{
    Sym *local = lookup(c, e->call.name);
    if (local) {
        /* a local name shadows functions, builtins and conversions */
        diag_error(e->call.name_span, "'%s' is not a function", e->call.name);
        if (find_fn(c->mod, e->call.name) || builtin_lookup(e->call.name) >= 0)
            diag_note(local->span, "'%s' is declared here and hides the function of that name", e->call.name);
        else
            diag_note(local->span, "'%s' is declared here", e->call.name);
        return err_ty();
    }
    FnDecl *f = find_fn(c->mod, e->call.name);
    if (f) {
        return check_user_call(c, e, f);
    }
    int id = builtin_lookup(e->call.name);
    if (id < 0) {
        Sym *s = lookup(c, e->call.name);
        if (s) diag_error(e->call.name_span, "'%s' is not a function", e->call.name);
        else diag_error(e->call.name_span, "call to undeclared function '%s'", e->call.name);
        return err_ty();
    }
    e->call.builtin = id;
    return check_builtin(c, e, (BuiltinId)id);
}

/* a[i, j] (an element), a[lo..hi, j] / a[.., j] (a slice: one dimension
 * per range), a[idx] with an integer array idx (a gather, 1-D arrays). */
static Type *check_index(Ctx *c, Expr *e)
{
    if (c->stencil && e->index.base->kind == E_NAME) {
        Sym *p = lookup(c, e->index.base->name.name);
        if (p && p->kind == SYM_STENCIL) return check_stencil_index(c, e, p);
    }
    Type *tb = check_value(c, e->index.base);
    if (is_err(tb)) return tb;
    if (tb->kind != T_ARRAY) {
        diag_error(e->index.base->span, "subscripted value is not an array (it is %s)", what(tb));
        return err_ty();
    }
    if (e->index.idx.len == 1 && ((Expr *)e->index.idx.items[0])->kind != E_RANGE) {
        Expr *x = e->index.idx.items[0];
        Type *tx = check_value(c, x);
        if (is_err(tx)) return tx;
        if (tx->kind == T_ARRAY) {
            if (!ty_is_int_kind(tx->elem)) {
                diag_error(x->span, "an index array must hold integers, not %s", what(tx));
                return err_ty();
            }
            if (tb->rank != 1) {
                diag_error(x->span, "a gather a[idx] needs a 1-D array, not one of rank %d", tb->rank);
                return err_ty();
            }
            return ty_array(tb->elem, tx->rank);
        }
    }
    if (e->index.idx.len != tb->rank) {
        diag_error(e->span, "array of rank %d indexed with %d subscript%s", tb->rank, e->index.idx.len,
                   e->index.idx.len == 1 ? "" : "s");
        return err_ty();
    }
    int ranges = 0;
    for (int i = 0; i < e->index.idx.len; i++) {
        Expr *x = e->index.idx.items[i];
        if (x->kind == E_RANGE) {
            ranges++;
            Expr *ends[2] = { x->range.lo, x->range.hi };
            for (int k = 0; k < 2; k++) {
                if (!ends[k]) continue;
                if (is_err(check_scalar_of(c, ends[k], T_I64, k ? "the end of a slice" : "the start of a slice")))
                    return err_ty();
                coerce(ends[k], T_I64);
            }
            x->ty = ty_scalar(T_RANGE);
            continue;
        }
        Type *tx = check_value(c, x);
        if (is_err(tx)) return tx;
        if (tx->kind == T_ARRAY) {
            diag_error(x->span, "a gather takes one index array, into a 1-D array");
            return err_ty();
        }
        if (!ty_is_int_kind(tx->kind)) {
            diag_error(x->span, "array subscript is not an integer (it is %s)", what(tx));
            return err_ty();
        }
        if (tx->kind == T_ILIT) coerce(x, T_I64);
    }
    return ranges ? ty_array(tb->elem, ranges) : ty_scalar(tb->elem);
}

/* [body for i in lo..hi, ...]: an array of rank = number of generators
 * (a tuple of such arrays for a tuple body); elements must be scalars. */
/* The leaves of the array literal e at nesting depth d: rows must be array
 * literals of equal length (dims[d]), leaves scalars; *k unifies the
 * leaves' kinds like arithmetic operands. */
static bool arraylit_leaves(Ctx *c, Expr *e, int d, int *rank, int64_t *dims, TyKind *k, Expr **first_leaf)
{
    if (d >= 4) {
        diag_error(e->span, "an array literal has rank 1 to 4; this one is nested deeper");
        return false;
    }
    bool rows = ((Expr *)e->tuple.items[0])->kind == E_ARRAYLIT;
    if (d == 0) *rank = 0;
    if (d >= *rank) { *rank = d + 1; dims[d] = e->tuple.len; }
    else if (dims[d] != e->tuple.len) {
        diag_error(e->span, "the rows of an array literal must have equal lengths: this one has %d element%s, "
                   "the first has %lld", e->tuple.len, e->tuple.len == 1 ? "" : "s", (long long)dims[d]);
        return false;
    }
    bool ok = true;
    for (int i = 0; i < e->tuple.len && ok; i++) {
        Expr *x = e->tuple.items[i];
        if (rows != (x->kind == E_ARRAYLIT)) {
            diag_error(x->span, rows ? "expected a row '[...]' like the first element of this array literal"
                                     : "an array literal's elements are scalars or, for rank 2 and more, rows '[...]'");
            return false;
        }
        if (rows) {
            ok = arraylit_leaves(c, x, d + 1, rank, dims, k, first_leaf);
            continue;
        }
        if (d + 1 != *rank) {
            diag_error(x->span, "expected a row '[...]': this array literal is nested %d deep elsewhere", *rank);
            return false;
        }
        Type *t = check_value(c, x);
        if (is_err(t)) return false;
        if (t->kind == T_ARRAY) {
            diag_error(x->span, "an array literal's elements are scalars, not %s; use concat or stack to join arrays", what(t));
            return false;
        }
        if (!*first_leaf) { *first_leaf = x; *k = t->kind; continue; }
        TyKind u = unify(*k, t->kind);
        if (u == T_ERROR) {
            diag_error(x->span, "an array literal's elements must have one type: %s here, %s before", what(t), what(ty_scalar(*k)));
            diag_note((*first_leaf)->span, "the first element is here");
            return false;
        }
        *k = u;
    }
    return ok;
}

/* Gives the leaves of e the kind k. */
static void arraylit_fix(Expr *e, TyKind k)
{
    for (int i = 0; i < e->tuple.len; i++) {
        Expr *x = e->tuple.items[i];
        if (x->kind == E_ARRAYLIT) arraylit_fix(x, k);
        else coerce(x, k);
    }
}

/* Types the rows of e (rank r) with element kind k. */
static void arraylit_type_rows(Expr *e, TyKind k, int r)
{
    e->ty = ty_array(k, r);
    for (int i = 0; i < e->tuple.len && r > 1; i++) arraylit_type_rows(e->tuple.items[i], k, r - 1);
}

/* [e0, e1, ...] (rank 1) and [[...], [...]] (rank 2 to 4): constant
 * extents; the element kind stays a literal kind while every element is an
 * untyped literal, so the context fixes it (let k: f32[3] = [0.25, ...]). */
static Type *check_arraylit(Ctx *c, Expr *e)
{
    int rank = 0;
    int64_t dims[4];
    TyKind k = T_ERROR;
    Expr *first = NULL;
    if (!arraylit_leaves(c, e, 0, &rank, dims, &k, &first)) return err_ty();
    if (!is_weak(k)) arraylit_fix(e, k);
    arraylit_type_rows(e, k, rank);
    return e->ty;
}

static Type *check_comprehension(Ctx *c, Expr *e)
{
    int n = e->comp.gens.len;
    if (n > 4) {
        diag_error(e->span, "a comprehension has 1 to 4 generators, not %d", n);
        return err_ty();
    }
    bool bad = false;
    /* the generators are in scope but not usable in the ranges (the shape
     * cannot depend on them) */
    push_scope(c);
    for (int i = 0; i < n; i++) {
        Gen *g = e->comp.gens.items[i];
        g->var.sym = declare(c, g->var.name, SYM_LOOP, ty_scalar(T_I64), g->var.span);
        g->var.sym->pending = true;
    }
    for (int i = 0; i < n; i++) {
        Gen *g = e->comp.gens.items[i];
        bad |= is_err(check_scalar_of(c, g->range->range.lo, T_I64, "the start of a range"));
        bad |= is_err(check_scalar_of(c, g->range->range.hi, T_I64, "the end of a range"));
        if (!bad) { coerce(g->range->range.lo, T_I64); coerce(g->range->range.hi, T_I64); }
    }
    c->comp_depth++;
    for (int i = 0; i < n; i++) {
        Gen *g = e->comp.gens.items[i];
        g->var.sym->pending = false;
        g->var.sym->comp_depth = c->comp_depth;
    }
    Expr *body = e->comp.body;
    int ld = c->loop_depth;
    Expr *lb = c->loop_barrier;
    c->loop_depth = 0;
    c->loop_barrier = e;
    Type *t = check_expr(c, body);
    c->loop_depth = ld;
    c->loop_barrier = lb;
    c->comp_depth--;
    pop_scope(c);
    if (bad || is_err(t)) return err_ty();
    if (t->kind == T_TUPLE) {
        Type **elts = arena_alloc(sizeof(Type *) * (size_t)t->n);
        for (int i = 0; i < t->n; i++) {
            if (!ty_is_scalar_kind(t->elts[i]->kind)) {
                diag_error(body->span, "element %d of a comprehension's tuple must be a scalar, not %s", i + 1, what(t->elts[i]));
                return err_ty();
            }
            elts[i] = ty_array(ty_default(t->elts[i]->kind), n);
        }
        return ty_tuple(t->n, elts);
    }
    t = value_ok(body, t);
    if (is_err(t)) return t;
    if (t->kind == T_ARRAY) {
        diag_error(body->span, "a comprehension's elements must be scalars, not %s (arrays are not stored in arrays)", what(t));
        return err_ty();
    }
    finish(body);
    return ty_array(body->ty->kind, n);
}

/* A constant stencil offset: an integer literal, possibly negated. */
static bool stencil_offset(Expr *x, int64_t *v)
{
    if (x->kind == E_INT) { *v = (int64_t)x->ival; return x->ival < 1000000; }
    if (x->kind == E_UNARY && x->op.op == OP_NEG && x->op.a->kind == E_INT && x->op.a->ival < 1000000) {
        *v = -(int64_t)x->op.a->ival;
        return true;
    }
    return false;
}

/* p[o0, o1] inside a kernel: constant offsets, one per dimension. */
static Type *check_stencil_index(Ctx *c, Expr *e, Sym *p)
{
    int rank = c->stencil->stencil.rank;
    if (e->index.idx.len != rank) {
        diag_error(e->span, "buffer '%s' has rank %d, but %d offset%s given", p->name, rank, e->index.idx.len,
                   e->index.idx.len == 1 ? " is" : "s are");
        return err_ty();
    }
    for (int i = 0; i < e->index.idx.len; i++) {
        Expr *x = e->index.idx.items[i];
        int64_t v;
        if (!stencil_offset(x, &v)) {
            diag_error(x->span, "a stencil offset must be an integer constant");
            return err_ty();
        }
        if (v && !c->stencil->stencil.shifted_read[p->param_index]) c->stencil->stencil.shifted_read[p->param_index] = e;
        x->ty = ty_scalar(T_I64);
        if (x->kind == E_UNARY) { x->op.a->ty = ty_scalar(T_I64); x->op.opk = T_I64; }
    }
    e->index.base->name.sym = p;
    e->index.base->ty = p->ty;
    return ty_scalar(p->ty->elem);
}

/* runStencil(buffers..., [iterations], [:mode]) |p...| { kernel } */
static Type *check_stencil(Ctx *c, Expr *e)
{
    if (c->stencil) {
        diag_error(e->span, "runStencil cannot be nested in a stencil kernel");
        return err_ty();
    }
    int n = e->stencil.args.len;
    Type *bt = NULL;
    int nbuf = 0;
    e->stencil.mode = ST_SKIP;
    bool bad = false;
    for (int i = 0; i < n; i++) {
        Expr *a = e->stencil.args.items[i];
        Type *t = check_expr(c, a);
        if (is_err(t)) { bad = true; continue; }
        if (t->kind == T_ARRAY) {
            if (nbuf != i) { diag_error(a->span, "buffers come first in runStencil's arguments"); bad = true; continue; }
            if (bt && (t->elem != bt->elem || t->rank != bt->rank)) {
                diag_error(a->span, "all buffers of runStencil must have the same type: %s and %s", what(bt), what(t));
                bad = true;
            }
            if (a->kind == E_INDEX) { diag_error(a->span, "a slice cannot be a stencil buffer"); bad = true; }
            bt = bt ? bt : t;
            nbuf++;
        } else if (ty_is_int_kind(t->kind)) {
            if (e->stencil.iters || i + 1 < n - 1 || (i + 1 == n - 1 && ((Expr *)e->stencil.args.items[n - 1])->kind != E_SYMBOL)) {
                diag_error(a->span, "the iteration count comes after the buffers and before the mode");
                bad = true;
            }
            coerce(a, T_I64);
            e->stencil.iters = a;
        } else if (t->kind == T_SYMBOL) {
            if (i != n - 1) { diag_error(a->span, "the boundary mode comes last"); bad = true; continue; }
            int m;
            for (m = 0; m < 6; m++)
                if (!strcmp(a->name.name, stencil_mode_name[m])) break;
            if (m == 6) {
                diag_error(a->span, "unknown boundary mode ':%s' (use :oob_skip, :oob_wraparound, :oob_dst_zero, "
                           ":oob_src_zero, :oob_clamp or :oob_mirror)", a->name.name);
                bad = true;
            }
            e->stencil.mode = m;
        } else if (ty_is_float_kind(t->kind)) {
            diag_error(a->span, "the iteration count of runStencil must be an integer, not %s", what(t));
            bad = true;
        } else {
            diag_error(a->span, "runStencil takes buffers, an iteration count and a mode, not %s", what(t));
            bad = true;
        }
    }
    if (bad) return err_ty();
    if (!nbuf) { diag_error(e->span, "runStencil needs at least one buffer"); return err_ty(); }
    if (bt->rank > 4) return err_ty();
    if (e->stencil.params.len != nbuf) {
        diag_error(e->span, "the kernel has %d parameter%s for %d buffer%s", e->stencil.params.len,
                   e->stencil.params.len == 1 ? "" : "s", nbuf, nbuf == 1 ? "" : "s");
        return err_ty();
    }
    e->stencil.nbuf = nbuf;
    e->stencil.rank = bt->rank;
    e->stencil.written = arena_alloc(sizeof(bool) * (size_t)nbuf);
    e->stencil.shifted_read = arena_alloc(sizeof(Expr *) * (size_t)nbuf);
    push_scope(c);
    Expr *save = c->stencil;
    int save_depth = c->stencil_depth;
    c->comp_depth++;
    c->stencil = e;
    c->stencil_depth = c->comp_depth;
    for (int i = 0; i < nbuf; i++) {
        Ident *id = e->stencil.params.items[i];
        id->sym = declare(c, id->name, SYM_STENCIL, bt, id->span);
        id->sym->param_index = i;
    }
    int ld = c->loop_depth;
    Expr *lb = c->loop_barrier;
    c->loop_depth = 0;
    c->loop_barrier = e;
    check_stmts(c, &e->stencil.body);
    c->loop_depth = ld;
    c->loop_barrier = lb;
    for (int i = 0; i < e->stencil.body.len; i++) {
        Stmt *st = e->stencil.body.items[i];
        if (st->kind == S_RETURN && i != e->stencil.body.len - 1)
            diag_error(st->span, "the rotation 'return' must be the last statement of the kernel");
    }
    c->comp_depth--;
    c->stencil = save;
    c->stencil_depth = save_depth;
    pop_scope(c);
    /* buffers the kernel writes are written in place (with a rotation,
     * any buffer may be bound to a written parameter) */
    bool any = false;
    for (int i = 0; i < nbuf; i++) any |= e->stencil.written[i];
    for (int i = 0; i < nbuf; i++) {
        Sym *rs = root_sym(e->stencil.args.items[i]);
        if (rs && (e->stencil.written[i] || (any && e->stencil.perm))) {
            if (outside_write(c, rs, ((Expr *)e->stencil.args.items[i])->span, "run a stencil that writes")) continue;
            rs->written = true;
        }
    }
    if (!any) diag_error(e->span, "the stencil kernel writes none of its buffers");
    /* elements are computed in parallel: a buffer being written cannot also
     * be read at a neighbour (which another thread may have written) */
    for (int i = 0; i < nbuf; i++)
        if (e->stencil.written[i] && e->stencil.shifted_read[i]) {
            Ident *p = e->stencil.params.items[i];
            diag_error(e->stencil.shifted_read[i]->span,
                       "the kernel reads '%s' at a neighbour while writing it; read from a second buffer", p->name);
            return err_ty();
        }
    return bt;
}

/* return p2, p1 in a kernel: the buffer rotation */
static void check_rotation(Ctx *c, Stmt *s)
{
    Expr *st = c->stencil;
    int n = st->stencil.nbuf;
    if (s->ret.values.len != n) {
        diag_error(s->span, "the rotation must name all %d buffers, in their new order", n);
        return;
    }
    int *perm = arena_alloc(sizeof(int) * (size_t)n);
    bool *seen = arena_alloc(sizeof(bool) * (size_t)n);
    for (int i = 0; i < n; i++) {
        Expr *v = s->ret.values.items[i];
        Sym *p = v->kind == E_NAME ? lookup(c, v->name.name) : NULL;
        if (!p || p->kind != SYM_STENCIL) {
            diag_error(v->span, "the rotation must name the kernel's parameters");
            return;
        }
        if (seen[p->param_index]) {
            diag_error(v->span, "'%s' appears twice in the rotation", p->name);
            return;
        }
        seen[p->param_index] = true;
        perm[i] = p->param_index;
        v->name.sym = p;
        v->ty = p->ty;
    }
    st->stencil.perm = perm;
}

static Type *check_expr_inner(Ctx *c, Expr *e)
{
    switch (e->kind) {
    case E_INT: return ty_scalar(T_ILIT);
    case E_FLOAT: return ty_scalar(e->flt.f32 ? T_F32 : T_FLIT);
    case E_BOOL: return ty_scalar(T_BOOL);
    case E_NAME: {
        Sym *s = lookup(c, e->name.name);
        if (!s) {
            if (find_fn(c->mod, e->name.name) || builtin_lookup(e->name.name) >= 0)
                diag_error(e->span, "function '%s' used as a value", e->name.name);
            else
                diag_error(e->span, "use of undeclared identifier '%s'", e->name.name);
            return err_ty();
        }
        if (c->stencil && s->kind == SYM_STENCIL) {
            diag_error(e->span, "a stencil buffer is used only as '%s[offsets]'", s->name);
            return err_ty();
        }
        if (c->stencil && s->ty->kind == T_ARRAY && s->comp_depth < c->stencil_depth) {
            diag_error(e->span, "a stencil kernel may read only its buffers; '%s' is not one of them", s->name);
            return err_ty();
        }
        if (s->pending) {
            diag_error(e->span, "the range of a generator cannot use the generator '%s' (the shape must not depend on it)",
                       s->name);
            return err_ty();
        }
        e->name.sym = s;
        return s->ty;
    }
    case E_TYPENAME: {
        if (lookup(c, ty_kind_name(e->tyname))) {
            /* a local named like a type shadows it (`let i32 = 3;`) */
            const char *nm = ty_kind_name(e->tyname);
            e->kind = E_NAME;
            e->name.name = nm;
            e->name.sym = NULL;
            return check_expr_inner(c, e);
        }
        Type *t = NEW(Type);
        t->kind = T_TYPE;
        t->elem = e->tyname;
        return t;
    }
    case E_SYMBOL: return ty_scalar(T_SYMBOL);
    case E_UNARY: return check_unary(c, e);
    case E_BINARY: return check_binary(c, e);
    case E_COND: return check_cond(c, e);
    case E_CALL: return check_call(c, e);
    case E_INDEX: return check_index(c, e);
    case E_RANGE: return ty_scalar(T_RANGE);
    case E_LAMBDA: return ty_scalar(T_LAMBDA);
    case E_TUPLE: {
        Type **elts = arena_alloc(sizeof(Type *) * (size_t)e->tuple.len);
        for (int i = 0; i < e->tuple.len; i++) {
            elts[i] = check_value(c, e->tuple.items[i]);
            if (is_err(elts[i])) return err_ty();
            finish(e->tuple.items[i]);
            elts[i] = ((Expr *)e->tuple.items[i])->ty;
        }
        return ty_tuple(e->tuple.len, elts);
    }
    case E_COMPREH: return check_comprehension(c, e);
    case E_ARRAYLIT: return check_arraylit(c, e);
    case E_BLOCK: {
        push_scope(c);
        c->block_depth++;
        check_stmts(c, &e->block.stmts);
        Type *t = check_expr(c, e->block.value);
        if (t->kind != T_TUPLE) t = value_ok(e->block.value, t);
        if (!is_err(t)) finish(e->block.value);
        c->block_depth--;
        pop_scope(c);
        return is_err(t) ? t : e->block.value->ty;
    }
    case E_STENCIL: return check_stencil(c, e);
    }
    return err_ty();
}

static Type *check_expr(Ctx *c, Expr *e)
{
    e->ty = check_expr_inner(c, e);
    return e->ty;
}

/* Checks `value` against the declared type `want` (for let/var/assign/return). */
static bool check_assignable(Expr *value, Type *vt, Type *want, const char *ctx)
{
    if (is_err(vt) || is_err(want)) return false;
    if (want->kind == T_ARRAY || vt->kind == T_ARRAY) {
        bool lit = vt->kind == want->kind && is_weak(vt->elem) && want->elem != T_BOOL && unify(vt->elem, want->elem) == want->elem;
        if (vt->kind != want->kind || (vt->elem != want->elem && !lit) || vt->rank != want->rank) {
            diag_error(value->span, "%s: expected %s, found %s", ctx, what(want), what(vt));
            return false;
        }
        if (lit) coerce(value, want->elem);    /* let k: f32[3] = [0.25, 0.5, 0.25]; */
        return true;
    }
    TyKind k = vt->kind;
    bool ok = k == want->kind || (is_weak(k) && want->kind != T_BOOL && unify(k, want->kind) == want->kind);
    if (!ok) {
        diag_error(value->span, "%s: expected '%s', found %s", ctx, ty_kind_name(want->kind), what(vt));
        return false;
    }
    coerce(value, want->kind);
    return true;
}

static Type *type_from_expr(Ctx *c, TypeExpr *t)
{
    (void)c;
    if (t->is_tuple) {
        Type **elts = arena_alloc(sizeof(Type *) * (size_t)t->elts.len);
        for (int i = 0; i < t->elts.len; i++) elts[i] = type_from_expr(c, t->elts.items[i]);
        return ty_tuple(t->elts.len, elts);
    }
    if (!t->is_array) return ty_scalar(t->scalar);
    if (t->dims.len > 4) {
        diag_error(t->span, "arrays have rank 1 to 4, not %d", t->dims.len);
        return err_ty();
    }
    return ty_array(t->scalar, t->dims.len);
}

/* ---- statements ---- */

static bool always_returns(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        if (s->kind == S_RETURN) return true;
        if (s->kind == S_IF && s->if_.els.len && always_returns(&s->if_.then) && always_returns(&s->if_.els))
            return true;
    }
    return false;
}

static void check_let(Ctx *c, Stmt *s)
{
    Type *t = check_expr(c, s->let.init);
    int n = s->let.names.len;
    if (!is_err(t)) {
        if (n > 1 || t->kind == T_TUPLE) {
            if (t->kind != T_TUPLE || t->n != n) {
                diag_error(s->let.init->span, "cannot bind %s to %d name%s", what(t), n, n == 1 ? "" : "s");
                t = err_ty();
            } else if (s->let.ty) {
                Type *want = type_from_expr(c, s->let.ty);
                if (!ty_equal(want, t)) diag_error(s->let.ty->span, "declared type %s does not match %s", what(want), what(t));
            }
        } else {
            t = value_ok(s->let.init, t);   /* reports types, symbols, etc. */
            if (!is_err(t) && s->let.ty) {
                Type *want = type_from_expr(c, s->let.ty);
                if (check_assignable(s->let.init, t, want, "initializer has the wrong type")) t = want;
                else t = err_ty();
            } else if (!is_err(t)) {
                finish(s->let.init);
                t = s->let.init->ty;
            }
        }
    }
    /* let b = a / a[..] and var b = a name a's memory; var b = a[..] copies */
    bool copies = s->kind == S_VAR && s->let.init->kind == E_INDEX;
    Sym *alias = n == 1 && !is_err(t) && t->kind == T_ARRAY && !copies ? root_sym(s->let.init) : NULL;
    for (int i = 0; i < n; i++) {
        Ident *id = s->let.names.items[i];
        Type *ti = is_err(t) ? t : t->kind == T_TUPLE ? t->elts[i] : t;
        id->sym = declare(c, id->name, s->kind == S_VAR ? SYM_VAR : SYM_LET, ti, id->span);
        id->sym->alias_of = alias;      /* let b = a / a[..]: b is a's memory */
    }
}

/* The named array an expression denotes (through slices and let aliases). */
static Sym *root_sym(Expr *e)
{
    while (e && e->kind == E_INDEX && e->ty && e->ty->kind == T_ARRAY) e = e->index.base;
    if (!e || e->kind != E_NAME || !e->name.sym) return NULL;
    Sym *s = e->name.sym;
    while (s->alias_of) s = s->alias_of;
    return s;
}

/* Section 5: a comprehension body must not write arrays or vars declared
 * outside it (directly, through a let alias, or through a slice). */
static bool outside_write(Ctx *c, Sym *sym, Span at, const char *what)
{
    if (!c->comp_depth || !sym) return false;
    Sym *root = sym;
    while (root->alias_of) root = root->alias_of;
    if (sym->comp_depth >= c->comp_depth && root->comp_depth >= c->comp_depth) return false;
    const char *who = c->stencil && c->stencil_depth == c->comp_depth ? "a stencil kernel" : "a comprehension body";
    if (root != sym)
        diag_error(at, "%s must not %s '%s': it is the array '%s', declared outside it", who, what,
                   sym->name, root->name);
    else
        diag_error(at, "%s must not %s '%s', which is declared outside it", who, what, sym->name);
    diag_note(root->span, "'%s' is declared here", root->name);
    return true;
}

/* t op= e is t = t op e: replaces the statement's value by the binary
   expression (its target read as an operand) and returns its type, or an
   error type when the operator does not apply or would change t's type. */
static Type *compound_value(Ctx *c, Stmt *s)
{
    Expr *tg = s->assign.target;
    Expr *bin = ast_expr(E_BINARY, s->span);
    bin->op.op = s->assign.op;
    bin->op.a = tg;
    bin->op.b = s->assign.value;
    Type *bt = check_binary(c, bin);
    if (is_err(bt)) return bt;
    bin->ty = bt;
    s->assign.value = bin;
    if (is_weak(elem_of(bt))) coerce(bin, elem_of(tg->ty));
    else if (elem_of(bt) != elem_of(tg->ty) || bt->kind != tg->ty->kind) {
        diag_error(s->span, "compound assignment changes the type of '%s' from %s to %s",
                   tg->kind == E_NAME ? tg->name.name : "element", what(tg->ty), what(bt));
        return err_ty();
    }
    return bin->ty;
}

static void check_assign(Ctx *c, Stmt *s)
{
    Expr *tg = s->assign.target;
    if (tg->kind == E_NAME) {
        Sym *sym = lookup(c, tg->name.name);
        if (!sym) {
            if (find_fn(c->mod, tg->name.name) || builtin_lookup(tg->name.name) >= 0)
                diag_error(tg->span, "cannot assign to function '%s'", tg->name.name);
            else
                diag_error(tg->span, "use of undeclared identifier '%s'", tg->name.name);
            check_expr(c, s->assign.value);
            return;
        }
        tg->name.sym = sym;
        tg->ty = sym->ty;
        if (outside_write(c, sym, tg->span, "assign to")) { check_expr(c, s->assign.value); return; }
        if (sym->kind != SYM_VAR) {
            const char *how = sym->kind == SYM_LET ? "declared with 'let'" : sym->kind == SYM_PARAM ? "a parameter"
                            : sym->kind == SYM_SIZE ? "a size variable" : "a loop variable";
            diag_error(tg->span, "cannot assign to '%s': it is %s", sym->name, how);
            diag_note(sym->span, "'%s' is declared here", sym->name);
            if (sym->ty->kind == T_ARRAY)
                diag_note(tg->span, "to write its elements in place, store to a range: '%s[..] = ...'", sym->name);
            check_expr(c, s->assign.value);
            return;
        }
        if (sym->ty->kind == T_ARRAY && s->assign.value->kind != E_INDEX) {
            /* rebinding an array var to another array: it now names that memory.
               x op= e rebinds x to the new array x op e (section 10), never
               writing into the buffer x held, which other names may share */
            Type *vt0 = check_expr(c, s->assign.value);
            if (!is_err(vt0) && s->assign.op != OP_ASSIGN) {
                vt0 = compound_value(c, s);
                if (is_err(vt0)) return;
            }
            Sym *rs = is_err(vt0) ? NULL : root_sym(s->assign.value);
            if (rs && rs != sym && (!sym->alias_of || rs->comp_depth < sym->alias_of->comp_depth)) sym->alias_of = rs;
            if (is_err(vt0)) return;
            check_assignable(s->assign.value, vt0, sym->ty, "assigned value has the wrong type");
            return;
        }
    } else if (tg->kind == E_INDEX) {
        if (is_err(check_expr(c, tg))) { check_expr(c, s->assign.value); return; }
        if (tg->ty->kind == T_ARRAY && tg->index.idx.len == 1 && ((Expr *)tg->index.idx.items[0])->kind != E_RANGE) {
            diag_error(tg->span, "cannot assign to a gather a[idx]; use scatter(a, idx, values)");
            check_expr(c, s->assign.value);
            return;
        }
        Expr *base = tg->index.base;
        if (base->kind != E_NAME) {
            diag_error(base->span, "only a named array can be stored to");
            return;
        }
        Sym *bs = base->name.sym;
        if (bs && bs->kind == SYM_STENCIL) {
            for (int i = 0; i < tg->index.idx.len; i++) {
                int64_t v = 0;
                stencil_offset(tg->index.idx.items[i], &v);
                if (v != 0) {
                    diag_error(((Expr *)tg->index.idx.items[i])->span,
                               "a stencil kernel writes its buffers only at offset 0");
                    c->stencil->stencil.written[bs->param_index] = true;   /* one error is enough */
                    if (c->stencil->stencil.shifted_read[bs->param_index] == tg)
                        c->stencil->stencil.shifted_read[bs->param_index] = NULL;   /* a store, not a read */
                    return;
                }
            }
            c->stencil->stencil.written[bs->param_index] = true;
        }
        if (outside_write(c, bs, tg->span, "store into")) return;
        if (bs) bs->written = true;
    } else {
        diag_error(tg->span, "expression is not assignable");
        check_expr(c, s->assign.value);
        return;
    }
    Type *vt = check_value(c, s->assign.value);
    if (is_err(vt) || is_err(tg->ty)) return;
    if (s->assign.op != OP_ASSIGN) {
        compound_value(c, s);
        return;
    }
    if (tg->kind == E_INDEX && tg->ty->kind == T_ARRAY && vt->kind != T_ARRAY) {
        /* a range store of a scalar: broadcast */
        check_assignable(s->assign.value, vt, ty_scalar(tg->ty->elem), "stored value has the wrong type");
        return;
    }
    check_assignable(s->assign.value, vt, tg->ty, "assigned value has the wrong type");
}

static void check_return(Ctx *c, Stmt *s)
{
    FnDecl *f = c->fn;
    if (c->stencil) { check_rotation(c, s); return; }
    if (c->block_depth) {
        diag_error(s->span, "'return' is not allowed inside a block expression");
        return;
    }
    int n = s->ret.values.len;
    if (n == 1 && f->nresults > 1) {
        Expr *v = s->ret.values.items[0];
        Type *t = check_expr(c, v);
        if (is_err(t)) return;
        if (v->kind == E_TUPLE) {   /* return (a, b); is return a, b; */
            s->ret.values = v->tuple;
            n = s->ret.values.len;
        } else if (t->kind == T_TUPLE && t->n == f->nresults) {
            /* a call, comprehension or block yielding a tuple */
            for (int i = 0; i < t->n; i++) {
                Type *want = f->result_tys[i], *got = t->elts[i];
                if (!ty_equal(want, got)) {
                    diag_error(v->span, "returned value %d has the wrong type: expected %s, found %s", i + 1, what(want), what(got));
                    return;
                }
            }
            s->ret.one_tuple = true;
            return;
        } else if (t->kind == T_TUPLE) {
            diag_error(v->span, "'%s' returns %d values, but %d are given", f->name, f->nresults, t->n);
            return;
        } else {
            diag_error(v->span, "'%s' returns %d values, but 1 is given", f->name, f->nresults);
            return;
        }
    } else {
        for (int i = 0; i < n; i++) check_value(c, s->ret.values.items[i]);
    }
    if (n != f->nresults) {
        Span sp = n ? ((Expr *)s->ret.values.items[0])->span : s->span;
        if (f->nresults == 0) diag_error(sp, "'%s' has no result, but a value is returned", f->name);
        else diag_error(sp, "'%s' returns %d value%s, but %d %s given", f->name, f->nresults,
                        f->nresults == 1 ? "" : "s", n, n == 1 ? "is" : "are");
        return;
    }
    for (int i = 0; i < n; i++) {
        Expr *v = s->ret.values.items[i];
        if (is_err(v->ty) || v->ty->kind == T_VOID) continue;
        check_assignable(v, v->ty, f->result_tys[i], "returned value has the wrong type");
    }
}

static void check_stmt(Ctx *c, Stmt *s)
{
    switch (s->kind) {
    case S_LET:
    case S_VAR: check_let(c, s); break;
    case S_ASSIGN: check_assign(c, s); break;
    case S_IF:
        check_scalar_of(c, s->if_.cond, T_BOOL, "the condition of 'if'");
        push_scope(c); check_stmts(c, &s->if_.then); pop_scope(c);
        push_scope(c); check_stmts(c, &s->if_.els); pop_scope(c);
        break;
    case S_FOR: {
        Expr *r = s->for_.range;
        check_scalar_of(c, r->range.lo, T_I64, "the start of a range");
        check_scalar_of(c, r->range.hi, T_I64, "the end of a range");
        coerce(r->range.lo, T_I64);
        coerce(r->range.hi, T_I64);
        push_scope(c);
        s->for_.var.sym = declare(c, s->for_.var.name, SYM_LOOP, ty_scalar(T_I64), s->for_.var.span);
        push_scope(c);              /* the body may shadow the loop variable */
        c->loop_depth++;
        check_stmts(c, &s->for_.body);
        c->loop_depth--;
        pop_scope(c);
        pop_scope(c);
        break;
    }
    case S_WHILE:
        check_scalar_of(c, s->while_.cond, T_BOOL, "the condition of 'while'");
        push_scope(c);
        c->loop_depth++;
        check_stmts(c, &s->while_.body);
        c->loop_depth--;
        pop_scope(c);
        break;
    case S_RETURN: check_return(c, s); break;
    case S_BREAK:
    case S_CONTINUE: {
        const char *kw = s->kind == S_BREAK ? "break" : "continue";
        if (c->loop_depth) break;
        if (c->loop_barrier) {
            bool st = c->loop_barrier->kind == E_STENCIL;
            diag_error(s->span, "'%s' cannot leave a %s", kw, st ? "runStencil kernel" : "comprehension body");
            diag_note(c->loop_barrier->span, "the %s is here", st ? "kernel" : "comprehension");
        } else {
            diag_error(s->span, "'%s' outside of a 'for' or 'while' loop", kw);
        }
        break;
    }
    case S_EXPR:
        if (s->expr->kind != E_CALL && s->expr->kind != E_STENCIL) {
            diag_error(s->expr->span, "expression result unused; only calls can be statements");
            return;
        }
        check_expr(c, s->expr);
        if (s->expr->kind == E_CALL && !is_err(s->expr->ty) && s->expr->ty->kind != T_VOID)
            finish(s->expr);
        break;
    }
}

static void check_stmts(Ctx *c, PtrList *l)
{
    for (int i = 0; i < l->len; i++) check_stmt(c, l->items[i]);
}

/* ---- signatures ---- */

static Param *find_param(FnDecl *f, const char *name)
{
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        if (strcmp(p->id.name, name) == 0) return p;
    }
    return NULL;
}

static void check_signature(Ctx *c, FnDecl *f)
{
    push_scope(c);
    f->scalar_only = true;
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        Type *t = type_from_expr(c, p->ty);
        if (p->ty->is_tuple) { diag_error(p->ty->span, "a parameter cannot be a tuple"); t = err_ty(); }
        p->id.sym = declare(c, p->id.name, SYM_PARAM, t, p->id.span);
        p->id.sym->param = p;
        if (t->kind == T_ARRAY) f->scalar_only = false;
    }
    /* Extents: i64 parameters, size variables (first occurrence binds),
     * constants, and anonymous extents (named PARAM_dK in the C ABI). */
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        if (!p->ty->is_array || p->ty->dims.len > 4) continue;
        p->shape.rank = p->ty->dims.len;
        for (int d = 0; d < p->ty->dims.len; d++) {
            Dim *dm = p->ty->dims.items[d];
            if (dm->kind == DIM_INT) { p->shape.c[d] = dm->value; continue; }
            if (dm->kind == DIM_EMPTY) {
                Sym *s = declare(c, arena_printf("%s_d%d", p->id.name, d), SYM_SIZE, ty_scalar(T_I64), dm->span);
                s->size_of = p; s->size_dim = d; s->anon = true;
                p->shape.sym[d] = s;
                plist_push(&f->sizes, s);
                continue;
            }
            Sym *s = lookup(c, dm->name);
            if (s && s->kind == SYM_PARAM) {
                if (s->ty->kind != T_I64) {
                    diag_error(dm->span, "extent '%s' names a parameter of type %s; only i64 parameters can be extents",
                               dm->name, what(s->ty));
                    continue;
                }
            } else if (!s) {
                s = declare(c, dm->name, SYM_SIZE, ty_scalar(T_I64), dm->span);
                s->size_of = p; s->size_dim = d;
                plist_push(&f->sizes, s);
            }
            p->shape.sym[d] = s;
        }
    }
    f->ret_ty = ty_scalar(T_VOID);
    if (f->ret) {
        TypeExpr *r = f->ret;
        int n = r->is_tuple ? r->elts.len : 1;
        f->nresults = n;
        f->result_tys = arena_alloc(sizeof(Type *) * (size_t)n);
        f->result_shapes = arena_alloc(sizeof(ShapeSig) * (size_t)n);
        for (int i = 0; i < n; i++) {
            TypeExpr *te = r->is_tuple ? r->elts.items[i] : r;
            if (te->is_tuple) { diag_error(te->span, "nested tuples are not allowed"); f->result_tys[i] = err_ty(); continue; }
            f->result_tys[i] = type_from_expr(c, te);
            if (te->is_array) {
                f->scalar_only = false;
                ShapeSig *sh = &f->result_shapes[i];
                sh->rank = te->dims.len;
                for (int d = 0; d < te->dims.len && d < 4; d++) {
                    Dim *dm = te->dims.items[d];
                    if (dm->kind == DIM_INT) { sh->c[d] = dm->value; continue; }
                    if (dm->kind == DIM_EMPTY) { sh->anon[d] = true; continue; }   /* allocated by the callee */
                    Sym *s = lookup(c, dm->name);
                    if (s && s->kind == SYM_PARAM && s->ty->kind != T_I64) {
                        diag_error(dm->span, "extent '%s' names a parameter of type %s; only i64 parameters can be extents",
                                   dm->name, what(s->ty));
                        continue;
                    }
                    if (!s || (s->kind != SYM_SIZE && !(s->kind == SYM_PARAM && s->ty->kind == T_I64))) {
                        diag_error(dm->span, "extent '%s' of the result is not bound by a parameter", dm->name);
                        if (s) diag_note(s->span, "'%s' is declared here", dm->name);
                        continue;
                    }
                    sh->sym[d] = s;
                }
            }
        }
        f->ret_ty = n == 1 ? f->result_tys[0] : ty_tuple(n, f->result_tys);
    }
    (void)find_param;
}

/* Literal kinds nothing fixed (an array literal used only where any
 * element type would do, `sum([1, 2, 3])` as a statement's value) take
 * their defaults, so no later stage sees a literal kind. */
static void default_literals_stmts(PtrList *l);
static void default_literals(Expr *e)
{
    if (!e) return;
    if (e->ty && !is_err(e->ty) && e->ty->kind != T_TUPLE && is_weak(elem_of(e->ty))) finish(e);
    switch (e->kind) {
    case E_UNARY: default_literals(e->op.a); break;
    case E_BINARY: default_literals(e->op.a); default_literals(e->op.b); break;
    case E_COND: default_literals(e->op.c); default_literals(e->op.a); default_literals(e->op.b); break;
    case E_CALL: for (int i = 0; i < e->call.args.len; i++) default_literals(e->call.args.items[i]); break;
    case E_INDEX:
        default_literals(e->index.base);
        for (int i = 0; i < e->index.idx.len; i++) default_literals(e->index.idx.items[i]);
        break;
    case E_RANGE: default_literals(e->range.lo); default_literals(e->range.hi); break;
    case E_TUPLE: case E_ARRAYLIT: for (int i = 0; i < e->tuple.len; i++) default_literals(e->tuple.items[i]); break;
    case E_COMPREH:
        default_literals(e->comp.body);
        for (int i = 0; i < e->comp.gens.len; i++) default_literals(((Gen *)e->comp.gens.items[i])->range);
        break;
    case E_BLOCK: default_literals_stmts(&e->block.stmts); default_literals(e->block.value); break;
    case E_LAMBDA: default_literals(e->lambda.body); break;
    case E_STENCIL:
        for (int i = 0; i < e->stencil.args.len; i++) default_literals(e->stencil.args.items[i]);
        default_literals_stmts(&e->stencil.body);
        break;
    default: break;
    }
}

static void default_literals_stmts(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_LET: case S_VAR: default_literals(s->let.init); break;
        case S_ASSIGN: default_literals(s->assign.target); default_literals(s->assign.value); break;
        case S_IF: default_literals(s->if_.cond); default_literals_stmts(&s->if_.then); default_literals_stmts(&s->if_.els); break;
        case S_FOR: default_literals(s->for_.range); default_literals_stmts(&s->for_.body); break;
        case S_WHILE: default_literals(s->while_.cond); default_literals_stmts(&s->while_.body); break;
        case S_RETURN: for (int k = 0; k < s->ret.values.len; k++) default_literals(s->ret.values.items[k]); break;
        case S_EXPR: default_literals(s->expr); break;
        default: break;
        }
    }
}

static void check_fn(Ctx *c, FnDecl *f)
{
    if (f->checked || f->is_extern) return;
    f->checking = true;
    c->fn = f;
    f->call_depth = 1;
    check_signature(c, f);
    push_scope(c);
    check_stmts(c, &f->body);
    default_literals_stmts(&f->body);
    pop_scope(c);
    pop_scope(c);
    if (f->nresults > 0 && !always_returns(&f->body))
        diag_error(f->name_span, "function '%s' does not return a value on every path", f->name);
    f->checking = false;
    f->checked = true;
}

/* ---- the C names of exported functions (LANGUAGE.md section 16) ---- */

static const char *g_prefix;        /* --prefix: "P" makes export f the C function P_f */

void sema_set_prefix(const char *prefix) { g_prefix = prefix && *prefix ? prefix : NULL; }

const char *sema_export_cname(const char *name)
{
    return g_prefix ? arena_printf("%s_%s", g_prefix, name) : name;
}

static void export_name_hint(FnDecl *f, const char *cmodule)
{
    if (g_prefix)
        diag_note(f->name_span, "rename the function, or choose another --prefix");
    else
        diag_note(f->name_span, "rename the function, or give the exported C names a prefix: with --prefix=%s it is '%s_%s'",
                  cmodule, cmodule, f->name);
}

/* An export's C name must not be a C keyword, a name of the C library or
 * POSIX (cnames.c), one reserved to the C implementation, or one that the
 * generated code itself defines: the runtime's arr_... and ARR_... helpers,
 * the ARRC_..._H include guard, OpenMP's omp_... and <module>_last_error. */
static void check_export_name(FnDecl *f, const char *cmodule)
{
    const char *cn = sema_export_cname(f->name);
    const char *why = cname_taken(cn);
    const char *le = arena_printf("%s_last_error", cmodule);
    if (!why) {
        if (!strcmp(cn, le)) why = arena_printf("the error function of module '%s'", cmodule);
        else if (!strncmp(cn, "arr_", 4) || !strncmp(cn, "ARR_", 4))
            why = "reserved for the generated code (arrc's runtime names start with 'arr_' and 'ARR_')";
        else if (!strncmp(cn, "ARRC_", 5)) why = "reserved for the generated code (include guards start with 'ARRC_')";
        else if (!strncmp(cn, "omp_", 4)) why = "reserved for OpenMP (<omp.h>)";
        else if (cn[0] == '_' && (cn[1] == '_' || (cn[1] >= 'A' && cn[1] <= 'Z')))
            why = "reserved to the C implementation (it starts with '__' or '_' and a capital)";
    }
    if (!why) return;
    if (cn == f->name) diag_error(f->name_span, "exported function '%s' cannot be the C function '%s': it is %s", f->name, cn, why);
    else diag_error(f->name_span, "exported function '%s' cannot be the C function '%s' (--prefix=%s): it is %s", f->name, cn, g_prefix, why);
    export_name_hint(f, cmodule);
}

/* ---- extern: C functions, checked against their header by libclang ---- */

static const char **g_incdirs, **g_args;
static int g_nincdirs, g_nargs;
static VEC(const char *) g_files;

void sema_extern_config(const char **incdirs, int nincdirs, const char **args, int nargs)
{
    g_incdirs = incdirs; g_nincdirs = nincdirs; g_args = args; g_nargs = nargs;
}

const char **sema_extern_files(int *n)
{
    *n = g_files.len;
    return g_files.items;
}

/* Headers already read, so that each is parsed once per compilation. */
static VEC(CHeader *) g_headers;

static CHeader *read_header(const char *path, Span at)
{
    for (int i = 0; i < g_headers.len; i++)
        if (!strcmp(g_headers.items[i]->path, path)) return g_headers.items[i]->ok ? g_headers.items[i] : NULL;
    const char *src = diag_file(at.file)->name;
    const char *sl = strrchr(src, '/');
    const char *dir = sl ? arena_strndup(src, (size_t)(sl - src)) : ".";
    /* libclang would block on a FIFO or a terminal: only regular files */
    const char *first = NULL;
    struct stat st;
    if (path[0] == '/') first = path;
    else {
        const char *cand = arena_printf("%s/%s", dir, path);
        if (stat(cand, &st) == 0) first = cand;
        for (int i = 0; !first && i < g_nincdirs; i++) {
            cand = arena_printf("%s/%s", g_incdirs[i], path);
            if (stat(cand, &st) == 0) first = cand;
        }
    }
    if (first && stat(first, &st) == 0 && !S_ISREG(st.st_mode)) {
        diag_error(at, "cannot read the C header '%s': '%s' is not a regular file", path, first);
        return NULL;
    }
    CHeader *h = ch_read(path, dir, g_incdirs, g_nincdirs, g_args, g_nargs);
    VEC_PUSH(g_headers, h);
    if (!h->ok) {
        diag_error(at, "cannot read the C header '%s': %s", path, h->error);
        return NULL;
    }
    for (int i = 0; i < h->nfiles; i++) {
        bool seen = false;
        for (int k = 0; k < g_files.len; k++) seen |= !strcmp(g_files.items[k], h->files[i]);
        if (!seen) VEC_PUSH(g_files, h->files[i]);
    }
    return h;
}

/* Gives an extern function its parameter symbols and result type. */
static void extern_signature(Ctx *c, FnDecl *f, const CFunc *cf)
{
    c->fn = f;
    push_scope(c);
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        p->id.sym = declare(c, p->id.name, SYM_PARAM, ty_scalar(cf->params[i]), p->id.span);
        p->id.sym->param = p;
    }
    pop_scope(c);
    f->scalar_only = true;
    f->ret_ty = ty_scalar(cf->ret);
    f->nresults = cf->ret == T_VOID ? 0 : 1;
    if (f->nresults) {
        f->result_tys = arena_alloc(sizeof(Type *));
        f->result_tys[0] = f->ret_ty;
        f->result_shapes = arena_alloc(sizeof(ShapeSig));
    }
    f->checked = true;
}

static void check_externs(Ctx *c, Module *m)
{
    /* extern "h.h" fn name(...) -> T; : the declaration must match the header */
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (!f->is_extern) continue;
        CHeader *h = read_header(f->header, f->span);
        if (!h) continue;
        const CFunc *cf = NULL;
        for (int k = 0; k < h->nfuncs && !cf; k++)
            if (!strcmp(h->funcs[k].name, f->name)) cf = &h->funcs[k];
        if (!cf) {
            diag_error(f->name_span, "'%s' is not declared in '%s'", f->name, f->header);
            continue;
        }
        if (cf->unsupported) {
            diag_error(f->name_span, "the C function '%s' (%s, at %s) cannot be called from arr: %s", f->name, cf->decl,
                       cf->where, cf->unsupported);
            continue;
        }
        bool ok = f->params.len == cf->nparams;
        for (int k = 0; ok && k < f->params.len; k++) {
            TypeExpr *t = ((Param *)f->params.items[k])->ty;
            ok = !t->is_array && !t->is_tuple && t->scalar == cf->params[k];
        }
        TyKind r = f->ret ? (f->ret->is_array || f->ret->is_tuple ? T_ERROR : f->ret->scalar) : T_VOID;
        if (!ok || r != cf->ret) {
            diag_error(f->name_span, "this declaration of '%s' does not match the C declaration '%s' (at %s)", f->name,
                       cf->decl, cf->where);
            continue;
        }
        extern_signature(c, f, cf);
    }
    /* extern "h.h"; : every function of the header with scalar arr types */
    for (int i = 0; i < m->extern_headers.len; i++) {
        Expr *e = m->extern_headers.items[i];
        CHeader *h = read_header(e->name.name, e->span);
        if (!h) continue;
        for (int k = 0; k < h->nfuncs; k++) {
            const CFunc *cf = &h->funcs[k];
            if (cf->unsupported || find_fn(m, cf->name) || builtin_lookup(cf->name) >= 0) continue;
            FnDecl *f = NEW(FnDecl);
            f->name = cf->name;
            f->span = f->name_span = e->span;
            f->is_extern = true;
            f->header = e->name.name;
            for (int q = 0; q < cf->nparams; q++) {
                Param *p = NEW(Param);
                p->id.name = arena_printf("p%d", q);
                p->id.span = e->span;
                p->ty = NEW(TypeExpr);
                p->ty->scalar = cf->params[q];
                plist_push(&f->params, p);
            }
            extern_signature(c, f, cf);
            plist_push(&m->fns, f);
        }
    }
    /* the generated C includes the headers: an exported function must not
     * take the name of one of their functions */
    for (int i = 0; i < g_headers.len; i++) {
        CHeader *h = g_headers.items[i];
        for (int k = 0; k < h->nfuncs; k++) {
            for (int j = 0; j < m->fns.len; j++) {
                FnDecl *f = m->fns.items[j];
                if (!f->is_export || f->is_extern || strcmp(sema_export_cname(f->name), h->funcs[k].name)) continue;
                diag_error(f->name_span, "exported function '%s' has the name of the C function '%s' (at %s), "
                           "which the generated C includes", f->name, h->funcs[k].decl, h->funcs[k].where);
            }
        }
    }
    VEC_FREE(g_headers);
}

int sema_check(Module *m, const char *cmodule)
{
    Ctx c = { .mod = m };
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (f->is_export) check_export_name(f, cmodule);
    }
    check_externs(&c, m);
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        for (int j = 0; j < i; j++) {
            FnDecl *g = m->fns.items[j];
            if (strcmp(f->name, g->name) == 0) {
                diag_error(f->name_span, "redefinition of function '%s'", f->name);
                diag_note(g->name_span, "previous definition is here");
                break;
            }
        }
        if (builtin_lookup(f->name) >= 0)
            diag_error(f->name_span, "'%s' is a builtin function and cannot be redefined", f->name);
    }
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (f->is_extern) continue;         /* checked against its header above */
        check_fn(&c, f);
    }
    VEC_FREE(c.scope);
    VEC_FREE(c.marks);
    return diag_error_count();
}
