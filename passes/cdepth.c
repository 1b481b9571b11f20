/* cdepth.c — a deeply nested expression is computed in parts, so that the
 * C stays within the C compilers' nesting limits.
 *
 * clang stops at 256 nested brackets (-fbracket-depth), and arr's integer
 * arithmetic is written with one or two brackets an operation
 * (`(int64_t)((uint64_t)a + (uint64_t)(...))`): an expression such as a
 * Horner polynomial of degree 150, nested 300 levels (arr takes up to
 * 1000), compiled with gcc and failed with clang ("bracket nesting level
 * exceeded maximum of 256"; found by make fuzz).
 *
 * Before/after: PIR, the last pass.  In the value of an assignment or a
 * store, an if's or a check's condition (a while's: at the end of the
 * statements that run before each test), a sub-expression whose C may
 * nest CDEPTH_SPILL brackets (counted generously: c_brackets) is assigned
 * to a temporary just before the statement and read from it; what remains
 * above it is at most that deep again, and so on, so no C expression
 * nests much more than CDEPTH_SPILL brackets.
 * Legality: the statement evaluated that sub-expression exactly once, with
 * no condition on it, and nothing else of the statement runs between the
 * temporary's assignment and the statement (arr's expressions write no
 * variable); the order in which C evaluates the operands of one operator
 * is unspecified, so reading one operand earlier is an order the C could
 * have chosen.  What a lazy operator may skip (a and b of `c ? a : b`,
 * the right side of `&&` and `||`, where they do not evaluate both sides)
 * is not moved out of its condition: where it is deep, the operator
 * becomes an if before the statement (split_lazy), whose branches are
 * split in turn.  The program's other expressions are untouched (no
 * expression of the tests or samples is this deep). */
#include "passes.h"

enum { CDEPTH_SPILL = 96 };     /* brackets (c_brackets) */

typedef struct Cd {
    IrFunc *f;
    PtrList *out;       /* the statement list ... */
    int at;             /* ... and the index of the statement being split */
} Cd;

static bool is_lazy(const IExpr *e)
{
    if (e->eager) return false;
    return e->kind == IE_SELECT || (e->kind == IE_BINOP && (e->op.op == OP_AND || e->op.op == OP_OR));
}

static int max2(int a, int b) { return a > b ? a : b; }

/* The brackets codegen may nest for e around its operands, at most: a
 * load reads through a checked pointer (`*(const T *)arr_at_...(a, ...)`,
 * index arithmetic inside), integer arithmetic wraps through casts, a
 * division or conversion calls a helper. */
static int c_brackets(const IExpr *e)
{
    switch (e->kind) {
    case IE_LOAD: return 4;
    case IE_BINOP: case IE_UNOP: case IE_CALL: case IE_CONV: return 2;
    default: return 1;
    }
}

static void stmts(Cd *c, PtrList *l);
static int spill(Cd *c, IExpr **slot, bool lazy);

static IStmt *assign_to(Var *t, IExpr *e) { return ir_assign(t, e, e->span); }

/* A lazy operator whose skipped side is deep, where it is evaluated
 * unconditionally: c ? a : b becomes `if (c) part = a; else part = b;`,
 * a && b `part = a; if (part) part = b;`, a || b `part = a; if (!part)
 * part = b;` before the statement (the same evaluations, in statements of
 * their own), whose branches are then split like any statement. */
static int split_lazy(Cd *c, IExpr **slot)
{
    IExpr *e = *slot;
    Var *t = ir_var(c->f, "part", e->ty, 0, V_TEMP, e->span);
    t->is_mutable = true;
    IStmt *iff = ir_stmt(IS_IF, e->span);
    if (e->kind == IE_SELECT) {
        iff->if_.cond = e->sel.c;
        plist_push(&iff->if_.then, assign_to(t, e->sel.a));
        plist_push(&iff->if_.els, assign_to(t, e->sel.b));
    } else {
        plist_insert(c->out, c->at++, assign_to(t, e->op.a));
        iff->if_.cond = ir_varref(t, e->span);
        plist_push(e->op.op == OP_AND ? &iff->if_.then : &iff->if_.els, assign_to(t, e->op.b));
    }
    plist_insert(c->out, c->at++, iff);
    Cd inner = { c->f, NULL, 0 };
    stmts(&inner, &iff->if_.then);
    stmts(&inner, &iff->if_.els);
    *slot = ir_varref(t, e->span);
    return 1;
}

/* The height e keeps after its deep parts went into temporaries (a leaf:
 * 1).  Under a lazy operator (lazy) nothing is moved. */
static int spill(Cd *c, IExpr **slot, bool lazy)
{
    IExpr *e = *slot;
    if (!e) return 0;
    bool lz = lazy || is_lazy(e);
    int h = 0;
    if (is_lazy(e) && !lazy) {
        /* the side that always runs is split here; the others are measured */
        bool sel = e->kind == IE_SELECT;
        int hc = spill(c, sel ? &e->sel.c : &e->op.a, false);
        int hs = sel ? max2(spill(c, &e->sel.a, true), spill(c, &e->sel.b, true)) : spill(c, &e->op.b, true);
        if (hs + c_brackets(e) >= CDEPTH_SPILL) return split_lazy(c, slot);
        h = max2(hc, hs) + c_brackets(e);
        return h < CDEPTH_SPILL ? h : split_lazy(c, slot);
    }
    switch (e->kind) {
    case IE_UNOP: h = spill(c, &e->op.a, lz); break;
    case IE_BINOP: h = max2(spill(c, &e->op.a, lazy), spill(c, &e->op.b, lz)); break;   /* && ||: a runs first */
    case IE_CALL: h = max2(spill(c, &e->call.a, lz), spill(c, &e->call.b, lz)); break;
    case IE_CONV: h = spill(c, &e->conv, lz); break;
    case IE_SELECT: h = max2(spill(c, &e->sel.c, lazy), max2(spill(c, &e->sel.a, lz), spill(c, &e->sel.b, lz))); break;
    case IE_LOAD:
        for (int k = 0; k < e->load.n; k++) h = max2(h, spill(c, &e->load.idx[k], lz));
        break;
    case IE_ECALL:
        for (int k = 0; k < e->ecall.n; k++) h = max2(h, spill(c, &e->ecall.args[k], lz));
        break;
    default: return 1;      /* constants, variables, stencil reads; no other node is nested here */
    }
    h += c_brackets(e);
    if (h < CDEPTH_SPILL || lazy) return h;
    Var *t = ir_var(c->f, "part", e->ty, 0, V_TEMP, e->span);
    plist_insert(c->out, c->at++, ir_assign(t, e, e->span));
    *slot = ir_varref(t, e->span);
    return 1;
}

static void stmts(Cd *c, PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        IStmt *s = l->items[i];
        c->out = l;
        c->at = i;
        switch (s->kind) {
        case IS_ASSIGN: spill(c, &s->assign.val, false); break;
        case IS_STORE:
            for (int k = 0; k < s->store.n; k++) spill(c, &s->store.idx[k], false);
            spill(c, &s->store.val, false);
            break;
        case IS_CHECK: spill(c, &s->check.cond, false); break;
        case IS_IF: spill(c, &s->if_.cond, false); break;
        default: break;
        }
        i = c->at;          /* s, after the temporaries put before it */
        if (s->kind == IS_WHILE) {      /* pre runs before every test of cond: its parts go last in pre */
            c->out = &s->while_.pre;
            c->at = s->while_.pre.len;
            spill(c, &s->while_.cond, false);
        }
        switch (s->kind) {
        case IS_IF: stmts(c, &s->if_.then); stmts(c, &s->if_.els); break;
        case IS_LOOP: stmts(c, &s->loop.body); break;
        case IS_WHILE: stmts(c, &s->while_.pre); stmts(c, &s->while_.body); break;
        case IS_STENCIL:
            if (s->sten.prod) stmts(c, &s->sten.prod->sten.body);
            stmts(c, &s->sten.body);
            break;
        default: break;
        }
    }
}

void pass_cdepth(IrProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) {
        Cd c = { p->funcs.items[i], NULL, 0 };
        stmts(&c, &c.f->body);
    }
}
