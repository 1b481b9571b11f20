/* ir.c — IR construction helpers and walkers. */
#include "ir.h"
#include <string.h>

const char *const iexpr_kind_name[] = {
#define E(k, n, st) n,
#include "ir.def"
#undef E
};
const char *const istmt_kind_name[] = {
#define S(k, n, st) n,
#include "ir.def"
#undef S
};
const char *const redop_name[] = {
#define R(k, n) n,
#include "ir.def"
#undef R
};

static uint32_t name_hash(const char *s)
{
    uint32_t h = 2166136261u;           /* FNV-1a */
    for (; *s; s++) h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static bool name_taken(const IrFunc *f, const char *n)
{
    if (!f->names.cap) return false;
    for (uint32_t i = name_hash(n) & (uint32_t)(f->names.cap - 1);; i = (i + 1) & (uint32_t)(f->names.cap - 1)) {
        const char *e = f->names.slots[i];
        if (!e) return false;
        if (strcmp(e, n) == 0) return true;
    }
}

void ir_reserve_name(IrFunc *f, const char *name)
{
    if (name_taken(f, name)) return;
    if (2 * (f->names.len + 1) > f->names.cap) {          /* keep the load under 1/2 */
        int cap = f->names.cap ? 2 * f->names.cap : 64;
        const char **old = f->names.slots;
        int oldcap = f->names.cap;
        f->names.slots = arena_alloc(sizeof(const char *) * (size_t)cap);
        f->names.cap = cap;
        f->names.len = 0;
        for (int i = 0; i < oldcap; i++)
            if (old[i]) ir_reserve_name(f, old[i]);
    }
    uint32_t i = name_hash(name) & (uint32_t)(f->names.cap - 1);
    while (f->names.slots[i]) i = (i + 1) & (uint32_t)(f->names.cap - 1);
    f->names.slots[i] = name;
    f->names.len++;
}

/* The slot of base name `name` in f->suffix (inserted with 0 if absent). */
static int *suffix_slot(IrFunc *f, const char *name)
{
    if (2 * (f->suffix.len + 1) > f->suffix.cap) {
        int cap = f->suffix.cap ? 2 * f->suffix.cap : 64;
        const char **ok = f->suffix.keys;
        int *ol = f->suffix.last, oc = f->suffix.cap;
        f->suffix.keys = arena_alloc(sizeof(const char *) * (size_t)cap);
        f->suffix.last = arena_alloc(sizeof(int) * (size_t)cap);
        f->suffix.cap = cap;
        f->suffix.len = 0;
        for (int i = 0; i < oc; i++)
            if (ok[i]) *suffix_slot(f, ok[i]) = ol[i];
    }
    uint32_t i = name_hash(name) & (uint32_t)(f->suffix.cap - 1);
    while (f->suffix.keys[i] && strcmp(f->suffix.keys[i], name)) i = (i + 1) & (uint32_t)(f->suffix.cap - 1);
    if (!f->suffix.keys[i]) {
        f->suffix.keys[i] = name;
        f->suffix.last[i] = 0;
        f->suffix.len++;
    }
    return &f->suffix.last[i];
}

Var *ir_var(IrFunc *f, const char *name, TyKind elem, int rank, VarKind k, Span s)
{
    Var *v = NEW(Var);
    v->id = f->vars.len;
    /* C names must be unique within the function: suffix repeats. */
    const char *n = name;
    if (name_taken(f, n)) {
        /* the smallest free suffix: those up to the last one given are taken */
        int *last = suffix_slot(f, name);
        int tries = *last + 1;
        while (name_taken(f, (n = arena_printf("%s_%d", name, tries)))) tries++;
        *last = tries;
    }
    ir_reserve_name(f, n);
    v->name = n;
    v->elem = elem;
    v->rank = rank;
    v->kind = k;
    v->span = s;
    plist_push(&f->vars, v);
    return v;
}

IExpr *ir_expr(IExprKind k, TyKind ty, Span s)
{
    IExpr *e = NEW(IExpr);
    e->kind = k;
    e->ty = ty;
    e->span = s;
    return e;
}

IExpr *ir_const_i(TyKind ty, int64_t v, Span s)
{
    IExpr *e = ir_expr(IE_CONST, ty, s);
    if (ty_is_int_kind(ty)) v = ty_wrap_int(ty, v);     /* a constant holds a value of its type */
    e->c.i = v;
    e->c.f = ty_is_unsigned_kind(ty) ? (double)(uint64_t)v : (double)v;
    return e;
}

IExpr *ir_const_c(TyKind ty, double re, double im, Span s)
{
    IExpr *e = ir_expr(IE_CONST, ty, s);
    e->c.f = ty == T_C64 ? (double)(float)re : re;  /* a c64 constant holds f32 parts */
    e->c.im = ty == T_C64 ? (double)(float)im : im;
    return e;
}

IExpr *ir_const_f(TyKind ty, double v, Span s)
{
    if (ty_is_complex_kind(ty)) return ir_const_c(ty, v, 0.0, s);
    IExpr *e = ir_expr(IE_CONST, ty, s);
    e->c.f = ty == T_F32 ? (double)(float)v : v;     /* an f32 constant holds an f32 value */
    return e;
}

IExpr *ir_varref(Var *v, Span s)
{
    IExpr *e = ir_expr(IE_VAR, v->elem, s);
    e->var = v;
    return e;
}

IExpr *ir_ext(Ext x, Span s) { return x.var ? ir_varref(x.var, s) : ir_const_i(T_I64, x.c, s); }

IStmt *ir_stmt(IStmtKind k, Span s)
{
    IStmt *st = NEW(IStmt);
    st->kind = k;
    st->span = s;
    return st;
}

bool ext_equal(Ext a, Ext b) { return a.var ? a.var == b.var : (!b.var && a.c == b.c); }

bool shape_equal(const Var *a, const Var *b)
{
    if (a->rank != b->rank) return false;
    for (int i = 0; i < a->rank; i++)
        if (!ext_equal(a->dims[i], b->dims[i])) return false;
    return true;
}

void ir_walk_expr(IExpr **slot, IExprFn fn, void *ctx)
{
    IExpr *e = *slot;
    if (!e) return;
    switch (e->kind) {
    case IE_UNOP: ir_walk_expr(&e->op.a, fn, ctx); break;
    case IE_BINOP: ir_walk_expr(&e->op.a, fn, ctx); ir_walk_expr(&e->op.b, fn, ctx); break;
    case IE_CALL: ir_walk_expr(&e->call.a, fn, ctx); ir_walk_expr(&e->call.b, fn, ctx); break;
    case IE_CONV: ir_walk_expr(&e->conv, fn, ctx); break;
    case IE_SELECT:
        ir_walk_expr(&e->sel.c, fn, ctx);
        ir_walk_expr(&e->sel.a, fn, ctx);
        ir_walk_expr(&e->sel.b, fn, ctx);
        break;
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) ir_walk_expr(&e->load.idx[i], fn, ctx);
        break;
    case IE_ECALL:
        for (int i = 0; i < e->ecall.n; i++) ir_walk_expr(&e->ecall.args[i], fn, ctx);
        break;
    case IE_MAP:
    case IE_COMPACT:
        ir_walk_stmts(&e->map.body, fn, ctx);
        ir_walk_expr(&e->map.result, fn, ctx);
        if (e->kind == IE_COMPACT) ir_walk_expr(&e->map.keep, fn, ctx);
        break;
    case IE_REDUCE:
        ir_walk_expr(&e->red.init, fn, ctx);
        ir_walk_expr(&e->red.lam, fn, ctx);
        break;
    case IE_FILL: ir_walk_expr(&e->fill, fn, ctx); break;
    case IE_LINSPACE: ir_walk_expr(&e->lin.lo, fn, ctx); ir_walk_expr(&e->lin.hi, fn, ctx); break;
    case IE_SCAN:
        ir_walk_expr(&e->scan.init, fn, ctx);
        ir_walk_expr(&e->scan.lam, fn, ctx);
        break;
    case IE_GEN:
        for (int i = 0; i < e->gen.rank; i++) ir_walk_expr(&e->gen.lo[i], fn, ctx);
        ir_walk_stmts(&e->gen.body, fn, ctx);
        for (int i = 0; i < e->gen.nout; i++) ir_walk_expr(&e->gen.results[i], fn, ctx);
        break;
    default: break;
    }
    fn(slot, ctx);
}

void ir_walk_stmts(PtrList *l, IExprFn fn, void *ctx)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: ir_walk_expr(&s->assign.val, fn, ctx); break;
        case IS_STORE:
            for (int k = 0; k < s->store.n; k++) ir_walk_expr(&s->store.idx[k], fn, ctx);
            ir_walk_expr(&s->store.val, fn, ctx);
            break;
        case IS_IF:
            ir_walk_expr(&s->if_.cond, fn, ctx);
            ir_walk_stmts(&s->if_.then, fn, ctx);
            ir_walk_stmts(&s->if_.els, fn, ctx);
            break;
        case IS_LOOP:
            for (int k = 0; k < s->loop.rank; k++) {
                ir_walk_expr(&s->loop.lo[k], fn, ctx);
                ir_walk_expr(&s->loop.hi[k], fn, ctx);
            }
            ir_walk_stmts(&s->loop.body, fn, ctx);
            for (int k = 0; k < s->loop.reds.len; k++) {
                Reduction *r = s->loop.reds.items[k];
                ir_walk_expr(&r->value, fn, ctx);
                ir_walk_expr(&r->lam, fn, ctx);
            }
            break;
        case IS_WHILE:
            ir_walk_stmts(&s->while_.pre, fn, ctx);
            ir_walk_expr(&s->while_.cond, fn, ctx);
            ir_walk_stmts(&s->while_.body, fn, ctx);
            break;
        case IS_CHECK: ir_walk_expr(&s->check.cond, fn, ctx); break;
        case IS_STENCIL:
            if (s->sten.prod) {
                ir_walk_expr(&s->sten.prod->sten.rounds, fn, ctx);
                ir_walk_stmts(&s->sten.prod->sten.body, fn, ctx);
            }
            ir_walk_expr(&s->sten.rounds, fn, ctx);
            ir_walk_stmts(&s->sten.body, fn, ctx);
            break;
        case IS_SCAN: ir_walk_expr(&s->op->scan.init, fn, ctx); ir_walk_expr(&s->op->scan.lam, fn, ctx); break;
        case IS_VMATH: ir_walk_expr(&s->vm.n, fn, ctx); break;
        case IS_PREFETCH: ir_walk_expr(&s->pf.at, fn, ctx); break;
        default: break;
        }
    }
}

IExpr *ir_clone_expr(const IExpr *e)
{
    if (!e) return NULL;
    IExpr *c = NEW(IExpr);
    *c = *e;
    switch (e->kind) {
    case IE_UNOP: c->op.a = ir_clone_expr(e->op.a); break;
    case IE_BINOP: c->op.a = ir_clone_expr(e->op.a); c->op.b = ir_clone_expr(e->op.b); break;
    case IE_CALL: c->call.a = ir_clone_expr(e->call.a); c->call.b = ir_clone_expr(e->call.b); break;
    case IE_CONV: c->conv = ir_clone_expr(e->conv); break;
    case IE_SELECT:
        c->sel.c = ir_clone_expr(e->sel.c);
        c->sel.a = ir_clone_expr(e->sel.a);
        c->sel.b = ir_clone_expr(e->sel.b);
        break;
    case IE_LOAD:
        for (int i = 0; i < e->load.n; i++) c->load.idx[i] = ir_clone_expr(e->load.idx[i]);
        break;
    case IE_ECALL:
        c->ecall.args = arena_alloc(sizeof(IExpr *) * (size_t)(e->ecall.n + 1));
        for (int i = 0; i < e->ecall.n; i++) c->ecall.args[i] = ir_clone_expr(e->ecall.args[i]);
        break;
    case IE_FILL: c->fill = ir_clone_expr(e->fill); break;
    case IE_LINSPACE: c->lin.lo = ir_clone_expr(e->lin.lo); c->lin.hi = ir_clone_expr(e->lin.hi); break;
    case IE_REDUCE: c->red.init = ir_clone_expr(e->red.init); c->red.lam = ir_clone_expr(e->red.lam); break;
    default: break;
    }
    return c;
}

void ir_resolve_view(Var **arr, int *n, IExpr **idx, Span s)
{
    Var *v = *arr;
    if (v->kind != V_VIEW) return;
    IExpr *in[4];
    for (int k = 0; k < *n; k++) in[k] = idx[k];
    Var *b = v->base;
    if (v->vcoef[0]) {      /* an affine view of a rank-1 base */
        IExpr *st = v->vstart[0];
        IExpr *sum = st->kind == IE_CONST && st->c.i == 0 ? NULL : ir_clone_expr(st);
        for (int k = 0; k < *n; k++) {
            IExpr *c = v->vcoef[k];
            if (c->kind == IE_CONST && c->c.i == 0) continue;
            IExpr *t = in[k];
            if (!(c->kind == IE_CONST && c->c.i == 1)) {
                t = ir_expr(IE_BINOP, T_I64, s);
                t->nowrap = true;   /* an index within the viewed array */
                t->op.op = OP_MUL;
                t->op.opk = T_I64;
                t->op.a = ir_clone_expr(c);
                t->op.b = in[k];
            }
            if (!sum) { sum = t; continue; }
            IExpr *a = ir_expr(IE_BINOP, T_I64, s);
            a->nowrap = true;
            a->op.op = OP_ADD;
            a->op.opk = T_I64;
            a->op.a = sum;
            a->op.b = t;
            sum = a;
        }
        idx[0] = sum ? sum : ir_const_i(T_I64, 0, s);
        *n = 1;
        *arr = b;
        return;
    }
    for (int d = 0; d < b->rank; d++) {
        IExpr *st = v->vstart[d];
        if (v->vmap[d] < 0) { idx[d] = ir_clone_expr(st); continue; }
        IExpr *k = in[v->vmap[d]];
        if (st->kind == IE_CONST && st->c.i == 0) { idx[d] = k; continue; }
        IExpr *sum = ir_expr(IE_BINOP, T_I64, s);
        sum->nowrap = true;     /* an index within the viewed array */
        sum->op.op = OP_ADD;
        sum->op.opk = T_I64;
        sum->op.a = ir_clone_expr(st);
        sum->op.b = k;
        idx[d] = sum;
    }
    *n = b->rank;
    *arr = b;
}

/* ---- cloning scalar statements (a stencil kernel per region) ---- */

typedef struct Cloner { IrFunc *f; Var **map; int cap; int *labels; int nlab; } Cloner;

static Var *clone_def(Cloner *c, Var *v)
{
    if (v->id >= c->cap) return v;
    if (!c->map[v->id]) {
        Var *n = ir_var(c->f, v->name, v->elem, v->rank, v->kind, v->span);
        int nid = n->id;
        const char *name = n->name;
        *n = *v;                 /* same type, flags and extents; its own id and name */
        n->id = nid;
        n->name = name;
        c->map[v->id] = n;
    }
    return c->map[v->id];
}

static void remap_expr(IExpr **slot, void *ctx)
{
    Cloner *c = ctx;
    IExpr *e = *slot;
    if (e->kind == IE_VAR && e->var->id < c->cap && c->map[e->var->id]) e->var = c->map[e->var->id];
    if (e->kind == IE_LOAD && e->load.arr->id < c->cap && c->map[e->load.arr->id]) e->load.arr = c->map[e->load.arr->id];
}

static int clone_label(Cloner *c, int old)
{
    for (int i = 0; i < c->nlab; i += 2)
        if (c->labels[i] == old) return c->labels[i + 1];
    c->labels = realloc(c->labels, sizeof(int) * (size_t)(c->nlab + 2));
    if (!c->labels) ice("out of memory");
    c->labels[c->nlab++] = old;
    c->labels[c->nlab++] = c->f->nlabels++;
    return c->labels[c->nlab - 1];
}

static void clone_list(Cloner *c, const PtrList *src, PtrList *dst);

/* First pass: every variable the statements define gets its copy. */
static void clone_defs(Cloner *c, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: if (!s->assign.dst->rank) clone_def(c, s->assign.dst); break;
        case IS_IF: clone_defs(c, &s->if_.then); clone_defs(c, &s->if_.els); break;
        case IS_WHILE: clone_defs(c, &s->while_.pre); clone_defs(c, &s->while_.body); break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) clone_def(c, s->loop.idx[d]);
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                clone_def(c, r->acc);
                if (r->idx) clone_def(c, r->idx);
            }
            clone_defs(c, &s->loop.body);
            break;
        default: break;
        }
    }
}

static IExpr *clone_e(Cloner *c, const IExpr *e)
{
    if (!e) return NULL;
    IExpr *n = ir_clone_expr(e);
    ir_walk_expr(&n, remap_expr, c);
    return n;
}

static void clone_list(Cloner *c, const PtrList *src, PtrList *dst)
{
    for (int i = 0; i < src->len; i++) {
        const IStmt *s = src->items[i];
        IStmt *n = ir_stmt(s->kind, s->span);
        *n = *s;
        switch (s->kind) {
        case IS_ASSIGN:
            n->assign.dst = s->assign.dst->rank ? s->assign.dst : clone_def(c, s->assign.dst);
            n->assign.val = clone_e(c, s->assign.val);
            break;
        case IS_STORE:
            if (s->store.arr->id < c->cap && c->map[s->store.arr->id]) n->store.arr = c->map[s->store.arr->id];
            for (int k = 0; k < s->store.n; k++) n->store.idx[k] = clone_e(c, s->store.idx[k]);
            n->store.val = clone_e(c, s->store.val);
            break;
        case IS_IF:
            n->if_.cond = clone_e(c, s->if_.cond);
            n->if_.then = (PtrList){0};
            n->if_.els = (PtrList){0};
            clone_list(c, &s->if_.then, &n->if_.then);
            clone_list(c, &s->if_.els, &n->if_.els);
            break;
        case IS_WHILE:
            n->while_.pre = (PtrList){0};
            n->while_.body = (PtrList){0};
            clone_list(c, &s->while_.pre, &n->while_.pre);
            n->while_.cond = clone_e(c, s->while_.cond);
            clone_list(c, &s->while_.body, &n->while_.body);
            break;
        case IS_LOOP:
            for (int d = 0; d < s->loop.rank; d++) {
                n->loop.idx[d] = clone_def(c, s->loop.idx[d]);
                n->loop.lo[d] = clone_e(c, s->loop.lo[d]);
                n->loop.hi[d] = clone_e(c, s->loop.hi[d]);
            }
            n->loop.body = (PtrList){0};
            n->loop.fused = (PtrList){0};
            n->loop.reds = (PtrList){0};
            for (int k = 0; k < s->loop.fused.len; k++) plist_push(&n->loop.fused, s->loop.fused.items[k]);
            clone_list(c, &s->loop.body, &n->loop.body);
            for (int k = 0; k < s->loop.reds.len; k++) {    /* a nested parfor's (ir_clonable_rows) */
                Reduction *r = NEW(Reduction);
                *r = *(const Reduction *)s->loop.reds.items[k];
                r->acc = clone_def(c, r->acc);
                if (r->idx) r->idx = clone_def(c, r->idx);
                r->value = clone_e(c, r->value);
                r->lam = clone_e(c, r->lam);
                plist_push(&n->loop.reds, r);
            }
            break;
        case IS_CHECK: n->check.cond = clone_e(c, s->check.cond); break;
        case IS_PREFETCH: n->pf.at = clone_e(c, s->pf.at); break;
        case IS_GOTO: case IS_LABEL: n->label = clone_label(c, s->label); break;
        default: break;
        }
        plist_push(dst, n);
    }
}

bool ir_clonable_stmts(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN:
            if (s->assign.val->kind >= IE_MAP || s->assign.dst->rank || s->assign.dst->kind == V_RESULT) return false;
            break;
        case IS_STORE: case IS_CHECK: case IS_GOTO: case IS_LABEL: break;
        case IS_IF: if (!ir_clonable_stmts(&s->if_.then) || !ir_clonable_stmts(&s->if_.els)) return false; break;
        case IS_WHILE: if (!ir_clonable_stmts(&s->while_.pre) || !ir_clonable_stmts(&s->while_.body)) return false; break;
        case IS_LOOP:
            if (s->loop.kind != LOOP_SERIAL || s->loop.reds.len) return false;
            if (!ir_clonable_stmts(&s->loop.body)) return false;
            break;
        default: return false;
        }
    }
    return true;
}

/* As ir_clonable_stmts, and parallel loops nested in them whose reductions
 * are plain ones (no lambda, no lanes, no running value): the body of a
 * loop over rows with a reduction per row. */
bool ir_clonable_rows(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        if (s->kind != IS_LOOP || s->loop.kind != LOOP_PARFOR) {
            PtrList one = { (void **)&l->items[i], 1, 1 };
            if (!ir_clonable_stmts(&one)) return false;
            continue;
        }
        for (int k = 0; k < s->loop.reds.len; k++) {
            const Reduction *r = s->loop.reds.items[k];
            if (r->op == RED_LAMBDA || r->lanes || r->lanes_w || r->cont || r->mpi_combined) return false;
        }
        if (!ir_clonable_stmts(&s->loop.body)) return false;
    }
    return true;
}

void ir_clone_stmts(IrFunc *f, const PtrList *src, PtrList *dst, Var *const *from, Var *const *to, int nmap)
{
    ir_clone_stmts_follow(f, src, dst, from, to, nmap, NULL, 0);
}

void ir_clone_stmts_follow(IrFunc *f, const PtrList *src, PtrList *dst, Var *const *from, Var *const *to, int nmap,
                           Var **follow, int nfollow)
{
    Cloner c = { f, NULL, f->vars.len + 1, NULL, 0 };
    c.map = xcalloc((size_t)c.cap, sizeof(Var *));
    for (int i = 0; i < nmap; i++) c.map[from[i]->id] = to[i];
    clone_defs(&c, src);
    clone_list(&c, src, dst);
    for (int i = 0; i < nfollow; i++)
        if (follow[i] && follow[i]->id < c.cap && c.map[follow[i]->id]) follow[i] = c.map[follow[i]->id];
    free(c.map);
    free(c.labels);
}

/* the distinct variables an expression reads */
typedef struct Coll { Var **v; int n, cap; } Coll;
static void collect_var(IExpr **slot, void *ctx)
{
    Coll *c = ctx;
    if ((*slot)->kind != IE_VAR) return;
    for (int i = 0; i < c->n; i++)
        if (c->v[i] == (*slot)->var) return;
    if (c->n < c->cap) c->v[c->n++] = (*slot)->var;
}

typedef struct Subst { Var **from, **to; int n; } Subst;
static void subst(IExpr **slot, void *ctx)
{
    Subst *sb = ctx;
    if ((*slot)->kind != IE_VAR) return;
    for (int i = 0; i < sb->n; i++)
        if (sb->from[i] == (*slot)->var) { (*slot)->var = sb->to[i]; return; }
}

IStmt *ir_clone_parfor(IrFunc *f, const IStmt *lp)
{
    int nv = f->vars.len + 1;
    Coll col = { xcalloc((size_t)nv, sizeof(Var *)), 0, nv };
    for (int q = 0; q < lp->loop.reds.len; q++) {
        Reduction *r = lp->loop.reds.items[q];
        ir_walk_expr(&r->value, collect_var, &col);
        if (r->lam) ir_walk_expr(&r->lam, collect_var, &col);
    }
    Var **to = xcalloc((size_t)col.n + 1, sizeof(Var *));
    memcpy(to, col.v, sizeof(Var *) * (size_t)col.n);
    IStmt *cp = ir_stmt(IS_LOOP, lp->span);
    *cp = *lp;
    cp->loop.body = (PtrList){0};
    cp->loop.reds = (PtrList){0};
    cp->loop.fused = (PtrList){0};
    ir_clone_stmts_follow(f, &lp->loop.body, &cp->loop.body, NULL, NULL, 0, to, col.n);
    for (int k = 0; k < lp->loop.fused.len; k++) plist_push(&cp->loop.fused, lp->loop.fused.items[k]);
    Subst sb = { col.v, to, col.n };
    for (int q = 0; q < lp->loop.reds.len; q++) {
        Reduction *r = NEW(Reduction);
        *r = *(Reduction *)lp->loop.reds.items[q];
        r->value = ir_clone_expr(r->value);
        ir_walk_expr(&r->value, subst, &sb);
        r->lam = ir_clone_expr(r->lam);
        if (r->lam) ir_walk_expr(&r->lam, subst, &sb);
        plist_push(&cp->loop.reds, r);
    }
    free(col.v);
    free(to);
    return cp;
}

void ir_each_loop(IrFunc *f, PtrList *l, int (*fn)(IrFunc *f, PtrList *l, int at, void *ctx), void *ctx)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: ir_each_loop(f, &s->if_.then, fn, ctx); ir_each_loop(f, &s->if_.els, fn, ctx); break;
        case IS_WHILE: ir_each_loop(f, &s->while_.body, fn, ctx); break;
        case IS_LOOP: {
            if (s->loop.kind == LOOP_ROUNDS || s->loop.kind == LOOP_COMPACT) break;
            int n = fn(f, l, i, ctx);
            if (n > 0) i += n - 1;                      /* past what replaced it */
            else if (n == 0) ir_each_loop(f, &s->loop.body, fn, ctx);
            break;
        }
        default: break;
        }
    }
}

bool ir_safe_divisor(const IExpr *e)
{
    if (e->kind != IE_BINOP || (e->op.op != OP_DIV && e->op.op != OP_MOD) || !ty_is_int_kind(e->op.opk)) return false;
    const IExpr *b = e->op.b;
    if (b->kind != IE_CONST || b->ty != e->op.opk || b->c.i == 0) return false;
    return ty_is_unsigned_kind(b->ty) || b->c.i != -1;
}

/* ---- construction helpers of the passes that build loops ---- */

IExpr *ir_binop(Op op, TyKind ty, TyKind opk, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(IE_BINOP, ty, s);
    e->op.op = op;
    e->op.opk = opk;
    e->op.a = a;
    e->op.b = b;
    return e;
}

IExpr *ir_select(TyKind ty, IExpr *c, IExpr *a, IExpr *b, Span s)
{
    IExpr *e = ir_expr(IE_SELECT, ty, s);
    e->sel.c = c;
    e->sel.a = a;
    e->sel.b = b;
    return e;
}

IStmt *ir_assign(Var *v, IExpr *e, Span s)
{
    IStmt *st = ir_stmt(IS_ASSIGN, s);
    st->assign.dst = v;
    st->assign.val = e;
    return st;
}

IStmt *ir_loop1(IrFunc *f, LoopKind k, const char *name, IExpr *lo, IExpr *hi, Span s)
{
    IStmt *lp = ir_stmt(IS_LOOP, s);
    lp->loop.kind = k;
    lp->loop.rank = 1;
    lp->loop.idx[0] = ir_var(f, name, T_I64, 0, V_INDEX, s);
    lp->loop.lo[0] = lo;
    lp->loop.hi[0] = hi;
    return lp;
}

bool ir_var_nonneg(const Var *v) { return v->kind == V_SIZE || v->nonneg; }

bool ir_same_atom(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == IE_VAR) return a->var == b->var;
    if (a->kind == IE_CONST) return a->c.i == b->c.i;
    return false;
}
