/* distribute_sig.c — arrc --mpi: the function's interface.  Which size
 * variables are distributed (the local extents the caller passes), the
 * global extents of other dimensions, and what each rank returns of the
 * results the function allocates.  The rules are distribute.c's comment. */
#include "distribute_int.h"
#include <string.h>
#include "access.h"

void dist_unsupported(Dist *d, Span s, const char *what)
{
    for (int i = 0; i < d->reported.len; i++) {     /* once per place (a stencil's loops repeat its kernel) */
        Span o = d->reported.items[i];
        if (o.file == s.file && o.beg == s.beg && o.end == s.end) return;
    }
    VEC_PUSH(d->reported, s);
    diag_error(s, "not supported under --mpi: %s", what);
    d->errors++;
}

/* ---- which size variables are distributed ---- */

static bool in_signature(const IrFunc *f, const Var *a)
{
    for (int i = 0; i < f->params.len; i++) if (f->params.items[i] == a) return true;
    for (int i = 0; i < f->results.len; i++) if (f->results.items[i] == a) return true;
    return false;
}

/* Does n name a dimension other than 0 of an array parameter or result? */
static bool other_dim(const IrFunc *f, const Var *n)
{
    for (int i = 0; i < f->vars.len; i++) {
        const Var *a = f->vars.items[i];
        for (int k = 1; k < a->rank && !a->anon_result && in_signature(f, a); k++)
            if (a->dims[k].var == n) return true;
    }
    return false;
}

/* A distributed size variable n that also names another dimension of a
 * parameter or result (f64[n, n]): the caller passes the global extent
 * too, right after the local one (MPI.md), checked at entry against the
 * sum of the ranks' rows.  (The signature alone decides the interface.) */
static void global_param(Dist *d, Var *n, const char *name)
{
    IrFunc *f = d->f;
    Var *g = ir_var(f, arena_printf("%s_passed", name), T_I64, 0, V_SIZE, n->span);
    g->name = name;         /* the source's name, which n (now n_local) gave up: MPI.md's `int64_t n` */
    for (int i = 0; i < f->params.len; i++)
        if (f->params.items[i] == n) { plist_insert(&f->params, i + 1, g); break; }
    d->gpar[n->id] = g;
}

/* Every dimension other than 0 that a distributed size variable names is
 * its global extent: the parameter the caller passes (for the signature's
 * arrays), else the one the ranks' extents sum to. */
void dist_other_dims(Dist *d)
{
    IrFunc *f = d->f;
    for (int i = 0; i < d->nvars; i++) {
        Var *a = f->vars.items[i];
        for (int k = 1; k < a->rank && !a->anon_result; k++) {
            Var *n = a->dims[k].var;
            if (!dsize(d, n)) continue;
            a->dims[k].var = d->gpar[n->id] && in_signature(f, a) ? d->gpar[n->id] : d->glob[n->id];
        }
    }
}

void dist_find_sizes(Dist *d)
{
    IrFunc *f = d->f;
    for (int i = 0; i < f->params.len + f->results.len; i++) {
        Var *a = i < f->params.len ? f->params.items[i] : f->results.items[i - f->params.len];
        if (!a->rank) continue;
        if (a->anon_result) continue;      /* a block of rows of what it returns (anon_results) */
        Var *n = a->dims[0].var;
        if (!n) continue;       /* a constant extent (f64[3]): whole on every rank, like a scalar */
        if (n->kind != V_SIZE) {
            dist_unsupported(d, f->decl->name_span, arena_printf("dimension 0 of '%s' is not a size variable (each rank "
                                                            "passes its own number of rows)", a->name));
            continue;
        }
        if (dsize(d, n)) continue;
        const char *name = n->name;
        d->glob[n->id] = ir_var(f, arena_printf("%s_global", name), T_I64, 0, V_TEMP, n->span);
        d->off[n->id] = ir_var(f, arena_printf("%s_off", name), T_I64, 0, V_TEMP, n->span);
        /* the parameter is the local extent now: n_local (a name made unique
           by a variable that is never used) */
        n->name = ir_var(f, arena_printf("%s_local", name), T_I64, 0, V_TEMP, n->span)->name;
        if (other_dim(f, n)) global_param(d, n, name);
    }
}

/* A distributed extent may be the extent of dimension 0 only. */
void dist_check_other_dims(Dist *d)
{
    AccessSet used = {0};
    analyze_access_list(&d->f->body, NULL, &used);
    for (int i = 0; i < d->f->params.len + d->f->results.len; i++) {
        Var *a = i < d->f->params.len ? d->f->params.items[i] : d->f->results.items[i - d->f->params.len];
        Access x = { .v = a };
        VEC_PUSH(used, x);
    }
    for (int i = 0; i < used.len; i++) {
        const Var *a = used.items[i].v;
        for (int k = 1; k < a->rank; k++)
            if (dsize(d, a->dims[k].var)) {
                dist_unsupported(d, a->span, arena_printf("'%s' has the distributed extent %s in dimension %d (only "
                                                     "dimension 0 is split over the ranks)", a->name, a->dims[k].var->name, k));
                VEC_FREE(used);
                return;
            }
    }
    VEC_FREE(used);
}

/* The anonymous results of every return (see the file's comment). */
void dist_anon_results(Dist *d, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_IF: dist_anon_results(d, &s->if_.then); dist_anon_results(d, &s->if_.els); break;
        case IS_WHILE: dist_anon_results(d, &s->while_.pre); dist_anon_results(d, &s->while_.body); break;
        case IS_LOOP: dist_anon_results(d, &s->loop.body); break;
        case IS_RETURN:
            for (int k = 0; k < s->ret.n; k++) {
                Var *r = d->f->results.items[k], *v = s->ret.vals[k];
                if (!r->anon_result || !v) continue;
                if (is_dist(d, v)) {
                    /* this rank's rows: the local extent (the size variable itself),
                       in place of the global one the assignments just before give */
                    IExpr *local = ir_varref(v->dims[0].var, s->span);
                    IStmt *set = NULL;
                    for (int j = i - 1; j >= 0 && !set && ((IStmt *)l->items[j])->kind == IS_ASSIGN; j--)
                        if (((IStmt *)l->items[j])->assign.dst == r->dims[0].var) set = l->items[j];
                    if (set) set->assign.val = local;
                    else plist_insert(l, i++, ir_assign(r->dims[0].var, local, s->span));
                    continue;
                }
                if (!s->ret.split) s->ret.split = arena_alloc(sizeof(bool) * (size_t)s->ret.n);
                s->ret.split[k] = true;
            }
            break;
        default: break;
        }
    }
}

/* ---- names bound to distributed arrays ----
 * A binding v = w of arrays makes v the same memory as w, so of the same
 * extents; when w is distributed and v's dimension 0 has another size
 * variable (a slice x[0..n] gets an extent of its own, equal to n), v is
 * distributed as w is: its dimension 0 becomes w's.  Until nothing changes
 * (chains of bindings).  A name bound to a distributed array in one place
 * and to a replicated one in another cannot be either (an error). */
static bool alias_rows(Dist *d, PtrList *l, bool check)
{
    bool changed = false;
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ASSIGN: {
            Var *v = s->assign.dst, *w = s->assign.val->kind == IE_VAR ? s->assign.val->var : NULL;
            if (w && v->rank && v->reshaped && w->reshaped && !ext_equal(v->dims[0], w->dims[0])) {
                /* a reshape that moves elements between rows: each rank holds
                   only its rows, which the new extents would cut elsewhere
                   (or a whole array seen as rows of a distributed one) */
                if (check && is_dist(d, w))
                    dist_unsupported(d, s->span, arena_printf("reshape of the distributed array %s to a dimension 0 other "
                                                              "than its own (the rows would move between ranks)", dist_name(w)));
                else if (check && is_dist(d, v))
                    dist_unsupported(d, s->span, arena_printf("reshape of %s, which every rank holds whole, to rows split "
                                                              "over the ranks", dist_name(w)));
                break;
            }
            if (!v->rank || !w || w->rank != v->rank || is_dist(d, v) == is_dist(d, w)) break;
            if (check)
                dist_unsupported(d, s->span, arena_printf("%s names both an array split over the ranks and one every "
                                                          "rank holds whole", dist_name(v)));
            else if (is_dist(d, w) && v->dims[0].var && !in_signature(d->f, v)) {
                v->dims[0] = w->dims[0];
                changed = true;
            }
            break;
        }
        case IS_IF: changed |= alias_rows(d, &s->if_.then, check); changed |= alias_rows(d, &s->if_.els, check); break;
        case IS_LOOP: changed |= alias_rows(d, &s->loop.body, check); break;
        case IS_WHILE: changed |= alias_rows(d, &s->while_.pre, check); changed |= alias_rows(d, &s->while_.body, check); break;
        default: break;
        }
    }
    return changed;
}

void dist_alias_rows(Dist *d)
{
    while (alias_rows(d, &d->f->body, false)) {}
    alias_rows(d, &d->f->body, true);
}

/* ---- arrays of one iteration ----
 * An array allocated in a parallel loop's body (a comprehension's element
 * that is itself an array, a mask's kept elements per iteration) belongs
 * to that iteration, which one rank runs whole: it is not split, whatever
 * its extent (dimension 0 becomes the global extent). */
static void private_arrays(Dist *d, PtrList *l, int depth)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_ALLOC:
            if (depth && is_dist(d, s->alloc)) s->alloc->dims[0].var = d->glob[s->alloc->dims[0].var->id];
            break;
        case IS_IF: private_arrays(d, &s->if_.then, depth); private_arrays(d, &s->if_.els, depth); break;
        case IS_WHILE: private_arrays(d, &s->while_.pre, depth); private_arrays(d, &s->while_.body, depth); break;
        case IS_LOOP:
            private_arrays(d, &s->loop.body, depth + (s->loop.kind == LOOP_PARFOR || s->loop.kind == LOOP_COMPACT));
            break;
        default: break;
        }
    }
}

void dist_private_arrays(Dist *d)
{
    private_arrays(d, &d->f->body, 0);
}

/* Does a run-time check of the list (or nested in it) state a == b (one of
 * the conjuncts of its condition)? */
static bool cond_states(const IExpr *c, const Var *a, const Var *b)
{
    if (c->kind != IE_BINOP) return false;
    if (c->op.op == OP_AND) return cond_states(c->op.a, a, b) || cond_states(c->op.b, a, b);
    if (c->op.op != OP_EQ || c->op.a->kind != IE_VAR || c->op.b->kind != IE_VAR) return false;
    return (c->op.a->var == a && c->op.b->var == b) || (c->op.a->var == b && c->op.b->var == a);
}

bool dist_checked_equal(const PtrList *l, const Var *a, const Var *b)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_CHECK: if (cond_states(s->check.cond, a, b)) return true; break;
        case IS_IF: if (dist_checked_equal(&s->if_.then, a, b) || dist_checked_equal(&s->if_.els, a, b)) return true; break;
        case IS_WHILE: if (dist_checked_equal(&s->while_.pre, a, b) || dist_checked_equal(&s->while_.body, a, b)) return true; break;
        case IS_LOOP: if (dist_checked_equal(&s->loop.body, a, b)) return true; break;
        default: break;
        }
    }
    return false;
}

/* ---- size variables used together ----
 * The checks at entry that the blocks of pairs of size variables one loop
 * uses together (distribute.c's access) line up on every rank, after the
 * extents. */
void dist_align_checks(Dist *d)
{
    int at = 0;
    while (at < d->f->body.len && (((IStmt *)d->f->body.items[at])->kind == IS_MPI || ((IStmt *)d->f->body.items[at])->kind == IS_CHECK))
        at++;
    for (int k = 0; k + 1 < d->aligned.len && !d->errors; k += 2) {
        Var *n = d->aligned.items[k], *m = d->aligned.items[k + 1];
        Span sp = d->aligned_at.items[k / 2];
        IStmt *c = ir_stmt(IS_CHECK, sp);
        c->check.cond = ir_binop(OP_EQ, T_BOOL, T_I64, ir_varref(n, sp), ir_varref(m, sp), sp);
        size_t ln = strlen(n->name), lm = strlen(m->name);     /* the source's names: n_local is n */
        const char *nn = ln > 6 && !strcmp(n->name + ln - 6, "_local") ? arena_printf("%.*s", (int)(ln - 6), n->name) : n->name;
        const char *mn = lm > 6 && !strcmp(m->name + lm - 6, "_local") ? arena_printf("%.*s", (int)(lm - 6), m->name) : m->name;
        c->check.msg = arena_printf("%s: error: the arrays of extents %s and %s are split over the ranks in different "
                                    "blocks (their local extents differ on this rank); --mpi needs them to line up here",
                                    diag_where(sp), nn, mn);
        plist_insert(&d->f->body, at++, c);
    }
}
