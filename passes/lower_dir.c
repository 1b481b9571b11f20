/* lower_dir.c — checked AST to Domain IR.
 *
 * Before: a module that passed sema.  After: one IrFunc per exported
 * function, internal functions inlined (returns become assignments, plus a
 * goto when not in tail position), every whole-array operation the value of
 * an assignment to a fresh temporary, with its .arr span, and an IS_CHECK
 * before every operation whose shapes are not provably equal.  This file has
 * the lowering state's helpers and the exported functions; the rest is in
 * the files lower_dir_int.h lists. */
#include "lower_dir_int.h"
#include <string.h>

IExpr *conv_to(IExpr *e, TyKind k)
{
    if (e->ty == k) return e;
    if (e->kind == IE_CONST && ty_is_complex_kind(k)) {
        /* a number becomes re + 0i; a c128 constant a c64 one */
        if (ty_is_complex_kind(e->ty)) return ir_const_c(k, e->c.f, e->c.im, e->span);
        if (ty_is_float_kind(e->ty)) return ir_const_c(k, e->c.f, 0.0, e->span);
        if (ty_is_int_kind(e->ty))
            return ir_const_c(k, ty_is_unsigned_kind(e->ty) ? (double)(uint64_t)e->c.i : (double)e->c.i, 0.0, e->span);
    }
    if (e->kind == IE_CONST && !ty_is_complex_kind(e->ty)) {
        IExpr *c = ir_expr(IE_CONST, k, e->span);
        /* folded as C converts: 0.1f in f64 arithmetic is (double)0.1f, not 0.1 */
        if (ty_is_float_kind(k)) {
            c->c.f = ty_is_float_kind(e->ty) ? e->c.f : ty_is_unsigned_kind(e->ty) ? (double)(uint64_t)e->c.i : (double)e->c.i;
            if (k == T_F32) c->c.f = (double)(float)c->c.f;
        } else {
            c->c.i = ty_is_int_kind(k) ? ty_wrap_int(k, e->c.i) : e->c.i;   /* i32(4294967297) is 1 */
            c->c.f = (double)c->c.i;
        }
        if (ty_is_int_kind(k) && !ty_is_float_kind(e->ty)) return c;
        if (ty_is_float_kind(k)) return c;
    }
    IExpr *c = ir_expr(IE_CONV, k, e->span);
    c->conv = e;
    return c;
}

static Affine affine_of(L *l, const IExpr *e);

/* Gives a value a variable: constants and immutable variables stay as they are. */
IExpr *materialize(L *l, IExpr *e, const char *name, Span s)
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
            ExtMemo m = { l->out, a.var, a.c, v, NULL };
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
        /* a constant part that overflows i64 is no affine form (found by make fuzz) */
        if (x.ok && y.ok && !y.var) {
            bool over = e->op.op == OP_ADD ? __builtin_add_overflow(x.c, y.c, &x.c) : __builtin_sub_overflow(x.c, y.c, &x.c);
            return over ? a : x;
        }
        if (x.ok && y.ok && !x.var && e->op.op == OP_ADD) return __builtin_add_overflow(y.c, x.c, &y.c) ? a : y;
    }
    return a;
}

/* The extent of lo..hi, max(hi - lo, 0), as an Ext: computed once per
 * statement list for equal affine forms, so that equal ranges written
 * differently (1..n-1 and 0..n-2) give provably equal shapes. */
/* A comprehension's generator lo..hi has hi - lo elements, which with
 * lo < 0 may not fit i64 (-9e18..9e18 gave a negative length, found by an
 * acceptance probe): a run-time error then. With lo >= 0 (a non-negative
 * constant or a size) it always fits, and no check is made; nor for a
 * slice, whose bounds check (0 <= lo) covers it. */
void check_range_length(L *l, IExpr *lo, IExpr *hi, Span s)
{
    Affine a = affine_of(l, hi), b = affine_of(l, lo);
    if ((b.ok && !b.var && b.c >= 0) || (a.ok && b.ok && b.var && a.var == b.var)) return;     /* (i..i + 3: a constant) */
    if (a.ok && b.ok && !a.var && !b.var) {                 /* two constants (-1..2): decided here */
        int64_t len;
        if (a.c <= b.c || !__builtin_sub_overflow(a.c, b.c, &len)) return;
    }
    if (lo->kind == IE_VAR && ir_var_nonneg(lo->var)) return;
    IExpr *len = binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s);     /* wraps past INT64_MAX */
    IExpr *fits = binop(OP_OR, T_BOOL, T_BOOL, binop(OP_LE, T_BOOL, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s),
                        binop(OP_GE, T_BOOL, T_I64, len, ir_const_i(T_I64, 0, s), s), s);
    check(l, fits, s, "range too long: its length hi - lo does not fit an i64");
}

Ext range_extent(L *l, IExpr *lo, IExpr *hi, Span s)
{
    Affine a = affine_of(l, hi), b = affine_of(l, lo);
    Ext x = { NULL, 0 };
    int64_t c = 0;
    if (a.ok && b.ok && (!b.var || a.var == b.var) && !__builtin_sub_overflow(a.c, b.c, &c) && c != INT64_MIN) {
        Var *base = b.var ? NULL : a.var;
        if (!base) { x.c = c > 0 ? c : 0; return x; }
        if (c == 0 && ir_var_nonneg(base)) { x.var = base; return x; }
        for (int i = 0; i < l->exts.len; i++) {
            ExtMemo *m = &l->exts.items[i];
            if (m->list == l->out && m->var == base && !m->lo && m->c == c) { x.var = m->ext; return x; }
        }
        IExpr *val = c > 0 ? binop(OP_ADD, T_I64, T_I64, ir_varref(base, s), ir_const_i(T_I64, c, s), s)
                   : c < 0 ? binop(OP_SUB, T_I64, T_I64, ir_varref(base, s), ir_const_i(T_I64, -c, s), s)
                   : ir_varref(base, s);
        IExpr *sel = ir_expr(IE_SELECT, T_I64, s);
        sel->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(val), ir_const_i(T_I64, 0, s), s);
        sel->sel.a = val;
        sel->sel.b = ir_const_i(T_I64, 0, s);
        x = ext_of(l, sel, s);
        ExtMemo m = { l->out, base, c, x.var, NULL };
        VEC_PUSH(l->exts, m);
        return x;
    }
    /* hi and lo of two immutable variables (plus constants): the same pair
       in this statement list gets the same extent (k..n twice) */
    bool pair = a.ok && b.ok && a.var && b.var && !__builtin_sub_overflow(a.c, b.c, &c);
    if (pair)
        for (int i = 0; i < l->exts.len; i++) {
            ExtMemo *m = &l->exts.items[i];
            if (m->list == l->out && m->var == a.var && m->lo == b.var && m->c == c) { x.var = m->ext; return x; }
        }
    IExpr *diff = binop(OP_SUB, T_I64, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s);
    IExpr *sel = ir_expr(IE_SELECT, T_I64, s);
    sel->sel.c = binop(OP_GT, T_BOOL, T_I64, ir_clone_expr(hi), ir_clone_expr(lo), s);
    sel->sel.a = diff;
    sel->sel.b = ir_const_i(T_I64, 0, s);
    x = ext_of(l, sel, s);
    if (pair && x.var) {
        ExtMemo m = { l->out, a.var, c, x.var, b.var };
        VEC_PUSH(l->exts, m);
    }
    return x;
}

/* An extent from an i64 value: immutable variables and constants are used
 * directly, anything else is computed once into a temporary. */
Ext ext_of(L *l, IExpr *e, Span s)
{
    Ext x = {0};
    e = conv_to(e, T_I64);
    if (e->kind == IE_CONST) { x.c = e->c.i; return x; }
    e = materialize(l, e, NULL, s);
    x.var = e->var;
    return x;
}

void check(L *l, IExpr *cond, Span s, const char *msg)
{
    IStmt *st = ir_stmt(IS_CHECK, s);
    st->check.cond = cond;
    st->check.msg = arena_printf("%s: error: %s", diag_where(s), msg);
    emit(l, st);
}

IExpr *binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(b ? IE_BINOP : IE_UNOP, ty, s);
    e->op.op = op;
    e->op.opk = opk;
    e->op.a = a;
    e->op.b = b;
    return e;
}

const char *shape_str(const Var *v)
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

/* An operand in a run-time message: its name when the source has one, else
 * the source text it was computed from ('b[0..n - 1]', 'x * 2.0') when
 * that is short, else `an operand` (never a compiler temporary's name). */
const char *operand_str(const Var *v)
{
    if (v->kind != V_TEMP && v->kind != V_VIEW) return v->name;
    const SourceFile *f = v->span.end > v->span.beg ? diag_file(v->span.file) : NULL;
    uint32_t n = v->span.end - v->span.beg;
    if (f && v->span.end <= f->len && n <= 40 && !memchr(f->text + v->span.beg, '\n', n))
        return arena_printf("'%.*s'", (int)n, f->text + v->span.beg);
    return "an operand";
}

/* "('f64[n]' and 'f64[m]' differ at run time)", or, where an extent is a
 * compiler temporary (a slice's hi - lo), "(their extents differ at run time)" */
const char *shapes_differ_str(const Var *a, const Var *b)
{
    for (int i = 0; i < a->rank; i++) if (a->dims[i].var && a->dims[i].var->kind == V_TEMP) return "(their extents differ at run time)";
    for (int i = 0; i < b->rank; i++) if (b->dims[i].var && b->dims[i].var->kind == V_TEMP) return "(their extents differ at run time)";
    return arena_printf("('%s' and '%s' differ at run time)", shape_str(a), shape_str(b));
}

/* Emits a run-time check that a and b have equal extents, unless provable. */
void check_same_shape(L *l, const Var *a, const Var *b, Span s, const char *what)
{
    IExpr *cond = NULL;
    for (int i = 0; i < a->rank; i++) {
        if (ext_equal(a->dims[i], b->dims[i])) continue;
        if (!a->dims[i].var && !b->dims[i].var) {
            diag_error(s, "shape mismatch in %s: extent %lld and extent %lld differ in dimension %d", what,
                       (long long)a->dims[i].c, (long long)b->dims[i].c, i);
            call_notes(l);
            return;
        }
        IExpr *c = binop(OP_EQ, T_BOOL, T_I64, ir_ext(a->dims[i], s), ir_ext(b->dims[i], s), s);
        cond = cond ? binop(OP_AND, T_BOOL, T_BOOL, cond, c, s) : c;
    }
    if (cond)
        check(l, cond, s, arena_printf("shape mismatch in %s: %s and %s %s", what,
                                       operand_str(a), operand_str(b), shapes_differ_str(a, b)));
}

Var *emit_domain(L *l, IExpr *dom, TyKind elem, int rank, const Ext *dims, Span s)
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
        case IS_STENCIL:
            /* the buffers the kernel stores into (with rotation, any buffer
               may come to a written position): a parameter reached through
               a name bound to a helper's result (`var b = h(x)`, h returning
               x) is written too (found by make fuzz: C that wrote a const
               parameter, which did not compile) */
            for (int j = 0; j < s->sten.nbuf; j++) {
                bool w = false;
                for (int q = 0; q < s->sten.nbuf && !w; q++) w = s->sten.written[q] && (q == j || s->sten.perm);
                for (int k = 0; w && k < f->params.len && k < 64; k++)
                    if (s->sten.cur[j]->param_mask & ((uint64_t)1 << k)) ((Var *)f->params.items[k])->written = true;
            }
            break;
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
