/* lower_dir.c — checked AST to Domain IR.
 *
 * Before: a module that passed sema.  After: one IrFunc per exported
 * function, internal functions inlined (returns become assignments, plus a
 * goto when not in tail position), every whole-array operation the value of
 * an assignment to a fresh temporary, with its .arr span, and an IS_CHECK
 * before every operation whose shapes are not provably equal. */
#include "passes.h"
#include "sema.h"
#include <string.h>

typedef struct Frame {
    FnDecl *fn;
    IExpr **env;            /* Sym id -> value (IE_CONST / IE_VAR) */
    Var **res;              /* inlined: result variables */
    IExpr **res_val;        /* inlined, single tail return: the value itself */
    int end_label;          /* inlined: label after the body, or -1 */
    bool top;
} Frame;

/* An i64 value known as var + c (var NULL: the constant c). */
typedef struct Affine { Var *var; int64_t c; bool ok; } Affine;

typedef struct PinnedVar { Var *var; Sym *sym; } PinnedVar;

typedef struct ExtMemo { PtrList *list; Var *var; int64_t c; Var *ext; } ExtMemo;

/* The stencil kernel being lowered: its parameters' current buffers, the
 * loop indices, and how out-of-bounds reads are mapped. */
typedef struct StCtx {
    Expr *e;
    struct Frame *fr;       /* the frame the kernel is lowered in (its own return is the rotation) */
    Var **cur;
    Var *idx[4];
    Ext dims[4];
    int mode;               /* -1: interior (no mapping), else a StencilMode */
} StCtx;

/* The labels of the innermost source loop's break and continue (-1: not
 * used yet; made when a break or continue first needs one). */
typedef struct LoopLabels { int brk, cont; } LoopLabels;

typedef struct L {
    IrProgram *p;
    VEC(LoopLabels) loops;  /* enclosing for/while loops, innermost last */
    StCtx *st;
    VEC(ExtMemo) exts;      /* extents max(var + c, 0) already computed, per statement list */
    VEC(ExtMemo) affine;    /* temporaries known to hold var + c (ext: the temporary) */
    IrFunc *f;
    PtrList *out;           /* where statements go */
    Frame *fr;
    int in_map;             /* lowering the body of a map: no domain nodes */
    bool map_reported;      /* ... and that error was given for this function */
    int ntemp;
    /* `var` arrays lowered with the extents of their initial value (pinned);
     * a later rebinding to an array whose extents are not provably the same
     * puts the var's symbol in `unpinned` and asks for the function to be
     * lowered again (lower_dir). */
    VEC(Sym *) unpinned;
    VEC(PinnedVar) pinned;
    bool relower;
} L;

static void emit(L *l, IStmt *s) { plist_push(l->out, s); }

static const char *tmpname(L *l, const char *base) { return arena_printf("%s%d", base, ++l->ntemp); }

static Var *temp(L *l, TyKind k, int rank, Span s) { return ir_var(l->f, tmpname(l, "t"), k, rank, V_TEMP, s); }

static IExpr *conv_to(IExpr *e, TyKind k)
{
    if (e->ty == k) return e;
    if (e->kind == IE_CONST) {
        IExpr *c = ir_expr(IE_CONST, k, e->span);
        if (ty_is_float_kind(k)) c->c.f = ty_is_float_kind(e->ty) ? e->c.f : (double)e->c.i;
        else { c->c.i = e->c.i; c->c.f = (double)e->c.i; }
        if (ty_is_int_kind(k) && !ty_is_float_kind(e->ty)) return c;
        if (ty_is_float_kind(k)) return c;
    }
    IExpr *c = ir_expr(IE_CONV, k, e->span);
    c->conv = e;
    return c;
}

static bool is_array(IExpr *e) { return e->kind == IE_VAR && e->var->rank > 0; }

static Affine affine_of(L *l, const IExpr *e);
static IExpr *binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s);
static Ext ext_of(L *l, IExpr *e, Span s);

/* Gives a value a variable: constants and immutable variables stay as they are. */
static IExpr *materialize(L *l, IExpr *e, const char *name, Span s)
{
    if (e->kind == IE_CONST || (e->kind == IE_VAR && !e->var->is_mutable)) return e;
    Var *v = ir_var(l->f, name ? name : tmpname(l, "t"), e->ty, 0, name ? V_LOCAL : V_TEMP, s);
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = v;
    st->assign.val = e;
    emit(l, st);
    if (e->ty == T_I64) {
        Affine a = affine_of(l, e);
        if (a.ok && a.var) {
            ExtMemo m = { l->out, a.var, a.c, v };
            VEC_PUSH(l->affine, m);
        }
    }
    return ir_varref(v, s);
}

static Affine affine_of(L *l, const IExpr *e)
{
    Affine a = { NULL, 0, false };
    if (e->kind == IE_CONST && ty_is_int_kind(e->ty)) { a.c = e->c.i; a.ok = true; return a; }
    if (e->kind == IE_VAR && !e->var->rank && e->var->elem == T_I64 && !e->var->is_mutable) {
        for (int i = 0; i < l->affine.len; i++)
            if (l->affine.items[i].ext == e->var) {
                a.var = l->affine.items[i].var;
                a.c = l->affine.items[i].c;
                a.ok = true;
                return a;
            }
        a.var = e->var;
        a.ok = true;
        return a;
    }
    if (e->kind == IE_BINOP && (e->op.op == OP_ADD || e->op.op == OP_SUB) && e->op.opk == T_I64) {
        Affine x = affine_of(l, e->op.a), y = affine_of(l, e->op.b);
        if (x.ok && y.ok && !y.var) {
            x.c = e->op.op == OP_ADD ? x.c + y.c : x.c - y.c;
            return x;
        }
        if (x.ok && y.ok && !x.var && e->op.op == OP_ADD) { y.c += x.c; return y; }
    }
    return a;
}

/* The extent of lo..hi, max(hi - lo, 0), as an Ext: computed once per
 * statement list for equal affine forms, so that equal ranges written
 * differently (1..n-1 and 0..n-2) give provably equal shapes. */
static Ext range_extent(L *l, IExpr *lo, IExpr *hi, Span s)
{
    Affine a = affine_of(l, hi), b = affine_of(l, lo);
    Ext x = { NULL, 0 };
    if (a.ok && b.ok && (!b.var || a.var == b.var)) {
        Var *base = b.var ? NULL : a.var;
        int64_t c = a.c - b.c;
        if (!base) { x.c = c > 0 ? c : 0; return x; }
        if (c == 0 && (base->kind == V_SIZE || base->nonneg)) { x.var = base; return x; }
        for (int i = 0; i < l->exts.len; i++) {
            ExtMemo *m = &l->exts.items[i];
            if (m->list == l->out && m->var == base && m->c == c) { x.var = m->ext; return x; }
        }
        IExpr *val = c > 0 ? binop(OP_ADD, T_I64, T_I64, ir_varref(base, s), ir_const_i(T_I64, c, s), s)
                   : c < 0 ? binop(OP_SUB, T_I64, T_I64, ir_varref(base, s), ir_const_i(T_I64, -c, s), s)
                   : ir_varref(base, s);
        IExpr *sel = ir_expr(IE_SELECT, T_I64, s);
        sel->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(val), ir_const_i(T_I64, 0, s), s);
        sel->sel.a = val;
        sel->sel.b = ir_const_i(T_I64, 0, s);
        x = ext_of(l, sel, s);
        ExtMemo m = { l->out, base, c, x.var };
        VEC_PUSH(l->exts, m);
        return x;
    }
    IExpr *diff = binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s);
    IExpr *sel = ir_expr(IE_SELECT, T_I64, s);
    sel->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s);
    sel->sel.a = diff;
    sel->sel.b = ir_const_i(T_I64, 0, s);
    return ext_of(l, sel, s);
}

/* An extent from an i64 value: immutable variables and constants are used
 * directly, anything else is computed once into a temporary. */
static Ext ext_of(L *l, IExpr *e, Span s)
{
    Ext x = {0};
    e = conv_to(e, T_I64);
    if (e->kind == IE_CONST) { x.c = e->c.i; return x; }
    e = materialize(l, e, NULL, s);
    x.var = e->var;
    return x;
}

static void check(L *l, IExpr *cond, Span s, const char *msg)
{
    IStmt *st = ir_stmt(IS_CHECK, s);
    st->check.cond = cond;
    st->check.msg = arena_printf("%s: error: %s", diag_where(s), msg);
    emit(l, st);
}

static IExpr *binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(b ? IE_BINOP : IE_UNOP, ty, s);
    e->op.op = op;
    e->op.opk = opk;
    e->op.a = a;
    e->op.b = b;
    return e;
}

static const char *shape_str(const Var *v)
{
    Buf b = {0};
    buf_printf(&b, "%s[", ty_kind_name(v->elem));
    for (int i = 0; i < v->rank; i++) {
        if (i) buf_puts(&b, ", ");
        if (v->dims[i].var) buf_puts(&b, v->dims[i].var->name);
        else buf_printf(&b, "%lld", (long long)v->dims[i].c);
    }
    buf_putc(&b, ']');
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

/* Emits a run-time check that a and b have equal extents, unless provable. */
static void check_same_shape(L *l, const Var *a, const Var *b, Span s, const char *what)
{
    IExpr *cond = NULL;
    for (int i = 0; i < a->rank; i++) {
        if (ext_equal(a->dims[i], b->dims[i])) continue;
        if (!a->dims[i].var && !b->dims[i].var) {
            diag_error(s, "shape mismatch in %s: extent %lld and extent %lld differ in dimension %d", what,
                       (long long)a->dims[i].c, (long long)b->dims[i].c, i);
            return;
        }
        IExpr *c = binop(OP_EQ, T_BOOL, T_I64, ir_ext(a->dims[i], s), ir_ext(b->dims[i], s), s);
        cond = cond ? binop(OP_AND, T_BOOL, T_BOOL, cond, c, s) : c;
    }
    if (cond)
        check(l, cond, s, arena_printf("shape mismatch in %s: %s and %s ('%s' and '%s' differ at run time)", what,
                                       a->name, b->name, shape_str(a), shape_str(b)));
}

static Var *emit_domain(L *l, IExpr *dom, TyKind elem, int rank, const Ext *dims, Span s)
{
    if (l->in_map && !l->map_reported) {
        diag_error(s, "whole-array operations inside a function called elementwise are not supported");
        l->map_reported = true;
    }
    Var *v = temp(l, elem, rank, s);
    for (int i = 0; i < rank; i++) v->dims[i] = dims[i];
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = v;
    st->assign.val = dom;
    emit(l, st);
    return v;
}

/* ---- elementwise operations ---- */

typedef struct MapB { IExpr *map; Var *shape; } MapB;

/* If any operand is an array, starts a map over the arrays and replaces each
 * array operand by its per-element scalar.  Returns whether it did. */
static bool map_begin(L *l, MapB *mb, int n, IExpr **ops, Span s, const char *what)
{
    mb->map = NULL;
    mb->shape = NULL;
    for (int i = 0; i < n; i++) {
        if (!ops[i] || !is_array(ops[i])) continue;
        if (!mb->map) {
            mb->map = ir_expr(IE_MAP, ops[i]->var->elem, s);
            mb->map->map.args = arena_alloc(sizeof(Var *) * (size_t)n);
            mb->map->map.elems = arena_alloc(sizeof(Var *) * (size_t)n);
            mb->map->map.what = what;
            mb->shape = ops[i]->var;
        } else {
            check_same_shape(l, mb->shape, ops[i]->var, s, arena_printf("'%s'", what));
        }
        IExpr *m = mb->map;
        int k;
        for (k = 0; k < m->map.n; k++)
            if (m->map.args[k] == ops[i]->var) break;
        if (k == m->map.n) {
            m->map.args[k] = ops[i]->var;
            m->map.elems[k] = ir_var(l->f, arena_printf("%s_e", ops[i]->var->name), ops[i]->var->elem, 0, V_TEMP, s);
            m->map.n++;
        }
        ops[i] = ir_varref(m->map.elems[k], s);
    }
    return mb->map != NULL;
}

static IExpr *map_end(L *l, MapB *mb, IExpr *result)
{
    IExpr *m = mb->map;
    m->map.result = result;
    m->ty = result->ty;
    Var *v = emit_domain(l, m, result->ty, mb->shape->rank, mb->shape->dims, m->span);
    return ir_varref(v, m->span);
}

/* ---- expressions ---- */

static IExpr *lower_expr(L *l, Expr *e);
static void lower_stmts(L *l, PtrList *body, bool tail);
static int lower_call(L *l, Expr *e, IExpr **out, int max);

static IExpr *lower_unary(L *l, Expr *e)
{
    IExpr *a = lower_expr(l, e->op.a);
    MapB mb;
    bool m = map_begin(l, &mb, 1, &a, e->span, op_spelling[e->op.op]);
    IExpr *r = binop(e->op.op, e->op.opk, e->op.opk, conv_to(a, e->op.opk), NULL, e->span);
    return m ? map_end(l, &mb, r) : r;
}

/* Lowers e into its own statement list (for code that runs conditionally). */
static IExpr *lower_into(L *l, Expr *e, PtrList *into)
{
    PtrList *save = l->out;
    l->out = into;
    IExpr *v = lower_expr(l, e);
    l->out = save;
    return v;
}

static void assign(L *l, Var *dst, IExpr *val, Span s);

/* Scalar a && b, a || b: when b needs statements of its own (an inlined
 * call), they run only when b is evaluated, as C's short circuit would. */
static IExpr *lower_short_circuit(L *l, Expr *e)
{
    IExpr *a = lower_expr(l, e->op.a);
    PtrList bl = {0};
    IExpr *b = lower_into(l, e->op.b, &bl);
    if (!bl.len) return binop(e->op.op, T_BOOL, T_BOOL, a, b, e->span);
    Var *r = ir_var(l->f, tmpname(l, "t"), T_BOOL, 0, V_TEMP, e->span);
    r->is_mutable = true;
    assign(l, r, a, e->span);
    IStmt *st = ir_stmt(IS_IF, e->span);
    IExpr *rv = ir_varref(r, e->span);
    st->if_.cond = e->op.op == OP_AND ? rv : binop(OP_NOT, T_BOOL, T_BOOL, rv, NULL, e->span);
    st->if_.then = bl;
    IStmt *set = ir_stmt(IS_ASSIGN, e->span);
    set->assign.dst = r;
    set->assign.val = b;
    plist_push(&st->if_.then, set);
    emit(l, st);
    return ir_varref(r, e->span);
}

static IExpr *lower_binary(L *l, Expr *e)
{
    if ((e->op.op == OP_AND || e->op.op == OP_OR) && e->ty->kind != T_ARRAY) return lower_short_circuit(l, e);
    IExpr *ops[2] = { lower_expr(l, e->op.a), lower_expr(l, e->op.b) };
    MapB mb;
    bool m = map_begin(l, &mb, 2, ops, e->span, op_spelling[e->op.op]);
    TyKind opk = e->op.opk;
    TyKind rk = e->ty->kind == T_ARRAY ? e->ty->elem : e->ty->kind;
    IExpr *b = (e->op.op == OP_SHL || e->op.op == OP_SHR) ? conv_to(ops[1], T_I64) : conv_to(ops[1], opk);
    IExpr *r = binop(e->op.op, rk, opk, conv_to(ops[0], opk), b, e->span);
    r->eager = m;
    return m ? map_end(l, &mb, r) : r;
}

static IExpr *lower_select(L *l, Expr *c, Expr *a, Expr *b, TyKind k, Span s, const char *what)
{
    if (c->ty->kind != T_ARRAY && a->ty->kind != T_ARRAY && b->ty->kind != T_ARRAY && !strcmp(what, "?:")) {
        /* scalar c ? a : b evaluates only the chosen operand */
        IExpr *cv = lower_expr(l, c);
        PtrList al = {0}, bl = {0};
        IExpr *av = lower_into(l, a, &al), *bv = lower_into(l, b, &bl);
        if (al.len || bl.len) {
            Var *r = ir_var(l->f, tmpname(l, "t"), k, 0, V_TEMP, s);
            r->is_mutable = true;
            IStmt *st = ir_stmt(IS_IF, s);
            st->if_.cond = cv;
            st->if_.then = al;
            st->if_.els = bl;
            IStmt *sa = ir_stmt(IS_ASSIGN, s), *sb = ir_stmt(IS_ASSIGN, s);
            sa->assign.dst = r; sa->assign.val = conv_to(av, k);
            sb->assign.dst = r; sb->assign.val = conv_to(bv, k);
            plist_push(&st->if_.then, sa);
            plist_push(&st->if_.els, sb);
            emit(l, st);
            return ir_varref(r, s);
        }
        IExpr *sel = ir_expr(IE_SELECT, k, s);
        sel->sel.c = cv;
        sel->sel.a = conv_to(av, k);
        sel->sel.b = conv_to(bv, k);
        return sel;
    }
    IExpr *ops[3] = { lower_expr(l, c), lower_expr(l, a), lower_expr(l, b) };
    MapB mb;
    bool m = map_begin(l, &mb, 3, ops, s, what);
    IExpr *r = ir_expr(IE_SELECT, k, s);
    r->sel.c = ops[0];
    r->sel.a = conv_to(ops[1], k);
    r->sel.b = conv_to(ops[2], k);
    r->eager = m || strcmp(what, "?:") != 0;    /* select() is a function: both arguments */
    return m ? map_end(l, &mb, r) : r;
}

static TyKind elem_kind(const Type *t) { return t->kind == T_ARRAY ? t->elem : t->kind; }

static Expr *arg(Expr *e, int i) { return e->call.args.items[i]; }

/* Number of elements of an array as an i64 expression. */
static IExpr *count_of(Var *v, Span s)
{
    IExpr *n = ir_ext(v->dims[0], s);
    for (int i = 1; i < v->rank; i++) n = binop(OP_MUL, T_I64, T_I64, n, ir_ext(v->dims[i], s), s);
    return n;
}

static IExpr *lower_reduce(L *l, Expr *e, BuiltinId id)
{
    Span s = e->span;
    TyKind rk = e->ty->kind;
    IExpr *red = ir_expr(IE_REDUCE, rk, s);
    Var *arr;
    switch (id) {
    case BI_DOT: {
        IExpr *ops[2] = { lower_expr(l, arg(e, 0)), lower_expr(l, arg(e, 1)) };
        TyKind k = rk;
        MapB mb;
        map_begin(l, &mb, 2, ops, s, "dot");
        IExpr *prod = binop(OP_MUL, k, k, conv_to(ops[0], k), conv_to(ops[1], k), s);
        arr = map_end(l, &mb, prod)->var;
        red->red.op = RED_SUM;
        break;
    }
    case BI_REDUCE: {
        IExpr *init = lower_expr(l, arg(e, 1));
        arr = lower_expr(l, arg(e, 2))->var;
        Expr *lam = arg(e, 0);
        Ident *pa = lam->lambda.params.items[0], *pb = lam->lambda.params.items[1];
        red->red.op = RED_LAMBDA;
        red->red.pa = ir_var(l->f, pa->name, arr->elem, 0, V_INDEX, pa->span);
        red->red.pb = ir_var(l->f, pb->name, arr->elem, 0, V_INDEX, pb->span);
        l->fr->env[pa->sym->id] = ir_varref(red->red.pa, pa->span);
        l->fr->env[pb->sym->id] = ir_varref(red->red.pb, pb->span);
        l->in_map++;
        PtrList body = {0}, *save = l->out;
        l->out = &body;
        red->red.lam = conv_to(lower_expr(l, lam->lambda.body), arr->elem);
        l->out = save;
        l->in_map--;
        if (body.len) diag_error(lam->span, "this lambda is too complex for 'reduce': use an expression of its parameters");
        red->red.init = conv_to(init, arr->elem);
        break;
    }
    default:
        arr = lower_expr(l, arg(e, 0))->var;
        red->red.op = id == BI_SUM || id == BI_MEAN ? RED_SUM : id == BI_PROD ? RED_PROD
                    : id == BI_MINIMUM ? RED_MIN : id == BI_MAXIMUM ? RED_MAX : id == BI_ANY ? RED_ANY
                    : id == BI_ALL ? RED_ALL : id == BI_COUNT ? RED_COUNT : id == BI_ARGMIN ? RED_ARGMIN : RED_ARGMAX;
        if (id == BI_MEAN || id == BI_MINIMUM || id == BI_MAXIMUM || id == BI_ARGMIN || id == BI_ARGMAX)
            check(l, binop(OP_GT, T_BOOL, T_I64, count_of(arr, s), ir_const_i(T_I64, 0, s), s), s,
                  arena_printf("'%s' of an empty array", builtins[id].name));
        break;
    }
    red->red.arr = arr;
    TyKind acck = id == BI_MEAN ? (ty_is_int_kind(arr->elem) ? T_I64 : arr->elem) : rk;
    red->ty = acck;
    Var *t = temp(l, acck, 0, s);
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = t;
    st->assign.val = red;
    emit(l, st);
    if (l->in_map && !l->map_reported) {
        diag_error(s, "whole-array operations inside a function called elementwise are not supported");
        l->map_reported = true;
    }
    IExpr *r = ir_varref(t, s);
    if (id == BI_MEAN) {
        IExpr *n = conv_to(count_of(arr, s), rk);
        r = binop(OP_DIV, rk, rk, conv_to(r, rk), n, s);
    }
    return r;
}

static IExpr *lower_construct(L *l, Expr *e, BuiltinId id)
{
    Span s = e->span;
    TyKind k = elem_kind(e->ty);
    Ext dims[4];
    int rank = e->ty->rank;
    IExpr *dom;
    switch (id) {
    case BI_ZEROS_LIKE: case BI_EMPTY_LIKE: case BI_COPY: {
        Var *a = lower_expr(l, arg(e, 0))->var;
        if (id == BI_COPY) {
            IExpr *op = ir_varref(a, s);
            MapB mb;
            map_begin(l, &mb, 1, &op, s, "copy");
            return map_end(l, &mb, op);
        }
        for (int i = 0; i < rank; i++) dims[i] = a->dims[i];
        dom = ir_expr(IE_FILL, k, s);
        dom->fill = id == BI_ZEROS_LIKE ? ir_const_i(k, 0, s) : NULL;
        break;
    }
    case BI_ARANGE: case BI_LINSPACE: {
        Expr *ne = arg(e, id == BI_ARANGE ? 0 : 2);
        dims[0] = ext_of(l, lower_expr(l, ne), ne->span);
        dom = ir_expr(id == BI_ARANGE ? IE_ARANGE : IE_LINSPACE, k, s);
        if (id == BI_LINSPACE) {
            dom->lin.lo = materialize(l, conv_to(lower_expr(l, arg(e, 0)), k), NULL, s);
            dom->lin.hi = materialize(l, conv_to(lower_expr(l, arg(e, 1)), k), NULL, s);
        }
        break;
    }
    default: {
        int first = 1;
        IExpr *v = NULL;
        if (id == BI_FILL) v = materialize(l, conv_to(lower_expr(l, arg(e, 0)), k), NULL, s);
        else if (id == BI_ZEROS) v = ir_const_i(k, 0, s);
        else if (id == BI_ONES) v = ir_const_i(k, 1, s);
        for (int i = 0; i < rank; i++) {
            Expr *de = arg(e, first + i);
            dims[i] = ext_of(l, lower_expr(l, de), de->span);
        }
        dom = ir_expr(IE_FILL, k, s);
        dom->fill = v;
        break;
    }
    }
    for (int i = 0; i < rank; i++) {
        if (!dims[i].var && dims[i].c < 0) diag_error(s, "negative extent %lld", (long long)dims[i].c);
        else if (dims[i].var && dims[i].var->kind != V_SIZE)
            check(l, binop(OP_GE, T_BOOL, T_I64, ir_ext(dims[i], s), ir_const_i(T_I64, 0, s), s), s,
                  arena_printf("negative extent in '%s'", builtins[id].name));
    }
    if (ty_is_float_kind(k) && dom->fill && dom->fill->kind == IE_CONST && ty_is_int_kind(dom->fill->ty))
        dom->fill = conv_to(dom->fill, k);
    return ir_varref(emit_domain(l, dom, k, rank, dims, s), s);
}

static Var *own_array(L *l, Var *v, Span s);

/* A serial loop for k in 0..n, its index, and its body list. */
static IStmt *serial_for(L *l, Ext n, Span s, Var **k)
{
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_SERIAL;
    lp->loop.rank = 1;
    *k = ir_var(l->f, "k", T_I64, 0, V_INDEX, s);
    lp->loop.idx[0] = *k;
    lp->loop.lo[0] = ir_const_i(T_I64, 0, s);
    lp->loop.hi[0] = ir_ext(n, s);
    plist_push(&lp->loop.fused, "data-dependent indices");     /* for --report */
    return lp;
}

static IExpr *load1(Var *a, IExpr *i, Span s)
{
    IExpr *ld = ir_expr(IE_LOAD, a->elem, s);
    ld->load.arr = a;
    ld->load.n = 1;
    ld->load.idx[0] = i;
    ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, s);
    return ld;
}

/* histogram, scatter (serial loops: data-dependent indices, always
 * checked) and argsort (a stable parallel merge sort in the runtime). */
static IExpr *lower_move(L *l, Expr *e, BuiltinId id)
{
    Span s = e->span;
    if (id == BI_ARGSORT) {
        Var *keys = own_array(l, lower_expr(l, arg(e, 0))->var, s);
        IExpr *so = ir_expr(IE_SORT, T_I64, s);
        so->sort.keys = keys;
        return ir_varref(emit_domain(l, so, T_I64, 1, keys->dims, s), s);
    }
    if (id == BI_HISTOGRAM) {
        Var *idx = lower_expr(l, arg(e, 0))->var;
        Ext nb = ext_of(l, lower_expr(l, arg(e, 1)), s);
        if (!nb.var && nb.c < 0) diag_error(s, "negative number of bins %lld", (long long)nb.c);
        else if (nb.var && nb.var->kind != V_SIZE)
            check(l, binop(OP_GE, T_BOOL, T_I64, ir_ext(nb, s), ir_const_i(T_I64, 0, s), s), s, "negative number of bins in 'histogram'");
        IExpr *z = ir_expr(IE_FILL, T_I64, s);
        z->fill = ir_const_i(T_I64, 0, s);
        Var *h = emit_domain(l, z, T_I64, 1, &nb, s);
        Var *k;
        IStmt *lp = serial_for(l, idx->dims[0], s, &k);
        PtrList *save = l->out;
        l->out = &lp->loop.body;
        IExpr *b = materialize(l, conv_to(load1(idx, ir_varref(k, s), s), T_I64), NULL, s);
        check(l, binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GE, T_BOOL, T_I64, b, ir_const_i(T_I64, 0, s), s),
                       binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(b), ir_ext(nb, s), s), s),
              arg(e, 0)->span, "index out of range in 'histogram'");
        IStmt *st = ir_stmt(IS_STORE, s);
        st->store.arr = h;
        st->store.n = 1;
        st->store.idx[0] = ir_clone_expr(b);
        st->store.val = binop(OP_ADD, T_I64, T_I64, load1(h, ir_clone_expr(b), s), ir_const_i(T_I64, 1, s), s);
        emit(l, st);
        l->out = save;
        emit(l, lp);
        return ir_varref(h, s);
    }
    /* scatter(dest, idx, vals) */
    Var *dest = lower_expr(l, arg(e, 0))->var;
    Var *idx = lower_expr(l, arg(e, 1))->var, *vals = lower_expr(l, arg(e, 2))->var;
    check_same_shape(l, idx, vals, s, "'scatter' (indices and values)");
    Var *k;
    IStmt *lp = serial_for(l, idx->dims[0], s, &k);
    PtrList *save = l->out;
    l->out = &lp->loop.body;
    IExpr *b = materialize(l, conv_to(load1(idx, ir_varref(k, s), s), T_I64), NULL, s);
    check(l, binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GE, T_BOOL, T_I64, b, ir_const_i(T_I64, 0, s), s),
                   binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(b), ir_ext(dest->dims[0], s), s), s),
          arg(e, 1)->span, "index out of range in 'scatter'");
    IStmt *st = ir_stmt(IS_STORE, s);
    st->store.arr = dest;
    st->store.n = 1;
    st->store.idx[0] = ir_clone_expr(b);
    st->store.val = load1(vals, ir_varref(k, s), s);
    ir_resolve_view(&st->store.arr, &st->store.n, st->store.idx, s);
    st->store.arr->written = true;
    emit(l, st);
    l->out = save;
    emit(l, lp);
    return NULL;
}

static IExpr *lower_builtin(L *l, Expr *e, BuiltinId id)
{
    const Builtin *b = &builtins[id];
    Span s = e->span;
    TyKind rk = elem_kind(e->ty);
    switch (b->cls) {
    case BC_MATH1:
    case BC_MATH2: {
        int n = b->cls == BC_MATH1 ? 1 : 2;
        IExpr *ops[2] = { lower_expr(l, arg(e, 0)), n > 1 ? lower_expr(l, arg(e, 1)) : NULL };
        MapB mb;
        bool m = map_begin(l, &mb, n, ops, s, b->name);
        TyKind opk = rk;
        IExpr *r = ir_expr(IE_CALL, rk, s);
        r->call.fn = id;
        r->call.a = conv_to(ops[0], opk);
        r->call.b = n > 1 ? conv_to(ops[1], opk) : NULL;
        return m ? map_end(l, &mb, r) : r;
    }
    case BC_SELECT: return lower_select(l, arg(e, 0), arg(e, 1), arg(e, 2), rk, s, "select");
    case BC_CONVERT: {
        IExpr *a = lower_expr(l, arg(e, 0));
        MapB mb;
        bool m = map_begin(l, &mb, 1, &a, s, b->name);
        IExpr *r = ir_expr(IE_CONV, rk, s);
        r->conv = a;
        if (a->ty == rk) r = a;
        return m ? map_end(l, &mb, r) : r;
    }
    case BC_REDUCE: return lower_reduce(l, e, id);
    case BC_SCAN: {
        int ai = id == BI_SCAN ? 2 : 0;
        Var *src = own_array(l, lower_expr(l, arg(e, ai))->var, s);
        TyKind k = rk;
        if (src->elem != k) {   /* cumsum of i32: accumulate in i64 */
            IExpr *op = ir_varref(src, s);
            MapB mb;
            map_begin(l, &mb, 1, &op, s, "i64");
            src = map_end(l, &mb, conv_to(op, k))->var;
        }
        IExpr *sc = ir_expr(IE_SCAN, k, s);
        sc->scan.src = src;
        if (id == BI_CUMSUM) {
            sc->scan.op = RED_SUM;
            sc->scan.init = ir_const_i(k, 0, s);
            if (ty_is_float_kind(k)) sc->scan.init = ir_const_f(k, 0.0, s);
        } else {
            Expr *lam = arg(e, 0);
            Ident *pa = lam->lambda.params.items[0], *pb = lam->lambda.params.items[1];
            sc->scan.op = RED_LAMBDA;
            sc->scan.init = materialize(l, conv_to(lower_expr(l, arg(e, 1)), k), NULL, s);
            sc->scan.pa = ir_var(l->f, pa->name, k, 0, V_INDEX, pa->span);
            sc->scan.pb = ir_var(l->f, pb->name, k, 0, V_INDEX, pb->span);
            l->fr->env[pa->sym->id] = ir_varref(sc->scan.pa, pa->span);
            l->fr->env[pb->sym->id] = ir_varref(sc->scan.pb, pb->span);
            PtrList body = {0}, *save = l->out;
            l->out = &body;
            sc->scan.lam = conv_to(lower_expr(l, lam->lambda.body), k);
            l->out = save;
            if (body.len) diag_error(lam->span, "this lambda is too complex for 'scan': use an expression of its parameters");
        }
        return ir_varref(emit_domain(l, sc, k, 1, src->dims, s), s);
    }
    case BC_MOVE: return lower_move(l, e, id);
    case BC_CONSTRUCT: return lower_construct(l, e, id);
    case BC_SHAPE: {
        Var *a = lower_expr(l, arg(e, 0))->var;
        int k = id == BI_LEN ? 0 : (int)arg(e, 1)->ival;
        return ir_ext(a->dims[k], s);
    }
    default:
        ice("builtin '%s' reached lowering", b->name);
    }
}

static Var *new_array_var(L *l, const char *name, Var *like, VarKind k, Span s);
static void rebind(L *l, Var *dst, Var *src, Span s);

/* An element index (i64), bounds-checked when asked for or when `always`. */
static IExpr *checked_index(L *l, Expr *x, Ext dim, const char *what, bool always)
{
    IExpr *ix = conv_to(lower_expr(l, x), T_I64);
    if (!(l->p->bounds_check || always)) return ix;
    ix = materialize(l, ix, NULL, x->span);
    IExpr *ok = binop(OP_AND, T_BOOL, T_BOOL,
                      binop(OP_GE, T_BOOL, T_I64, ix, ir_const_i(T_I64, 0, x->span), x->span),
                      binop(OP_LT, T_BOOL, T_I64, ix, ir_ext(dim, x->span), x->span), x->span);
    check(l, ok, x->span, what);
    return ix;
}

/* a[lo..hi, j, ..]: a view of a, no copy.  Bounds are always checked
 * (once, outside any loop over the view). */
static Var *lower_slice(L *l, Var *a, Expr *e)
{
    Span s = e->span;
    if (a->is_mutable && a->kind != V_VIEW) {
        /* a var may be rebound later: view the buffer it holds now */
        Var *snap = new_array_var(l, arena_printf("%s_now", a->name), a, V_TEMP, s);
        rebind(l, snap, a, s);
        snap->is_mutable = true;
        a = snap;
    }
    int rank = e->ty->rank;
    Var *v = ir_var(l->f, tmpname(l, "slice"), a->elem, rank, V_VIEW, s);
    int r = 0;
    for (int d = 0; d < a->rank; d++) {
        Expr *x = e->index.idx.items[d];
        if (x->kind != E_RANGE) {
            v->vstart[d] = checked_index(l, x, a->dims[d], arena_printf("index out of bounds in dimension %d of a slice of '%s'",
                                                                        d, a->name), true);
            v->vmap[d] = -1;
            continue;
        }
        IExpr *lo = x->range.lo ? materialize(l, conv_to(lower_expr(l, x->range.lo), T_I64), NULL, s) : ir_const_i(T_I64, 0, s);
        IExpr *hi = x->range.hi ? materialize(l, conv_to(lower_expr(l, x->range.hi), T_I64), NULL, s) : ir_ext(a->dims[d], s);
        bool lo0 = lo->kind == IE_CONST && lo->c.i == 0;
        IExpr *ok = NULL;
        if (!lo0) ok = binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GE, T_BOOL, T_I64, lo, ir_const_i(T_I64, 0, s), s),
                             binop(OP_LE, T_BOOL, T_I64, ir_clone_expr(lo), ir_ext(a->dims[d], s), s), s);
        if (x->range.hi) {
            IExpr *hok = binop(OP_LE, T_BOOL, T_I64, hi, ir_ext(a->dims[d], s), s);
            ok = ok ? binop(OP_AND, T_BOOL, T_BOOL, ok, hok, s) : hok;
        }
        if (ok) check(l, ok, x->span, arena_printf("slice out of bounds in dimension %d of '%s'", d, a->name));
        Ext ext = lo0 && !x->range.hi ? a->dims[d] : range_extent(l, lo, hi, s);
        v->vstart[d] = ir_clone_expr(lo);
        v->vmap[d] = r;
        v->dims[r++] = ext;
    }
    v->base = a;
    if (a->kind == V_VIEW) {
        /* a view of a view: compose into a view of the underlying array */
        Var *b = a->base;
        IExpr *st[4];
        int mp[4];
        for (int bd = 0; bd < b->rank; bd++) {
            int ad = a->vmap[bd];
            if (ad < 0) { st[bd] = a->vstart[bd]; mp[bd] = -1; continue; }
            /* a's dimension ad is v's base dimension ad */
            IExpr *vs = v->vstart[ad];
            if (vs->kind == IE_CONST && vs->c.i == 0) st[bd] = a->vstart[bd];
            else if (a->vstart[bd]->kind == IE_CONST && a->vstart[bd]->c.i == 0) st[bd] = vs;
            else st[bd] = materialize(l, binop(OP_ADD, T_I64, T_I64, ir_clone_expr(a->vstart[bd]), ir_clone_expr(vs), s), NULL, s);
            mp[bd] = v->vmap[ad];
        }
        for (int bd = 0; bd < b->rank; bd++) { v->vstart[bd] = st[bd]; v->vmap[bd] = mp[bd]; }
        v->base = b;
    }
    return v;
}

/* A copy of a view as an array of its own (where a pointer is needed). */
static Var *own_array(L *l, Var *v, Span s)
{
    if (v->kind != V_VIEW) return v;
    IExpr *op = ir_varref(v, s);
    MapB mb;
    map_begin(l, &mb, 1, &op, s, "copy");
    return map_end(l, &mb, op)->var;
}

static IExpr *stencil_load(L *l, Expr *e);

static IExpr *lower_index(L *l, Expr *e)
{
    if (l->st && e->index.base->kind == E_NAME && e->index.base->name.sym && e->index.base->name.sym->kind == SYM_STENCIL)
        return stencil_load(l, e);
    Var *a = lower_expr(l, e->index.base)->var;
    if (e->ty->kind == T_ARRAY && a->rank == 1 && e->index.idx.len == 1
        && ((Expr *)e->index.idx.items[0])->kind != E_RANGE) {
        /* gather: a map over the index array; indices are data, always checked */
        Expr *x = e->index.idx.items[0];
        IExpr *op = lower_expr(l, x);
        MapB mb;
        map_begin(l, &mb, 1, &op, e->span, "gather");
        PtrList *save = l->out;
        l->out = &mb.map->map.body;
        IExpr *ix = materialize(l, conv_to(op, T_I64), NULL, x->span);
        IExpr *ok = binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GE, T_BOOL, T_I64, ix, ir_const_i(T_I64, 0, x->span), x->span),
                          binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(ix), ir_ext(a->dims[0], x->span), x->span), x->span);
        check(l, ok, x->span, arena_printf("index out of bounds in a gather from '%s'", a->name));
        l->out = save;
        IExpr *ld = ir_expr(IE_LOAD, a->elem, e->span);
        ld->load.arr = a;
        ld->load.n = 1;
        ld->load.idx[0] = ir_clone_expr(ix);
        ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, e->span);
        return map_end(l, &mb, ld);
    }
    if (e->ty->kind == T_ARRAY) return ir_varref(lower_slice(l, a, e), e->span);
    IExpr *ld = ir_expr(IE_LOAD, a->elem, e->span);
    ld->load.arr = a;
    ld->load.n = e->index.idx.len;
    for (int i = 0; i < ld->load.n; i++)
        ld->load.idx[i] = checked_index(l, e->index.idx.items[i], a->dims[i],
                                        arena_printf("index out of bounds for dimension %d of '%s'", i, a->name), false);
    ir_resolve_view(&ld->load.arr, &ld->load.n, ld->load.idx, e->span);
    return ld;
}

static void lower_stmts(L *l, PtrList *body, bool tail);

/* The values of a comprehension body: a tuple, a block whose value is a
 * tuple, or one expression; statements go to l->out. */
static int lower_values(L *l, Expr *e, IExpr **vals, int max)
{
    if (e->kind == E_BLOCK) {
        lower_stmts(l, &e->block.stmts, false);
        return lower_values(l, e->block.value, vals, max);
    }
    if (e->kind == E_TUPLE) {
        for (int i = 0; i < e->tuple.len && i < max; i++) vals[i] = lower_expr(l, e->tuple.items[i]);
        return e->tuple.len;
    }
    if (e->kind == E_CALL && e->call.builtin < 0 && e->ty->kind == T_TUPLE)
        return lower_call(l, e, vals, max);     /* a function returning a tuple */
    vals[0] = lower_expr(l, e);
    return 1;
}

/* [body for i in lo..hi, ...]: a gen node whose outputs have extents
 * max(hi - lo, 0); lo == 0 with an immutable hi is used as it is, so shapes
 * stay provable.  Returns the number of output arrays written to outs. */
static int lower_comprehension(L *l, Expr *e, IExpr **outs, int max)
{
    Span s = e->span;
    int rank = e->comp.gens.len;
    IExpr *g = ir_expr(IE_GEN, T_VOID, s);
    g->gen.rank = rank;
    Ext dims[4];
    for (int d = 0; d < rank; d++) {
        Gen *gn = e->comp.gens.items[d];
        IExpr *lo = materialize(l, conv_to(lower_expr(l, gn->range->range.lo), T_I64), NULL, s);
        IExpr *hi = materialize(l, conv_to(lower_expr(l, gn->range->range.hi), T_I64), NULL, s);
        dims[d] = range_extent(l, lo, hi, s);
        g->gen.lo[d] = lo;
        Var *iv = ir_var(l->f, gn->var.name, T_I64, 0, V_INDEX, gn->var.span);
        iv->src_name = gn->var.name;
        g->gen.idx[d] = iv;
        l->fr->env[gn->var.sym->id] = ir_varref(iv, gn->var.span);
    }
    if (l->in_map && !l->map_reported) {
        diag_error(s, "whole-array operations inside a function called elementwise are not supported");
        l->map_reported = true;
    }
    int nv = e->ty->kind == T_TUPLE ? e->ty->n : 1;
    IExpr **vals = arena_alloc(sizeof(IExpr *) * (size_t)nv);
    PtrList *save = l->out;
    l->out = &g->gen.body;
    int n = lower_values(l, e->comp.body, vals, nv);
    l->out = save;
    g->gen.nout = n;
    g->gen.results = arena_alloc(sizeof(IExpr *) * (size_t)n);
    g->gen.outs = arena_alloc(sizeof(Var *) * (size_t)n);
    Type *t = e->ty;
    for (int k = 0; k < n; k++) {
        TyKind ek = t->kind == T_TUPLE ? t->elts[k]->elem : t->elem;
        g->gen.results[k] = conv_to(vals[k], ek);
        Var *o = temp(l, ek, rank, s);
        for (int d = 0; d < rank; d++) o->dims[d] = dims[d];
        g->gen.outs[k] = o;
        if (k < max) outs[k] = ir_varref(o, s);
    }
    g->ty = g->gen.results[0]->ty;
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = g->gen.outs[0];
    st->assign.val = g;
    emit(l, st);
    return n;
}

static IExpr *lower_stencil(L *l, Expr *e, bool value);

/* Stores the leaves of the array literal e (rows nested d deep) into a,
 * in row-major order, idx[0..d) fixed by the enclosing rows. */
static void arraylit_store(L *l, Expr *e, Var *a, int64_t *idx, int d)
{
    for (int i = 0; i < e->tuple.len; i++) {
        Expr *x = e->tuple.items[i];
        idx[d] = i;
        if (x->kind == E_ARRAYLIT) { arraylit_store(l, x, a, idx, d + 1); continue; }
        IStmt *st = ir_stmt(IS_STORE, x->span);
        st->store.arr = a;
        st->store.n = a->rank;
        for (int q = 0; q < a->rank; q++) st->store.idx[q] = ir_const_i(T_I64, idx[q], x->span);
        st->store.val = conv_to(lower_expr(l, x), a->elem);
        emit(l, st);
    }
}

/* [e0, e1, ...]: an uninitialised array of the literal's constant extents
 * and one store per element. */
static IExpr *lower_arraylit(L *l, Expr *e)
{
    Span s = e->span;
    int rank = e->ty->rank;
    TyKind k = e->ty->elem;
    if (k == T_ILIT || k == T_FLIT) ice("array literal with an untyped element kind");
    Ext dims[4] = {{0}};
    Expr *row = e;
    for (int d = 0; d < rank; d++) {
        dims[d].c = row->tuple.len;
        row = row->tuple.items[0];
    }
    IExpr *dom = ir_expr(IE_FILL, k, s);
    dom->fill = NULL;
    Var *a = emit_domain(l, dom, k, rank, dims, s);
    int64_t idx[4] = {0};
    arraylit_store(l, e, a, idx, 0);
    return ir_varref(a, s);
}

static IExpr *lower_expr(L *l, Expr *e)
{
    switch (e->kind) {
    case E_ARRAYLIT: return lower_arraylit(l, e);
    case E_COMPREH: {
        IExpr *o[1];
        lower_comprehension(l, e, o, 1);
        return o[0];
    }
    case E_BLOCK: {
        IExpr *v[1];
        lower_values(l, e, v, 1);
        return v[0];
    }
    case E_INT: return ir_const_i(e->ty->kind, (int64_t)e->ival, e->span);
    case E_FLOAT: return ir_const_f(e->ty->kind, e->flt.val, e->span);
    case E_BOOL: return ir_const_i(T_BOOL, e->bval, e->span);
    case E_NAME: {
        IExpr *v = l->fr->env[e->name.sym->id];
        if (!v) ice("unbound symbol '%s'", e->name.name);
        IExpr *c = ir_clone_expr(v);
        c->span = e->span;
        return c;
    }
    case E_UNARY:
        if (e->op.op == OP_NEG && e->op.a->kind == E_INT) {
            uint64_t v = e->op.a->ival;
            if (ty_is_float_kind(e->op.opk)) return ir_const_f(e->op.opk, -(double)v, e->span);
            return ir_const_i(e->op.opk, (int64_t)(0 - v), e->span);
        }
        if (e->op.op == OP_NEG && e->op.a->kind == E_FLOAT) return ir_const_f(e->op.opk, -e->op.a->flt.val, e->span);
        return lower_unary(l, e);
    case E_BINARY: return lower_binary(l, e);
    case E_COND: return lower_select(l, e->op.c, e->op.a, e->op.b, e->op.opk == T_ERROR ? elem_kind(e->ty) : elem_kind(e->ty), e->span, "?:");
    case E_CALL: {
        if (e->call.builtin >= 0) return lower_builtin(l, e, (BuiltinId)e->call.builtin);
        int nres = e->call.fn->nresults;
        IExpr **r = arena_alloc(sizeof(IExpr *) * (size_t)(nres + 1));
        int n = lower_call(l, e, r, nres);
        if (n < 1) ice("call of '%s' used as a value has no result", e->call.name);
        return r[0];
    }
    case E_INDEX: return lower_index(l, e);
    case E_STENCIL: return lower_stencil(l, e, true);
    default:
        ice("unexpected %s expression in lowering", expr_kind_name[e->kind]);
    }
}

/* ---- inlining ---- */

static bool has_nontail_return(PtrList *body, bool tail)
{
    for (int i = 0; i < body->len; i++) {
        Stmt *s = body->items[i];
        bool t = tail && i == body->len - 1;
        if (s->kind == S_RETURN && !t) return true;
        if (s->kind == S_IF && (has_nontail_return(&s->if_.then, t) || has_nontail_return(&s->if_.els, t))) return true;
        if (s->kind == S_FOR && has_nontail_return(&s->for_.body, false)) return true;
        if (s->kind == S_WHILE && has_nontail_return(&s->while_.body, false)) return true;
    }
    return false;
}

static bool single_tail_return(PtrList *body)
{
    if (!body->len) return false;
    Stmt *last = body->items[body->len - 1];
    if (last->kind != S_RETURN) return false;
    for (int i = 0; i < body->len - 1; i++) {
        Stmt *s = body->items[i];
        if (s->kind != S_LET && s->kind != S_VAR && s->kind != S_ASSIGN && s->kind != S_EXPR) return false;
    }
    return true;
}

/* Maps a callee's extent to the caller: size variables and i64 parameters
 * through the frame, constants as they are. */
static Ext map_ext(Frame *fr, const ShapeSig *sh, int d, L *l, Span s)
{
    Ext x = {0};
    if (!sh->sym[d]) { x.c = sh->c[d]; return x; }
    IExpr *v = fr->env[sh->sym[d]->id];
    if (!v) { x.var = temp(l, T_I64, 0, s); return x; }
    return ext_of(l, v, s);
}

/* Inlines the call e; writes its results (values or array variables) to
 * out[] and returns their number. */
static int lower_call(L *l, Expr *e, IExpr **out, int max)
{
    FnDecl *f = e->call.fn;
    Span s = e->span;
    int n = e->call.args.len;
    IExpr **ops = arena_alloc(sizeof(IExpr *) * (size_t)(n ? n : 1));
    for (int i = 0; i < n; i++) ops[i] = lower_expr(l, arg(e, i));
    if (f->is_extern) {
        /* a C function: called (elementwise over arrays), not inlined */
        bool seen = false;
        for (int i = 0; i < l->p->headers.len; i++) seen |= !strcmp(l->p->headers.items[i], f->header);
        if (!seen) plist_push(&l->p->headers, (void *)f->header);
        MapB mb = {0};
        bool m = e->call.elementwise && map_begin(l, &mb, n, ops, s, f->name);
        IExpr *c = ir_expr(IE_ECALL, f->ret_ty->kind, s);
        c->ecall.name = f->name;
        c->ecall.n = n;
        c->ecall.args = arena_alloc(sizeof(IExpr *) * (size_t)(n ? n : 1));
        for (int i = 0; i < n; i++) c->ecall.args[i] = conv_to(ops[i], ((Param *)f->params.items[i])->id.sym->ty->kind);
        if (f->ret_ty->kind == T_VOID) {
            IStmt *st = ir_stmt(IS_ASSIGN, s);
            st->assign.dst = ir_var(l->f, "unused", T_I32, 0, V_TEMP, s);
            st->assign.val = c;
            diag_error(s, "an extern function without a result cannot be called from arr");
            return 0;
        }
        if (max > 0) out[0] = m ? map_end(l, &mb, c) : c;
        return 1;
    }
    MapB mb = {0};
    bool m = e->call.elementwise && map_begin(l, &mb, n, ops, s, f->name);
    PtrList *save_out = l->out;
    if (m) { l->out = &mb.map->map.body; l->in_map++; }

    Frame fr = { .fn = f, .end_label = -1 };
    fr.env = arena_alloc(sizeof(IExpr *) * (size_t)(f->nsyms + 1));
    Frame *caller = l->fr;
    /* Bind parameters, then size variables from the arguments' extents. */
    for (int i = 0; i < n; i++) {
        Param *p = f->params.items[i];
        IExpr *v = ops[i];
        if (p->id.sym->ty->kind != T_ARRAY) v = materialize(l, conv_to(v, p->id.sym->ty->kind), p->id.name, s);
        fr.env[p->id.sym->id] = v;
    }
    for (int i = 0; i < n; i++) {
        Param *p = f->params.items[i];
        if (p->id.sym->ty->kind != T_ARRAY) continue;
        Var *a = ops[i]->var;
        for (int d = 0; d < p->shape.rank; d++) {
            Sym *sz = p->shape.sym[d];
            IExpr *want = NULL;
            if (!sz) want = ir_const_i(T_I64, p->shape.c[d], s);
            else if (sz->kind == SYM_SIZE && !fr.env[sz->id]) { fr.env[sz->id] = ir_ext(a->dims[d], s); continue; }
            else want = fr.env[sz->id];
            if (!want) continue;
            Ext we = ext_of(l, want, s);
            if (ext_equal(we, a->dims[d])) continue;
            check(l, binop(OP_EQ, T_BOOL, T_I64, ir_ext(a->dims[d], s), ir_ext(we, s), s), s,
                  arena_printf("shape mismatch in call of '%s': argument %d has the wrong extent in dimension %d",
                               f->name, i + 1, d));
        }
    }
    /* Results. */
    int nres = f->nresults;
    bool simple = single_tail_return(&f->body);
    fr.res = arena_alloc(sizeof(Var *) * (size_t)(nres + 1));
    fr.res_val = arena_alloc(sizeof(IExpr *) * (size_t)(nres + 1));
    if (!simple) {
        for (int i = 0; i < nres; i++) {
            Type *t = f->result_tys[i];
            Var *rv = ir_var(l->f, tmpname(l, arena_printf("%s_r", f->name)), elem_kind(t),
                             t->kind == T_ARRAY ? t->rank : 0, V_TEMP, s);
            rv->is_mutable = true;
            for (int d = 0; d < rv->rank; d++) {
                Var *dv = ir_var(l->f, arena_printf("%s_d%d", rv->name, d), T_I64, 0, V_TEMP, s);
                dv->is_mutable = true;
                rv->dims[d].var = dv;
            }
            fr.res[i] = rv;
        }
        if (has_nontail_return(&f->body, true)) fr.end_label = l->f->nlabels++;
    }
    l->fr = &fr;
    lower_stmts(l, &f->body, true);
    l->fr = caller;
    if (fr.end_label >= 0) {
        IStmt *lab = ir_stmt(IS_LABEL, s);
        lab->label = fr.end_label;
        emit(l, lab);
    }
    int nout = nres < max ? nres : max;
    for (int i = 0; i < nout; i++) out[i] = simple ? fr.res_val[i] : ir_varref(fr.res[i], s);
    if (m) {
        l->out = save_out;
        l->in_map--;
        out[0] = map_end(l, &mb, out[0]);
    }
    return nout;
}

/* ---- statements ---- */

static void assign(L *l, Var *dst, IExpr *val, Span s)
{
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = dst;
    st->assign.val = val;
    emit(l, st);
}

/* The symbol of a pinned var, or NULL. */
static Sym *pinned_sym(L *l, const Var *v)
{
    for (int i = 0; i < l->pinned.len; i++)
        if (l->pinned.items[i].var == v) return l->pinned.items[i].sym;
    return NULL;
}

static bool is_unpinned(L *l, const Sym *sym)
{
    for (int i = 0; i < l->unpinned.len; i++)
        if (l->unpinned.items[i] == sym) return true;
    return false;
}

/* Rebinds an array variable: the pointer, then its extents. A pinned var
 * keeps its extents: rebinding it to other extents undoes the pin and asks
 * for the function to be lowered again. */
static void rebind(L *l, Var *dst, Var *src, Span s)
{
    src = own_array(l, src, s);
    for (int d = 0; d < dst->rank; d++) {
        if (ext_equal(dst->dims[d], src->dims[d])) continue;
        Sym *sym = pinned_sym(l, dst);
        if (sym) {
            if (!is_unpinned(l, sym)) VEC_PUSH(l->unpinned, sym);
            l->relower = true;
            continue;
        }
        assign(l, dst->dims[d].var, ir_ext(src->dims[d], s), s);
    }
    if (dst != src) assign(l, dst, ir_varref(src, s), s);
}

/* extents that never change once the array exists: constants and immutable
 * variables (size variables, parameters, let-bound temporaries) */
static bool stable_dims(const Var *v)
{
    for (int d = 0; d < v->rank; d++)
        if (v->dims[d].var && v->dims[d].var->is_mutable) return false;
    return true;
}

/* A variable that will hold arrays like `like`. With `fixed` it shares like's
 * extents (which must be stable), otherwise it gets mutable extents of its
 * own, assigned by rebind. */
static Var *new_array_var_ext(L *l, const char *name, Var *like, VarKind k, bool fixed, Span s)
{
    Var *v = ir_var(l->f, name, like->elem, like->rank, k, s);
    v->is_mutable = true;
    for (int d = 0; d < like->rank; d++) {
        if (fixed) { v->dims[d] = like->dims[d]; continue; }
        Var *dv = ir_var(l->f, arena_printf("%s_d%d", v->name, d), T_I64, 0, V_TEMP, s);
        dv->is_mutable = true;
        v->dims[d].var = dv;
    }
    return v;
}

/* A snapshot of an array variable: bound once, so it keeps stable extents. */
static Var *new_array_var(L *l, const char *name, Var *like, VarKind k, Span s)
{
    return new_array_var_ext(l, name, like, k, stable_dims(like), s);
}

/* Gives a fresh temporary its source name (readability of DIR and C). */
static void name_temp(L *l, IExpr *v, const char *name)
{
    if (v->kind != IE_VAR || v->var->kind != V_TEMP || v->var->is_mutable || v->var->name[0] != 't') return;
    Var *t = v->var;
    t->kind = V_LOCAL;
    t->name = "";
    Var probe = *t;
    (void)probe;
    Var *nv = ir_var(l->f, name, t->elem, 0, V_LOCAL, t->span);   /* reserve a unique name */
    t->name = nv->name;
    nv->name = arena_printf("%s__unused", nv->name);
    ir_reserve_name(l->f, nv->name);
}

static void lower_let(L *l, Stmt *s)
{
    int n = s->let.names.len;
    IExpr **vals = arena_alloc(sizeof(IExpr *) * (size_t)(n + 1));
    Expr *init = s->let.init;
    if (n > 1) {
        if (init->kind == E_TUPLE)
            for (int i = 0; i < n; i++) vals[i] = lower_expr(l, init->tuple.items[i]);
        else if (init->kind == E_COMPREH)
            lower_comprehension(l, init, vals, n);
        else if (init->kind == E_BLOCK)
            lower_values(l, init, vals, n);
        else if (lower_call(l, init, vals, n) != n)
            ice("tuple arity mismatch in lowering");
    } else {
        vals[0] = lower_expr(l, init);
    }
    for (int i = 0; i < n; i++) {
        Ident *id = s->let.names.items[i];
        Type *t = id->sym->ty;
        IExpr *v = vals[i];
        if (t->kind != T_ARRAY) v = conv_to(v, t->kind);
        if (s->kind == S_LET && t->kind == T_ARRAY && v->var->is_mutable) {
            /* a snapshot of a var's current array (aliasing its buffer) */
            Var *x = new_array_var(l, id->name, v->var, V_LOCAL, s->span);
            rebind(l, x, v->var, s->span);
            l->fr->env[id->sym->id] = ir_varref(x, s->span);
            continue;
        }
        if (s->kind == S_LET) {
            name_temp(l, v, id->name);
            if (t->kind != T_ARRAY) v = materialize(l, v, id->name, s->span);
            l->fr->env[id->sym->id] = v;
            continue;
        }
        if (t->kind == T_ARRAY) {
            /* a var array: optimistically pinned to its initial extents */
            Var *init = v->var->kind == V_VIEW ? NULL : v->var;
            bool pin = init && stable_dims(init) && !is_unpinned(l, id->sym);
            Var *x = new_array_var_ext(l, id->name, v->var, V_LOCAL, pin, s->span);
            if (pin) VEC_PUSH(l->pinned, ((PinnedVar){ x, id->sym }));
            rebind(l, x, v->var, s->span);
            l->fr->env[id->sym->id] = ir_varref(x, s->span);
        } else {
            Var *x = ir_var(l->f, id->name, t->kind, 0, V_LOCAL, s->span);
            x->is_mutable = true;
            assign(l, x, v, s->span);
            l->fr->env[id->sym->id] = ir_varref(x, s->span);
        }
    }
}

static void lower_assign(L *l, Stmt *s)
{
    Expr *tg = s->assign.target;
    if (tg->kind == E_NAME) {
        Var *x = l->fr->env[tg->name.sym->id]->var;
        IExpr *v = lower_expr(l, s->assign.value);
        if (x->rank) rebind(l, x, v->var, s->span);
        else assign(l, x, conv_to(v, x->elem), s->span);
        return;
    }
    if (tg->ty->kind == T_ARRAY) {
        /* a range store: an in-place map over the sub-box */
        Var *base = lower_expr(l, tg->index.base)->var;
        Var *view = lower_slice(l, base, tg);
        IExpr *v = lower_expr(l, s->assign.value);
        IExpr *dom;
        if (v->kind == IE_VAR && v->var->rank) {
            check_same_shape(l, view, v->var, s->assign.value->span, "range store");
            Var *src = v->var, *root = src->kind == V_VIEW ? src->base : src;
            if (root == view->base || (root->is_mutable && root->elem == view->elem)
                || (view->base->is_mutable && root->elem == view->elem)) {
                /* the value may share memory with the target: read it all first */
                IExpr *cp = ir_varref(src, s->span);
                MapB cb;
                map_begin(l, &cb, 1, &cp, s->span, "copy");
                v = map_end(l, &cb, cp);
            }
            IExpr *op = v;
            MapB mb;
            map_begin(l, &mb, 1, &op, s->span, "range store");
            mb.map->map.result = conv_to(op, view->elem);
            mb.map->ty = view->elem;
            dom = mb.map;
        } else {
            dom = ir_expr(IE_FILL, view->elem, s->span);
            dom->fill = materialize(l, conv_to(v, view->elem), NULL, s->span);
        }
        view->written = true;
        if (view->base->kind == V_PARAM) view->base->written = true;
        assign(l, view, dom, s->span);
        return;
    }
    if (l->st && tg->index.base->kind == E_NAME && tg->index.base->name.sym->kind == SYM_STENCIL) {
        /* a kernel's store: at the cursor */
        Var *b = l->st->cur[tg->index.base->name.sym->param_index];
        IStmt *st = ir_stmt(IS_STORE, s->span);
        st->store.arr = b;
        st->store.n = b->rank;
        for (int d = 0; d < b->rank; d++) st->store.idx[d] = ir_varref(l->st->idx[d], s->span);
        st->store.val = conv_to(lower_expr(l, s->assign.value), b->elem);
        emit(l, st);
        return;
    }
    /* element store */
    IExpr *ld = lower_index(l, tg);
    IExpr *v = conv_to(lower_expr(l, s->assign.value), ld->load.arr->elem);
    IStmt *st = ir_stmt(IS_STORE, s->span);
    st->store.arr = ld->load.arr;
    st->store.arr->written = true;     /* the view was resolved: the array itself */
    st->store.n = ld->load.n;
    for (int i = 0; i < ld->load.n; i++) st->store.idx[i] = ld->load.idx[i];
    st->store.val = v;
    emit(l, st);
}

static int lower_comprehension(L *l, Expr *e, IExpr **outs, int max);
static int lower_values(L *l, Expr *e, IExpr **vals, int max);

static Span ret_span(Stmt *s, int i)
{
    return ((Expr *)s->ret.values.items[s->ret.one_tuple ? 0 : i])->span;
}

static void lower_return(L *l, Stmt *s, bool tail)
{
    Frame *fr = l->fr;
    int n = s->ret.values.len;
    IExpr **vals;
    if (s->ret.one_tuple) {
        /* one expression yielding the whole tuple */
        n = fr->fn->nresults;
        vals = arena_alloc(sizeof(IExpr *) * (size_t)(n + 1));
        Expr *e = s->ret.values.items[0];
        if (e->kind == E_COMPREH) lower_comprehension(l, e, vals, n);
        else if (e->kind == E_CALL) lower_call(l, e, vals, n);
        else lower_values(l, e, vals, n);
    } else {
        vals = arena_alloc(sizeof(IExpr *) * (size_t)(n + 1));
        if (n == 1 && fr->fn->nresults > 1) ice("tuple return not normalised");
        for (int i = 0; i < n; i++) vals[i] = lower_expr(l, s->ret.values.items[i]);
    }
    if (fr->top) {
        IrFunc *f = l->f;
        Var **rv = arena_alloc(sizeof(Var *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++) {
            Var *r = f->results.items[i];
            IExpr *v = vals[i];
            if (!r->rank) {
                assign(l, r, conv_to(v, r->elem), s->span);
            } else if (r->anon_result) {
                Span vs = ret_span(s, i);
                v = ir_varref(own_array(l, v->var, vs), vs);
                for (int d = 0; d < r->rank; d++) {
                    if (r->has_declared[d] && !ext_equal(r->declared[d], v->var->dims[d]))
                        check(l, binop(OP_EQ, T_BOOL, T_I64, ir_ext(v->var->dims[d], vs), ir_ext(r->declared[d], vs), vs), vs,
                              arena_printf("shape mismatch in return: extent %d differs from the declared result type", d));
                    assign(l, r->dims[d].var, ir_ext(v->var->dims[d], s->span), s->span);
                }
                rv[i] = v->var;
                continue;
            } else {
                /* copy into the caller's buffer; fusion merges it with its producer */
                check_same_shape(l, r, v->var, ret_span(s, i), "return");
                IExpr *op = ir_varref(v->var, s->span);
                MapB mb;
                map_begin(l, &mb, 1, &op, s->span, "result");
                mb.shape = r;
                mb.map->map.result = op;
                mb.map->ty = op->ty;
                assign(l, r, mb.map, s->span);
            }
            rv[i] = r;
        }
        IStmt *st = ir_stmt(IS_RETURN, s->span);
        st->ret.n = n;
        st->ret.vals = rv;
        emit(l, st);
        return;
    }
    if (fr->res_val && !fr->res[0] && n && tail) {
        for (int i = 0; i < n; i++) fr->res_val[i] = vals[i];
        return;
    }
    for (int i = 0; i < n; i++) {
        Var *r = fr->res[i];
        if (!r) { fr->res_val[i] = vals[i]; continue; }
        if (r->rank) rebind(l, r, vals[i]->var, s->span);
        else assign(l, r, conv_to(vals[i], r->elem), s->span);
    }
    if (!tail && fr->end_label >= 0) {
        IStmt *g = ir_stmt(IS_GOTO, s->span);
        g->label = fr->end_label;
        emit(l, g);
    }
}

static void lower_block(L *l, PtrList *body, PtrList *into, bool tail)
{
    PtrList *save = l->out;
    l->out = into;
    lower_stmts(l, body, tail);
    l->out = save;
}

static void loop_begin(L *l)
{
    VEC_PUSH(l->loops, ((LoopLabels){ -1, -1 }));
}

/* Emits the loop st, with the continue label at the end of its body and
 * the break label after it when some break or continue used them. */
static void loop_end(L *l, IStmt *st, PtrList *body)
{
    LoopLabels ll = l->loops.items[--l->loops.len];
    if (ll.cont >= 0) {
        IStmt *lab = ir_stmt(IS_LABEL, st->span);
        lab->label = ll.cont;
        plist_push(body, lab);
    }
    emit(l, st);
    if (ll.brk >= 0) {
        IStmt *lab = ir_stmt(IS_LABEL, st->span);
        lab->label = ll.brk;
        emit(l, lab);
    }
}

static void lower_stmt(L *l, Stmt *s, bool tail)
{
    switch (s->kind) {
    case S_LET:
    case S_VAR: lower_let(l, s); break;
    case S_ASSIGN: lower_assign(l, s); break;
    case S_IF: {
        IStmt *st = ir_stmt(IS_IF, s->span);
        st->if_.cond = lower_expr(l, s->if_.cond);
        lower_block(l, &s->if_.then, &st->if_.then, tail);
        lower_block(l, &s->if_.els, &st->if_.els, tail);
        emit(l, st);
        break;
    }
    case S_FOR: {
        IStmt *st = ir_stmt(IS_LOOP, s->span);
        st->loop.kind = LOOP_SERIAL;
        st->loop.rank = 1;
        st->loop.lo[0] = materialize(l, lower_expr(l, s->for_.range->range.lo), NULL, s->span);
        st->loop.hi[0] = materialize(l, lower_expr(l, s->for_.range->range.hi), NULL, s->span);
        Var *iv = ir_var(l->f, s->for_.var.name, T_I64, 0, V_INDEX, s->for_.var.span);
        st->loop.idx[0] = iv;
        l->fr->env[s->for_.var.sym->id] = ir_varref(iv, s->span);
        loop_begin(l);
        lower_block(l, &s->for_.body, &st->loop.body, false);
        loop_end(l, st, &st->loop.body);
        break;
    }
    case S_WHILE: {
        IStmt *st = ir_stmt(IS_WHILE, s->span);
        PtrList *save = l->out;
        l->out = &st->while_.pre;
        st->while_.cond = lower_expr(l, s->while_.cond);
        l->out = save;
        loop_begin(l);
        lower_block(l, &s->while_.body, &st->while_.body, false);
        loop_end(l, st, &st->while_.body);
        break;
    }
    case S_BREAK:
    case S_CONTINUE: {
        /* a goto to a label after the loop, or at the end of its body (sema
           keeps both inside the innermost loop of the same body) */
        LoopLabels *ll = &l->loops.items[l->loops.len - 1];
        int *lab = s->kind == S_BREAK ? &ll->brk : &ll->cont;
        if (*lab < 0) *lab = l->f->nlabels++;
        IStmt *g = ir_stmt(IS_GOTO, s->span);
        g->label = *lab;
        emit(l, g);
        break;
    }
    case S_RETURN:
        /* the kernel's own return is the rotation, done by the round loop; a
           return of a function inlined into the kernel is an ordinary one */
        if (!l->st || l->fr != l->st->fr) lower_return(l, s, tail);
        break;
    case S_EXPR:
        if (s->expr->kind == E_STENCIL) { lower_stencil(l, s->expr, false); break; }
        if (s->expr->kind == E_CALL) {
            if (s->expr->call.builtin >= 0) { lower_expr(l, s->expr); break; }
            int nres = s->expr->call.fn->nresults;
            IExpr **r = arena_alloc(sizeof(IExpr *) * (size_t)(nres + 1));
            lower_call(l, s->expr, r, nres);
        }
        break;
    }
}

static void lower_stmts(L *l, PtrList *body, bool tail)
{
    for (int i = 0; i < body->len; i++) lower_stmt(l, body->items[i], tail && i == body->len - 1);
}

/* ---- runStencil ---- */

static int64_t stencil_off(Expr *x)
{
    return x->kind == E_INT ? (int64_t)x->ival : -(int64_t)x->op.a->ival;
}

/* The kernel's smallest and largest read offset per dimension. */
static void footprint_expr(Expr *e, int64_t *lo, int64_t *hi);
static void footprint_stmts(PtrList *l, int64_t *lo, int64_t *hi)
{
    for (int i = 0; i < l->len; i++) {
        Stmt *s = l->items[i];
        switch (s->kind) {
        case S_LET: case S_VAR: footprint_expr(s->let.init, lo, hi); break;
        case S_ASSIGN: footprint_expr(s->assign.value, lo, hi); break;
        case S_IF: footprint_expr(s->if_.cond, lo, hi); footprint_stmts(&s->if_.then, lo, hi); footprint_stmts(&s->if_.els, lo, hi); break;
        case S_FOR: footprint_stmts(&s->for_.body, lo, hi); break;
        case S_WHILE: footprint_expr(s->while_.cond, lo, hi); footprint_stmts(&s->while_.body, lo, hi); break;
        case S_EXPR: footprint_expr(s->expr, lo, hi); break;
        default: break;
        }
    }
}

static void footprint_expr(Expr *e, int64_t *lo, int64_t *hi)
{
    if (!e) return;
    switch (e->kind) {
    case E_INDEX:
        if (e->index.base->kind == E_NAME && e->index.base->name.sym && e->index.base->name.sym->kind == SYM_STENCIL) {
            for (int d = 0; d < e->index.idx.len; d++) {
                int64_t o = stencil_off(e->index.idx.items[d]);
                if (o < lo[d]) lo[d] = o;
                if (o > hi[d]) hi[d] = o;
            }
            return;
        }
        footprint_expr(e->index.base, lo, hi);
        for (int d = 0; d < e->index.idx.len; d++) footprint_expr(e->index.idx.items[d], lo, hi);
        return;
    case E_UNARY: footprint_expr(e->op.a, lo, hi); return;
    case E_BINARY: footprint_expr(e->op.a, lo, hi); footprint_expr(e->op.b, lo, hi); return;
    case E_COND: footprint_expr(e->op.c, lo, hi); footprint_expr(e->op.a, lo, hi); footprint_expr(e->op.b, lo, hi); return;
    case E_CALL: for (int i = 0; i < e->call.args.len; i++) footprint_expr(e->call.args.items[i], lo, hi); return;
    case E_BLOCK: footprint_stmts(&e->block.stmts, lo, hi); footprint_expr(e->block.value, lo, hi); return;
    default: return;
    }
}

/* p[o...]: the element at the cursor plus o, mapped by the boundary mode. */
static IExpr *stencil_load(L *l, Expr *e)
{
    StCtx *st = l->st;
    Var *b = st->cur[e->index.base->name.sym->param_index];
    Span s = e->span;
    IExpr *ld = ir_expr(IE_LOAD, b->elem, s);
    ld->load.arr = b;
    ld->load.n = b->rank;
    IExpr *inb = NULL;
    for (int d = 0; d < b->rank; d++) {
        int64_t o = stencil_off(e->index.idx.items[d]);
        IExpr *i = ir_varref(st->idx[d], s);
        if (o == 0) { ld->load.idx[d] = i; continue; }
        IExpr *x = o > 0 ? binop(OP_ADD, T_I64, T_I64, i, ir_const_i(T_I64, o, s), s)
                         : binop(OP_SUB, T_I64, T_I64, i, ir_const_i(T_I64, -o, s), s);
        x->nowrap = true;       /* a loop index plus a small constant */
        IExpr *n = ir_ext(st->dims[d], s);
        IExpr *lt0 = binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(x), ir_const_i(T_I64, 0, s), s);
        IExpr *gen = binop(OP_GE, T_BOOL, T_I64, ir_clone_expr(x), ir_clone_expr(n), s);
        IExpr *lo = NULL, *hi = NULL;           /* what x < 0 and x >= n become */
        switch (st->mode) {
        case ST_WRAP:
        case ST_MIRROR: {
            /* any offset, any extent: periodic or reflected (runtime helpers) */
            IExpr *c = ir_expr(IE_CALL, T_I64, s);
            c->call.fn = st->mode == ST_WRAP ? BI_WRAPIDX : BI_MIRRORIDX;
            c->call.a = ir_clone_expr(x);
            c->call.b = ir_clone_expr(n);
            lo = c;
            hi = ir_clone_expr(c);
            break;
        }
        case ST_CLAMP:
            lo = ir_const_i(T_I64, 0, s);
            hi = binop(OP_SUB, T_I64, T_I64, ir_clone_expr(n), ir_const_i(T_I64, 1, s), s);
            break;
        case ST_SRC_ZERO: {
            IExpr *ok = binop(OP_AND, T_BOOL, T_BOOL, binop(OP_NOT, T_BOOL, T_BOOL, lt0, NULL, s),
                              binop(OP_NOT, T_BOOL, T_BOOL, gen, NULL, s), s);
            inb = inb ? binop(OP_AND, T_BOOL, T_BOOL, inb, ok, s) : ok;
            break;
        }
        default: break;     /* the interior: always in bounds */
        }
        if (lo) {
            IExpr *in = ir_expr(IE_SELECT, T_I64, s);
            in->sel.c = gen; in->sel.a = hi; in->sel.b = ir_clone_expr(x);
            IExpr *out = ir_expr(IE_SELECT, T_I64, s);
            out->sel.c = lt0; out->sel.a = lo; out->sel.b = in;
            x = out;
        }
        ld->load.idx[d] = x;
    }
    if (inb) {
        /* an out-of-bounds read yields 0 (the load is not evaluated) */
        IExpr *sel = ir_expr(IE_SELECT, b->elem, s);
        sel->sel.c = inb;
        sel->sel.a = ld;
        sel->sel.b = conv_to(ir_const_i(T_I64, 0, s), b->elem);
        return sel;
    }
    return ld;
}

/* One loop nest over a box of the buffers, running the kernel (or, for the
 * border of :oob_dst_zero, storing 0 to the written buffers). */
static IStmt *stencil_loop(L *l, Expr *e, IExpr **lo, IExpr **hi, int mode, bool zero, Span s)
{
    StCtx *st = l->st;
    int r = e->stencil.rank;
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = LOOP_PARFOR;
    lp->loop.rank = r;
    static const char *nm[4] = { "i", "j", "k", "l" };
    for (int d = 0; d < r; d++) {
        lp->loop.idx[d] = ir_var(l->f, nm[d], T_I64, 0, V_INDEX, s);
        lp->loop.lo[d] = lo[d];
        lp->loop.hi[d] = hi[d];
        st->idx[d] = lp->loop.idx[d];
    }
    st->mode = mode;
    PtrList *save = l->out;
    l->out = &lp->loop.body;
    if (zero) {
        for (int p = 0; p < e->stencil.nbuf; p++) {
            if (!e->stencil.written[p]) continue;
            IStmt *z = ir_stmt(IS_STORE, s);
            z->store.arr = st->cur[p];
            z->store.n = r;
            for (int d = 0; d < r; d++) z->store.idx[d] = ir_varref(lp->loop.idx[d], s);
            z->store.val = conv_to(ir_const_i(T_I64, 0, s), st->cur[p]->elem);
            emit(l, z);
        }
    } else {
        lower_stmts(l, &e->stencil.body, false);
    }
    l->out = save;
    int line, col;
    span_linecol(s, &line, &col);
    plist_push(&lp->loop.fused, arena_printf("%s@line %d", mode < 0 ? "stencil interior" : zero ? "border :oob_dst_zero"
                                             : arena_printf("border :%s", stencil_mode_name[mode]), line));
    return lp;
}

static IExpr *lower_stencil(L *l, Expr *e, bool value)
{
    Span s = e->span;
    int nb = e->stencil.nbuf, r = e->stencil.rank;
    Var **args = arena_alloc(sizeof(Var *) * (size_t)nb);
    for (int i = 0; i < nb; i++) {
        args[i] = lower_expr(l, e->stencil.args.items[i])->var;
        if (i) check_same_shape(l, args[0], args[i], ((Expr *)e->stencil.args.items[i])->span, "runStencil (buffers)");
    }
    IExpr *iters = e->stencil.iters ? materialize(l, conv_to(lower_expr(l, e->stencil.iters), T_I64), NULL, s)
                                    : ir_const_i(T_I64, 1, s);
    if (iters->kind == IE_CONST && iters->c.i < 0) diag_error(e->stencil.iters->span, "negative iteration count");
    else if (iters->kind != IE_CONST)
        check(l, binop(OP_GE, T_BOOL, T_I64, ir_clone_expr(iters), ir_const_i(T_I64, 0, s), s), e->stencil.iters->span,
              "negative iteration count in runStencil");
    /* the buffer each parameter is bound to (rotated between rounds) */
    StCtx st = { .e = e, .fr = l->fr, .mode = -1 };
    st.cur = arena_alloc(sizeof(Var *) * (size_t)nb);
    for (int i = 0; i < nb; i++) {
        Ident *p = e->stencil.params.items[i];
        Var *v = ir_var(l->f, p->name, args[0]->elem, r, V_LOCAL, p->span);
        v->is_mutable = true;
        for (int d = 0; d < r; d++) v->dims[d] = args[0]->dims[d];
        assign(l, v, ir_varref(args[i], s), s);
        st.cur[i] = v;
    }
    for (int d = 0; d < r; d++) st.dims[d] = args[0]->dims[d];
    int64_t flo[4] = {0}, fhi[4] = {0};
    footprint_stmts(&e->stencil.body, flo, fhi);
    /* the interior [lo, hi) needs no boundary handling */
    IExpr *ilo[4], *ihi[4], *full[4];
    for (int d = 0; d < r; d++) {
        ilo[d] = ir_const_i(T_I64, flo[d] < 0 ? -flo[d] : 0, s);
        IExpr *n = ir_ext(st.dims[d], s);
        full[d] = n;
        ihi[d] = fhi[d] > 0 ? materialize(l, binop(OP_SUB, T_I64, T_I64, ir_clone_expr(n), ir_const_i(T_I64, fhi[d], s), s), NULL, s)
                            : ir_clone_expr(n);
    }
    IStmt *rounds = ir_stmt(IS_LOOP, s);
    rounds->loop.kind = LOOP_ROUNDS;
    rounds->loop.rank = 1;
    rounds->loop.idx[0] = ir_var(l->f, "iter", T_I64, 0, V_INDEX, s);
    rounds->loop.lo[0] = ir_const_i(T_I64, 0, s);
    rounds->loop.hi[0] = ir_clone_expr(iters);
    StCtx *save_st = l->st;
    l->st = &st;
    PtrList *save = l->out;
    l->out = &rounds->loop.body;
    emit(l, stencil_loop(l, e, ilo, ihi, -1, false, s));
    if (e->stencil.mode != ST_SKIP) {
        /* the border: for each dimension d, the slabs below and above the
         * interior (earlier dimensions interior, later ones whole) */
        for (int d = 0; d < r; d++) {
            if (flo[d] == 0 && fhi[d] == 0) continue;
            for (int side = 0; side < 2; side++) {
                if ((side == 0 && flo[d] == 0) || (side == 1 && fhi[d] == 0)) continue;
                IExpr *blo[4], *bhi[4];
                for (int q = 0; q < r; q++) {
                    if (q < d) { blo[q] = ir_clone_expr(ilo[q]); bhi[q] = ir_clone_expr(ihi[q]); }
                    else if (q > d) { blo[q] = ir_const_i(T_I64, 0, s); bhi[q] = ir_clone_expr(full[q]); }
                }
                if (side == 0) {
                    /* [0, min(lo, n)) */
                    IExpr *m = ir_expr(IE_SELECT, T_I64, s);
                    m->sel.c = binop(OP_LT, T_BOOL, T_I64, ir_clone_expr(ilo[d]), ir_clone_expr(full[d]), s);
                    m->sel.a = ir_clone_expr(ilo[d]);
                    m->sel.b = ir_clone_expr(full[d]);
                    blo[d] = ir_const_i(T_I64, 0, s);
                    bhi[d] = materialize(l, m, NULL, s);
                } else {
                    /* [max(hi, lo), n) */
                    IExpr *m = ir_expr(IE_SELECT, T_I64, s);
                    m->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(ihi[d]), ir_clone_expr(ilo[d]), s);
                    m->sel.a = ir_clone_expr(ihi[d]);
                    m->sel.b = ir_clone_expr(ilo[d]);
                    blo[d] = materialize(l, m, NULL, s);
                    bhi[d] = ir_clone_expr(full[d]);
                }
                emit(l, stencil_loop(l, e, blo, bhi, e->stencil.mode, e->stencil.mode == ST_DST_ZERO, s));
            }
        }
    }
    /* the value: the buffer bound to the first parameter in the last round
     * (with no round: the first buffer) */
    Var *res = NULL;
    if (e->stencil.perm && value) {
        res = ir_var(l->f, arena_printf("%s_last", st.cur[0]->name), args[0]->elem, r, V_LOCAL, s);
        res->is_mutable = true;
        for (int d = 0; d < r; d++) res->dims[d] = args[0]->dims[d];
        assign(l, res, ir_varref(st.cur[0], s), s);
    }
    if (e->stencil.perm) {
        /* rotation: parameter j is bound to the buffer returned in position j */
        Var **tmp = arena_alloc(sizeof(Var *) * (size_t)nb);
        for (int j = 0; j < nb; j++) {
            tmp[j] = ir_var(l->f, arena_printf("%s_next", st.cur[j]->name), args[0]->elem, r, V_LOCAL, s);
            tmp[j]->is_mutable = true;
            for (int d = 0; d < r; d++) tmp[j]->dims[d] = args[0]->dims[d];
            assign(l, tmp[j], ir_varref(st.cur[e->stencil.perm[j]], s), s);
        }
        for (int j = 0; j < nb; j++) assign(l, st.cur[j], ir_varref(tmp[j], s), s);
    }
    l->out = save;
    l->st = save_st;
    if (res) assign(l, res, ir_varref(args[0], s), s);     /* before the rounds */
    emit(l, rounds);
    return ir_varref(res ? res : st.cur[0], s);
}

/* ---- exported functions ---- */

static Var *param_var(L *l, Frame *fr, Param *p)
{
    Sym *sym = p->id.sym;
    Type *t = sym->ty;
    Var *v = ir_var(l->f, p->id.name, elem_kind(t), t->kind == T_ARRAY ? t->rank : 0, V_PARAM, p->id.span);
    v->written = sym->written;
    fr->env[sym->id] = ir_varref(v, p->id.span);
    return v;
}

static IrFunc *lower_export(L *l, FnDecl *fn)
{
    IrFunc *f = NEW(IrFunc);
    l->map_reported = false;
    l->exts.len = 0;
    l->affine.len = 0;
    f->name = fn->name;
    f->decl = fn;
    l->f = f;
    l->ntemp = 0;
    Frame fr = { .fn = fn, .top = true, .end_label = -1 };
    fr.env = arena_alloc(sizeof(IExpr *) * (size_t)(fn->nsyms + 1));
    l->fr = &fr;
    /* ABI order: named size variables, then parameters (anonymous extents
     * right after their array). */
    for (int i = 0; i < fn->sizes.len; i++) {
        Sym *s = fn->sizes.items[i];
        if (s->anon) continue;
        Var *v = ir_var(f, s->name, T_I64, 0, V_SIZE, s->span);
        fr.env[s->id] = ir_varref(v, s->span);
        plist_push(&f->params, v);
    }
    for (int i = 0; i < fn->params.len; i++) {
        Param *p = fn->params.items[i];
        Var *v = param_var(l, &fr, p);
        plist_push(&f->params, v);
        for (int d = 0; d < p->shape.rank; d++) {
            Sym *s = p->shape.sym[d];
            if (s && s->anon) {
                Var *dv = ir_var(f, s->name, T_I64, 0, V_SIZE, s->span);
                fr.env[s->id] = ir_varref(dv, s->span);
                plist_push(&f->params, dv);
            }
        }
    }
    for (int i = 0; i < fn->params.len; i++) {
        Param *p = fn->params.items[i];
        Var *v = fr.env[p->id.sym->id]->var;
        for (int d = 0; d < p->shape.rank; d++) {
            Sym *s = p->shape.sym[d];
            if (!s) { v->dims[d].c = p->shape.c[d]; continue; }
            v->dims[d].var = fr.env[s->id]->var;
        }
    }
    /* an i64 parameter that is an extent in the signature is never negative
     * (checked at entry, like a size variable) */
    for (int i = 0; i < fn->params.len; i++) {
        Param *p = fn->params.items[i];
        for (int d = 0; d < p->shape.rank; d++)
            if (p->shape.sym[d] && p->shape.sym[d]->kind == SYM_PARAM) fr.env[p->shape.sym[d]->id]->var->nonneg = true;
    }
    for (int i = 0; i < fn->nresults; i++)
        for (int d = 0; d < fn->result_shapes[i].rank; d++) {
            Sym *sy = fn->result_shapes[i].sym[d];
            if (sy && sy->kind == SYM_PARAM) fr.env[sy->id]->var->nonneg = true;
        }
    for (int i = 0; i < fn->nresults; i++) {
        Type *t = fn->result_tys[i];
        const char *name = fn->nresults == 1 ? "out" : arena_printf("out%d", i);
        Var *r = ir_var(f, name, elem_kind(t), t->kind == T_ARRAY ? t->rank : 0, V_RESULT, fn->span);
        r->result_index = i;
        ShapeSig *sh = &fn->result_shapes[i];
        for (int d = 0; d < r->rank; d++) r->anon_result |= sh->anon[d];
        for (int d = 0; d < r->rank; d++) {
            if (r->anon_result) {
                /* returned through int64_t *out_dK; a declared extent is checked at return */
                Var *dv = ir_var(f, arena_printf("%s_d%d", name, d), T_I64, 0, V_RESULT, fn->span);
                dv->result_index = -1;
                r->dims[d].var = dv;
                if (!sh->anon[d]) {
                    r->declared[d].var = sh->sym[d] ? fr.env[sh->sym[d]->id]->var : NULL;
                    r->declared[d].c = sh->c[d];
                }
                r->has_declared[d] = !sh->anon[d];
            } else if (sh->sym[d]) {
                r->dims[d].var = fr.env[sh->sym[d]->id]->var;
            } else {
                r->dims[d].c = sh->c[d];
            }
        }
        plist_push(&f->results, r);
    }
    l->out = &f->body;
    lower_stmts(l, &fn->body, true);
    if (!fn->nresults) {
        IStmt *st = ir_stmt(IS_RETURN, fn->span);
        emit(l, st);
    }
    return f;
}

/* Stores through a variable that may hold a parameter's buffer write that
 * parameter (so its C pointer is not const): propagate "may alias
 * parameter k" through array assignments to a fixed point, then mark. */
static bool alias_prop(PtrList *l)
{
    bool changed = false;
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.dst->rank && s->assign.val->kind == IE_VAR) {
                uint64_t m = s->assign.dst->param_mask | s->assign.val->var->param_mask;
                changed |= m != s->assign.dst->param_mask;
                s->assign.dst->param_mask = m;
            }
            break;
        case IS_IF: changed |= alias_prop(&s->if_.then); changed |= alias_prop(&s->if_.els); break;
        case IS_LOOP: changed |= alias_prop(&s->loop.body); break;
        case IS_WHILE: changed |= alias_prop(&s->while_.pre); changed |= alias_prop(&s->while_.body); break;
        default: break;
        }
    }
    return changed;
}

static void mark_written(IrFunc *f, PtrList *l);
static void mark_written(IrFunc *f, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_STORE:
            for (int k = 0; k < f->params.len && k < 64; k++)
                if (s->store.arr->param_mask & ((uint64_t)1 << k)) ((Var *)f->params.items[k])->written = true;
            break;
        case IS_ASSIGN:
            if (s->assign.dst->kind == V_VIEW)
                for (int k = 0; k < f->params.len && k < 64; k++)
                    if (s->assign.dst->base->param_mask & ((uint64_t)1 << k)) ((Var *)f->params.items[k])->written = true;
            if (s->assign.val->kind == IE_GEN || s->assign.val->kind == IE_MAP) {
                PtrList *body = s->assign.val->kind == IE_GEN ? &s->assign.val->gen.body : &s->assign.val->map.body;
                mark_written(f, body);
            }
            break;
        case IS_IF: mark_written(f, &s->if_.then); mark_written(f, &s->if_.els); break;
        case IS_LOOP: mark_written(f, &s->loop.body); break;
        case IS_WHILE: mark_written(f, &s->while_.pre); mark_written(f, &s->while_.body); break;
        default: break;
        }
    }
}

static void find_param_writes(IrFunc *f)
{
    for (int k = 0; k < f->params.len && k < 64; k++) {
        Var *v = f->params.items[k];
        if (v->rank) v->param_mask = (uint64_t)1 << k;
    }
    for (int round = 0; round < 1000 && alias_prop(&f->body); round++) {}
    mark_written(f, &f->body);
}

void lower_dir(IrProgram *p, Module *m)
{
    L l = { .p = p };
    l.exts.items = NULL;
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *fn = m->fns.items[i];
        if (fn->is_export) {
            /* lowered again while a pinned var turns out to change extents:
             * each round unpins at least one more symbol */
            int errs = diag_error_count();
            IrFunc *f;
            l.unpinned.len = 0;
            for (;;) {
                l.pinned.len = 0;
                l.relower = false;
                f = lower_export(&l, fn);
                if (!l.relower || diag_error_count() != errs) break;
            }
            find_param_writes(f);
            plist_push(&p->funcs, f);
        }
    }
    VEC_FREE(l.exts);
    VEC_FREE(l.affine);
    VEC_FREE(l.pinned);
    VEC_FREE(l.unpinned);
    VEC_FREE(l.loops);
}
