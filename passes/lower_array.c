/* lower_array.c — new arrays in Domain IR: zeros/ones/fill/empty/arange/
 * linspace, rand/randn, concat/stack, array literals, matmul, and the views
 * reshape and transpose. */
#include "lower_dir_int.h"

/* Run-time checks that the extents of a new array are not negative (those
 * that are constants are checked here). */
static void check_extents(L *l, const Ext *dims, int rank, Span s, BuiltinId id)
{
    for (int i = 0; i < rank; i++) {
        if (!dims[i].var && dims[i].c < 0) { diag_error(s, "negative extent %lld", (long long)dims[i].c); call_notes(l); }
        else if (dims[i].var && dims[i].var->kind != V_SIZE)
            check(l, binop(OP_GE, T_BOOL, T_I64, ir_ext(dims[i], s), ir_const_i(T_I64, 0, s), s), s,
                  arena_printf("negative extent in '%s'", builtins[id].name));
    }
}

/* rand(seed, d...) / randn(seed, d...): a gen node whose element at flat
 * (row-major) position k is uniform(seed, k) / normal(seed, k). */
static IExpr *lower_random_array(L *l, Expr *e, BuiltinId id)
{
    Span s = e->span;
    int rank = e->ty->rank;
    IExpr *seed = materialize(l, conv_to(lower_expr(l, arg(e, 0)), T_I64), NULL, s);
    Ext dims[4] = {{0}};
    for (int i = 0; i < rank; i++) {
        Expr *de = arg(e, 1 + i);
        dims[i] = ext_of(l, lower_expr(l, de), de->span);
    }
    check_extents(l, dims, rank, s, id);
    if (l->in_map && !l->map_reported) {
        diag_error(s, "whole-array operations inside a function called elementwise are not supported");
        l->map_reported = true;
    }
    IExpr *g = ir_expr(IE_GEN, T_F64, s);
    g->gen.rank = rank;
    IExpr *flat = NULL;
    for (int d = 0; d < rank; d++) {
        g->gen.lo[d] = ir_const_i(T_I64, 0, s);
        g->gen.idx[d] = ir_var(l->f, "k", T_I64, 0, V_INDEX, s);
        IExpr *k = ir_varref(g->gen.idx[d], s);
        flat = flat ? binop(OP_ADD, T_I64, T_I64, binop(OP_MUL, T_I64, T_I64, flat, ir_ext(dims[d], s), s), k, s) : k;
    }
    IExpr *r = ir_expr(IE_CALL, T_F64, s);
    r->call.fn = id == BI_RAND ? BI_UNIFORM : BI_NORMAL;
    r->call.a = ir_clone_expr(seed);
    r->call.b = flat;
    g->gen.nout = 1;
    g->gen.results = arena_alloc(sizeof(IExpr *));
    g->gen.outs = arena_alloc(sizeof(Var *));
    g->gen.results[0] = r;
    Var *o = temp(l, T_F64, rank, s);
    for (int d = 0; d < rank; d++) o->dims[d] = dims[d];
    g->gen.outs[0] = o;
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = o;
    st->assign.val = g;
    emit(l, st);
    return ir_varref(o, s);
}

IExpr *lower_construct(L *l, Expr *e, BuiltinId id)
{
    if (id == BI_RAND || id == BI_RANDN) return lower_random_array(l, e, id);
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
    check_extents(l, dims, rank, s, id);
    if (ty_is_float_kind(k) && dom->fill && dom->fill->kind == IE_CONST && ty_is_int_kind(dom->fill->ty))
        dom->fill = conv_to(dom->fill, k);
    return ir_varref(emit_domain(l, dom, k, rank, dims, s), s);
}


/* The extents of argument b of a concat (from dimension 1) or a stack
 * (from 0) against the first argument a's: an error naming both arguments
 * and their shapes, at compile time where both are constants. */
static void join_check(L *l, const Var *a, const Var *b, int from, Span s, const char *what)
{
    IExpr *cond = NULL;
    for (int d = from; d < a->rank; d++) {
        if (ext_equal(a->dims[d], b->dims[d])) continue;
        if (!a->dims[d].var && !b->dims[d].var) {
            diag_error(s, "shape mismatch in %s: %s is '%s' but the first argument %s is '%s': extent %lld and extent %lld "
                       "differ in dimension %d", what, operand_str(b), shape_str(b), operand_str(a), shape_str(a),
                       (long long)b->dims[d].c, (long long)a->dims[d].c, d);
            call_notes(l);
            return;
        }
        IExpr *c = binop(OP_EQ, T_BOOL, T_I64, ir_ext(a->dims[d], s), ir_ext(b->dims[d], s), s);
        cond = cond ? binop(OP_AND, T_BOOL, T_BOOL, cond, c, s) : c;
    }
    if (cond)
        check(l, cond, s, arena_printf("shape mismatch in %s: %s and the first argument %s %s%s", what, operand_str(b),
                                       operand_str(a), shapes_differ_str(b, a),
                                       from ? " (all extents but the first must agree)" : ""));
}

/* concat(a, b, ...): a new array with the rows of a, then of b, ...;
 * stack(a, b, ...): a new array whose slice [k, ..] is the k-th argument.
 * Each argument is copied into its part (a view of the new array) by a
 * map, like a range store, after a check that its extents agree with the
 * first argument's (but the first, for concat). */
IExpr *lower_join(L *l, Expr *e, BuiltinId id)
{
    Span s = e->span;
    int n = e->call.args.len;
    TyKind k = e->ty->elem;
    Var **a = arena_alloc(sizeof(Var *) * (size_t)n);
    for (int i = 0; i < n; i++) a[i] = lower_expr(l, arg(e, i))->var;
    int r = a[0]->rank, R = e->ty->rank;
    Ext dims[4];
    IExpr **off = arena_alloc(sizeof(IExpr *) * (size_t)(n + 1));
    if (id == BI_STACK) {
        dims[0] = (Ext){ .c = n };
        for (int d = 0; d < r; d++) dims[d + 1] = a[0]->dims[d];
    } else {
        /* the row offsets of the parts, and the total */
        off[0] = ir_const_i(T_I64, 0, s);
        for (int i = 0; i < n; i++)
            off[i + 1] = i == 0 ? ir_ext(a[0]->dims[0], s)
                                : materialize(l, binop(OP_ADD, T_I64, T_I64, ir_clone_expr(off[i]), ir_ext(a[i]->dims[0], s), s), NULL, s);
        dims[0] = ext_of(l, off[n], s);
        for (int d = 1; d < r; d++) dims[d] = a[0]->dims[d];
    }
    IExpr *dom = ir_expr(IE_FILL, k, s);
    dom->fill = NULL;
    Var *out = emit_domain(l, dom, k, R, dims, s);
    for (int i = 0; i < n; i++) {
        Var *v = ir_var(l->f, tmpname(l, "part"), k, r, V_VIEW, s);
        v->base = out;
        for (int d = 0; d < R; d++) v->vstart[d] = ir_const_i(T_I64, 0, s);
        if (id == BI_STACK) {
            v->vstart[0] = ir_const_i(T_I64, i, s);
            v->vmap[0] = -1;
            for (int d = 0; d < r; d++) { v->vmap[d + 1] = d; v->dims[d] = a[0]->dims[d]; }
        } else {
            v->vstart[0] = ir_clone_expr(off[i]);
            for (int d = 0; d < r; d++) { v->vmap[d] = d; v->dims[d] = d ? a[0]->dims[d] : a[i]->dims[0]; }
        }
        if (i) join_check(l, a[0], a[i], id == BI_STACK ? 0 : 1, arg(e, i)->span, arena_printf("'%s' (argument %d)", builtins[id].name, i + 1));
        IExpr *op = ir_varref(a[i], s);
        MapB mb;
        map_begin(l, &mb, 1, &op, s, builtins[id].name);
        mb.map->map.result = conv_to(op, k);
        mb.map->ty = k;
        v->written = true;
        assign(l, v, mb.map, s);
    }
    return ir_varref(out, s);
}

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
IExpr *lower_arraylit(L *l, Expr *e)
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

/* A matmul operand: an array, or the transpose of one (the kernel packs
 * either from its rows and columns); any other view is copied first. */
static Var *mm_operand(L *l, Var *v, bool *transposed, Span s)
{
    *transposed = v->kind == V_VIEW && !v->vcoef[0] && v->base->rank == 2 && v->base->kind != V_VIEW
                  && v->vmap[0] == 1 && v->vmap[1] == 0
                  && v->vstart[0]->kind == IE_CONST && v->vstart[0]->c.i == 0
                  && v->vstart[1]->kind == IE_CONST && v->vstart[1]->c.i == 0;
    return *transposed ? v->base : own_array(l, v, s);
}

/* matmul(a, b) of two 2-D arrays of one float kind (sema marks the call
 * `gemm`): an IE_MATMUL node, emitted as the runtime's tiled kernel.  An
 * operand is an array or a transpose of one; the inner extents must agree
 * (proven here, or checked at run time). */
IExpr *lower_matmul(L *l, Expr *e)
{
    Span s = e->span;
    bool ta, tb;
    Var *av = lower_expr(l, arg(e, 0))->var, *bv = lower_expr(l, arg(e, 1))->var;
    Ext m = av->dims[0], ka = av->dims[1], kb = bv->dims[0], n = bv->dims[1];
    Var *a = mm_operand(l, av, &ta, s), *b = mm_operand(l, bv, &tb, s);
    if (!ka.var && !kb.var && ka.c != kb.c) {
        diag_error(s, "shape mismatch in 'matmul': the left operand has %lld columns, the right one %lld rows",
                   (long long)ka.c, (long long)kb.c);
        call_notes(l);
    } else if (!ext_equal(ka, kb))
        check(l, binop(OP_EQ, T_BOOL, T_I64, ir_ext(ka, s), ir_ext(kb, s), s), s,
              "shape mismatch in 'matmul': the left operand's columns and the right operand's rows differ at run time");
    IExpr *mm = ir_expr(IE_MATMUL, a->elem, s);
    mm->mm.a = a;
    mm->mm.b = b;
    mm->mm.ta = ta;
    mm->mm.tb = tb;
    Ext dims[2] = { m, n };
    return ir_varref(emit_domain(l, mm, a->elem, 2, dims, s), s);
}

/* The run-time condition that d[0] * ... * d[n-1] == t (all >= 0), without
 * overflow: t == 0 needs some d[j] == 0; otherwise every d[j] but the last
 * must be positive and divide what the ones before it leave of t, and the
 * last must equal what is left. The && are short-circuit, so no division
 * by zero is evaluated. */
static IExpr *count_is(IExpr *t, const Ext *d, int n, Span s)
{
    IExpr *zero = ir_const_i(T_I64, 0, s);
    IExpr *some0 = NULL;
    for (int j = 0; j < n; j++) {
        IExpr *z = binop(OP_EQ, T_BOOL, T_I64, ir_ext(d[j], s), ir_clone_expr(zero), s);
        some0 = some0 ? binop(OP_OR, T_BOOL, T_BOOL, some0, z, s) : z;
    }
    IExpr *rem = ir_clone_expr(t), *chain = NULL;
    for (int j = 0; j < n - 1; j++) {
        IExpr *c = binop(OP_AND, T_BOOL, T_BOOL, binop(OP_GT, T_BOOL, T_I64, ir_ext(d[j], s), ir_clone_expr(zero), s),
                         binop(OP_EQ, T_BOOL, T_I64, binop(OP_MOD, T_I64, T_I64, ir_clone_expr(rem), ir_ext(d[j], s), s),
                               ir_clone_expr(zero), s), s);
        chain = chain ? binop(OP_AND, T_BOOL, T_BOOL, chain, c, s) : c;
        rem = binop(OP_DIV, T_I64, T_I64, rem, ir_ext(d[j], s), s);
    }
    IExpr *last = binop(OP_EQ, T_BOOL, T_I64, rem, ir_ext(d[n - 1], s), s);
    chain = chain ? binop(OP_AND, T_BOOL, T_BOOL, chain, last, s) : last;
    IExpr *is0 = binop(OP_EQ, T_BOOL, T_I64, ir_clone_expr(t), ir_clone_expr(zero), s);
    return binop(OP_OR, T_BOOL, T_BOOL, binop(OP_AND, T_BOOL, T_BOOL, is0, some0, s),
                 binop(OP_AND, T_BOOL, T_BOOL, binop(OP_NE, T_BOOL, T_I64, ir_clone_expr(is0->op.a), zero, s), chain, s), s);
}

/* Do the extents d (n of them) provably hold as many elements as a? The
 * same extents in any order (ones aside), or constants with equal products. */
static int count_known(const Var *a, const Ext *d, int n, int64_t *pa, int64_t *pd)
{
    const Ext *x[2] = { a->dims, d };
    int len[2] = { a->rank, n };
    int64_t prod[2] = { 1, 1 };
    bool consts = true;
    for (int k = 0; k < 2; k++)
        for (int j = 0; j < len[k]; j++) {
            if (x[k][j].var) { consts = false; continue; }
            if (__builtin_mul_overflow(prod[k], x[k][j].c, &prod[k])) return 0;
        }
    *pa = prod[0];
    *pd = prod[1];
    if (consts) return prod[0] == prod[1] ? 1 : -1;
    /* the variables must pair up, and the constants' products agree */
    if (prod[0] != prod[1]) return 0;
    bool used[4] = { false };
    for (int i = 0; i < a->rank; i++) {
        if (!a->dims[i].var) continue;
        int j = 0;
        while (j < n && (used[j] || d[j].var != a->dims[i].var)) j++;
        if (j == n) return 0;
        used[j] = true;
    }
    for (int j = 0; j < n; j++) if (d[j].var && !used[j]) return 0;
    return 1;
}

/* Whether the view a is one row-major block of a base of rank brank and
 * extents bdims (a's vstart and vmap, before composing): some leading base dimensions fixed, one dimension any
 * range, every later one whole and in order (a[lo..hi], A[i, ..],
 * A[lo..hi, ..], A[i, lo..hi]); its own dimensions that no base dimension
 * follows have extent 1 (newaxis). */
bool view_is_block(const Var *a, int brank, const Ext *bdims)
{
    int d = 0, j = -1;
    while (d < brank && a->vmap[d] < 0) d++;                      /* fixed */
    for (int first = d; d < brank; d++) {
        int vd = a->vmap[d];
        if (vd <= j) return false;                                  /* fixed later, or out of order */
        if (d > first && (!(a->vstart[d]->kind == IE_CONST && a->vstart[d]->c.i == 0) || !ext_equal(a->dims[vd], bdims[d])))
            return false;                                           /* not the whole dimension */
        j = vd;
    }
    for (int k = 0; k < a->rank; k++) {
        bool follows = false;
        for (int e = 0; e < brank; e++) follows |= a->vmap[e] == k;
        if (!follows && !(!a->dims[k].var && a->dims[k].c == 1)) return false;   /* a broadcast */
    }
    return true;
}

/* i64 index arithmetic on values known to stay within an array (no wrap),
 * folding the constants 0 and 1 */
IExpr *ix_mul(IExpr *a, IExpr *b, Span s)
{
    if (a->kind == IE_CONST && a->c.i == 1) return b;
    if (b->kind == IE_CONST && b->c.i == 1) return a;
    if ((a->kind == IE_CONST && a->c.i == 0) || (b->kind == IE_CONST && b->c.i == 0)) return ir_const_i(T_I64, 0, s);
    IExpr *m = binop(OP_MUL, T_I64, T_I64, a, b, s);
    m->nowrap = true;
    return m;
}

IExpr *ix_add(IExpr *a, IExpr *b, Span s)
{
    if (a->kind == IE_CONST && a->c.i == 0) return b;
    if (b->kind == IE_CONST && b->c.i == 0) return a;
    IExpr *m = binop(OP_ADD, T_I64, T_I64, a, b, s);
    m->nowrap = true;
    return m;
}

/* The product of extents d[from..n-1] (1 when empty) */
static IExpr *ext_product(const Ext *d, int from, int n, Span s)
{
    IExpr *p = ir_const_i(T_I64, 1, s);
    for (int k = from; k < n; k++) p = ix_mul(p, ir_ext(d[k], s), s);
    return p;
}

/* reshape of a view that is one row-major block: a view of the same
 * memory with the extents d (section 13: a view), affine over a rank-1
 * alias of the viewed array (its pointer, like reshape of an array; no
 * copy): element [k...] is flat[start + row-major offset of k in d].
 * NULL where the view is not one block (a column, a transposed or
 * composed view): the caller copies, as NumPy does.
 * Legality: flat is marked is_mutable and `reshaped` with the array, as
 * reshape's own variable is (below), so alias analysis takes it for any
 * buffer of its type and no pass counts an access through it as one at a
 * loop's indices; the view's element [k...] is the array's element at the
 * same row-major position, which is what makes it a reshape: the block's
 * start plus the row-major offset of k in d (a block's elements are
 * consecutive in the array, view_is_block). */
static Var *reshape_view(L *l, Var *a, const Ext *d, int n, Span s)
{
    Var *flat;
    IExpr *start;
    if (a->vcoef[0]) {
        if (!a->vrowmajor) return NULL;
        flat = a->base;
        start = a->vstart[0];
    } else {
        if (!view_is_block(a, a->base->rank, a->base->dims)) return NULL;
        Var *b = a->base;
        flat = ir_var(l->f, tmpname(l, "flat"), b->elem, 1, V_TEMP, s);
        flat->dims[0] = ext_of(l, ext_product(b->dims, 0, b->rank, s), s);
        flat->is_mutable = true;
        flat->reshaped = b->reshaped = true;
        assign(l, flat, ir_varref(b, s), s);
        start = ir_const_i(T_I64, 0, s);
        for (int k = 0; k < b->rank; k++)
            start = ix_add(start, ix_mul(ir_clone_expr(a->vstart[k]), ext_product(b->dims, k + 1, b->rank, s), s), s);
        start = materialize(l, start, NULL, s);
    }
    Var *r = ir_var(l->f, tmpname(l, "reshape"), a->elem, n, V_VIEW, s);
    for (int k = 0; k < n; k++) {
        r->dims[k] = d[k];
        r->vcoef[k] = materialize(l, ext_product(d, k + 1, n, s), NULL, s);
    }
    r->vstart[0] = ir_clone_expr(start);
    r->vrowmajor = r->reshaped = true;
    r->base = flat;
    return r;
}

/* reshape(a, d...) (section 13): the same elements, row-major, seen with
 * the extents d: a variable assigned a's pointer, so reading it copies
 * nothing and storing through it stores into a (NumPy's view).  A slice
 * that is one row-major block is viewed too (reshape_view); any other view
 * is copied first (its elements are not one block), as NumPy copies what
 * it cannot view.  The element counts must agree: proven, or checked at
 * run time without overflow.
 * Legality: the result may hold any buffer of its type (is_mutable, so
 * alias analysis treats it like a rebindable var), and it and a are marked
 * `reshaped`: an access of one at a loop's indices is not the element the
 * other has at those indices (their extents differ), so no pass fuses
 * loops or updates in place on that ground (passes/access.c). */
IExpr *lower_reshape(L *l, Expr *e)
{
    Span s = e->span;
    Var *a = lower_expr(l, arg(e, 0))->var;
    int n = e->ty->rank;
    Ext d[4] = {{0}};
    for (int i = 0; i < n; i++) {
        Expr *de = arg(e, 1 + i);
        d[i] = ext_of(l, lower_expr(l, de), de->span);
    }
    check_extents(l, d, n, s, BI_RESHAPE);
    int64_t ca, cd;
    int known = count_known(a, d, n, &ca, &cd);
    if (known < 0) {
        diag_error(s, "'reshape' of %lld elements to extents that hold %lld", (long long)ca, (long long)cd);
        call_notes(l);
    } else if (!known) {
        IExpr *t = NULL;
        for (int i = 0; i < a->rank; i++) {
            IExpr *x = ir_ext(a->dims[i], s);
            t = t ? binop(OP_MUL, T_I64, T_I64, t, x, s) : x;
            t->nowrap = true;       /* the element count of an array that exists */
        }
        check(l, count_is(t, d, n, s), s, arena_printf("'reshape' of an array of shape %s to extents whose product "
                                                       "differs from its element count", shape_str(a)));
    }
    if (a->kind == V_VIEW) {
        Var *v = reshape_view(l, a, d, n, s);
        if (v) return ir_varref(v, s);
        a = own_array(l, a, s);
    }
    Var *r = ir_var(l->f, tmpname(l, "reshape"), a->elem, n, V_TEMP, s);
    for (int i = 0; i < n; i++) r->dims[i] = d[i];
    r->is_mutable = true;
    r->reshaped = a->reshaped = true;
    assign(l, r, ir_varref(a, s), s);
    return ir_varref(r, s);
}

/* transpose(a) of a 2-D array (section 13): a view whose element [i, j] is
 * a[j, i], so reading it copies nothing (and fuses like any slice) and
 * storing through it stores into a. */
IExpr *lower_transpose(L *l, Expr *e)
{
    Span s = e->span;
    Var *a = held_buffer(l, lower_expr(l, arg(e, 0))->var, s);
    Var *v = ir_var(l->f, tmpname(l, "transpose"), a->elem, 2, V_VIEW, s);
    v->dims[0] = a->dims[1];
    v->dims[1] = a->dims[0];
    for (int d = 0; d < 2; d++) {
        v->vstart[d] = ir_const_i(T_I64, 0, s);
        v->vmap[d] = 1 - d;
    }
    v->base = a;
    compose_view(l, v, s);
    return ir_varref(v, s);
}
