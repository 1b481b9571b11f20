/* cg_sig.c — arrc --emit=sig: the exported functions' C interface as lines
 * a program can read (arrc run and arrc bench build their driver from it).
 *
 * Input: the final IR (each export's ABI: params in ABI order, results).
 * Output, one item per line, fields separated by one space:
 *
 *   module NAME            the module name (NAME_last_error)
 *   fn NAME CNAME          an export: its .arr name and its C name (--prefix)
 *   decl TEXT              its .arr signature as written (the rest of the line)
 *   size NAME              a size variable: an int64_t argument
 *   extent NAME            an anonymous extent of the array before it (a_d0)
 *   param NAME T [D...]    a parameter of element type T; an array has one
 *   inout NAME T D...        extent per dimension: a size, an extent, an i64
 *                            parameter's name or a constant; inout: the
 *                            function writes the array
 *   result NAME T [D...]   a result: a scalar, an array the caller allocates,
 *                            or one the function allocates when some extent
 *                            is '?' (unknown before the call)
 *
 * After `fn` and `decl`, the size, extent, param and inout lines come in the
 * order of the C function's arguments, the result lines after them in result
 * order.  docs/cli.md, --emit. */
#include "cg_int.h"

/* The .arr name of an extent variable: a size or an extent keeps its name,
 * an i64 parameter has its declared name. */
static const char *ext_name(const IrFunc *f, const Var *v)
{
    if (v->kind != V_PARAM) return v->name;
    for (int k = 0, n = 0; k < f->params.len; k++) {
        const Var *p = f->params.items[k];
        if (p == v) return ((Param *)f->decl->params.items[n])->id.name;
        if (p->kind == V_PARAM) n++;
    }
    ice("sig: extent '%s' of '%s' is not a parameter", v->name, f->name);
}

static void dims(Buf *b, const IrFunc *f, const Var *v)
{
    for (int d = 0; d < v->rank; d++) {
        Ext x = v->anon_result ? v->declared[d] : v->dims[d];
        if (v->anon_result && !v->has_declared[d]) buf_puts(b, " ?");
        else if (x.var) buf_printf(b, " %s", ext_name(f, x.var));
        else buf_printf(b, " %" PRId64, x.c);
    }
}

static void sig_fn(Buf *b, const IrProgram *p, const IrFunc *f)
{
    buf_printf(b, "fn %s %s%s%s\n", f->name, p->prefix ? p->prefix : "", p->prefix ? "_" : "", f->name);
    buf_printf(b, "decl %s\n", cg_arr_signature(f->decl));
    bool named = true;              /* the named sizes come first; later sizes are anonymous extents */
    for (int k = 0, n = 0; k < f->params.len; k++) {
        const Var *v = f->params.items[k];
        if (v->kind == V_SIZE) {
            buf_printf(b, "%s %s\n", named ? "size" : "extent", v->name);
            continue;
        }
        named = false;
        const Param *pa = f->decl->params.items[n++];
        buf_printf(b, "%s %s %s", v->rank && v->written ? "inout" : "param", pa->id.name, ty_kind_name(v->elem));
        dims(b, f, v);
        buf_putc(b, '\n');
    }
    for (int k = 0; k < f->results.len; k++) {
        const Var *r = f->results.items[k];
        buf_printf(b, "result %s %s", cname(r), ty_kind_name(r->elem));
        dims(b, f, r);
        buf_putc(b, '\n');
    }
}

void cg_sig(const IrProgram *p, Buf *b)
{
    buf_printf(b, "module %s\n", p->module);
    for (int i = 0; i < p->funcs.len; i++) sig_fn(b, p, p->funcs.items[i]);
}
