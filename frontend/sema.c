/* sema.c — types, literal typing and statements (signatures and whole
 * functions: sema_fn.c).
 *
 * Typing is bottom-up; untyped literals get T_ILIT / T_FLIT and are fixed
 * by coerce() once their context is known (or defaulted to i64/f64 at the
 * end of an expression).  Internal functions are checked before their
 * callers so that recursion is found as a call to a function whose check
 * is still in progress.  The other parts of the checker are listed in
 * sema_int.h. */
#include "sema_int.h"
#include <ctype.h>

/* ---- literal kinds and coercion ---- */

/* Complex with a number (section 12): complex, its parts as wide as the
 * wider float of the two (c64 with f32 or an integer: c64; c64 with f64:
 * c128); a complex literal takes the other operand's width (f32: c64). */
static TyKind unify_complex(TyKind a, TyKind b)
{
    if (!ty_is_scalar_kind(a) || !ty_is_scalar_kind(b)) return T_ERROR;
    if (a == T_CLIT && b == T_CLIT) return T_CLIT;
    if (a == T_CLIT && (b == T_ILIT || b == T_FLIT)) return T_CLIT;
    if (b == T_CLIT && (a == T_ILIT || a == T_FLIT)) return T_CLIT;
    /* part widths: 32 for c64 and f32, 64 for c128 and f64, 0 for the rest */
    int wa = a == T_C64 || a == T_F32 ? 32 : a == T_C128 || a == T_F64 ? 64 : 0;
    int wb = b == T_C64 || b == T_F32 ? 32 : b == T_C128 || b == T_F64 ? 64 : 0;
    int w = wa > wb ? wa : wb;
    return w == 32 ? T_C64 : T_C128;
}

/* The kind two numeric operands compute in (section 2), or T_ERROR. */
TyKind unify(TyKind a, TyKind b)
{
    if (a == b) return a;
    if (a == T_BOOL || b == T_BOOL) return T_ERROR;
    if (ty_is_complex_kind(a) || ty_is_complex_kind(b)) return unify_complex(a, b);
    if (!ty_is_numeric_kind(a) || !ty_is_numeric_kind(b)) return T_ERROR;
    if (a == T_ILIT) return b;
    if (b == T_ILIT) return a;
    if (a == T_FLIT) return ty_is_float_kind(b) ? b : T_F64;
    if (b == T_FLIT) return ty_is_float_kind(a) ? a : T_F64;
    bool fa = ty_is_float_kind(a), fb = ty_is_float_kind(b);
    if (fa && fb) return T_F64;           /* f32 with f64 */
    if (fa) return a;                     /* an integer with a float: that float */
    if (fb) return b;
    /* two integer types: the wider (section 12); signed and unsigned of one
       width do not mix (sign_mix_note says so) */
    int ba = ty_int_bits(a), bb = ty_int_bits(b);
    if (ba == bb) return T_ERROR;
    return ba > bb ? a : b;
}

/* After an error about operands of kinds a and b: the hint for signed and
 * unsigned integers of one width (i32 and u32), which need a conversion. */
void sign_mix_note(Span at, TyKind a, TyKind b)
{
    if (!ty_is_int_kind(a) || !ty_is_int_kind(b) || is_weak(a) || is_weak(b) || a == b || ty_int_bits(a) != ty_int_bits(b))
        return;
    diag_note(at, "signed and unsigned integers of the same width do not mix; convert one operand with %s(...) or %s(...)",
              ty_kind_name(a), ty_kind_name(b));
}

Type *with_elem(const Type *shape, TyKind k)
{
    if (shape->kind != T_ARRAY) return ty_scalar(k);
    Type *t = ty_array(k, shape->rank);
    memcpy(t->dims, shape->dims, sizeof t->dims);   /* the same extents */
    return t;
}

/* The largest literal magnitude an integer kind takes: its maximum, and
 * for a signed kind the maximum + 1 after a minus sign (-128 for i8; alone,
 * 128 is out of range for i8: it was taken as -128, a wrong value found by
 * an audit); an unsigned kind takes a negated literal up to its maximum and
 * wraps (-1 as u8 is 255, as in C). */
static uint64_t int_limit(TyKind k)
{
    int bits = ty_int_bits(k);
    uint64_t max = ty_is_unsigned_kind(k) ? (bits == 64 ? UINT64_MAX : (UINT64_C(1) << bits) - 1)
                                          : (UINT64_C(1) << (bits - 1)) - 1;
    return ty_is_unsigned_kind(k) ? max : max + 1;
}

/* Fixes the literal kinds inside e to k (a concrete scalar kind). */
void coerce(Expr *e, TyKind k)
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
    if (from == T_CLIT && !ty_is_complex_kind(k)) {
        diag_error(e->span, "complex value used where '%s' is required", ty_kind_name(k));
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
        if (k == T_I64 && e->ival > (uint64_t)INT64_MAX)
            diag_error(e->span, "integer literal is too large for i64");
        else if (ty_is_int_kind(k) && e->ival > int_limit(k) - !ty_is_unsigned_kind(k))   /* 128 is no i8: only -128 */
            diag_error(e->span, "integer literal %" PRIu64 " is out of range for %s", e->ival, ty_kind_name(k));
        break;
    case E_UNARY:
        e->op.opk = k;
        if (e->op.op == OP_NEG && e->op.a->kind == E_INT) {
            e->op.a->ty = ty_scalar(k);
            if (ty_is_int_kind(k) && e->op.a->ival > int_limit(k))
                diag_error(e->span, "integer literal -%" PRIu64 " is out of range for %s", e->op.a->ival, ty_kind_name(k));
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
void check_int_literal_i64(Expr *e)
{
    if (e->kind == E_INT && e->ival > (uint64_t)INT64_MAX)
        diag_error(e->span, "integer literal is too large for i64");
}

/* Gives every remaining literal its default kind (i64, f64). */
void finish(Expr *e)
{
    if (!is_err(e->ty) && is_weak(elem_of(e->ty)))
        coerce(e, ty_default(elem_of(e->ty)));
    if (e->ty->kind == T_TUPLE)
        for (int i = 0; i < e->tuple.len && e->kind == E_TUPLE; i++) finish(e->tuple.items[i]);
}

/* ---- statements ---- */

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
    /* let b = a / a[..] and var b = a name a's memory; so does a var b =
       a[..] or transpose(a) that is never rebound (a view, as a let is); one
       that is rebound somewhere holds a copy (a var's buffer is its own) */
    bool fixed = s->kind == S_LET || (n == 1 && !var_rebound(c, s, ((Ident *)s->let.names.items[0])->name));
    bool copies = !fixed && s->let.init->kind == E_INDEX;
    Sym *alias = n == 1 && !is_err(t) && t->kind == T_ARRAY && !copies ? root_sym(s->let.init) : NULL;
    for (int i = 0; i < n; i++) {
        Ident *id = s->let.names.items[i];
        Type *ti = is_err(t) ? t : t->kind == T_TUPLE ? t->elts[i] : t;
        id->sym = declare(c, id->name, s->kind == S_VAR ? SYM_VAR : SYM_LET, ti, id->span);
        id->sym->alias_of = alias;      /* let b = a / a[..]: b is a's memory */
        if (n > 1 && s->let.init->kind == E_TUPLE && ti->kind == T_ARRAY && i < s->let.init->tuple.len)
            id->sym->alias_of = root_sym(s->let.init->tuple.items[i]);      /* let (p, q) = (c, 0.0): p is c */
        const Expr *ce = s->let.init;
        if (n > 1 && ce->kind == E_CALL && ce->call.fn && ce->call.fn->ret_params && ti->kind == T_ARRAY
            && i < ce->call.fn->nresults && ce->call.fn->ret_params[i] && ce->call.fn->ret_params[i] <= ce->call.args.len)
            id->sym->alias_of = root_sym(ce->call.args.items[ce->call.fn->ret_params[i] - 1]);   /* let (p, q) = two(c): p is c */
        /* (a var bound to a view and rebound later is lowered to a buffer of its own;
           a let of a slice or transpose of a temporary is a view too: `let b =
           transpose(fill(6, m, n))`, found by make fuzz, seed 744049831-asan
           program 138: a crash) */
        if (!is_err(ti) && ti->kind == T_ARRAY && fixed) {
            const Expr *x = s->let.init;
            if (n > 1) x = x->kind == E_TUPLE && i < x->tuple.len ? x->tuple.items[i] : NULL;
            id->sym->view = x && is_view_value(x);
        }
        id->sym->used |= id->synthetic; /* not the user's: never "unused" */
        if (s->kind == S_VAR && n == 1 && !fixed && !is_err(t) && t->kind == T_ARRAY)
            note_view_copy(c, id->sym, s->let.init, s->let.init->span, false);
    }
}

/* a[.., j], a[1..n]: an index with a range and no index array (a gather or
   a mask read builds a new array; all scalars read an element) */
bool is_slice(const Expr *e)
{
    if (e->kind != E_INDEX) return false;
    bool range = false;
    for (int i = 0; i < e->index.idx.len; i++) {
        const Expr *x = e->index.idx.items[i];
        if (x->kind == E_RANGE) range = true;
        else if (x->ty && x->ty->kind == T_ARRAY) return false;
    }
    return range;
}

/* Section 5: a comprehension body must not write arrays or vars declared
 * outside it (directly, through a let alias, or through a slice). */
bool outside_write(Ctx *c, Sym *sym, Span at, const char *what)
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

/* A var started as an integer (var s = 0;) that is given float values:
 * notes its declaration (the usual slip when summing). */
static void int_start_note(const Sym *sym, const Type *ty, const Type *vt)
{
    if (sym && sym->kind == SYM_VAR && ty->kind != T_ARRAY && vt->kind != T_ARRAY && ty_is_int_kind(elem_of(ty))
        && ty_is_float_kind(elem_of(vt)))
        diag_note(sym->span, "'%s' is '%s' from its initial value: start it as a float (0.0, not 0) "
                  "to hold '%s' values", sym->name, ty_kind_name(elem_of(ty)), ty_kind_name(elem_of(vt)));
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
        const char *who = tg->kind == E_NAME ? arena_printf("'%s'", tg->name.name)
                          : tg->kind == E_INDEX && tg->index.base->kind == E_NAME
                          ? arena_printf("the elements of '%s'", tg->index.base->name.name) : "the target";
        if (tg->kind == E_NAME) {
            diag_error(s->span, "compound assignment changes the type of %s from %s to %s", who, what(tg->ty), what(bt));
            int_start_note(tg->name.sym, tg->ty, bt);
        } else
            diag_error(s->span, "compound assignment changes the type of %s from %s to %s", who,
                       ty_kind_name(elem_of(tg->ty)), ty_kind_name(elem_of(bt)));
        return err_ty();
    }
    return bin->ty;
}

/* A store through sym writes it and the array it aliases (a parameter
 * written through `let y = x` is written: callers' checks and the C const
 * follow). */
static void mark_written(Sym *sym)
{
    for (; sym; sym = sym->alias_of) sym->written = true;
}

/* a[m] = e, a[m] op= e (section 14): e is a scalar or an array of a's
 * shape; where m holds, a's element becomes e's (or a's op e's).  The
 * statement's value becomes e, or the binary a op e whose operands and
 * operator kind the lowering reads (it evaluates the operation only where m
 * holds: an integer division by zero elsewhere is no error). */
static void check_mask_store(Ctx *c, Stmt *s)
{
    Expr *tg = s->assign.target, *base = tg->index.base;
    if (base->kind != E_NAME) {
        diag_error(base->span, "only a named array can be stored to");
        check_expr(c, s->assign.value);
        return;
    }
    Sym *bs = base->name.sym;
    if (bs && bs->kind == SYM_STENCIL) {
        diag_error(tg->span, "a stencil kernel cannot store through a mask");
        return;
    }
    if (outside_write(c, bs, tg->span, "store into")) return;
    mark_written(bs);
    Type *vt = check_value(c, s->assign.value);
    if (is_err(vt)) return;
    if (vt->kind == T_ARRAY && vt->rank != base->ty->rank) {
        diag_error(s->assign.value->span, "a mask store takes a scalar or an array of the shape of '%s' (rank %d), not %s",
                   bs ? bs->name : "the array", base->ty->rank, what(vt));
        return;
    }
    if (s->assign.op == OP_ASSIGN) {
        check_assignable(s->assign.value, vt, vt->kind == T_ARRAY ? base->ty : ty_scalar(base->ty->elem),
                         "stored value has the wrong type");
        return;
    }
    Expr *bin = ast_expr(E_BINARY, s->span);
    bin->op.op = s->assign.op;
    bin->op.a = base;
    bin->op.b = s->assign.value;
    Type *bt = check_binary(c, bin);
    if (is_err(bt)) return;
    bin->ty = bt;
    s->assign.value = bin;
    if (is_weak(elem_of(bt))) coerce(bin, elem_of(base->ty));
    else if (elem_of(bt) != elem_of(base->ty)) {
        diag_error(s->span, "compound assignment changes the type of the elements of '%s' from %s to %s",
                   bs ? bs->name : "the array", ty_kind_name(elem_of(base->ty)), ty_kind_name(elem_of(bt)));
    }
}

static void check_assign(Ctx *c, Stmt *s)
{
    Expr *tg = s->assign.target;
    typename_as_name(c, tg);
    if (tg->kind == E_INDEX) typename_as_name(c, tg->index.base);
    if (tg->kind == E_NAME) {
        Sym *sym = find_sym(c, tg->name.name);     /* x = e and x op= e do not read x for -Wunused-variable */
        if (!sym) {
            if (find_fn(c->mod, tg->name.name) || builtin_lookup(tg->name.name) >= 0)
                diag_error(tg->span, "cannot assign to function '%s'", tg->name.name);
            else {
                diag_error(tg->span, "use of undeclared identifier '%s'", tg->name.name);
                note_similar(c, tg->span, tg->name.name, true, false);
            }
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
            if (check_assignable(s->assign.value, vt0, sym->ty, "assigned value has the wrong type")) {
                if (s->assign.op == OP_ASSIGN) note_view_copy(c, sym, s->assign.value, s->assign.value->span, true);
            } else {
                int_start_note(sym, sym->ty, vt0);
            }
            return;
        }
    } else if (tg->kind == E_INDEX) {
        if (is_err(check_expr(c, tg))) { check_expr(c, s->assign.value); return; }
        if (is_mask_index(tg)) { check_mask_store(c, s); return; }
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
            if (!c->stencil->stencil.first_write[bs->param_index]) c->stencil->stencil.first_write[bs->param_index] = tg;
        }
        if (outside_write(c, bs, tg->span, "store into")) return;
        mark_written(bs);
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
    if (tg->kind == E_INDEX && tg->ty->kind == T_ARRAY && vt->kind == T_ARRAY && vt->rank < tg->ty->rank) {
        /* a range store of an array of lower rank: broadcast to the box as
           in NumPy (section 13; its extents are checked by lower-dir) */
        check_assignable(s->assign.value, vt, ty_array(tg->ty->elem, vt->rank), "stored value has the wrong type");
        return;
    }
    if (!check_assignable(s->assign.value, vt, tg->ty, "assigned value has the wrong type")) {
        if (tg->kind == E_NAME) int_start_note(tg->name.sym, tg->ty, vt);
    } else if (tg->kind == E_NAME && tg->ty->kind == T_ARRAY) {
        note_view_copy(c, tg->name.sym, s->assign.value, s->assign.value->span, true);   /* v = a[1..n] */
    }
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
        if (!check_assignable(v, v->ty, f->result_tys[i], "returned value has the wrong type") && f->ret)
            diag_note(f->ret->is_tuple && i < f->ret->elts.len ? ((TypeExpr *)f->ret->elts.items[i])->span : f->ret->span,
                      "the result type of '%s' is declared here", f->name);
        /* a single array result that is a parameter itself (by its name or
           a let alias of it; a slice is returned as a copy with an anonymous
           extent, and not counted): a caller's `let b = f(c)` names c
           (root_sym; found by an acceptance probe: a comprehension body
           wrote c through `let b = id(c)`) */
        Sym *rs = v->ty->kind == T_ARRAY && v->kind == E_NAME ? root_sym(v) : NULL;
        if (rs && rs->kind == SYM_PARAM && n == 1 && !f->ret_param)
            for (int k = 0; k < f->params.len; k++)
                if (((Param *)f->params.items[k])->id.sym == rs) f->ret_param = k + 1;
        /* likewise an element of a tuple result: `let (p, q) = two(c)` names c by p */
        if (rs && rs->kind == SYM_PARAM && n > 1) {
            if (!f->ret_params) f->ret_params = arena_alloc(sizeof(int) * (size_t)n);   /* zeroed */
            for (int k = 0; k < f->params.len && !f->ret_params[i]; k++)
                if (((Param *)f->params.items[k])->id.sym == rs) f->ret_params[i] = k + 1;
        }
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
        /* (a bound that is not an integer is one error: not coerced again) */
        if (!is_err(check_scalar_of(c, r->range.lo, T_I64, "the start of a range"))) coerce(r->range.lo, T_I64);
        if (!is_err(check_scalar_of(c, r->range.hi, T_I64, "the end of a range"))) coerce(r->range.hi, T_I64);
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
        if (s->expr->kind == E_CALL && !is_err(s->expr->ty) && s->expr->ty->kind != T_VOID) {
            finish(s->expr);
            /* `sqrt(x);`: a builtin returns a new value and changes no argument */
            if (!find_fn(c->mod, s->expr->call.name) && builtin_lookup(s->expr->call.name) >= 0)
                diag_warning(W_UNUSED_VALUE, s->expr->span, "the result of '%s' is unused: builtins return a new value "
                             "and do not change their arguments", s->expr->call.name);
        }
        break;
    }
}

void check_stmts(Ctx *c, PtrList *l)
{
    PtrList *save = c->stmts;
    int save_at = c->stmt_at;
    c->stmts = l;
    for (int i = 0; i < l->len; i++) {
        c->stmt_at = i;
        check_stmt(c, l->items[i]);
        c->stmts = l;       /* (nested lists set it while their statements are checked) */
    }
    c->stmts = save;
    c->stmt_at = save_at;
}

