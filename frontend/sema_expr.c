/* sema_expr.c — the types of expressions: operators, calls of user
 * functions, indexing and slicing, and the dispatcher check_expr(). */
#include "sema_int.h"
#include <stdio.h>

const char *what(const Type *t)
{
    if (t->kind == T_ARRAY && (t->elem == T_ILIT || t->elem == T_FLIT))
        return arena_printf("an array literal of %s literals (rank %d)", t->elem == T_ILIT ? "integer" : "floating-point", t->rank);
    return arena_printf("'%s'", ty_str(t));
}

/* A type name that a local of that name shadows (`var f32 = 0; f32 += 1;`)
 * becomes that name; returns whether it did. */
bool typename_as_name(Ctx *c, Expr *e)
{
    if (e->kind != E_TYPENAME || !lookup(c, ty_kind_name(e->tyname))) return false;
    const char *nm = ty_kind_name(e->tyname);
    e->kind = E_NAME;
    e->name.name = nm;
    e->name.sym = NULL;
    return true;
}

/* "convert it with f64(...)" at a value of element kind `got` given where
 * `want` is needed, when a conversion function makes one from the other
 * (numbers to numbers or to complex; not a literal, which adapts). */
static void conversion_note(Span at, TyKind want, TyKind got, bool elementwise)
{
    if (is_weak(got) || !(ty_is_numeric_kind(got) || ty_is_complex_kind(got))) return;
    if (ty_is_numeric_kind(want) ? ty_is_numeric_kind(got) : ty_is_complex_kind(want))
        diag_note(at, "convert it with %s(...)%s", ty_kind_name(want), elementwise ? ", elementwise" : "");
}

/* Type of an operand in a value position: tuples, types, symbols, ranges
 * and lambdas are rejected. */
Type *value_ok(Expr *e, Type *t)
{
    switch (t->kind) {
    case T_TUPLE: diag_error(e->span, "a tuple cannot be used as a value here"); return err_ty();
    case T_TYPE: diag_error(e->span, "type name '%s' used as a value", ty_kind_name(t->elem)); return err_ty();
    case T_SYMBOL: diag_error(e->span, "symbol used as a value"); return err_ty();
    case T_RANGE: diag_error(e->span, "a range is only allowed in an index, a 'for' loop or a comprehension"); return err_ty();
    case T_LAMBDA: diag_error(e->span, "a lambda is only allowed as an argument of reduce, scan or runStencil"); return err_ty();
    case T_VOID:
        if (e->kind == E_CALL) diag_error(e->span, "'%s' has no result: its call has no value", e->call.name);
        else diag_error(e->span, "expression has no value");
        return err_ty();
    default: return t;
    }
}

Type *check_scalar_of(Ctx *c, Expr *e, TyKind want, const char *role)
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
        if (!ty_is_numeric_kind(k) && !ty_is_complex_kind(k)) break;
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
Type *shape_of2(Expr *e, const Type *a, const Type *b)
{
    (void)e;
    /* arrays of different ranks broadcast (NumPy): the result has the
       larger rank; lower-dir aligns the trailing dimensions */
    if (a->kind == T_ARRAY && b->kind == T_ARRAY) {
        const Type *hi = a->rank >= b->rank ? a : b, *lo = hi == a ? b : a;
        Type *t = ty_array(hi->elem, hi->rank);
        /* the extents' names for messages: an extent 1 broadcasts to the other */
        for (int d = 0; d < hi->rank && d < 4; d++) {
            int ld = d - (hi->rank - lo->rank);
            const char *x = hi->dims[d], *y = ld >= 0 && ld < 4 ? lo->dims[ld] : NULL;
            t->dims[d] = !x || (!strcmp(x, "1") && y) ? y : x;
        }
        return t;
    }
    return (Type *)(a->kind == T_ARRAY ? a : b);
}

static bool is_zero_literal(const Expr *x) { return x->kind == E_INT && x->ival == 0; }

/* -Wtautological-compare: a comparison the types decide: a name compared
 * with itself (not for floats, where x != x is the NaN test), an unsigned
 * value against 0 (u >= 0, u < 0 and their mirrors). */
static void warn_tautology(Expr *e, TyKind k)
{
    Op op = e->op.op;
    const Expr *a = e->op.a, *b = e->op.b;
    bool exact = ty_is_int_kind(k) || k == T_BOOL;
    if (exact && a->kind == E_NAME && b->kind == E_NAME && a->name.sym && a->name.sym == b->name.sym) {
        bool v = op == OP_EQ || op == OP_LE || op == OP_GE;
        diag_warning(W_TAUTOLOGICAL_COMPARE, e->span, "comparison of '%s' with itself is always %s", a->name.name,
                     v ? "true" : "false");
        return;
    }
    if (!ty_is_unsigned_kind(k)) return;
    int v = -1;         /* the value, when decided */
    if (is_zero_literal(b) && (op == OP_LT || op == OP_GE)) v = op == OP_GE;
    if (is_zero_literal(a) && (op == OP_GT || op == OP_LE)) v = op == OP_LE;
    if (v >= 0)
        diag_warning(W_TAUTOLOGICAL_COMPARE, e->span, "comparison of an unsigned value (%s) %s 0 is always %s",
                     ty_kind_name(k), is_zero_literal(b) ? op_spelling[op] : op == OP_GT ? "<" : ">=", v ? "true" : "false");
}

Type *check_binary(Ctx *c, Expr *e)
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
        if (ty_is_complex_kind(ka) || ty_is_complex_kind(kb)) {
            /* complex: + - * / == != with numbers promoted (section 12), and ** as NumPy's */
            bool arith = op == OP_ADD || op == OP_SUB || op == OP_MUL || op == OP_DIV || op == OP_POW || op == OP_EQ
                         || op == OP_NE;
            if (!arith) {
                diag_error(e->span, "invalid operands to binary '%s' (have %s and %s)", sp, what(ta), what(tb));
                diag_note(e->span, "complex numbers take + - * / ** == !=; they have no order (compare abs(z) or real(z))");
                return err_ty();
            }
            break;
        }
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
    if ((op == OP_DIV || op == OP_MOD) && ty_is_int_kind(k) && is_zero_literal(e->op.b))
        diag_warning(W_DIV_BY_ZERO, e->op.b->span, "integer %s by zero is a run-time error",
                     op == OP_DIV ? "division" : "remainder");
    if (op >= OP_LT && op <= OP_NE) {
        if (is_weak(k)) { coerce(e->op.a, ty_default(k)); coerce(e->op.b, ty_default(k)); e->op.opk = ty_default(k); }
        warn_tautology(e, e->op.opk);
        return with_elem(shape, T_BOOL);
    }
    return with_elem(shape, k);
bad:
    diag_error(e->span, "invalid operands to binary '%s' (have %s and %s)", sp, what(ta), what(tb));
    sign_mix_note(e->span, ka, kb);
    if (op == OP_BXOR && (ty_is_float_kind(ka) || ty_is_float_kind(kb)))
        diag_note(e->span, "'^' is the bitwise exclusive or (of integers and bools); a power is written '**' (x ** 2)");
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
        sign_mix_note(e->span, ka, kb);
        return err_ty();
    }
    if (!is_weak(k)) { coerce(e->op.a, k); coerce(e->op.b, k); }
    e->op.opk = k;
    return with_elem(shape, k);
}

/* a[i][j] or a[i] of a 2-D array (NumPy's habits): every dimension is
 * indexed in one pair of brackets, and a row is a range. */
static void index_rank_note(const Expr *e, int rank)
{
    const SourceFile *f = diag_file(e->span.file);
    uint32_t k = e->span.end;
    while (k < f->len && (f->text[k] == ' ' || f->text[k] == '\t')) k++;
    if (k < f->len && f->text[k] == '[')
        diag_note(e->span, "index every dimension in one pair of brackets: a[i, j], not a[i][j]");
    else
        diag_note(e->span, "give each of the %d dimensions a subscript; '..' takes a whole dimension "
                  "(row i of a 2-D array is a[i, ..], column j a[.., j])", rank);
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
        __typeof__(c->names) sn = c->names;     /* the callee sees none of the caller's names */
        int cd = c->comp_depth, bd = c->block_depth, sd = c->stencil_depth, ld = c->loop_depth;
        Expr *se = c->stencil, *lb = c->loop_barrier;
        c->stencil = NULL;
        c->loop_depth = 0;
        c->loop_barrier = NULL;
        c->scope = (SymVec){0};
        c->marks = (IntVec){0};
        memset(&c->names, 0, sizeof c->names);
        c->comp_depth = c->block_depth = 0;
        c->check_nest++;
        check_fn(c, f);
        c->check_nest--;
        VEC_FREE(c->scope);
        VEC_FREE(c->marks);
        free_names(c);
        c->scope = sv;
        c->marks = sm;
        c->names = sn;
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
        plist_push(&c->fn->callees, f);             /* -Wunused-function */
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
                if (at->kind == T_ARRAY && at->rank == pt->rank) conversion_note(a->span, pt->elem, at->elem, true);
                diag_note(p->id.span, "parameter '%s' is declared here", p->id.name);
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
            conversion_note(a->span, pt->kind, ak, false);
            diag_note(p->id.span, "parameter '%s' is declared here", p->id.name);
            bad = true;
            continue;
        }
        if (is_weak(ak)) coerce(a, pt->kind);
        if (at->kind == T_ARRAY && (!map_shape || at->rank > map_shape->rank))
            map_shape = at;      /* arrays of different ranks broadcast */
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
    if (e->call.builtin >= 0) return check_builtin(c, e, (BuiltinId)e->call.builtin);   /* made by sema itself */
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
        else if (extern_import_failed()) {
            /* perhaps one of the unreadable header's: that error is reported */
        } else {
            diag_error(e->call.name_span, "call to undeclared function '%s'", e->call.name);
            if (!strcmp(e->call.name, "range"))         /* Python's range(n) */
                diag_note(e->call.name_span, "a range is written 'lo..hi' (hi excluded): 'for i in 0..n', "
                                             "'[f(i) for i in 0..n]'");
            else if (!strcmp(e->call.name, "map"))
                diag_note(e->call.name_span, "a function applies elementwise when called on arrays ('f(a)'), or write "
                                             "a comprehension: '[x * 2.0 for x in a]'");
            else
                note_similar(c, e->call.name_span, e->call.name, false, true);
        }
        return err_ty();
    }
    e->call.builtin = id;
    return check_builtin(c, e, (BuiltinId)id);
}

/* a[i, j] (an element), a[lo..hi, j] / a[.., j] (a slice: one dimension
 * per range), a[idx] with an integer array idx (a gather, 1-D arrays). */
/* An index that is a constant is checked here where that proves it out of
 * bounds: a negative one always (indices are 0-based; there is no
 * counting from the end), one at or past a constant extent that the
 * parameter's type declares (a[4] of a: f64[4]). */
static bool const_index_ok(Expr *e, Expr *x, int dim, int nnew)
{
    int64_t v;
    bool konst = x->kind == E_INT ? x->ival <= INT64_MAX && ((v = (int64_t)x->ival), true)
               : x->kind == E_UNARY && x->op.op == OP_NEG && x->op.a->kind == E_INT && x->op.a->ival <= INT64_MAX
                 ? ((v = -(int64_t)x->op.a->ival), true) : false;
    if (!konst) return true;
    if (v < 0) {
        diag_error(x->span, "index %" PRId64 " is out of bounds: indices count from 0 (a negative index does not count "
                   "from the end)", v);
        return false;
    }
    Expr *b = e->index.base;
    Sym *s = b->kind == E_NAME ? b->name.sym : NULL;
    const TypeExpr *te = s && s->kind == SYM_PARAM && s->param ? s->param->ty : NULL;
    if (!nnew && te && te->is_array && dim < te->dims.len && ((Dim *)te->dims.items[dim])->kind == DIM_INT
        && dim < s->param->shape.rank && v >= s->param->shape.c[dim]) {
        diag_error(x->span, "index %" PRId64 " is out of bounds for dimension %d of '%s' (extent %" PRId64 ")", v, dim,
                   s->name, s->param->shape.c[dim]);
        diag_note(s->span, "'%s' is declared here", s->name);
        return false;
    }
    return true;
}

static Type *check_index(Ctx *c, Expr *e)
{
    typename_as_name(c, e->index.base);
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
    /* a[.., newaxis] (section 13): an extent of 1 that consumes no dimension
     * of a (`newaxis` is an ordinary name where a local of that name is seen) */
    int nnew = 0;
    for (int i = 0; i < e->index.idx.len; i++) {
        Expr *x = e->index.idx.items[i];
        if (x->kind == E_NAME && !strcmp(x->name.name, "newaxis") && !lookup(c, "newaxis")) {
            Span sp = x->span;
            memset(x, 0, sizeof *x);
            x->kind = E_RANGE;
            x->span = sp;
            x->range.newaxis = true;
        }
        if (x->kind == E_RANGE && x->range.newaxis) {
            x->ty = ty_scalar(T_RANGE);
            nnew++;
        }
    }
    /* a single index is checked once, here (checking it again below made nested
       accesses a[b[c[...]]] cost 2^depth: found by make fuzz) */
    Type *single = NULL;
    if (e->index.idx.len == 1 && ((Expr *)e->index.idx.items[0])->kind != E_RANGE) {
        Expr *x = e->index.idx.items[0];
        Type *tx = single = check_value(c, x);
        if (is_err(tx)) return tx;
        if (tx->kind == T_ARRAY && tx->elem == T_BOOL) {
            /* a mask read: the elements where the mask holds, row-major (section 14) */
            if (tx->rank != tb->rank) {
                diag_error(x->span, "a mask must have the shape of the array it selects from (rank %d), not rank %d",
                           tb->rank, tx->rank);
                return err_ty();
            }
            return ty_array(tb->elem, 1);
        }
        if (tx->kind == T_ARRAY) {
            if (!ty_is_int_kind(tx->elem)) {
                diag_error(x->span, "an index array must hold integers (a gather) or bools (a mask), not %s", what(tx));
                return err_ty();
            }
            if (tb->rank != 1) {
                diag_error(x->span, "a gather a[idx] needs a 1-D array, not one of rank %d", tb->rank);
                return err_ty();
            }
            return ty_array(tb->elem, tx->rank);
        }
    }
    if (e->index.idx.len - nnew != tb->rank) {
        diag_error(e->span, "array of rank %d indexed with %d subscript%s", tb->rank, e->index.idx.len - nnew,
                   e->index.idx.len - nnew == 1 ? "" : "s");
        if (nnew) diag_note(e->span, "each 'newaxis' adds a dimension of extent 1 and takes none of the array's");
        else if (e->index.idx.len < tb->rank) index_rank_note(e, tb->rank);
        return err_ty();
    }
    int ranges = 0;
    for (int i = 0; i < e->index.idx.len; i++) {
        Expr *x = e->index.idx.items[i];
        if (x->kind == E_RANGE && x->range.newaxis) { ranges++; continue; }
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
        Type *tx = single ? single : check_value(c, x);
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
        if (!const_index_ok(e, x, i, nnew)) return err_ty();
    }
    if (ranges > 4) {
        diag_error(e->span, "this slice would have rank %d (at most 4)", ranges);
        return err_ty();
    }
    if (!ranges) return ty_scalar(tb->elem);
    /* for messages: a whole dimension (`..`) keeps its declared extent, a
       newaxis is 1, a part of one is unnamed (`_`) */
    Type *rt = ty_array(tb->elem, ranges);
    for (int i = 0, out = 0, dim = 0; i < e->index.idx.len; i++) {
        const Expr *x = e->index.idx.items[i];
        if (x->kind == E_RANGE && x->range.newaxis) { rt->dims[out++] = "1"; continue; }
        if (x->kind == E_RANGE) rt->dims[out++] = !x->range.lo && !x->range.hi ? tb->dims[dim] : NULL;
        dim++;
    }
    return rt;
}

static Type *check_expr_inner(Ctx *c, Expr *e)
{
    switch (e->kind) {
    case E_INT: return ty_scalar(T_ILIT);
    case E_FLOAT: return ty_scalar(e->flt.f32 ? T_F32 : e->flt.imag ? T_CLIT : T_FLIT);
    case E_BOOL: return ty_scalar(T_BOOL);
    case E_NAME: {
        Sym *s = lookup(c, e->name.name);
        if (!s) {
            if (find_fn(c->mod, e->name.name) || builtin_lookup(e->name.name) >= 0)
                diag_error(e->span, "function '%s' used as a value", e->name.name);
            else {
                diag_error(e->span, "use of undeclared identifier '%s'", e->name.name);
                const char *nm = e->name.name;
                if (!strcmp(nm, "True") || !strcmp(nm, "False"))
                    diag_note(e->span, "arr's booleans are 'true' and 'false'");
                else if (!strcmp(nm, "inf") || !strcmp(nm, "INFINITY") || !strcmp(nm, "infinity") || !strcmp(nm, "Inf"))
                    diag_note(e->span, "arr has no name for infinity: write 1.0 / 0.0 (a float division by zero is not an error)");
                else if (!strcmp(nm, "nan") || !strcmp(nm, "NAN") || !strcmp(nm, "NaN"))
                    diag_note(e->span, "arr has no name for NaN: write 0.0 / 0.0 (test for it with isnan(x))");
                else if (!strcmp(nm, "pi") || !strcmp(nm, "M_PI") || !strcmp(nm, "PI"))
                    diag_note(e->span, "arr has no name for pi: write 3.141592653589793 (or bind it: let pi = 3.141592653589793;)");
                else
                    note_similar(c, e->span, e->name.name, true, false);
            }
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
        if (typename_as_name(c, e)) return check_expr_inner(c, e);
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

Type *check_expr(Ctx *c, Expr *e)
{
    e->ty = check_expr_inner(c, e);
    return e->ty;
}

/* Checks `value` against the declared type `want` (for let/var/assign/return). */
bool check_assignable(Expr *value, Type *vt, Type *want, const char *ctx)
{
    if (is_err(vt) || is_err(want)) return false;
    if (want->kind == T_ARRAY || vt->kind == T_ARRAY) {
        bool lit = vt->kind == want->kind && is_weak(vt->elem) && want->elem != T_BOOL && unify(vt->elem, want->elem) == want->elem;
        if (vt->kind != want->kind || (vt->elem != want->elem && !lit) || vt->rank != want->rank) {
            diag_error(value->span, "%s: expected %s, found %s", ctx, what(want), what(vt));
            if (vt->kind == T_ARRAY && want->kind != T_ARRAY)
                diag_note(value->span, "an array is no scalar: reduce it (sum, minimum, ...) or take one element");
            else if (vt->kind == T_ARRAY && want->kind == T_ARRAY && vt->rank == want->rank && vt->elem != want->elem)
                conversion_note(value->span, want->elem, vt->elem, true);
            return false;
        }
        if (lit) coerce(value, want->elem);    /* let k: f32[3] = [0.25, 0.5, 0.25]; */
        return true;
    }
    TyKind k = vt->kind;
    bool ok = k == want->kind || (is_weak(k) && want->kind != T_BOOL && unify(k, want->kind) == want->kind);
    if (!ok) {
        diag_error(value->span, "%s: expected '%s', found %s", ctx, ty_kind_name(want->kind), what(vt));
        if (ty_is_complex_kind(k) && ty_is_float_kind(want->kind))
            diag_note(value->span, "a complex number is no real one: take real(...), imag(...) or abs(...) of it");
        else
            conversion_note(value->span, want->kind, k, false);
        return false;
    }
    coerce(value, want->kind);
    return true;
}

/* Constant extents (the others are run-time values) whose elements would
 * take more than 2^63 bytes: no memory holds them, and the generated C's
 * sizes and flat indices would overflow.  An error at `at`; false then. */
bool const_extents_fit(TyKind elem, const int64_t *ext, int n, Span at)
{
    int64_t bytes = elem == T_C128 ? 16 : elem == T_BOOL ? 1 : ty_is_int_kind(elem) ? ty_int_bits(elem) / 8
                  : elem == T_F32 ? 4 : 8;
    uint64_t total = (uint64_t)bytes;
    char shape[160] = "";
    size_t at_c = 0;
    bool over = false;
    for (int i = 0; i < n; i++) {
        if (ext[i] < 0) continue;           /* a run-time extent */
        at_c += (size_t)snprintf(shape + at_c, at_c < sizeof shape ? sizeof shape - at_c : 0, "%s%" PRId64,
                                 at_c ? " x " : "", ext[i]);
        if (ext[i] && total > (uint64_t)INT64_MAX / (uint64_t)ext[i]) over = true;
        else total *= (uint64_t)ext[i];
        if (!ext[i]) return true;           /* empty */
    }
    if (!over) return true;
    diag_error(at, "an array of %s '%s' elements is larger than any memory (over 2^63 bytes)", shape, ty_kind_name(elem));
    return false;
}

Type *type_from_expr(Ctx *c, TypeExpr *t)
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
    int64_t ext[4];
    for (int i = 0; i < t->dims.len; i++) {
        const Dim *d = t->dims.items[i];
        ext[i] = d->kind == DIM_INT ? d->value : -1;
    }
    if (!const_extents_fit(t->scalar, ext, t->dims.len, t->span)) return err_ty();
    Type *a = ty_array(t->scalar, t->dims.len);
    for (int i = 0; i < t->dims.len; i++) {      /* for messages: f64[n, 3] as written */
        const Dim *d = t->dims.items[i];
        a->dims[i] = d->kind == DIM_NAME ? d->name : d->kind == DIM_INT ? arena_printf("%" PRId64, d->value) : NULL;
    }
    return a;
}
