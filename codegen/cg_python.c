/* cg_python.c — a CPython extension module over the generated C (arrc --python).
 *
 * Input: the final IR (each export's ABI: params, results) and its FnDecl
 * (the .arr signature, for docstrings and messages).  Output: one C file
 * that includes the module's header and, for each export, a Python
 * function taking NumPy arrays and Python numbers: a table describing its
 * parameters (checked and converted by the embedded runtime,
 * runtime/arr_python.inc), the result arrays, the call with the GIL
 * released, and the results as new arrays (anonymous extents: the
 * callee's malloc'ed buffer, freed by a capsule).  docs/python.md. */
#include "cg_int.h"
#include "python_inc.h"     /* arr_python_text: runtime/arr_python.inc */

typedef struct PyFn {
    const IrFunc *f;
    int *slot;              /* per var id: its extent slot, or -1 */
    int nslots;
    const char *cname;      /* the C function (with --prefix) */
} PyFn;

static const char *npy_type(TyKind k)
{
    switch (k) {
    case T_BOOL: return "NPY_BOOL";
    case T_I8: return "NPY_INT8";
    case T_I16: return "NPY_INT16";
    case T_I32: return "NPY_INT32";
    case T_U8: return "NPY_UINT8";
    case T_U16: return "NPY_UINT16";
    case T_U32: return "NPY_UINT32";
    case T_U64: return "NPY_UINT64";
    case T_F32: return "NPY_FLOAT";
    case T_F64: return "NPY_DOUBLE";
    case T_C64: return "NPY_CFLOAT";
    case T_C128: return "NPY_CDOUBLE";
    default: return "NPY_INT64";
    }
}

static const char *dtype_name(TyKind k)
{
    switch (k) {
    case T_BOOL: return "bool_";
    case T_F32: return "float32";
    case T_F64: return "float64";
    case T_C64: return "complex64";
    case T_C128: return "complex128";
    default: return arena_printf("%sint%d", ty_is_unsigned_kind(k) ? "u" : "", ty_int_bits(k));
    }
}

/* The arrpy_val member of a scalar of kind k. */
static const char *member(TyKind k)
{
    return k == T_BOOL ? "b" : sfx(k);
}

static const char *py_number(TyKind k)
{
    if (k == T_BOOL) return "bool";
    if (ty_is_complex_kind(k)) return "complex";
    return ty_is_int_kind(k) ? "int" : "float";
}

/* An .arr type as written: "f64", "f64[n, 3]", "f64[,]", "f64[, 3]". */
static const char *type_text(const TypeExpr *t)
{
    if (t->is_tuple) {
        Buf b = {0};
        buf_putc(&b, '(');
        for (int i = 0; i < t->elts.len; i++) buf_printf(&b, "%s%s", i ? ", " : "", type_text(t->elts.items[i]));
        buf_putc(&b, ')');
        const char *r = arena_strdup(b.s);
        buf_free(&b);
        return r;
    }
    if (!t->is_array) return ty_kind_name(t->scalar);
    bool all_empty = true;
    for (int d = 0; d < t->dims.len; d++) all_empty &= ((Dim *)t->dims.items[d])->kind == DIM_EMPTY;
    Buf b = {0};
    buf_printf(&b, "%s[", ty_kind_name(t->scalar));
    for (int d = 0; d < t->dims.len; d++) {
        const Dim *dm = t->dims.items[d];
        if (d) buf_puts(&b, all_empty ? "," : ", ");
        if (dm->kind == DIM_NAME) buf_puts(&b, dm->name);
        else if (dm->kind == DIM_INT) buf_printf(&b, "%" PRId64, dm->value);
    }
    buf_putc(&b, ']');
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

const char *cg_arr_signature(const FnDecl *fn)
{
    Buf b = {0};
    buf_printf(&b, "%s(", fn->name);
    for (int i = 0; i < fn->params.len; i++) {
        const Param *p = fn->params.items[i];
        buf_printf(&b, "%s%s: %s", i ? ", " : "", p->id.name, type_text(p->ty));
    }
    buf_putc(&b, ')');
    if (fn->ret) buf_printf(&b, " -> %s", type_text(fn->ret));
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

/* The extent slots: the size variables and anonymous extents (V_SIZE) and
 * the i64 parameters that are extents, in ABI order. */
static PyFn py_fn(const IrProgram *p, const IrFunc *f)
{
    PyFn r = { .f = f };
    r.slot = arena_alloc(sizeof(int) * (size_t)(f->vars.len + 1));
    for (int i = 0; i <= f->vars.len; i++) r.slot[i] = -1;
    for (int i = 0; i < f->params.len; i++) {
        const Var *v = f->params.items[i];
        if (v->kind == V_SIZE || (!v->rank && v->nonneg)) r.slot[v->id] = r.nslots++;
    }
    r.cname = p->prefix ? arena_printf("%s_%s", p->prefix, f->name) : f->name;
    return r;
}

/* The slot of an extent of a parameter or caller-allocated result, or -1 for a constant. */
static int slot_of(const PyFn *pf, Ext x)
{
    if (!x.var) return -1;
    if (pf->slot[x.var->id] < 0) ice("python: extent '%s' of '%s' has no slot", x.var->name, pf->f->name);
    return pf->slot[x.var->id];
}

/* That extent in the wrapper: "arrpy_ext[SLOT]" or the constant. */
static const char *ext_ref(const PyFn *pf, Ext x)
{
    if (!x.var) return arena_printf("INT64_C(%" PRId64 ")", x.c);
    return arena_printf("arrpy_ext[%d]", slot_of(pf, x));
}

/* The IR variable of the i-th declared parameter (the V_PARAMs are in source order). */
static const Var *param_var(const IrFunc *f, int i)
{
    for (int k = 0, n = 0; k < f->params.len; k++) {
        const Var *v = f->params.items[k];
        if (v->kind == V_PARAM && n++ == i) return v;
    }
    ice("python: parameter %d of '%s' is not in the ABI", i, f->name);
}

/* The descriptor: one arrpy_arg per parameter, the slot names, the arrpy_fn. */
static void descriptor(Buf *b, const PyFn *pf)
{
    const IrFunc *f = pf->f;
    const char *n = f->name;
    if (pf->nslots) {
        buf_printf(b, "static const char *const arrpy_slots_%s[] = {", n);
        for (int i = 0; i < f->params.len; i++) {
            const Var *v = f->params.items[i];
            if (pf->slot[v->id] >= 0) buf_printf(b, " \"%s\",", c_escape(v->name));
        }
        buf_puts(b, " };\n");
    }
    for (int i = 0; i < f->decl->params.len; i++) {
        const Param *pa = f->decl->params.items[i];
        const Var *v = param_var(f, i);
        if (i == 0) buf_printf(b, "static const arrpy_arg arrpy_args_%s[] = {\n", n);
        buf_printf(b, "    { \"%s\", \"%s\", \"%s\", %s, \"%s\", %d, %d, %d, {", c_escape(pa->id.name), c_escape(type_text(pa->ty)),
                   c_escape(diag_where(pa->id.span)), npy_type(v->elem), dtype_name(v->elem), v->rank, v->rank && v->written,
                   v->rank ? -1 : pf->slot[v->id]);
        for (int d = 0; d < 4; d++) buf_printf(b, " %d,", d < v->rank ? slot_of(pf, v->dims[d]) : -1);
        buf_puts(b, " }, {");
        for (int d = 0; d < 4; d++) buf_printf(b, " %" PRId64 ",", d < v->rank && !v->dims[d].var ? v->dims[d].c : 0);
        buf_puts(b, " } },\n");
    }
    if (f->decl->params.len) buf_puts(b, "};\n");
    buf_printf(b, "static const arrpy_fn arrpy_fn_%s = { \"%s\", %d, %s%s, %d, %s%s };\n\n", n, n, f->decl->params.len,
               f->decl->params.len ? "arrpy_args_" : "NULL", f->decl->params.len ? n : "", pf->nslots,
               pf->nslots ? "arrpy_slots_" : "NULL", pf->nslots ? n : "");
}

/* What a result is, for the docstring: "float64 array of shape (n,)", "float". */
static const char *result_text(const Var *r)
{
    if (!r->rank) return py_number(r->elem);
    Buf b = {0};
    buf_printf(&b, "%s array of shape (", dtype_name(r->elem));
    for (int d = 0; d < r->rank; d++) {
        if (d) buf_puts(&b, ", ");
        Ext x = r->anon_result ? r->declared[d] : r->dims[d];
        if (r->anon_result && !r->has_declared[d]) buf_puts(&b, "?");
        else if (x.var) buf_puts(&b, x.var->name);
        else buf_printf(&b, "%" PRId64, x.c);
    }
    buf_puts(&b, r->rank == 1 ? ",)" : ")");
    const char *s = arena_strdup(b.s);
    buf_free(&b);
    return s;
}

static void docstring(Buf *b, const PyFn *pf)
{
    const IrFunc *f = pf->f;
    const FnDecl *fn = f->decl;
    int line, col;
    span_linecol(fn->name_span, &line, &col);
    buf_printf(b, "PyDoc_STRVAR(arrpy_doc_%s,\n    \"%s(", f->name, f->name);
    for (int i = 0; i < fn->params.len; i++) buf_printf(b, "%s%s", i ? ", " : "", ((Param *)fn->params.items[i])->id.name);
    buf_puts(b, ")\\n--\\n\\n\"\n");
    buf_printf(b, "    \"export fn %s\\n\"\n", c_escape(cg_arr_signature(fn)));
    buf_printf(b, "    \"(%s:%d)\\n\\n\"\n", c_escape(diag_file(fn->name_span.file)->name), line);
    for (int i = 0; i < fn->params.len; i++) {
        const Param *pa = fn->params.items[i];
        const Var *v = param_var(f, i);
        if (v->rank)
            buf_printf(b, "    \"%s: a %d-D numpy.%s array%s\\n\"\n", c_escape(pa->id.name), v->rank,
                       dtype_name(v->elem), v->written ? ", updated in place" : "");
        else buf_printf(b, "    \"%s: %s\\n\"\n", c_escape(pa->id.name), py_number(v->elem));
    }
    if (!f->results.len) buf_puts(b, "    \"Returns None.\\n\"");
    else if (f->results.len == 1) buf_printf(b, "    \"Returns a %s.\\n\"", result_text(f->results.items[0]));
    else {
        buf_puts(b, "    \"Returns a tuple: (");
        for (int i = 0; i < f->results.len; i++) buf_printf(b, "%s%s", i ? ", " : "", result_text(f->results.items[i]));
        buf_puts(b, ").\\n\"");
    }
    buf_puts(b, "\n    \"Raises TypeError or ValueError for a wrong argument, Error when the function fails.\");\n\n");
}

static int at_least_1(int n) { return n ? n : 1; }

/* The arguments of the C call, in ABI order. */
static void call_args(Buf *b, const PyFn *pf)
{
    const IrFunc *f = pf->f;
    bool first = true;
    for (int k = 0, i = 0; k < f->params.len; k++, first = false) {
        const Var *v = f->params.items[k];
        buf_puts(b, first ? "" : ", ");
        if (v->kind == V_SIZE) buf_printf(b, "arrpy_ext[%d]", pf->slot[v->id]);
        else if (v->rank) buf_printf(b, "arrpy_v[%d].p", i++);
        else buf_printf(b, "arrpy_v[%d].%s", i++, member(v->elem));
    }
    for (int k = 0; k < f->results.len; k++, first = false) {
        const Var *r = f->results.items[k];
        buf_puts(b, first ? "" : ", ");
        if (!r->rank) buf_printf(b, "&arrpy_s[%d].%s", k, member(r->elem));
        else if (!r->anon_result) buf_printf(b, "arrpy_q%d", k);
        else {
            buf_printf(b, "&arrpy_p%d", k);
            for (int d = 0; d < r->rank; d++) buf_printf(b, ", &arrpy_d%d[%d]", k, d);
        }
    }
}

/* The declarations, the argument conversion and the result arrays the caller allocates. */
static void wrapper_head(Buf *b, const PyFn *pf)
{
    const IrFunc *f = pf->f;
    const char *n = f->name;
    int np = f->decl->params.len, nr = f->results.len;
    buf_printf(b, "static PyObject *arrpy_wrap_%s(PyObject *arrpy_self, PyObject *arrpy_pos, PyObject *arrpy_kws)\n{\n", n);
    buf_puts(b, "    static char *arrpy_kwlist[] = { ");
    for (int i = 0; i < np; i++) buf_printf(b, "\"%s\", ", c_escape(((Param *)f->decl->params.items[i])->id.name));
    buf_puts(b, "NULL };\n");
    buf_printf(b, "    PyObject *arrpy_o[%d] = { NULL }, *arrpy_r[%d] = { NULL }, *arrpy_ret = NULL;\n", at_least_1(np), at_least_1(nr));
    buf_printf(b, "    arrpy_val arrpy_v[%d];\n", at_least_1(np));
    buf_printf(b, "    PyArrayObject *arrpy_a[%d] = { NULL };\n", at_least_1(np));
    buf_printf(b, "    int64_t arrpy_ext[%d];\n", at_least_1(pf->nslots));
    buf_printf(b, "    int arrpy_from[%d], arrpy_rc = 1, arrpy_called = 0;\n", at_least_1(pf->nslots));
    bool scalars = false;
    for (int k = 0; k < nr; k++) {
        const Var *r = f->results.items[k];
        scalars |= !r->rank;
        if (r->anon_result) buf_printf(b, "    %s *arrpy_p%d = NULL;\n    int64_t arrpy_d%d[%d];\n", ctype(r->elem), k, k, r->rank);
    }
    if (scalars) buf_printf(b, "    arrpy_val arrpy_s[%d];\n", nr);
    buf_puts(b, "    (void)arrpy_self;\n");
    buf_puts(b, "    if (!PyArg_ParseTupleAndKeywords(arrpy_pos, arrpy_kws, \"");
    for (int i = 0; i < np; i++) buf_putc(b, 'O');
    buf_printf(b, ":%s\", arrpy_kwlist", n);
    for (int i = 0; i < np; i++) buf_printf(b, ", &arrpy_o[%d]", i);
    buf_puts(b, "))\n        return NULL;\n");
    buf_printf(b, "    if (arrpy_args(&arrpy_fn_%s, arrpy_o, arrpy_v, arrpy_a, arrpy_ext, arrpy_from) < 0) goto done;\n", n);
    for (int k = 0; k < nr; k++) {
        const Var *r = f->results.items[k];
        if (!r->rank || r->anon_result) continue;
        buf_printf(b, "    if (!(arrpy_r[%d] = arrpy_new(&arrpy_fn_%s, %d, %s, %d, (const int64_t[]){ ", k, n, k, npy_type(r->elem), r->rank);
        for (int d = 0; d < r->rank; d++) buf_printf(b, "%s%s", d ? ", " : "", ext_ref(pf, r->dims[d]));
        buf_puts(b, " }))) goto done;\n");
    }
}

/* The call without the GIL, the results, the clean-up. */
static void wrapper_call(Buf *b, const PyFn *pf, const char *module)
{
    const IrFunc *f = pf->f;
    int np = f->decl->params.len, nr = f->results.len;
    buf_puts(b, "    {\n");
    for (int k = 0; k < nr; k++) {
        const Var *r = f->results.items[k];
        if (r->rank && !r->anon_result) buf_printf(b, "        void *arrpy_q%d = PyArray_DATA((PyArrayObject *)arrpy_r[%d]);\n", k, k);
    }
    buf_puts(b, "        Py_BEGIN_ALLOW_THREADS\n");
    buf_printf(b, "        arrpy_rc = %s(", pf->cname);
    call_args(b, pf);
    buf_puts(b, ");\n        Py_END_ALLOW_THREADS\n    }\n");
    buf_puts(b, "    arrpy_called = 1;\n");
    buf_printf(b, "    if (arrpy_rc) { arrpy_fail(%s_last_error()); goto done; }\n", module);
    for (int k = 0; k < nr; k++) {
        const Var *r = f->results.items[k];
        if (r->anon_result)
            buf_printf(b, "    arrpy_r[%d] = arrpy_take(arrpy_p%d, %s, %d, arrpy_d%d);\n    arrpy_p%d = NULL;\n    if (!arrpy_r[%d]) goto done;\n",
                       k, k, npy_type(r->elem), r->rank, k, k, k);
        else if (!r->rank) buf_printf(b, "    if (!(arrpy_r[%d] = arrpy_number(%s, &arrpy_s[%d]))) goto done;\n", k, npy_type(r->elem), k);
    }
    buf_printf(b, "    arrpy_ret = arrpy_results(arrpy_r, %d);\n", nr);
    buf_puts(b, "done:\n");
    buf_printf(b, "    if (arrpy_release(arrpy_a, %d, arrpy_called) < 0) Py_CLEAR(arrpy_ret);\n", np);
    for (int k = 0; k < nr; k++) {
        const Var *r = f->results.items[k];
        buf_printf(b, "    Py_XDECREF(arrpy_r[%d]);\n", k);
        if (r->anon_result) buf_printf(b, "    free(arrpy_p%d);\n", k);
    }
    buf_puts(b, "    return arrpy_ret;\n}\n\n");
}

/* Names that cannot be exported through the wrapper: the module's own
 * attribute Error, and C names the CPython and NumPy headers declare. */
static bool name_ok(const IrProgram *p, const IrFunc *f, const char *cn)
{
    const char *why = NULL;
    if (!strcmp(f->name, "Error")) why = "the module's exception class is 'Error'";
    else if (!strncmp(cn, "Py_", 3) || (!strncmp(cn, "Py", 2) && cn[2] >= 'A' && cn[2] <= 'Z') || !strncmp(cn, "PY", 2) ||
             !strncmp(cn, "npy", 3) || !strncmp(cn, "NPY", 3) || !strncmp(cn, "arrpy_", 6) ||
             !strcmp(cn, "import_array") || !strcmp(cn, "import_umath") || !strcmp(cn, "import_ufunc") ||
             !strcmp(cn, "_save"))       /* Py_BEGIN_ALLOW_THREADS's variable */
        why = arena_printf("the C name '%s' belongs to the CPython or NumPy headers the wrapper includes", cn);
    if (!why) return true;
    diag_error(f->decl->name_span, "--python: exported function '%s' cannot be wrapped: %s", f->name, why);
    diag_note(f->decl->name_span, "rename it%s", p->prefix || strcmp(f->name, "Error") == 0 ? "" : ", or give the C names a prefix with --prefix");
    return false;
}

static void file_head(Buf *b, const IrProgram *p, const char *source_name, const char *header_name)
{
    const char *m = p->module;
    buf_printf(b, "/* %s_py.c — generated by arrc from %s: the Python extension module '%s'\n", m, source_name, m);
    buf_puts(b, " * over its C functions (NumPy C API).  Do not edit.\n");
    buf_printf(b, " * Build (docs/python.md): with the module's C file, into %s$(python3-config --extension-suffix):\n", m);
    buf_puts(b, " *   cc -O3 -fopenmp -fno-math-errno -shared -fPIC $(python3-config --includes) \\\n"
                " *      -I$(python3 -c 'import numpy; print(numpy.get_include())') MODULE.c THIS.c -o MODULE$(python3-config --extension-suffix) -lm */\n");
    buf_puts(b, "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n");
    buf_puts(b, "#define NPY_NO_DEPRECATED_API NPY_1_7_API_VERSION\n#include <numpy/arrayobject.h>\n");
    buf_puts(b, "#include <complex.h>\n#include <stdbool.h>\n#include <stdint.h>\n#include <stdlib.h>\n");
    buf_printf(b, "#include \"%s\"\n\n", header_name);    /* the driver refused names that cannot be written here */
    buf_puts(b, arr_python_text);
    buf_putc(b, '\n');
}

static void module_tail(Buf *b, const IrProgram *p, const char *source_name)
{
    const char *m = p->module;
    buf_puts(b, "static PyMethodDef arrpy_methods[] = {\n");
    for (int i = 0; i < p->funcs.len; i++) {
        const char *n = ((IrFunc *)p->funcs.items[i])->name;
        buf_printf(b, "    { \"%s\", (PyCFunction)(void (*)(void))arrpy_wrap_%s, METH_VARARGS | METH_KEYWORDS, arrpy_doc_%s },\n", n, n, n);
    }
    buf_puts(b, "    { NULL, NULL, 0, NULL }\n};\n\n");
    buf_printf(b, "static struct PyModuleDef arrpy_module = {\n    PyModuleDef_HEAD_INIT, \"%s\",\n", m);
    buf_printf(b, "    \"The exported functions of %s, compiled by arrc, over NumPy arrays (docs/python.md).\",\n", c_escape(source_name));
    buf_puts(b, "    -1, arrpy_methods, NULL, NULL, NULL, NULL\n};\n\n");
    buf_printf(b, "PyMODINIT_FUNC PyInit_%s(void)\n{\n", m);
    buf_puts(b, "    import_array();\n    PyObject *m = PyModule_Create(&arrpy_module);\n    if (!m) return NULL;\n");
    buf_printf(b, "    arrpy_error = PyErr_NewExceptionWithDoc(\"%s.Error\", \"A function of %s failed; the message says where in %s and why.\",\n"
                  "                                           PyExc_RuntimeError, NULL);\n", m, m, c_escape(source_name));
    buf_puts(b, "    if (!arrpy_error) { Py_DECREF(m); return NULL; }\n    Py_INCREF(arrpy_error);\n");
    buf_puts(b, "    if (PyModule_AddObject(m, \"Error\", arrpy_error) < 0) { Py_DECREF(arrpy_error); Py_DECREF(m); return NULL; }\n");
    buf_puts(b, "    return m;\n}\n");
}

bool cg_python(const IrProgram *p, const char *source_name, const char *header_name, Buf *b)
{
    bool ok = true;
    for (int i = 0; i < p->funcs.len; i++) {
        IrFunc *f = p->funcs.items[i];
        ok &= name_ok(p, f, p->prefix ? arena_printf("%s_%s", p->prefix, f->name) : f->name);
    }
    if (!ok) return false;
    file_head(b, p, source_name, header_name);
    for (int i = 0; i < p->funcs.len; i++) {
        PyFn pf = py_fn(p, p->funcs.items[i]);
        buf_printf(b, "/* %s */\n", c_escape(cg_arr_signature(pf.f->decl)));
        descriptor(b, &pf);
        docstring(b, &pf);
        wrapper_head(b, &pf);
        wrapper_call(b, &pf, p->module);
    }
    module_tail(b, p, source_name);
    return true;
}
