/* print.c — the deterministic IR printer behind --emit=dir|pir,
 * --dump-after and the golden tests. */
#include "ir.h"
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void pexpr(Buf *b, const IExpr *e);
static void pstmts(Buf *b, const PtrList *l, int ind);

static void pext(Buf *b, Ext x)
{
    if (x.var) buf_puts(b, x.var->name);
    else buf_printf(b, "%" PRId64, x.c);
}

static void pvartype(Buf *b, const Var *v)
{
    buf_puts(b, ty_kind_name(v->elem));
    if (!v->rank) return;
    buf_putc(b, '[');
    for (int i = 0; i < v->rank; i++) {
        if (i) buf_puts(b, ", ");
        pext(b, v->dims[i]);
    }
    buf_putc(b, ']');
}

static void pconst(Buf *b, const IExpr *e)
{
    if (ty_is_complex_kind(e->ty)) buf_printf(b, "(%.17g%+.17gi)", e->c.f, e->c.im);
    else if (e->ty == T_BOOL) buf_puts(b, e->c.i ? "true" : "false");
    else if (ty_is_int_kind(e->ty)) buf_printf(b, "%" PRId64, e->c.i);
    else {
        char t[64];
        for (int prec = e->ty == T_F32 ? 6 : 15; prec <= 17; prec++) {
            snprintf(t, sizeof t, "%.*g", prec, e->c.f);
            if (e->ty == T_F32 ? strtof(t, NULL) == (float)e->c.f : strtod(t, NULL) == e->c.f) break;
        }
        if (!strpbrk(t, ".ein")) strcat(t, ".0");
        buf_printf(b, "%s%s", t, e->ty == T_F32 ? "f" : "");
    }
}

static void pexpr(Buf *b, const IExpr *e)
{
    switch (e->kind) {
    case IE_CONST: pconst(b, e); break;
    case IE_VAR: buf_puts(b, e->var->name); break;
    case IE_UNOP: buf_printf(b, "(%s", op_spelling[e->op.op]); pexpr(b, e->op.a); buf_putc(b, ')'); break;
    case IE_BINOP:
        buf_putc(b, '(');
        pexpr(b, e->op.a);
        buf_printf(b, " %s ", op_spelling[e->op.op]);
        pexpr(b, e->op.b);
        buf_putc(b, ')');
        break;
    case IE_CALL:
        buf_printf(b, "%s(", builtins[e->call.fn].name);
        pexpr(b, e->call.a);
        if (e->call.b) { buf_puts(b, ", "); pexpr(b, e->call.b); }
        buf_putc(b, ')');
        break;
    case IE_CONV: buf_printf(b, "%s(", ty_kind_name(e->ty)); pexpr(b, e->conv); buf_putc(b, ')'); break;
    case IE_SELECT:
        buf_puts(b, "select(");
        pexpr(b, e->sel.c); buf_puts(b, ", ");
        pexpr(b, e->sel.a); buf_puts(b, ", ");
        pexpr(b, e->sel.b); buf_putc(b, ')');
        break;
    case IE_LOAD:
        buf_printf(b, "%s[", e->load.arr->name);
        for (int i = 0; i < e->load.n; i++) {
            if (i) buf_puts(b, ", ");
            pexpr(b, e->load.idx[i]);
        }
        buf_putc(b, ']');
        break;
    case IE_SLOAD:
        buf_printf(b, "%s@(", e->sload.arr->name);
        for (int i = 0; i < e->sload.n; i++) buf_printf(b, "%s%lld", i ? ", " : "", (long long)e->sload.off[i]);
        buf_putc(b, ')');
        break;
    case IE_ECALL:
        buf_printf(b, "extern %s(", e->ecall.name);
        for (int i = 0; i < e->ecall.n; i++) {
            if (i) buf_puts(b, ", ");
            pexpr(b, e->ecall.args[i]);
        }
        buf_putc(b, ')');
        break;
    case IE_COMPACT:
    case IE_MAP:
        buf_puts(b, e->kind == IE_MAP ? "map(|" : "compact(|");
        for (int i = 0; i < e->map.n; i++) buf_printf(b, "%s%s", i ? ", " : "", e->map.elems[i]->name);
        if (e->kind == IE_COMPACT && e->map.flat) buf_printf(b, "; flat %s", e->map.flat->name);
        buf_puts(b, "| ");
        if (e->map.body.len) {
            buf_puts(b, "{");
            pstmts(b, &e->map.body, 3);
            buf_puts(b, " } ");
        }
        if (e->kind == IE_COMPACT) {
            buf_puts(b, "where ");
            pexpr(b, e->map.keep);
            buf_puts(b, ": ");
        }
        pexpr(b, e->map.result);
        for (int i = 0; i < e->map.n; i++) buf_printf(b, ", %s", e->map.args[i]->name);
        buf_putc(b, ')');
        break;
    case IE_REDUCE:
        buf_printf(b, "reduce(%s, ", redop_name[e->red.op]);
        if (e->red.op == RED_LAMBDA) {
            buf_printf(b, "|%s, %s| ", e->red.pa->name, e->red.pb->name);
            pexpr(b, e->red.lam);
            buf_puts(b, ", ");
        }
        if (e->red.init) { pexpr(b, e->red.init); buf_puts(b, ", "); }
        buf_printf(b, "%s)", e->red.arr->name);
        break;
    case IE_FILL:
        if (!e->fill) { buf_puts(b, "empty()"); break; }
        buf_puts(b, "fill("); pexpr(b, e->fill); buf_putc(b, ')');
        break;
    case IE_ARANGE: buf_puts(b, "arange()"); break;
    case IE_SCAN:
        buf_printf(b, "scan(%s, ", redop_name[e->scan.op]);
        if (e->scan.op == RED_LAMBDA) {
            buf_printf(b, "|%s, %s| ", e->scan.pa->name, e->scan.pb->name);
            pexpr(b, e->scan.lam);
            buf_puts(b, ", ");
        }
        if (e->scan.init) { pexpr(b, e->scan.init); buf_puts(b, ", "); }
        buf_printf(b, "%s)", e->scan.src->name);
        break;
    case IE_SORT: buf_printf(b, "argsort(%s)", e->sort.keys->name); break;
    case IE_MATMUL:
        buf_printf(b, "matmul(%s%s%s, %s%s%s)", e->mm.ta ? "transpose(" : "", e->mm.a->name, e->mm.ta ? ")" : "",
                   e->mm.tb ? "transpose(" : "", e->mm.b->name, e->mm.tb ? ")" : "");
        if (e->mm.row0) { buf_puts(b, " rows from "); pexpr(b, e->mm.row0); }
        break;
    case IE_GEN:
        buf_puts(b, "gen(");
        for (int i = 0; i < e->gen.rank; i++) {
            buf_printf(b, "%s%s in ", i ? ", " : "", e->gen.idx[i]->name);
            pexpr(b, e->gen.lo[i]);
            buf_puts(b, "..");
        }
        buf_puts(b, " {");
        pstmts(b, &e->gen.body, 3);
        buf_puts(b, " } -> ");
        for (int i = 0; i < e->gen.nout; i++) {
            if (i) buf_puts(b, ", ");
            buf_printf(b, "%s: ", e->gen.outs[i]->name);
            pexpr(b, e->gen.results[i]);
        }
        buf_putc(b, ')');
        break;
    case IE_LINSPACE:
        buf_puts(b, "linspace(");
        pexpr(b, e->lin.lo); buf_puts(b, ", ");
        pexpr(b, e->lin.hi); buf_putc(b, ')');
        break;
    }
}

static void pwhere(Buf *b, Span s)
{
    int line, col;
    span_linecol(s, &line, &col);
    buf_printf(b, "    # line %d:%d", line, col);
}

static void pstmt(Buf *b, const IStmt *s, int ind)
{
    buf_putc(b, '\n');
    buf_indent(b, ind);
    switch (s->kind) {
    case IS_ASSIGN:
        buf_printf(b, "%s: ", s->assign.dst->name);
        pvartype(b, s->assign.dst);
        buf_puts(b, " = ");
        pexpr(b, s->assign.val);
        if (s->assign.val->kind >= IE_MAP) pwhere(b, s->span);
        break;
    case IS_STORE:
        buf_printf(b, "%s[", s->store.arr->name);
        for (int i = 0; i < s->store.n; i++) {
            if (i) buf_puts(b, ", ");
            pexpr(b, s->store.idx[i]);
        }
        buf_puts(b, "] = ");
        pexpr(b, s->store.val);
        break;
    case IS_IF:
        buf_puts(b, "if ");
        if (s->if_.pp) buf_printf(b, "#%s", s->if_.pp);
        else pexpr(b, s->if_.cond);
        buf_puts(b, " {");
        pstmts(b, &s->if_.then, ind + 1);
        if (s->if_.els.len) {
            buf_putc(b, '\n'); buf_indent(b, ind); buf_puts(b, "} else {");
            pstmts(b, &s->if_.els, ind + 1);
        }
        buf_putc(b, '\n'); buf_indent(b, ind); buf_putc(b, '}');
        break;
    case IS_LOOP:
        buf_puts(b, s->loop.kind == LOOP_PARFOR ? "parfor (" : s->loop.kind == LOOP_ROUNDS ? "rounds ("
                    : s->loop.kind == LOOP_COMPACT ? arena_printf("compact %s (", s->loop.cdst->name) : "for (");
        for (int i = 0; i < s->loop.rank; i++) {
            if (i) buf_puts(b, ", ");
            buf_printf(b, "%s in ", s->loop.idx[i]->name);
            pexpr(b, s->loop.lo[i]);
            buf_puts(b, "..");
            pexpr(b, s->loop.hi[i]);
        }
        buf_putc(b, ')');
        if (s->loop.one_thread) buf_puts(b, " one-thread");
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *r = s->loop.reds.items[i];
            buf_printf(b, " reduce(%s%s: %s", redop_name[r->op],
                       r->nan_free && (r->op == RED_MIN || r->op == RED_MAX) ? "_nonan" : r->blocked ? "_blocked" : "",
                       r->acc->name);
            if (r->idx) buf_printf(b, ", %s", r->idx->name);
            buf_putc(b, ')');
        }
        buf_puts(b, " {");
        bool where = s->loop.kind == LOOP_PARFOR || s->loop.kind == LOOP_COMPACT;
        if (where) pwhere(b, s->span);
        if (s->loop.fused.len) {
            buf_puts(b, where ? "; fused:" : "    # fused:");
            for (int i = 0; i < s->loop.fused.len; i++) buf_printf(b, " %s", (const char *)s->loop.fused.items[i]);
        }
        pstmts(b, &s->loop.body, ind + 1);
        for (int i = 0; i < s->loop.reds.len; i++) {
            const Reduction *r = s->loop.reds.items[i];
            buf_putc(b, '\n'); buf_indent(b, ind + 1);
            if (r->lanes_w) {
                buf_printf(b, "%s <%s= its %d lanes", r->acc->name, redop_name[r->op], r->lanes_w);
                continue;
            }
            buf_printf(b, "%s <%s= ", r->acc->name, redop_name[r->op]);
            pexpr(b, r->value);
            if (r->lanes) buf_printf(b, "    # into the lanes of %s", r->lanes->acc->name);
        }
        buf_putc(b, '\n'); buf_indent(b, ind); buf_putc(b, '}');
        break;
    case IS_WHILE:
        buf_puts(b, "while {");
        pstmts(b, &s->while_.pre, ind + 1);
        buf_putc(b, '\n'); buf_indent(b, ind + 1);
        buf_puts(b, "test ");
        pexpr(b, s->while_.cond);
        pstmts(b, &s->while_.body, ind + 1);
        buf_putc(b, '\n'); buf_indent(b, ind); buf_putc(b, '}');
        break;
    case IS_RETURN:
        buf_puts(b, "return");
        for (int i = 0; i < s->ret.n; i++)
            buf_printf(b, "%s %s%s", i ? "," : "", s->ret.vals[i]->name,
                       s->ret.split && s->ret.split[i] ? " (each rank: its share of the rows)" : "");
        break;
    case IS_GOTO: buf_printf(b, "goto L%d", s->label); break;
    case IS_LABEL: buf_printf(b, "L%d:", s->label); break;
    case IS_CHECK:
        buf_puts(b, "check ");
        pexpr(b, s->check.cond);
        buf_printf(b, "    # %s", s->check.msg);
        break;
    case IS_SCAN:
    case IS_SORT:
    case IS_MATMUL:
        buf_printf(b, "%s = ", s->kind == IS_SCAN ? s->op->scan.dst->name
                               : s->kind == IS_SORT ? s->op->sort.dst->name : s->op->mm.dst->name);
        pexpr(b, s->op);
        pwhere(b, s->span);
        break;
    case IS_PREFETCH:
        buf_puts(b, s->pf.write ? "prefetch for a write " : "prefetch ");
        pexpr(b, s->pf.at);
        break;
    case IS_VMATH:
        buf_printf(b, "vmath %s[0..", s->vm.dst->name);
        pexpr(b, s->vm.n);
        buf_printf(b, "] = %s(%s%s%s)    # a vector math library, by blocks", builtins[s->vm.fn].name, s->vm.a->name,
                   s->vm.b ? ", " : "", s->vm.b ? s->vm.b->name : "");
        break;
    case IS_MPI:
        if (s->mpi.op == MPI_EXTENT)
            buf_printf(b, "mpi %s = sum over ranks of %s; %s = sum over the ranks before of %s", s->mpi.global->name,
                       s->mpi.local->name, s->mpi.off->name, s->mpi.local->name);
        else if (s->mpi.op == MPI_SCAN)
            buf_printf(b, "mpi %s += the sum of the blocks before this rank's", s->mpi.arr->name);
        else if (s->mpi.op == MPI_ASSEMBLE)
            buf_printf(b, "mpi %s = the rows of %s every rank's iterations wrote", s->mpi.arr->name, s->mpi.arr->name);
        else if (s->mpi.op == MPI_GATHER)
            buf_printf(b, "mpi %s = every rank's rows of %s", s->mpi.lo->name, s->mpi.arr->name);
        else if (s->mpi.op == MPI_HALO) {
            buf_printf(b, "mpi %s, %s = the %lld rows of %s before and after this rank's block%s (posted)", s->mpi.lo->name,
                       s->mpi.hi->name, (long long)s->mpi.width, s->mpi.arr->name,
                       s->mpi.wrap ? ", wrapped around the global edges" : "");
        }
        else if (s->mpi.op == MPI_HALO_WAIT)
            buf_printf(b, "mpi wait for %s, %s", s->mpi.lo->name, s->mpi.hi->name);
        else {
            buf_puts(b, "mpi");
            for (int k = 0; k < s->mpi.loop->loop.reds.len; k++) {
                const Reduction *r = s->mpi.loop->loop.reds.items[k];
                buf_printf(b, "%s %s = %s", k ? "," : "", r->acc->name, redop_name[r->op]);
            }
            buf_puts(b, " of every rank's partials, in rank order");
        }
        break;
    case IS_STENCIL:
        buf_puts(b, "stencil (");
        for (int i = 0; i < s->sten.rank; i++) buf_printf(b, "%s%s", i ? ", " : "", s->sten.idx[i]->name);
        buf_puts(b, ") over (");
        for (int p = 0; p < s->sten.nbuf; p++)
            buf_printf(b, "%s%s%s", p ? ", " : "", s->sten.cur[p]->name, s->sten.written[p] ? " written" : "");
        buf_puts(b, ") rounds ");
        pexpr(b, s->sten.rounds);
        buf_puts(b, " footprint [");
        for (int d = 0; d < s->sten.rank; d++)
            buf_printf(b, "%s%lld..%lld", d ? ", " : "", (long long)s->sten.flo[d], (long long)s->sten.fhi[d]);
        buf_printf(b, "] :%s", stencil_mode_name[s->sten.mode]);
        if (s->sten.perm) {
            buf_puts(b, " rotate (");
            for (int j = 0; j < s->sten.nbuf; j++) buf_printf(b, "%s%s", j ? ", " : "", s->sten.cur[s->sten.perm[j]]->name);
            buf_putc(b, ')');
        }
        if (s->sten.last) buf_printf(b, " last %s", s->sten.last->name);
        if (s->sten.tk > 0 && s->sten.tlag && s->sten.rank >= 3) buf_printf(b, " sweep %d rounds", s->sten.tlk);
        else if (s->sten.tk > 0) {
            buf_printf(b, " tile %d rounds [", s->sten.tk);
            for (int d = 0; d < s->sten.rank; d++) buf_printf(b, "%s%lld", d ? ", " : "", (long long)s->sten.tsz[d]);
            buf_putc(b, ']');
            if (s->sten.tlag) buf_printf(b, " or sweep %d rounds", s->sten.tlk);
        }
        if (s->sten.prod) {         /* pass stencil-chain: the producer, by strips of rows */
            buf_puts(b, " by strips after");
            pstmt(b, s->sten.prod, ind + 1);
            buf_putc(b, '\n');
            buf_indent(b, ind);
            buf_puts(b, "then");
        }
        buf_puts(b, " {");
        pwhere(b, s->span);
        pstmts(b, &s->sten.body, ind + 1);
        buf_putc(b, '\n'); buf_indent(b, ind); buf_putc(b, '}');
        break;
    case IS_ALLOC:
        buf_printf(b, "alloc %s: ", s->alloc->name);
        pvartype(b, s->alloc);
        break;
    }
}

static void pstmts(Buf *b, const PtrList *l, int ind)
{
    for (int i = 0; i < l->len; i++) pstmt(b, l->items[i], ind);
}

void ir_print_func(Buf *b, const IrFunc *f)
{
    buf_printf(b, "export fn %s(", f->name);
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        buf_printf(b, "%s%s: ", i ? ", " : "", v->name);
        if (v->kind == V_SIZE) buf_puts(b, "size");
        else pvartype(b, v);
    }
    buf_puts(b, ") -> (");
    for (int i = 0; i < f->results.len; i++) {
        const Var *v = f->results.items[i];
        buf_printf(b, "%s%s: ", i ? ", " : "", v->name);
        pvartype(b, v);
    }
    buf_puts(b, ") {");
    pstmts(b, &f->body, 1);
    buf_puts(b, "\n}\n");
}

void ir_print(Buf *b, const IrProgram *p)
{
    for (int i = 0; i < p->funcs.len; i++) {
        if (i) buf_putc(b, '\n');
        ir_print_func(b, p->funcs.items[i]);
    }
}
