/* lower_stmt.c — inlining of calls and statements to Domain IR: let/var
 * (var arrays pinned to their extents), assignments and range stores,
 * returns, if/for/while with break and continue. */
#include "lower_dir_int.h"

/* ---- inlining ---- */

static bool declared_ext(L *l, const Frame *fr, int i, int d, Span s, Ext *out);

void call_notes(const L *l)
{
    for (const Frame *f = l->fr; f && !f->top && f->up; f = f->up)
        diag_note(f->call, "in the call of '%s' here", f->fn->name);
}
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
int lower_call(L *l, Expr *e, IExpr **out, int max)
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

    Frame fr = { .fn = f, .end_label = -1, .call = s, .up = l->fr };
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
            /* The result has the declared extents, with the callee's size
             * variables and i64 parameters bound by this call (each return
             * checks its value against them): so an extent that is 1
             * through the call is the constant 1 and broadcasts (LANGUAGE.md
             * 13), as it does when the function has a single return. Only an
             * anonymous extent is the returned value's, in a fresh variable. */
            for (int d = 0; d < rv->rank; d++) {
                if (declared_ext(l, &fr, i, d, s, &rv->dims[d])) continue;
                Var *dv = ir_var(l->f, arena_printf("%s_d%d", rv->name, d), T_I64, 0, V_TEMP, s);
                dv->is_mutable = true;
                rv->dims[d].var = dv;
            }
            fr.res[i] = rv;
        }
        if (has_nontail_return(&f->body, true)) fr.end_label = l->f->nlabels++;
    }
    l->fr = &fr;
    int memo_mark = l->exts.len;
    lower_stmts(l, &f->body, true);
    l->fr = caller;
    if (fr.end_label >= 0) {
        IStmt *lab = ir_stmt(IS_LABEL, s);
        lab->label = fr.end_label;
        emit(l, lab);
        /* an extent temporary the body computed in this list after an early
           return's goto is not computed on that path: not reusable after
           the label (found by make fuzz: a later comprehension read it
           uninitialised) */
        int k = memo_mark;
        for (int i = memo_mark; i < l->exts.len; i++)
            if (l->exts.items[i].list != l->out) l->exts.items[k++] = l->exts.items[i];
        l->exts.len = k;
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

void assign(L *l, Var *dst, IExpr *val, Span s)
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
void rebind(L *l, Var *dst, Var *src, Span s)
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

/* The extent d of an inlined function's result i as declared, with the
 * callee's size variables and i64 parameters bound by this call; false for
 * an anonymous extent (the returned value's). */
static bool declared_ext(L *l, const Frame *fr, int i, int d, Span s, Ext *out)
{
    const ShapeSig *sh = &fr->fn->result_shapes[i];
    if (fr->fn->result_tys[i]->kind != T_ARRAY || sh->anon[d]) return false;
    IExpr *want = sh->sym[d] ? fr->env[sh->sym[d]->id] : ir_const_i(T_I64, sh->c[d], s);
    if (!want) return false;
    *out = ext_of(l, want, s);
    return true;
}

/* Returns src from an inlined function into its result variable dst: an
 * extent dst declares (a constant, or one bound by the call) is checked
 * against the value's, an anonymous one takes the value's. */
static void return_into(L *l, Var *dst, Var *src, Span s)
{
    src = own_array(l, src, s);
    for (int d = 0; d < dst->rank; d++) {
        Ext want = dst->dims[d], got = src->dims[d];
        if (ext_equal(want, got)) continue;
        if (want.var && want.var->is_mutable) { assign(l, want.var, ir_ext(got, s), s); continue; }
        if (!want.var && !got.var) {
            diag_error(s, "shape mismatch in return: extent %lld differs from the declared extent %lld in dimension %d",
                       (long long)got.c, (long long)want.c, d);
            call_notes(l);
            return;
        }
        check(l, binop(OP_EQ, T_BOOL, T_I64, ir_ext(got, s), ir_ext(want, s), s), s,
              arena_printf("shape mismatch in return: extent %d differs from the declared result type", d));
    }
    if (dst != src) assign(l, dst, ir_varref(src, s), s);
}

/* The value of a single tail return, seen with the declared extents (as
 * return_into gives a function with several returns): the same array when
 * they are the value's, otherwise checked and bound to a variable that has
 * them. */
static IExpr *declared_result(L *l, Frame *fr, int i, IExpr *val, Span s)
{
    Var *v = val->var, *r = NULL;
    for (int d = 0; d < v->rank; d++) {
        Ext want;
        if (!declared_ext(l, fr, i, d, s, &want) || ext_equal(want, v->dims[d])) continue;
        if (!r) {
            r = ir_var(l->f, tmpname(l, arena_printf("%s_r", fr->fn->name)), v->elem, v->rank, V_TEMP, s);
            for (int k = 0; k < v->rank; k++) r->dims[k] = v->dims[k];
        }
        r->dims[d] = want;
    }
    if (!r) return val;
    return_into(l, r, v, s);
    return ir_varref(r, s);
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
Var *new_array_var(L *l, const char *name, Var *like, VarKind k, Span s)
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
        if (s->kind == S_LET || (t->kind == T_ARRAY && id->sym->view)) {
            /* (a var never rebound that views a slice or transpose: the view itself) */
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

/* The value v (an array) of a store into the view `view`, or, when v may
 * share memory with the target, a copy of it (read it all first). */
IExpr *read_first(L *l, const Var *view, IExpr *v, Span s)
{
    Var *src = v->var, *root = src->kind == V_VIEW ? src->base : src;
    if (!(root == view->base || (root->is_mutable && root->elem == view->elem)
          || (view->base->is_mutable && root->elem == view->elem)))
        return v;
    IExpr *cp = ir_varref(src, s);
    MapB cb;
    map_begin(l, &cb, 1, &cp, s, "copy");
    return map_end(l, &cb, cp);
}

/* Checks that the value v of a range store fits the box `view`: the same
 * shape, or NumPy's broadcasting of v to the box (aligned at the last
 * dimension, a missing leading dimension or an extent 1 of v repeating;
 * the box's own shape never changes). Returns whether v broadcasts. */
static bool store_shape(L *l, const Var *view, const Var *v, Span s)
{
    int R = view->rank;
    bool bcast = v->rank < R;
    for (int bd = 0; bd < v->rank && !bcast; bd++)
        bcast = ext_is_one(v->dims[bd]) && !ext_is_one(view->dims[R - v->rank + bd]);
    if (!bcast) {
        check_same_shape(l, view, v, s, "range store");
        return false;
    }
    IExpr *cond = NULL;
    for (int bd = 0; bd < v->rank; bd++) {
        Ext x = v->dims[bd], want = view->dims[R - v->rank + bd];
        if (ext_equal(x, want) || ext_is_one(x)) continue;
        if (!x.var && !want.var) {
            diag_error(s, "shape mismatch in range store: extent %lld of the value cannot fill extent %lld of the "
                       "box in dimension %d", (long long)x.c, (long long)want.c, R - v->rank + bd);
            call_notes(l);
            return false;
        }
        IExpr *c = binop(OP_EQ, T_BOOL, T_I64, ir_ext(want, s), ir_ext(x, s), s);
        cond = cond ? binop(OP_AND, T_BOOL, T_BOOL, cond, c, s) : c;
    }
    if (cond)
        check(l, cond, s, arena_printf("shape mismatch in range store: %s and %s %s", operand_str(view),
                                       operand_str(v), shapes_differ_str(view, v)));
    return true;
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
    if (is_mask_index(tg)) { lower_mask_store(l, s); return; }
    if (tg->ty->kind == T_ARRAY) {
        /* a range store: an in-place map over the sub-box */
        Var *base = lower_expr(l, tg->index.base)->var;
        Var *view = lower_slice(l, base, tg);
        IExpr *v = lower_expr(l, s->assign.value);
        IExpr *dom;
        if (v->kind == IE_VAR && v->var->rank) {
            bool bcast = store_shape(l, view, v->var, s->assign.value->span);
            /* past the shape check the box has the value's extents: the
               store's loop takes them (a view of its own, made for this
               store), so that it runs over the domain of the loop that
               makes the value and fuses with it (`y[..] = [... for i in
               0..n - 4]` writes y directly) */
            if (!bcast && view != base && view->kind == V_VIEW && view->rank == v->var->rank)
                for (int d = 0; d < view->rank; d++)
                    if (!ext_equal(view->dims[d], v->var->dims[d])) view->dims[d] = v->var->dims[d];
            v = read_first(l, view, v, s->span);
            if (bcast) v = ir_varref(broadcast_view(l, v->var, view->rank, view->dims, s->span), s->span);
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
        for (int i = 0; i < n; i++) fr->res_val[i] = vals[i]->kind == IE_VAR && vals[i]->var->rank
                                                  ? declared_result(l, fr, i, vals[i], ret_span(s, i)) : vals[i];
        return;
    }
    for (int i = 0; i < n; i++) {
        Var *r = fr->res[i];
        if (!r) { fr->res_val[i] = vals[i]; continue; }
        if (r->rank) return_into(l, r, vals[i]->var, ret_span(s, i));
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

void lower_stmts(L *l, PtrList *body, bool tail)
{
    for (int i = 0; i < body->len; i++) lower_stmt(l, body->items[i], tail && i == body->len - 1);
}
