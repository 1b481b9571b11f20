/* fuse.c — loop fusion in the Parallel IR.
 *
 * Before: PIR.  After: PIR where a parfor P1 followed (in the same statement
 * list) by a parfor P2 over provably equal bounds has been merged into one
 * loop at P2's position when that preserves every dependence:
 *   - every array that either loop writes and the other touches is accessed
 *     only at the loop indices in both loops (so iteration i depends only on
 *     iteration i);
 *   - P2 does not read P1's reduction results;
 *   - the statements between them neither touch what P1 writes nor write
 *     what P1 reads (P1 moves down past them).
 * Loads in P2 of an element P1 just stored become uses of the stored scalar,
 * so dce can then delete the intermediate array and its allocation.
 * -O0 skips this pass. */
#include "passes.h"
#include "access.h"

static bool same_expr(const IExpr *a, const IExpr *b)
{
    if (a->kind != b->kind) return false;
    if (a->kind == IE_VAR) return a->var == b->var;
    if (a->kind == IE_CONST) return a->c.i == b->c.i;
    return false;
}

static bool same_bounds(const IStmt *a, const IStmt *b)
{
    if (a->loop.rank != b->loop.rank) return false;
    for (int d = 0; d < a->loop.rank; d++)
        if (!same_expr(a->loop.lo[d], b->loop.lo[d]) || !same_expr(a->loop.hi[d], b->loop.hi[d])) return false;
    return true;
}

static bool is_parfor(const IStmt *s) { return s->kind == IS_LOOP && s->loop.kind == LOOP_PARFOR; }

/* Variables declared inside a loop body are private to it. */
static bool assigned_in_body(const IStmt *lp, const Var *v)
{
    for (int i = 0; i < lp->loop.body.len; i++) {
        const IStmt *s = lp->loop.body.items[i];
        if (s->kind == IS_ASSIGN && s->assign.dst == v) return true;
    }
    return false;
}

static bool conflict_free(const IStmt *p1, const IStmt *p2)
{
    AccessSet a = {0}, b = {0};
    analyze_access(p1, NULL, &a);
    analyze_access(p2, NULL, &b);
    bool ok = true;
    for (int i = 0; i < a.len && ok; i++) {
        Access *x = &a.items[i];
        for (int j = 0; j < b.len && ok; j++) {
            Access *y = &b.items[j];
            if (!access_conflict(x, y)) continue;
            if (x->ptr || y->ptr) { ok = false; continue; }
            if (x->v->rank == 0) {
                /* scalars private to a loop body (and index variables) are
                 * per-iteration; anything else (a reduction result) orders the loops */
                if (x->v->kind == V_INDEX || assigned_in_body(p1, x->v) || assigned_in_body(p2, x->v)) continue;
                ok = false;
                continue;
            }
            if (!x->ident || !y->ident) ok = false;
        }
    }
    VEC_FREE(a);
    VEC_FREE(b);
    return ok;
}

/* Loop P may move past statement s (down or up): they touch nothing in
 * common that either writes (P's per-iteration scalars aside). */
static bool movable_past(const IStmt *p1, const IStmt *s)
{
    /* a loop moved past a jump would run on a path where it did not, or not
     * where it did (`b[..] = ...; if flag { return ...; }` inlined) */
    if (stmt_jumps_out(s)) return false;
    AccessSet a = {0}, b = {0};
    analyze_access(p1, NULL, &a);
    analyze_access(s, NULL, &b);
    bool ok = true;
    for (int i = 0; i < a.len && ok; i++) {
        Access *x = &a.items[i];
        if (x->v->kind == V_INDEX) continue;
        if (x->v->rank == 0 && assigned_in_body(p1, x->v)) continue;
        for (int j = 0; j < b.len && ok; j++)
            if (access_conflict(x, &b.items[j])) ok = false;
    }
    VEC_FREE(a);
    VEC_FREE(b);
    return ok;
}

typedef struct Subst { Var *from[4]; Var *to[4]; int n; Var *arr; IStmt *loop; Var *val; } Subst;

static void rename_idx(IExpr **slot, void *ctx)
{
    Subst *s = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_VAR) return;
    for (int d = 0; d < s->n; d++)
        if (e->var == s->from[d]) e->var = s->to[d];
}

static void replace_load(IExpr **slot, void *ctx)
{
    Subst *s = ctx;
    IExpr *e = *slot;
    if (e->kind != IE_LOAD || e->load.arr != s->arr) return;
    for (int d = 0; d < e->load.n; d++)
        if (e->load.idx[d]->kind != IE_VAR || e->load.idx[d]->var != s->loop->loop.idx[d]) return;
    *slot = ir_varref(s->val, e->span);
}

static bool stores_to(const IStmt *lp, const Var *a)
{
    AccessSet acc = {0};
    analyze_access_list(&lp->loop.body, lp, &acc);
    bool w = access_writes(&acc, a);
    VEC_FREE(acc);
    return w;
}

/* Merges p1 into p2 (p2 keeps its position and index variables). */
static void merge(IrFunc *f, IStmt *p1, IStmt *p2)
{
    /* keep a generator's source name for the merged loop's index */
    for (int d = 0; d < p1->loop.rank; d++)
        if (p1->loop.idx[d]->src_name && !p2->loop.idx[d]->src_name) {
            Subst r2 = { .n = 1, .from = { p2->loop.idx[d] }, .to = { p1->loop.idx[d] } };
            ir_walk_stmts(&p2->loop.body, rename_idx, &r2);
            for (int i = 0; i < p2->loop.reds.len; i++) {
                Reduction *r = p2->loop.reds.items[i];
                ir_walk_expr(&r->value, rename_idx, &r2);
                ir_walk_expr(&r->lam, rename_idx, &r2);
            }
            p2->loop.idx[d] = p1->loop.idx[d];
        }
    Subst ren = { .n = p1->loop.rank };
    for (int d = 0; d < p1->loop.rank; d++) { ren.from[d] = p1->loop.idx[d]; ren.to[d] = p2->loop.idx[d]; }
    ir_walk_stmts(&p1->loop.body, rename_idx, &ren);
    for (int i = 0; i < p1->loop.reds.len; i++) {
        Reduction *r = p1->loop.reds.items[i];
        ir_walk_expr(&r->value, rename_idx, &ren);
    }
    /* A load in P2 of an element P1 stored becomes the stored scalar only
     * when that store is P1's last write to anything that may be the array
     * (P2 must see the final value: after `v[i] = a; v[i] = b` it reads b),
     * and a stored scalar that P1 assigns again afterwards is first copied. */
    int nb = p1->loop.body.len;
    bool *last = calloc(nb ? nb : 1, sizeof *last), *val_reassigned = calloc(nb ? nb : 1, sizeof *val_reassigned);
    AccessSet after = {0};
    for (int i = nb - 1; i >= 0; i--) {
        IStmt *s = p1->loop.body.items[i];
        if (s->kind == IS_STORE) {
            last[i] = !access_writes(&after, s->store.arr);
            val_reassigned[i] = s->store.val->kind == IE_VAR && access_writes(&after, s->store.val->var);
        }
        analyze_access(s, NULL, &after);
    }
    VEC_FREE(after);
    PtrList body = {0};
    for (int i = 0; i < p1->loop.body.len; i++) {
        IStmt *s = p1->loop.body.items[i];
        if (s->kind == IS_STORE && s->store.arr->rank == p2->loop.rank && last[i]) {
            bool ident = true;
            for (int d = 0; d < s->store.n; d++)
                ident = ident && s->store.idx[d]->kind == IE_VAR && s->store.idx[d]->var == p2->loop.idx[d];
            if (ident && !stores_to(p2, s->store.arr)) {
                Var *v;
                if (s->store.val->kind == IE_VAR && s->store.val->var->rank == 0 && !val_reassigned[i]) {
                    v = s->store.val->var;
                } else {
                    v = ir_var(f, arena_printf("%s_v", s->store.arr->name), s->store.arr->elem, 0, V_TEMP, s->span);
                    v->inline_ok = s->store.arr->kind == V_TEMP;
                    IStmt *a = ir_stmt(IS_ASSIGN, s->span);
                    a->assign.dst = v;
                    a->assign.val = s->store.val;
                    plist_push(&body, a);
                    s->store.val = ir_varref(v, s->span);
                }
                Subst rl = { .arr = s->store.arr, .loop = p2, .val = v };
                ir_walk_stmts(&p2->loop.body, replace_load, &rl);
                for (int k = 0; k < p2->loop.reds.len; k++)
                    ir_walk_expr(&((Reduction *)p2->loop.reds.items[k])->value, replace_load, &rl);
            }
        }
        plist_push(&body, s);
    }
    free(last);
    free(val_reassigned);
    for (int i = 0; i < p2->loop.body.len; i++) plist_push(&body, p2->loop.body.items[i]);
    p2->loop.body = body;
    for (int i = 0; i < p1->loop.reds.len; i++) plist_push(&p2->loop.reds, p1->loop.reds.items[i]);
    PtrList fused = {0};
    for (int i = 0; i < p1->loop.fused.len; i++) plist_push(&fused, p1->loop.fused.items[i]);
    for (int i = 0; i < p2->loop.fused.len; i++) plist_push(&fused, p2->loop.fused.items[i]);
    p2->loop.fused = fused;
}

static void fuse_list(IrFunc *f, PtrList *l);
static void fuse_list(IrFunc *f, PtrList *l)
{
    for (int j = 0; j < l->len; j++) {
        IStmt *s = l->items[j];
        switch (s->kind) {
        case IS_IF: fuse_list(f, &s->if_.then); fuse_list(f, &s->if_.els); continue;
        case IS_WHILE: fuse_list(f, &s->while_.pre); fuse_list(f, &s->while_.body); continue;
        case IS_LOOP:
            fuse_list(f, &s->loop.body);    /* loops nested in its body first */
            if (s->loop.kind != LOOP_PARFOR) continue;
            break;
        default: continue;
        }
        /* s is a parfor: look back for a partner */
        for (int i = j - 1; i >= 0; i--) {
            IStmt *p1 = l->items[i];
            if (is_parfor(p1) && same_bounds(p1, s) && conflict_free(p1, s)) {
                /* the merged loop goes where P2 is (P1 moves down past what is
                 * between) or, failing that, where P1 is (P2 moves up) */
                bool down = true, up = true;
                for (int k = i + 1; k < j && down; k++) down = movable_past(p1, l->items[k]);
                for (int k = i + 1; k < j && up && !down; k++) up = movable_past(s, l->items[k]);
                if (down) {
                    merge(f, p1, s);
                    plist_remove(l, i);
                    j--;
                    fuse_list(f, &s->loop.body);    /* the bodies met: their loops may fuse now */
                    break;
                }
                if (up) {
                    merge(f, p1, s);
                    plist_remove(l, j);
                    l->items[i] = s;
                    j = i;
                    fuse_list(f, &s->loop.body);
                    break;
                }
            }
        }
    }
}

void pass_fuse(IrProgram *p)
{
    if (!p->fuse) return;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        fuse_list(f, &f->body);
    }
}
