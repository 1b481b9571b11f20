/* sema_comp.c — array literals, comprehensions and runStencil kernels
 * (their bodies are checked one comprehension level deeper). */
#include "sema_int.h"

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
Type *check_arraylit(Ctx *c, Expr *e)
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

/* [body for i in lo..hi, ...]: an array of rank = number of generators
 * (a tuple of such arrays for a tuple body); elements must be scalars. */
/* A comprehension's type; for messages, an extent is named where a
 * generator runs over 0..NAME or 0..CONSTANT. */
static Type *comp_type(const Expr *e, TyKind k)
{
    Type *t = ty_array(k, e->comp.gens.len);
    for (int i = 0; i < e->comp.gens.len && i < 4; i++) {
        const Gen *g = e->comp.gens.items[i];
        const Expr *lo = g->range ? g->range->range.lo : NULL, *hi = g->range ? g->range->range.hi : NULL;
        if (!lo || !hi || lo->kind != E_INT || lo->ival != 0) continue;
        t->dims[i] = hi->kind == E_NAME ? hi->name.name : hi->kind == E_INT ? arena_printf("%" PRIu64, hi->ival) : NULL;
    }
    return t;
}

Type *check_comprehension(Ctx *c, Expr *e)
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
        if (g->over) {
            /* x in a: x is each element of the rank-1 array a in turn */
            Type *ta = check_value(c, g->over);
            if (is_err(ta)) { bad = true; g->var.sym->ty = err_ty(); continue; }
            if (ta->kind != T_ARRAY || ta->rank != 1) {
                diag_error(g->over->span, "a generator runs over a range 'lo..hi' or the elements of a 1-D array, "
                           "not %s", what(ta));
                if (ta->kind == T_ARRAY && ta->rank > 1 && g->over->kind == E_NAME)
                    diag_note(g->over->span, "for its rows, run over their indices: 'for i in 0..size(%s, 0)' and '%s[i, ..]'",
                              g->over->name.name, g->over->name.name);
                bad = true;
                g->var.sym->ty = err_ty();      /* its uses are not errors of their own */
                continue;
            }
            finish(g->over);
            g->var.sym->ty = ty_scalar(g->over->ty->elem);
            continue;
        }
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
            elts[i] = comp_type(e, ty_default(t->elts[i]->kind));
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
    return comp_type(e, body->ty->kind);
}

/* A constant stencil offset: an integer literal, possibly negated. */
bool stencil_offset(Expr *x, int64_t *v)
{
    if (x->kind == E_INT) { *v = (int64_t)x->ival; return x->ival < 1000000; }
    if (x->kind == E_UNARY && x->op.op == OP_NEG && x->op.a->kind == E_INT && x->op.a->ival < 1000000) {
        *v = -(int64_t)x->op.a->ival;
        return true;
    }
    return false;
}

/* p[o0, o1] inside a kernel: constant offsets, one per dimension. */
Type *check_stencil_index(Ctx *c, Expr *e, Sym *p)
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
Type *check_stencil(Ctx *c, Expr *e)
{
    if (c->stencil) {
        diag_error(e->span, "runStencil cannot be nested in a stencil kernel");
        return err_ty();
    }
    int n = e->stencil.args.len;
    Type *bt = NULL;
    Type **bts = arena_alloc(sizeof(Type *) * (size_t)(n + 1));     /* each buffer's type */
    int nbuf = 0;
    e->stencil.mode = ST_SKIP;
    bool bad = false;
    for (int i = 0; i < n; i++) {
        /* runStencil(b, a, 4, oob_clamp): the mode without its ':' (an
           undeclared name, which made two errors, the first at the count) */
        Expr *a = e->stencil.args.items[i];
        if (a->kind == E_NAME && !strncmp(a->name.name, "oob_", 4) && !lookup(c, a->name.name)) {
            diag_error(a->span, "a boundary mode is a symbol, written with a colon: ':%s'", a->name.name);
            a->kind = E_SYMBOL;
            bad = true;
        }
    }
    for (int i = 0; i < n; i++) {
        Expr *a = e->stencil.args.items[i];
        Type *t = check_expr(c, a);
        if (is_err(t)) { bad = true; continue; }
        if (t->kind == T_ARRAY) {
            if (nbuf != i) { diag_error(a->span, "buffers come first in runStencil's arguments"); bad = true; continue; }
            /* element types may differ (an f32 image and a u8 mask, section 12) */
            if (bt && t->rank != bt->rank) {
                diag_error(a->span, "all buffers of runStencil must have the same rank: %s and %s", what(bt), what(t));
                bad = true;
            }
            bts[nbuf] = t;
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
            int64_t r;
            if (stencil_offset(a, &r) && r < 0)
                diag_warning(W_STENCIL_ROUNDS, a->span, "runStencil with %" PRId64 " rounds: a negative count is an "
                             "error at run time", r);
            else if (stencil_offset(a, &r) && r == 0)
                diag_warning(W_STENCIL_ROUNDS, a->span, "runStencil with 0 rounds does nothing");
        } else if (t->kind == T_SYMBOL) {
            if (i != n - 1) { diag_error(a->span, "the boundary mode comes last"); bad = true; continue; }
            int m;
            for (m = 0; m < 6; m++)
                if (!strcmp(a->name.name, stencil_mode_name[m])) break;
            if (m == 6) {
                diag_error(a->span, "unknown boundary mode ':%s' (use :oob_skip, :oob_wraparound, :oob_dst_zero, "
                           ":oob_src_zero, :oob_clamp or :oob_mirror)", a->name.name);
                const char *s = suggest_closest(a->name.name, stencil_mode_name, 6);
                if (s) diag_note(a->span, "did you mean ':%s'?", s);
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
    e->stencil.first_write = arena_alloc(sizeof(Expr *) * (size_t)nbuf);
    push_scope(c);
    Expr *save = c->stencil;
    int save_depth = c->stencil_depth;
    c->comp_depth++;
    c->stencil = e;
    c->stencil_depth = c->comp_depth;
    for (int i = 0; i < nbuf; i++) {
        Ident *id = e->stencil.params.items[i];
        id->sym = declare(c, id->name, SYM_STENCIL, bts[i], id->span);
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
    /* a let or var naming a slice or a transpose is a view of another
       array's memory: the rounds may read one (lower_stencil gives them a
       snapshot), but cannot write one in place (it reached the C as a NULL
       buffer: found by make fuzz) */
    for (int i = 0; i < nbuf; i++) {
        Expr *a = e->stencil.args.items[i];
        if (a->kind != E_NAME || !a->name.sym || !a->name.sym->view) continue;
        if (!e->stencil.written[i] && !e->stencil.perm) continue;
        diag_error(a->span, "'%s' is a view of another array's memory (a slice or a transpose), and the stencil %s; "
                   "a view cannot be a buffer it writes", a->name.name,
                   e->stencil.written[i] ? "writes it" : "rotates its buffers");
        diag_note(a->name.sym->span, "'%s' is declared here; pass copy(%s) for a buffer of its own",
                  a->name.name, a->name.name);
        return err_ty();
    }
    /* elements are computed in parallel: a buffer being written cannot also
     * be read at a neighbour (which another thread may have written) */
    for (int i = 0; i < nbuf; i++)
        if (e->stencil.written[i] && e->stencil.shifted_read[i]) {
            Ident *p = e->stencil.params.items[i];
            diag_error(e->stencil.shifted_read[i]->span,
                       "the kernel reads '%s' at a neighbour while writing it; read from a second buffer", p->name);
            if (e->stencil.first_write[i]) diag_note(e->stencil.first_write[i]->span, "'%s' is written here", p->name);
            return err_ty();
        }
    return bt;
}

/* return p2, p1 in a kernel: the buffer rotation */
void check_rotation(Ctx *c, Stmt *s)
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
        Ident *to = st->stencil.params.items[i];
        if (!ty_equal(p->ty, to->sym->ty)) {
            diag_error(v->span, "the rotation binds '%s' (%s) to parameter '%s' (%s): rotated buffers must have one type",
                       p->name, what(p->ty), to->name, what(to->sym->ty));
            return;
        }
        v->name.sym = p;
        v->ty = p->ty;
    }
    st->stencil.perm = perm;
}
