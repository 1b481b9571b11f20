/* lower_expr.c — expressions to Domain IR: elementwise maps, reductions,
 * constructors, data movement and gathers, comprehensions (gen nodes) and
 * array literals (indexing and slices: lower_index.c). */
#include "lower_dir_int.h"
#include "access.h"

/* ---- elementwise operations ---- */



/* What a view of a is made of: a var may be rebound later, so a view of it
 * views the buffer it holds now. */
Var *held_buffer(L *l, Var *a, Span s)
{
    if (!a->is_mutable || a->kind == V_VIEW) return a;
    Var *snap = new_array_var(l, arena_printf("%s_now", a->name), a, V_TEMP, s);
    rebind(l, snap, a, s);
    snap->is_mutable = true;
    return snap;
}

/* A view of a (rank r) with rank R and extents dims (NumPy broadcasting):
 * a's dimension d follows the view's dimension R - r + d, or, where a's
 * extent is the constant 1 and the view's is not, stays at index 0. */
Var *broadcast_view(L *l, Var *a, int R, const Ext *dims, Span s)
{
    a = held_buffer(l, a, s);
    Var *v = ir_var(l->f, tmpname(l, "bcast"), a->elem, R, V_VIEW, s);
    for (int d = 0; d < R; d++) v->dims[d] = dims[d];
    for (int bd = 0; bd < a->rank; bd++) {
        int vd = R - a->rank + bd;
        v->vstart[bd] = ir_const_i(T_I64, 0, s);
        v->vmap[bd] = ext_is_one(a->dims[bd]) && !ext_is_one(dims[vd]) ? -1 : vd;
    }
    v->base = a;
    compose_view(l, v, s);
    return v;
}

/* If any operand is an array, starts a map over the arrays and replaces each
 * array operand by its per-element scalar.  Returns whether it did.
 * Operands of different ranks broadcast as in NumPy (LANGUAGE.md section
 * 13): aligned at their last dimension, a missing leading dimension or a
 * constant extent 1 repeats; any other pair of extents must be equal
 * (proven, or checked at run time). */
bool map_begin(L *l, MapB *mb, int n, IExpr **ops, Span s, const char *what)
{
    mb->map = NULL;
    mb->rank = 0;
    Var *first = NULL;
    for (int i = 0; i < n; i++)
        if (ops[i] && is_array(ops[i]) && ops[i]->var->rank > mb->rank) { mb->rank = ops[i]->var->rank; first = ops[i]->var; }
    if (!first) return false;
    int R = mb->rank;
    bool set[4] = {0};
    for (int i = 0; i < n; i++) {
        if (!ops[i] || !is_array(ops[i])) continue;
        Var *a = ops[i]->var;
        for (int bd = 0; bd < a->rank; bd++) {
            int vd = R - a->rank + bd;
            if (!set[vd] || (ext_is_one(mb->dims[vd]) && !ext_is_one(a->dims[bd]))) { mb->dims[vd] = a->dims[bd]; set[vd] = true; }
        }
    }
    Var **arrs = arena_alloc(sizeof(Var *) * (size_t)n);     /* the array operands (ops become elements below) */
    for (int i = 0; i < n; i++) arrs[i] = ops[i] && is_array(ops[i]) ? ops[i]->var : NULL;
    for (int i = 0; i < n; i++) {
        if (!ops[i] || !is_array(ops[i])) continue;
        Var *a = ops[i]->var;
        bool bcast = a->rank < R;
        IExpr *cond = NULL;
        for (int bd = 0; bd < a->rank; bd++) {
            Ext x = a->dims[bd], want = mb->dims[R - a->rank + bd];
            if (ext_equal(x, want)) continue;
            if (ext_is_one(x)) { bcast = true; continue; }
            if (!x.var && !want.var) {
                /* name the operand the other extent came from, when one is */
                const Var *o = NULL;
                for (int k = 0; k < n && !o; k++) {
                    if (!arrs[k] || arrs[k] == a) continue;
                    const Var *v = arrs[k];
                    int vd = (R - a->rank + bd) - (R - v->rank);     /* v's dimension aligned with a's bd */
                    if (vd >= 0 && vd < v->rank && !v->dims[vd].var && v->dims[vd].c == want.c) o = v;
                }
                if (o)
                    diag_error(s, "shape mismatch in '%s': %s is '%s' and %s is '%s' (extent %lld and extent %lld differ in "
                               "dimension %d)", what, operand_str(o), shape_str(o), operand_str(a), shape_str(a),
                               (long long)want.c, (long long)x.c, R - a->rank + bd);
                else
                    diag_error(s, "shape mismatch in '%s': extent %lld and extent %lld differ in dimension %d", what,
                               (long long)want.c, (long long)x.c, R - a->rank + bd);
                call_notes(l);
                break;
            }
            IExpr *c = binop(OP_EQ, T_BOOL, T_I64, ir_ext(want, s), ir_ext(x, s), s);
            cond = cond ? binop(OP_AND, T_BOOL, T_BOOL, cond, c, s) : c;
        }
        if (cond)
            check(l, cond, s, arena_printf("shape mismatch in '%s': %s and %s %s", what,
                                           operand_str(first), operand_str(a), shapes_differ_str(first, a)));
        if (bcast) ops[i] = ir_varref(broadcast_view(l, a, R, mb->dims, s), s);
        if (!mb->map) {
            mb->map = ir_expr(IE_MAP, ops[i]->var->elem, s);
            mb->map->map.args = arena_alloc(sizeof(Var *) * (size_t)n);
            mb->map->map.elems = arena_alloc(sizeof(Var *) * (size_t)n);
            mb->map->map.what = what;
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

IExpr *map_end(L *l, MapB *mb, IExpr *result)
{
    IExpr *m = mb->map;
    m->map.result = result;
    m->ty = result->ty;
    Var *v = emit_domain(l, m, result->ty, mb->rank, mb->dims, m->span);
    return ir_varref(v, m->span);
}

/* ---- expressions ---- */


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

/* Number of elements of an array as an i64 expression. */
static IExpr *count_of(Var *v, Span s)
{
    IExpr *n = ir_ext(v->dims[0], s);
    for (int i = 1; i < v->rank; i++) n = binop(OP_MUL, T_I64, T_I64, n, ir_ext(v->dims[i], s), s);
    return n;
}

/* The statements a lambda's body lowered to (under --bounds-check, the
 * check of an index: `|x, y| (x + y) % m[i]`): when none reads a
 * parameter, they are the same for every application of the lambda and run
 * once, before the operation.  Also for an empty array: the parallel
 * reduce and scan apply the lambda to the threads' partial results (their
 * initial values when there are no elements), so the index is read in any
 * case.  False when one reads a parameter: the lambda is too complex. */
static bool hoist_lambda_body(L *l, PtrList *body, const Var *pa, const Var *pb)
{
    AccessSet a = {0};
    analyze_access_list(body, NULL, &a);
    bool reads = access_reads(&a, pa) || access_reads(&a, pb);
    free(a.items);
    if (reads) return false;
    for (int i = 0; i < body->len; i++) emit(l, body->items[i]);
    return true;
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
        if (!hoist_lambda_body(l, &body, red->red.pa, red->red.pb))
            diag_error(lam->span, "this lambda is too complex for 'reduce': use an expression of its parameters");
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
        if (id == BI_MEAN && ty_is_int_kind(arr->elem)) {
            /* the mean of integers sums them as f64, as NumPy does: an i64
               sum would wrap (the mean of u64 [2^64 - 1] was -1) */
            IExpr *op = ir_varref(arr, s);
            MapB mb;
            map_begin(l, &mb, 1, &op, s, "mean");
            arr = map_end(l, &mb, conv_to(op, T_F64))->var;
        }
        break;
    }
    red->red.arr = arr;
    TyKind acck = id == BI_MEAN ? arr->elem : rk;
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
    if (id == BI_WHERE) return lower_where(l, arg(e, 0), s);
    if (id == BI_ARGSORT) {
        Var *keys = own_array(l, lower_expr(l, arg(e, 0))->var, s);
        IExpr *so = ir_expr(IE_SORT, T_I64, s);
        so->sort.keys = keys;
        return ir_varref(emit_domain(l, so, T_I64, 1, keys->dims, s), s);
    }
    if (id == BI_HISTOGRAM) {
        Var *idx = lower_expr(l, arg(e, 0))->var;
        Ext nb = ext_of(l, lower_expr(l, arg(e, 1)), s);
        if (!nb.var && nb.c < 0) { diag_error(s, "negative number of bins %lld", (long long)nb.c); call_notes(l); }
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
    case BC_MATH2:
    case BC_COMPLEX: {
        int n = b->min_args;
        IExpr *ops[2] = { lower_expr(l, arg(e, 0)), n > 1 ? lower_expr(l, arg(e, 1)) : NULL };
        MapB mb;
        bool m = map_begin(l, &mb, n, ops, s, b->name);
        TyKind opk = rk;
        if (builtin_is_fp_predicate(id))    /* an integer is tested as the f64 it converts to */
            opk = ty_is_float_kind(ops[0]->ty) ? ops[0]->ty : T_F64;
        /* complex(re, im) takes the parts' kind; abs real imag arg a complex number */
        if (id == BI_COMPLEX) opk = ty_complex_part(rk);
        else if (id == BI_REAL || id == BI_IMAG || id == BI_ARG) opk = rk == T_F32 ? T_C64 : T_C128;
        else if (id == BI_ABS && ty_is_complex_kind(elem_kind(arg(e, 0)->ty))) opk = elem_kind(arg(e, 0)->ty);
        IExpr *r = ir_expr(IE_CALL, rk, s);
        r->call.fn = id;
        r->call.a = conv_to(ops[0], opk);
        r->call.b = n > 1 ? conv_to(ops[1], opk) : NULL;
        return m ? map_end(l, &mb, r) : r;
    }
    case BC_RANDOM: {
        IExpr *ops[2] = { lower_expr(l, arg(e, 0)), lower_expr(l, arg(e, 1)) };
        MapB mb;
        bool m = map_begin(l, &mb, 2, ops, s, b->name);
        IExpr *r = ir_expr(IE_CALL, T_F64, s);
        r->call.fn = id;
        r->call.a = conv_to(ops[0], T_I64);
        r->call.b = conv_to(ops[1], T_I64);
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
        if (id == BI_CUMSUM && ty_is_complex_kind(k)) {
            /* cumsum of complex numbers: the scan |a, b| a + b from 0 (the
             * sequential sums NumPy's cumsum makes, as a scan's lambda) */
            sc->scan.op = RED_LAMBDA;
            sc->scan.init = ir_const_c(k, 0.0, 0.0, s);
            sc->scan.pa = ir_var(l->f, "acc", k, 0, V_INDEX, s);
            sc->scan.pb = ir_var(l->f, "elem", k, 0, V_INDEX, s);
            sc->scan.lam = ir_binop(OP_ADD, k, k, ir_varref(sc->scan.pa, s), ir_varref(sc->scan.pb, s), s);
        } else if (id == BI_CUMSUM) {
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
            if (!hoist_lambda_body(l, &body, sc->scan.pa, sc->scan.pb))
                diag_error(lam->span, "this lambda is too complex for 'scan': use an expression of its parameters");
        }
        return ir_varref(emit_domain(l, sc, k, 1, src->dims, s), s);
    }
    case BC_MOVE: return lower_move(l, e, id);
    case BC_LINALG: return id == BI_TRANSPOSE ? lower_transpose(l, e) : lower_matmul(l, e);
    case BC_VIEW: return lower_reshape(l, e);
    case BC_JOIN: return lower_join(l, e, id);
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


/* The values of a comprehension body: a tuple, a block whose value is a
 * tuple, or one expression; statements go to l->out. */
int lower_values(L *l, Expr *e, IExpr **vals, int max)
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
int lower_comprehension(L *l, Expr *e, IExpr **outs, int max)
{
    Span s = e->span;
    int rank = e->comp.gens.len;
    IExpr *g = ir_expr(IE_GEN, T_VOID, s);
    g->gen.rank = rank;
    Ext dims[4];
    Var *over[4] = {0};
    for (int d = 0; d < rank; d++) {
        Gen *gn = e->comp.gens.items[d];
        if (gn->over) {
            /* x in a: an index over a's extent; x = a[index] heads the body */
            over[d] = lower_expr(l, gn->over)->var;
            dims[d] = over[d]->dims[0];
            g->gen.lo[d] = ir_const_i(T_I64, 0, s);
            g->gen.idx[d] = ir_var(l->f, arena_printf("%s_i", gn->var.name), T_I64, 0, V_INDEX, gn->var.span);
            continue;
        }
        IExpr *lo = materialize(l, conv_to(lower_expr(l, gn->range->range.lo), T_I64), NULL, s);
        IExpr *hi = materialize(l, conv_to(lower_expr(l, gn->range->range.hi), T_I64), NULL, s);
        check_range_length(l, lo, hi, gn->range->span);
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
    for (int d = 0; d < rank; d++) {
        if (!over[d]) continue;
        Gen *gn = e->comp.gens.items[d];
        Var *x = ir_var(l->f, gn->var.name, over[d]->elem, 0, V_LOCAL, gn->var.span);
        assign(l, x, load1(over[d], ir_varref(g->gen.idx[d], s), s), gn->var.span);
        l->fr->env[gn->var.sym->id] = ir_varref(x, gn->var.span);
    }
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


IExpr *lower_expr(L *l, Expr *e)
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
    case E_INT:
        if (ty_is_complex_kind(e->ty->kind)) return ir_const_c(e->ty->kind, (double)e->ival, 0.0, e->span);
        return ir_const_i(e->ty->kind, (int64_t)e->ival, e->span);
    case E_FLOAT:
        if (e->flt.imag) return ir_const_c(e->ty->kind, 0.0, e->flt.val, e->span);
        return ir_const_f(e->ty->kind, e->flt.val, e->span);
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
            if (ty_is_float_kind(e->op.opk) || ty_is_complex_kind(e->op.opk)) return ir_const_f(e->op.opk, -(double)v, e->span);
            return ir_const_i(e->op.opk, (int64_t)(0 - v), e->span);
        }
        if (e->op.op == OP_NEG && e->op.a->kind == E_FLOAT) {
            if (e->op.a->flt.imag) return ir_const_c(e->op.opk, -0.0, -e->op.a->flt.val, e->span);
            return ir_const_f(e->op.opk, -e->op.a->flt.val, e->span);
        }
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
