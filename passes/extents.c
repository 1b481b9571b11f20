/* extents.c — simplify extents in the Domain IR.
 *
 * Before/after: DIR.  A rebindable array (`var x = ...`) gets extent
 * variables of its own (x_d0, ...), assigned whenever x is rebound.  When
 * every assignment to such a variable gives it the same value (a constant
 * or an immutable variable such as a size variable), the variable is
 * replaced by that value everywhere.  Shape checks then become provable:
 * a check whose condition folds to true is removed.  This lets fusion see
 * that `x = x + a` in a loop runs over the same domain as `a`. */
#include "passes.h"
#include <inttypes.h>
#include <string.h>

typedef struct Info { IExpr *val; bool multi; int nassign; } Info;

/* i64 temporaries assigned once from var + c (filled by collect) */
typedef struct Aff { Var *base; int64_t c; bool ok; } Aff;
static Aff *g_aff;

static Aff aff_of(const IExpr *e)
{
    Aff a = { NULL, 0, false };
    if (e->kind == IE_CONST && ty_is_int_kind(e->ty)) { a.c = e->c.i; a.ok = true; return a; }
    if (e->kind == IE_UNOP && e->op.op == OP_NEG && e->ty == T_I64 && e->op.a->kind == IE_CONST
        && e->op.a->c.i != INT64_MIN) {                     /* -3 */
        a.c = -e->op.a->c.i;
        a.ok = true;
        return a;
    }
    if (e->kind == IE_VAR && !e->var->rank && ty_is_int_kind(e->var->elem)) {
        if (g_aff && g_aff[e->var->id].ok) return g_aff[e->var->id];
        if (e->var->is_mutable) return a;
        a.base = e->var;
        a.ok = true;
        return a;
    }
    if (e->kind == IE_BINOP && (e->op.op == OP_ADD || e->op.op == OP_SUB) && e->op.opk == T_I64) {
        Aff x = aff_of(e->op.a), y = aff_of(e->op.b);
        if (x.ok && y.ok && !y.base) {
            bool over = e->op.op == OP_ADD ? __builtin_add_overflow(x.c, y.c, &x.c) : __builtin_sub_overflow(x.c, y.c, &x.c);
            return over ? a : x;
        }
    }
    return a;
}

static void collect(PtrList *l, Info *info)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            Var *v = s->assign.dst;
            Info *in = &info[v->id];
            IExpr *e = s->assign.val;
            if (!v->is_mutable && !v->rank && v->elem == T_I64 && g_aff) {
                Aff a = aff_of(e);
                if (a.ok && a.base) g_aff[v->id] = a;
            }
            if (e->kind == IE_VAR && e->var == v) break;        /* x_d0 = x_d0 */
            in->nassign++;
            if (v->rank || v->elem != T_I64 || !(e->kind == IE_CONST || (e->kind == IE_VAR && !e->var->is_mutable))) {
                in->multi = true;
                break;
            }
            if (!in->val) in->val = e;
            else if (!ir_same_atom(in->val, e)) in->multi = true;
            break;
        }
        case IS_IF: collect(&s->if_.then, info); collect(&s->if_.els, info); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) info[s->loop.idx[d]->id].multi = true;
            collect(&s->loop.body, info);
            break;
        case IS_WHILE: collect(&s->while_.pre, info); collect(&s->while_.body, info); break;
        default: break;
        }
    }
}

static Info *g_info;

static bool replaceable(const Var *v)
{
    const Info *in = &g_info[v->id];
    return v->kind == V_TEMP && v->is_mutable && !in->multi && in->val;
}

static void subst(IExpr **slot, void *ctx)
{
    (void)ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && replaceable(e->var)) {
        IExpr *r = ir_clone_expr(g_info[e->var->id].val);
        r->span = e->span;
        *slot = r;
    }
}

/* Is e provably true?  Handles comparisons of constants, x op x, size
 * variables (never negative: checked at entry) against 0, and &&. */
static bool provably_true(const IExpr *e)
{
    if (e->kind == IE_CONST && e->ty == T_BOOL) return e->c.i != 0;
    if (e->kind != IE_BINOP) return false;
    const IExpr *a = e->op.a, *b = e->op.b;
    switch (e->op.op) {
    case OP_AND: return provably_true(a) && provably_true(b);
    case OP_OR: return provably_true(a) || provably_true(b);
    case OP_EQ: case OP_LE: case OP_GE:
        if (ir_same_atom(a, b)) return true;
        break;
    default: break;
    }
    if (a->kind == IE_CONST && b->kind == IE_CONST && ty_is_int_kind(a->ty) && ty_is_int_kind(b->ty)) {
        int64_t x = a->c.i, y = b->c.i;
        switch (e->op.op) {
        case OP_LT: return x < y;
        case OP_LE: return x <= y;
        case OP_GT: return x > y;
        case OP_GE: return x >= y;
        case OP_EQ: return x == y;
        case OP_NE: return x != y;
        default: return false;
        }
    }
    /* affine: (v + c1) op (v + c2) */
    Aff x = aff_of(a), y = aff_of(b);
    if (x.ok && y.ok && x.base == y.base && x.base) {
        int64_t p = x.c, q = y.c;
        switch (e->op.op) {
        case OP_LT: if (p < q) return true; break;
        case OP_LE: if (p <= q) return true; break;
        case OP_GT: if (p > q) return true; break;
        case OP_GE: if (p >= q) return true; break;
        case OP_EQ: if (p == q) return true; break;
        default: break;
        }
    }
    /* size >= 0, 0 <= size */
    if (e->op.op == OP_GE && a->kind == IE_VAR && ir_var_nonneg(a->var) && b->kind == IE_CONST && b->c.i <= 0) return true;
    if (e->op.op == OP_LE && b->kind == IE_VAR && ir_var_nonneg(b->var) && a->kind == IE_CONST && a->c.i <= 0) return true;
    return false;
}

/* Is e false whenever it is evaluated?  Comparisons of integer constants,
 * !, and && / || of such (a side that is not known decides nothing). */
static bool provably_false(const IExpr *e)
{
    if (e->kind == IE_CONST && e->ty == T_BOOL) return e->c.i == 0;
    if (e->kind == IE_UNOP && e->op.op == OP_NOT) return provably_true(e->op.a);
    if (e->kind != IE_BINOP) return false;
    const IExpr *a = e->op.a, *b = e->op.b;
    if (e->op.op == OP_AND) return provably_false(a) || provably_false(b);
    if (e->op.op == OP_OR) return provably_false(a) && provably_false(b);
    if (e->op.op < OP_LT || e->op.op > OP_NE) return false;
    if (a->kind != IE_CONST || b->kind != IE_CONST || !ty_is_int_kind(a->ty) || !ty_is_int_kind(b->ty)) return false;
    return !provably_true(e);
}

/* The places this pass has warned at: one warning per source position
 * (an inlined function's code appears once per call), and an index that
 * -Walways-fails named under --bounds-check gets no -Warray-bounds too. */
static Span *g_warned;
static int g_nwarned, g_capwarned;
static bool g_bounds_checked;       /* --bounds-check */

static bool warned_at(Span at)
{
    for (int i = 0; i < g_nwarned; i++)
        if (g_warned[i].file == at.file && g_warned[i].beg == at.beg && g_warned[i].end == at.end) return true;
    if (g_nwarned == g_capwarned) {
        g_capwarned = g_capwarned ? 2 * g_capwarned : 8;
        g_warned = xrealloc(g_warned, (size_t)g_capwarned * sizeof *g_warned);
    }
    g_warned[g_nwarned++] = at;
    return false;
}

/* A check that fails whenever it runs (a constant slice past the end, a
 * constant shape mismatch that only lowering sees) is a run-time error
 * the user can see now: -Walways-fails. */
static void warn_always_fails(const IStmt *ck)
{
    if (warned_at(ck->span)) return;
    const char *m = strstr(ck->check.msg, "error: ");       /* the run-time message's own location goes */
    diag_warning(W_ALWAYS_FAILS, ck->span, "%s whenever this runs (the function returns an error)", m ? m + 7 : ck->check.msg);
}

/* -Warray-bounds: an element index that is out of bounds whenever it is
 * evaluated -- a negative constant, a constant at or past a constant
 * extent, or the extent's own size variable plus c >= 0 (a[n] of an
 * f64[n]).  Without --bounds-check nothing checks it at run time (the
 * C's behaviour is undefined); with it the check fails. */
static void index_bounds(const Var *arr, int n, IExpr *const *idx)
{
    for (int k = 0; k < n && k < arr->rank; k++) {
        Aff x = aff_of(idx[k]);
        Ext d = arr->dims[k];
        if (!x.ok) continue;
        const char *why = NULL;
        if (!x.base && x.c < 0)
            why = arena_printf("index %" PRId64 " out of bounds in dimension %d whenever this runs: indices count from 0",
                               x.c, k);
        else if (!x.base && !d.var && x.c >= d.c)
            why = arena_printf("index %" PRId64 " out of bounds in dimension %d whenever this runs: the extent is %" PRId64,
                               x.c, k, d.c);
        else if (x.base && d.var == x.base && x.c >= 0)
            why = arena_printf("index out of bounds in dimension %d whenever this runs: it is %s the extent "
                               "(the last element is at the extent - 1)", k, x.c ? "past" : "equal to");
        if (why && !warned_at(idx[k]->span)
            && diag_warning(W_ARRAY_BOUNDS, idx[k]->span, "%s%s", why, g_bounds_checked ? " (the function returns an error)" : "")
            && !g_bounds_checked)
            diag_note(idx[k]->span, "element indices are not checked without --bounds-check: this would read or write "
                      "outside the array");
    }
}

static void load_bounds(IExpr **slot, void *ctx)
{
    (void)ctx;
    if ((*slot)->kind == IE_LOAD) index_bounds((*slot)->load.arr, (*slot)->load.n, (*slot)->load.idx);
}

static void store_bounds(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        if (s->kind == IS_STORE) index_bounds(s->store.arr, s->store.n, s->store.idx);
        if (s->kind == IS_ASSIGN && s->assign.val->kind == IE_GEN) store_bounds(&s->assign.val->gen.body);
        if (s->kind == IS_ASSIGN && s->assign.val->kind == IE_MAP) store_bounds(&s->assign.val->map.body);
        if (s->kind == IS_IF) { store_bounds(&s->if_.then); store_bounds(&s->if_.els); }
        if (s->kind == IS_LOOP) store_bounds(&s->loop.body);
        if (s->kind == IS_WHILE) { store_bounds(&s->while_.pre); store_bounds(&s->while_.body); }
    }
}

/* Drops the parts of an && chain that are provably true. */
static IExpr *simplify_cond(IExpr *e)
{
    if (e->kind == IE_BINOP && e->op.op == OP_AND) {
        e->op.a = simplify_cond(e->op.a);
        e->op.b = simplify_cond(e->op.b);
        if (provably_true(e->op.a)) return e->op.b;
        if (provably_true(e->op.b)) return e->op.a;
    }
    return e;
}

static int fold(IExpr *e) { return provably_true(e); }

static void rewrite(PtrList *l);
static void rewrite(PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (replaceable(s->assign.dst) || (s->assign.val->kind == IE_VAR && s->assign.val->var == s->assign.dst
                                                && !s->assign.dst->rank)) {
                plist_remove(l, i--);
                continue;
            }
            if (s->assign.val->kind == IE_GEN) rewrite(&s->assign.val->gen.body);
            if (s->assign.val->kind == IE_MAP) rewrite(&s->assign.val->map.body);
            break;
        case IS_CHECK:
            s->check.cond = simplify_cond(s->check.cond);
            if (fold(s->check.cond)) { plist_remove(l, i--); continue; }
            if (provably_false(s->check.cond)) warn_always_fails(s);
            break;
        case IS_IF: rewrite(&s->if_.then); rewrite(&s->if_.els); break;
        case IS_LOOP: rewrite(&s->loop.body); break;
        case IS_WHILE: rewrite(&s->while_.pre); rewrite(&s->while_.body); break;
        default: break;
        }
    }
}

void pass_extents(IrProgram *p)
{
    for (int fi = 0; fi < p->funcs.len; fi++) {
        IrFunc *f = p->funcs.items[fi];
        g_info = xcalloc((size_t)f->vars.len + 1, sizeof(Info));
        g_aff = xcalloc((size_t)f->vars.len + 1, sizeof(Aff));
        collect(&f->body, g_info);
        /* the replaced variables are read in statements, in extents (also
         * the extents a result type declares) and in views' starts (a
         * concat's second part is a view of the result at the first
         * part's extent): all are rewritten, or C would read a variable
         * whose assignment is gone */
        for (int i = 0; i < f->vars.len; i++) {
            Var *v = f->vars.items[i];
            for (int d = 0; d < 4; d++) {
                Ext *exts[2] = { d < v->rank ? &v->dims[d] : NULL, v->has_declared[d] ? &v->declared[d] : NULL };
                for (int k = 0; k < 2; k++) {
                    Var *x = exts[k] ? exts[k]->var : NULL;
                    if (x && replaceable(x)) {
                        IExpr *val = g_info[x->id].val;
                        exts[k]->var = val->kind == IE_VAR ? val->var : NULL;
                        exts[k]->c = val->kind == IE_CONST ? val->c.i : 0;
                    }
                }
                if (v->kind == V_VIEW && v->vstart[d]) ir_walk_expr(&v->vstart[d], subst, NULL);
                if (v->kind == V_VIEW && v->vcoef[d]) ir_walk_expr(&v->vcoef[d], subst, NULL);
            }
        }
        ir_walk_stmts(&f->body, subst, NULL);
        /* map bodies hold statements too */
        rewrite(&f->body);
        g_bounds_checked = p->bounds_check;
        ir_walk_stmts(&f->body, load_bounds, NULL);
        store_bounds(&f->body);
        free(g_info);
        g_info = NULL;
        free(g_aff);
        g_aff = NULL;
    }
    free(g_warned);
    g_warned = NULL;
    g_nwarned = g_capwarned = 0;
}
