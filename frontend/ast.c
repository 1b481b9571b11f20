/* ast.c — AST constructors and the --emit=ast printer. */
#include "ast.h"
#include <inttypes.h>

const char *const op_spelling[] = {
#define OP(k, s) s,
#include "ast.def"
#undef OP
};
const char *const expr_kind_name[] = {
#define X(k, n) n,
#include "ast.def"
#undef X
};
const char *const stmt_kind_name[] = {
#define S(k, n) n,
#include "ast.def"
#undef S
};

const char *const stencil_mode_name[] = {
    "oob_skip", "oob_wraparound", "oob_dst_zero", "oob_src_zero", "oob_clamp", "oob_mirror",
};

int op_prec(Op op)
{
    switch (op) {
    case OP_MUL: case OP_DIV: case OP_MOD: return 10;
    case OP_ADD: case OP_SUB: return 9;
    default: return 0;
    }
}

bool op_needs_parens(Op parent, Op child, bool right_operand)
{
    int pp = op_prec(parent), cp = op_prec(child);
    if (!pp || !cp || parent == OP_MOD || child == OP_MOD) return true;
    if (cp > pp) return false;
    return cp < pp || right_operand;
}

Expr *ast_expr(ExprKind k, Span s)
{
    Expr *e = NEW(Expr);
    e->kind = k;
    e->span = s;
    if (k == E_CALL) e->call.builtin = -1;
    return e;
}

Expr *ast_bound_depth(Expr *e, Expr *a, Expr *b, Expr *c)
{
    int d = 0;
    if (a && a->depth > d) d = a->depth;
    if (b && b->depth > d) d = b->depth;
    if (c && c->depth > d) d = c->depth;
    e->depth = d + 1;
    if (e->depth == AST_MAX_DEPTH + 1) {
        diag_error(e->span, "expression is nested too deeply (more than %d levels)", AST_MAX_DEPTH);
        if (e->kind == E_BINARY && a && a->kind == E_BINARY && b && b->depth < AST_MAX_DEPTH / 2)
            diag_note(e->span, "each '%s' of a chain nests its left side one level deeper: "
                      "split the chain with let (let s1 = ...; then s1 %s ...), which keeps its order",
                      op_spelling[e->op.op], op_spelling[e->op.op]);
    }
    if (e->depth > AST_MAX_DEPTH) {
        Expr *z = ast_expr(E_INT, e->span);
        z->depth = AST_MAX_DEPTH + 2;    /* keeps later nodes from reporting again */
        return z;
    }
    return e;
}

Stmt *ast_stmt(StmtKind k, Span s)
{
    Stmt *st = NEW(Stmt);
    st->kind = k;
    st->span = s;
    return st;
}

static void print_type(Buf *b, const TypeExpr *t)
{
    if (!t) { buf_puts(b, "_"); return; }
    if (t->is_tuple) {
        buf_putc(b, '(');
        for (int i = 0; i < t->elts.len; i++) {
            if (i) buf_puts(b, ", ");
            print_type(b, t->elts.items[i]);
        }
        buf_putc(b, ')');
        return;
    }
    buf_puts(b, ty_kind_name(t->scalar));
    if (!t->is_array) return;
    buf_putc(b, '[');
    for (int i = 0; i < t->dims.len; i++) {
        const Dim *d = t->dims.items[i];
        if (i) buf_puts(b, ", ");
        if (d->kind == DIM_NAME) buf_puts(b, d->name);
        else if (d->kind == DIM_INT) buf_printf(b, "%" PRId64, d->value);
    }
    buf_putc(b, ']');
}

static void print_expr(Buf *b, const Expr *e);
static void print_stmts(Buf *b, const PtrList *l, int ind);

static void print_list(Buf *b, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) {
        buf_putc(b, ' ');
        print_expr(b, l->items[i]);
    }
}

static void print_idents(Buf *b, const PtrList *l)
{
    for (int i = 0; i < l->len; i++) buf_printf(b, "%s%s", i ? " " : "", ((Ident *)l->items[i])->name);
}

static void print_expr(Buf *b, const Expr *e)
{
    if (!e) { buf_puts(b, "_"); return; }
    switch (e->kind) {
    case E_INT: buf_printf(b, "%" PRIu64, e->ival); return;
    case E_FLOAT: buf_printf(b, "%.17g%s", e->flt.val, e->flt.f32 ? "f" : e->flt.imag ? "i" : ""); return;
    case E_BOOL: buf_puts(b, e->bval ? "true" : "false"); return;
    case E_NAME: buf_puts(b, e->name.name); return;
    case E_TYPENAME: buf_puts(b, ty_kind_name(e->tyname)); return;
    case E_SYMBOL: buf_printf(b, ":%s", e->name.name); return;
    case E_RANGE: if (e->range.newaxis) { buf_puts(b, "newaxis"); return; } break;
    default: break;
    }
    buf_printf(b, "(%s", e->kind == E_UNARY || e->kind == E_BINARY ? op_spelling[e->op.op] : expr_kind_name[e->kind]);
    switch (e->kind) {
    case E_UNARY: buf_putc(b, ' '); print_expr(b, e->op.a); break;
    case E_BINARY: buf_putc(b, ' '); print_expr(b, e->op.a); buf_putc(b, ' '); print_expr(b, e->op.b); break;
    case E_COND:
        buf_putc(b, ' '); print_expr(b, e->op.c);
        buf_putc(b, ' '); print_expr(b, e->op.a);
        buf_putc(b, ' '); print_expr(b, e->op.b);
        break;
    case E_CALL: buf_printf(b, " %s", e->call.name); print_list(b, &e->call.args); break;
    case E_INDEX: buf_putc(b, ' '); print_expr(b, e->index.base); print_list(b, &e->index.idx); break;
    case E_RANGE: buf_putc(b, ' '); print_expr(b, e->range.lo); buf_putc(b, ' '); print_expr(b, e->range.hi); break;
    case E_TUPLE: case E_ARRAYLIT: print_list(b, &e->tuple); break;
    case E_COMPREH:
        buf_putc(b, ' ');
        print_expr(b, e->comp.body);
        for (int i = 0; i < e->comp.gens.len; i++) {
            const Gen *g = e->comp.gens.items[i];
            buf_printf(b, " (for %s ", g->var.name);
            if (g->over) { buf_puts(b, "(elements "); print_expr(b, g->over); buf_putc(b, ')'); }
            else print_expr(b, g->range);
            buf_putc(b, ')');
        }
        break;
    case E_BLOCK:
        buf_puts(b, " {");
        print_stmts(b, &e->block.stmts, 0);
        buf_puts(b, " } ");
        print_expr(b, e->block.value);
        break;
    case E_LAMBDA: buf_puts(b, " |"); print_idents(b, &e->lambda.params); buf_puts(b, "| "); print_expr(b, e->lambda.body); break;
    case E_STENCIL:
        print_list(b, &e->stencil.args);
        buf_puts(b, " |"); print_idents(b, &e->stencil.params); buf_puts(b, "| {");
        print_stmts(b, &e->stencil.body, 0);
        buf_puts(b, " }");
        break;
    default: break;
    }
    buf_putc(b, ')');
}

static void print_stmt(Buf *b, const Stmt *s, int ind)
{
    buf_putc(b, '\n');
    buf_indent(b, ind);
    int line, col;
    span_linecol(s->span, &line, &col);
    switch (s->kind) {
    case S_LET:
    case S_VAR:
        buf_printf(b, "(%s ", stmt_kind_name[s->kind]);
        print_idents(b, &s->let.names);
        buf_puts(b, " : ");
        print_type(b, s->let.ty);
        buf_putc(b, ' ');
        print_expr(b, s->let.init);
        buf_putc(b, ')');
        break;
    case S_ASSIGN:
        buf_printf(b, "(%s%s ", s->assign.op == OP_ASSIGN ? "" : op_spelling[s->assign.op], "=");
        print_expr(b, s->assign.target);
        buf_putc(b, ' ');
        print_expr(b, s->assign.value);
        buf_putc(b, ')');
        break;
    case S_IF:
        buf_puts(b, "(if ");
        print_expr(b, s->if_.cond);
        print_stmts(b, &s->if_.then, ind + 1);
        if (s->if_.els.len) {
            buf_putc(b, '\n');
            buf_indent(b, ind);
            buf_puts(b, " else");
            print_stmts(b, &s->if_.els, ind + 1);
        }
        buf_putc(b, ')');
        break;
    case S_FOR:
        buf_printf(b, "(for %s ", s->for_.var.name);
        print_expr(b, s->for_.range);
        print_stmts(b, &s->for_.body, ind + 1);
        buf_putc(b, ')');
        break;
    case S_WHILE:
        buf_puts(b, "(while ");
        print_expr(b, s->while_.cond);
        print_stmts(b, &s->while_.body, ind + 1);
        buf_putc(b, ')');
        break;
    case S_BREAK: buf_puts(b, "(break)"); break;
    case S_CONTINUE: buf_puts(b, "(continue)"); break;
    case S_RETURN:
        buf_puts(b, "(return");
        print_list(b, &s->ret.values);
        buf_putc(b, ')');
        break;
    case S_EXPR:
        print_expr(b, s->expr);
        break;
    }
    buf_printf(b, "  ; line %d", line);
}

static void print_stmts(Buf *b, const PtrList *l, int ind)
{
    for (int i = 0; i < l->len; i++) print_stmt(b, l->items[i], ind);
}

void ast_print(Buf *b, const Module *m)
{
    for (int i = 0; i < m->imports.len; i++)
        buf_printf(b, "(import \"%s\")\n", ((Expr *)m->imports.items[i])->name.name);
    for (int i = 0; i < m->extern_headers.len; i++)
        buf_printf(b, "(extern \"%s\")\n", ((Expr *)m->extern_headers.items[i])->name.name);
    for (int i = 0; i < m->fns.len; i++) {
        const FnDecl *f = m->fns.items[i];
        buf_printf(b, "(%sfn %s (", f->is_extern ? "extern " : f->is_export ? "export " : "", f->name);
        for (int j = 0; j < f->params.len; j++) {
            const Param *p = f->params.items[j];
            buf_printf(b, "%s%s: ", j ? ", " : "", p->id.name);
            print_type(b, p->ty);
        }
        buf_puts(b, ") -> ");
        print_type(b, f->ret);
        if (f->is_extern) buf_printf(b, " \"%s\"", f->header);
        print_stmts(b, &f->body, 1);
        buf_puts(b, "\n)\n");
    }
}

bool is_mask_index(const Expr *e)
{
    if (e->kind != E_INDEX || e->index.idx.len != 1) return false;
    const Expr *x = e->index.idx.items[0];
    return x->ty && x->ty->kind == T_ARRAY && x->ty->elem == T_BOOL;
}

static void each_stmt_expr(Expr *e, void (*fn)(Stmt *, void *), void *ctx)
{
    if (!e) return;
    switch (e->kind) {
    case E_UNARY: case E_BINARY: case E_COND:
        each_stmt_expr(e->op.a, fn, ctx);
        each_stmt_expr(e->op.b, fn, ctx);
        each_stmt_expr(e->op.c, fn, ctx);
        break;
    case E_CALL:
        for (int i = 0; i < e->call.args.len; i++) each_stmt_expr(e->call.args.items[i], fn, ctx);
        break;
    case E_INDEX:
        each_stmt_expr(e->index.base, fn, ctx);
        for (int i = 0; i < e->index.idx.len; i++) each_stmt_expr(e->index.idx.items[i], fn, ctx);
        break;
    case E_RANGE: each_stmt_expr(e->range.lo, fn, ctx); each_stmt_expr(e->range.hi, fn, ctx); break;
    case E_TUPLE: case E_ARRAYLIT:
        for (int i = 0; i < e->tuple.len; i++) each_stmt_expr(e->tuple.items[i], fn, ctx);
        break;
    case E_COMPREH:
        for (int i = 0; i < e->comp.gens.len; i++) {
            Gen *g = e->comp.gens.items[i];
            each_stmt_expr(g->over ? g->over : g->range, fn, ctx);
        }
        each_stmt_expr(e->comp.body, fn, ctx);
        break;
    case E_BLOCK: ast_each_stmt(&e->block.stmts, fn, ctx); each_stmt_expr(e->block.value, fn, ctx); break;
    case E_LAMBDA: each_stmt_expr(e->lambda.body, fn, ctx); break;
    case E_STENCIL:
        for (int i = 0; i < e->stencil.args.len; i++) each_stmt_expr(e->stencil.args.items[i], fn, ctx);
        ast_each_stmt(&e->stencil.body, fn, ctx);
        break;
    default: break;
    }
}

void ast_each_stmt(PtrList *stmts, void (*fn)(Stmt *, void *), void *ctx)
{
    for (int i = 0; i < stmts->len; i++) {
        Stmt *s = stmts->items[i];
        fn(s, ctx);
        switch (s->kind) {
        case S_LET: case S_VAR: each_stmt_expr(s->let.init, fn, ctx); break;
        case S_ASSIGN: each_stmt_expr(s->assign.target, fn, ctx); each_stmt_expr(s->assign.value, fn, ctx); break;
        case S_IF:
            each_stmt_expr(s->if_.cond, fn, ctx);
            ast_each_stmt(&s->if_.then, fn, ctx);
            ast_each_stmt(&s->if_.els, fn, ctx);
            break;
        case S_FOR: each_stmt_expr(s->for_.range, fn, ctx); ast_each_stmt(&s->for_.body, fn, ctx); break;
        case S_WHILE: each_stmt_expr(s->while_.cond, fn, ctx); ast_each_stmt(&s->while_.body, fn, ctx); break;
        case S_RETURN:
            for (int k = 0; k < s->ret.values.len; k++) each_stmt_expr(s->ret.values.items[k], fn, ctx);
            break;
        case S_EXPR: each_stmt_expr(s->expr, fn, ctx); break;
        default: break;
        }
    }
}
