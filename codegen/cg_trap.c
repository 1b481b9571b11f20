/* cg_trap.c — what may trap (integer division, remainder and power by a
 * value not known to be safe, and in parallel loops checks and
 * allocations), the checks after it, and the loads and stores guarded by
 * the trap flag. */
#include "cg_int.h"
#include "access.h"

static bool traps_in_parfor(const PtrList *l);

/* Does e contain an operation that reports through arr_trapped (a trap
 * site)?  The passes ask the same of expressions they move. */
bool has_site(const IExpr *e) { return expr_may_trap(e); }

bool stmt_traps(const IStmt *s)
{
    switch (s->kind) {
    case IS_ASSIGN: return has_site(s->assign.val);
    case IS_STORE:
        for (int i = 0; i < s->store.n; i++) if (has_site(s->store.idx[i])) return true;
        return has_site(s->store.val);
    case IS_CHECK: return has_site(s->check.cond);
    case IS_IF: return has_site(s->if_.cond) || traps_in(&s->if_.then) || traps_in(&s->if_.els);
    case IS_LOOP:
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *r = s->loop.reds.items[i];
            if (has_site(r->value) || has_site(r->lam)) return true;
        }
        return s->loop.kind == LOOP_PARFOR ? traps_in_parfor(&s->loop.body) : traps_in(&s->loop.body);
    case IS_WHILE: return traps_in(&s->while_.pre) || traps_in(&s->while_.body) || has_site(s->while_.cond);
    case IS_SCAN: return has_site(s->op->scan.lam) || has_site(s->op->scan.init);
    default: return false;
    }
}

/* Inside a parfor, checks and allocations report through arr_trapped too.
 * Each statement and each nested list is visited once: a nested list is
 * searched here with the parfor rule (which finds everything stmt_traps's
 * rule finds, and checks and allocations besides), never with both, so the
 * time is linear in the size of l (searching a loop body through stmt_traps
 * and then again here doubled the work per nesting level: 2^depth for
 * nested comprehensions). */
static bool traps_in_parfor(const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        const IStmt *s = l->items[i];
        switch (s->kind) {
        case IS_CHECK: return true;
        case IS_ALLOC: if (!s->alloc->on_stack) return true; break;     /* a block on the stack cannot fail */
        case IS_LOOP:
            for (int k = 0; k < s->loop.reds.len; k++) {
                const Reduction *r = s->loop.reds.items[k];
                if (has_site(r->value) || has_site(r->lam)) return true;
            }
            if (traps_in_parfor(&s->loop.body)) return true;
            break;
        case IS_IF:
            if (has_site(s->if_.cond) || traps_in_parfor(&s->if_.then) || traps_in_parfor(&s->if_.els)) return true;
            break;
        case IS_WHILE:
            if (has_site(s->while_.cond) || traps_in_parfor(&s->while_.pre) || traps_in_parfor(&s->while_.body)) return true;
            break;
        default:
            if (stmt_traps(s)) return true;     /* no nested list: not recursive */
            break;
        }
    }
    return false;
}

bool traps_in(const PtrList *l)
{
    for (int i = 0; i < l->len; i++)
        if (stmt_traps(l->items[i])) return true;
    return false;
}

void trap_check(CG *g)
{
    line(g, "if (arr_trapped) { arr_fail(arr_sites[arr_trapped - 1]); goto fail; }");
    g->used_fail = true;
}

/* After an integer division, remainder or power traps (arr_trap sets the
 * flag and returns 0), the rest of the program must not touch memory: the
 * stand-in 0 may make an index out of bounds, and a program may rely on the
 * trap for its bounds (`x[0] = x[k % len(x)]` of an empty x traps before
 * either access in the reference semantics).  Outside a parallel loop each
 * statement that may trap is followed by a check (trap_check); within the
 * statement, and in a loop whose reductions may trap, every load reads
 * through arr_at_untrapped and every store is skipped once the flag is set
 * (guard_mem); in a parallel loop's body a statement that may trap is
 * followed by a jump to the end of the iteration (the body's checks do the
 * same), and an if or while whose condition may trap checks before
 * running a branch or another round.  Without an operation that may trap
 * (constant divisors, floats) nothing changes. */
bool guards_itself(const IStmt *s)
{
    switch (s->kind) {
    case IS_ASSIGN: case IS_STORE: case IS_CHECK: return stmt_traps(s);
    case IS_LOOP:
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *r = s->loop.reds.items[i];
            if (has_site(r->value) || has_site(r->lam)) return true;
        }
        return false;
    default: return false;
    }
}

/* The jump out of what has trapped: to fail outside a parallel loop, to
 * the end of the iteration inside one. */
void trap_exit(CG *g)
{
    if (g->in_parfor && g->skip_label >= 0) {
        line(g, "if (arr_trap_seen(&arr_trapped)) goto arr_skip_%d;", g->skip_label);
        g->skip_used = true;
    } else if (!g->in_parfor && !g->in_region) {
        trap_check(g);
    }
}

void guarded_store(CG *g, const IStmt *s)
{
    const char *t = ctype(s->store.arr->elem);
    line(g, "{");
    g->ind++;
    buf_indent(g->b, g->ind);
    buf_printf(g->b, "const %s arr_stored = ", t);
    g->expr_lines = true;
    top_expr(g, s->store.val);
    g->expr_lines = false;
    buf_puts(g->b, ";\n");
    buf_indent(g->b, g->ind);
    buf_puts(g->b, "const int64_t arr_store_at = ");
    index_expr(g, s->store.arr, s->store.n, s->store.idx);
    buf_puts(g->b, ";\n");
    line(g, "if (!arr_trap_seen(&arr_trapped)) %s[arr_store_at] = arr_stored;", cname(s->store.arr));
    g->ind--;
    line(g, "}");
}


/* A check: outside a parallel loop it fails the call; inside one it
 * records the failure and skips the rest of the iteration. */
void check_stmt(CG *g, const IStmt *s)
{
    Buf *b = g->b;
    buf_indent(b, g->ind);
    buf_puts(b, "if (!");
    expr(g, s->check.cond);
    buf_puts(b, ") {\n");
    g->ind++;
    if (g->in_parfor) {
        /* no jump out of a parallel loop: record it, skip the rest of the iteration */
        VEC_PUSH(g->sites, s->check.msg);
        line(g, "arr_trap(&arr_trapped, %d);", g->sites.len);
        line(g, "goto arr_skip_%d;", g->skip_label);
        g->skip_used = true;
        g->ind--;
        line(g, "}");
        return;
    }
    fail_msg(g, s->check.msg);
    line(g, "goto fail;");
    g->used_fail = true;
    g->ind--;
    line(g, "}");
}
