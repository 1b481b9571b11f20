/* sema_extern.c — the C names of exported functions (LANGUAGE.md
 * section 16) and extern functions, checked against their C header. */
#include "sema_int.h"

/* ---- the C names of exported functions (LANGUAGE.md section 16) ---- */

static const char *g_prefix;        /* --prefix: "P" makes export f the C function P_f */

void sema_set_prefix(const char *prefix) { g_prefix = prefix && *prefix ? prefix : NULL; }

const char *sema_export_cname(const char *name)
{
    return g_prefix ? arena_printf("%s_%s", g_prefix, name) : name;
}

static void export_name_hint(FnDecl *f, const char *cmodule)
{
    if (g_prefix)
        diag_note(f->name_span, "rename the function, or choose another --prefix");
    else
        diag_note(f->name_span, "rename the function, or give the exported C names a prefix: with --prefix=%s it is '%s_%s'",
                  cmodule, cmodule, f->name);
}

/* An export's C name must not be a C keyword, a name of the C library or
 * POSIX (cnames.c), one reserved to the C implementation, or one that the
 * generated code itself defines or calls: the runtime's arr_... and ARR_...
 * helpers, the ARRC_..._H include guard, <module>_last_error and
 * <module>_release_memory, OpenMP's omp_... and its runtime's GOMP_...,
 * kmp_... and ompt_..., MPI_..., Sleef_... (found by an acceptance probe:
 * `export fn GOMP_parallel` took over every parallel loop of the module). */
void check_export_name(FnDecl *f, const char *cmodule)
{
    const char *cn = sema_export_cname(f->name);
    const char *why = cname_export_taken(cn);
    const char *le = arena_printf("%s_last_error", cmodule), *rm = arena_printf("%s_release_memory", cmodule);
    if (!why) {
        if (!strcmp(cn, le)) why = arena_printf("the error function of module '%s'", cmodule);
        else if (!strcmp(cn, rm)) why = arena_printf("the function of module '%s' that releases its cached memory", cmodule);
        else if (!strncmp(cn, "GOMP_", 5) || !strncmp(cn, "gomp_", 5) || !strncmp(cn, "kmp_", 4) || !strncmp(cn, "KMP_", 4)
                 || !strncmp(cn, "ompt_", 5))
            why = "reserved for the OpenMP runtime (libgomp's GOMP_..., LLVM's kmp_..., ompt_...), which the generated loops call";
        else if (!strncmp(cn, "MPI_", 4) || !strncmp(cn, "PMPI_", 5))
            why = "reserved for MPI (MPI_... and PMPI_...), which --mpi code calls";
        else if (!strncmp(cn, "Sleef_", 6))
            why = "reserved for SLEEF (Sleef_...), which --vector-math=sleef code calls";
        else if (!strncmp(cn, "arr_", 4) || !strncmp(cn, "ARR_", 4))
            why = "reserved for the generated code (arrc's runtime names start with 'arr_' and 'ARR_')";
        else if (!strncmp(cn, "ARRC_", 5)) why = "reserved for the generated code (include guards start with 'ARRC_')";
        else if (!strncmp(cn, "omp_", 4)) why = "reserved for OpenMP (<omp.h>)";
        else if (cn[0] == '_' && (cn[1] == '_' || (cn[1] >= 'A' && cn[1] <= 'Z')))
            why = "reserved to the C implementation (it starts with '__' or '_' and a capital)";
    }
    if (!why) return;
    if (cn == f->name) diag_error(f->name_span, "exported function '%s' cannot be the C function '%s': it is %s", f->name, cn, why);
    else diag_error(f->name_span, "exported function '%s' cannot be the C function '%s' (--prefix=%s): it is %s", f->name, cn, g_prefix, why);
    export_name_hint(f, cmodule);
}

/* ---- extern: C functions, checked against their header by libclang ---- */

static const char **g_incdirs, **g_args;
static int g_nincdirs, g_nargs;
static VEC(const char *) g_files;

void sema_extern_config(const char **incdirs, int nincdirs, const char **args, int nargs)
{
    g_incdirs = incdirs; g_nincdirs = nincdirs; g_args = args; g_nargs = nargs;
}

const char **sema_extern_files(int *n)
{
    *n = g_files.len;
    return g_files.items;
}

/* Headers already read, so that each is parsed once per compilation. */
static VEC(CHeader *) g_headers;

static bool g_import_failed;    /* an `extern "h.h";` header could not be read */

/* Whether a call of an undeclared function may be one of a header's that
 * could not be read (its error is reported already). */
bool extern_import_failed(void) { return g_import_failed; }

static CHeader *read_header(const char *path, Span at)
{
    for (int i = 0; i < g_headers.len; i++)
        if (!strcmp(g_headers.items[i]->path, path)) return g_headers.items[i]->ok ? g_headers.items[i] : NULL;
    const char *src = diag_file(at.file)->name;
    const char *sl = strrchr(src, '/');
    const char *dir = sl ? arena_strndup(src, (size_t)(sl - src)) : ".";
    /* libclang would block on a FIFO or a terminal: only regular files */
    const char *first = NULL;
    struct stat st;
    if (path[0] == '/') first = path;
    else {
        const char *cand = arena_printf("%s/%s", dir, path);
        if (stat(cand, &st) == 0) first = cand;
        for (int i = 0; !first && i < g_nincdirs; i++) {
            cand = arena_printf("%s/%s", g_incdirs[i], path);
            if (stat(cand, &st) == 0) first = cand;
        }
    }
    if (first && stat(first, &st) == 0 && !S_ISREG(st.st_mode)) {
        diag_error(at, "cannot read the C header '%s': '%s' is not a regular file", path, first);
        return NULL;
    }
    CHeader *h = ch_read(path, dir, g_incdirs, g_nincdirs, g_args, g_nargs);
    VEC_PUSH(g_headers, h);
    if (!h->ok) {
        diag_error(at, "cannot read the C header '%s': %s", path, h->error);
        return NULL;
    }
    for (int i = 0; i < h->nfiles; i++) {
        bool seen = false;
        for (int k = 0; k < g_files.len; k++) seen |= !strcmp(g_files.items[k], h->files[i]);
        if (!seen) VEC_PUSH(g_files, h->files[i]);
    }
    return h;
}

/* Gives an extern function its parameter symbols and result type. */
static void extern_signature(Ctx *c, FnDecl *f, const CFunc *cf)
{
    c->fn = f;
    push_scope(c);
    for (int i = 0; i < f->params.len; i++) {
        Param *p = f->params.items[i];
        p->id.sym = declare(c, p->id.name, SYM_PARAM, ty_scalar(cf->params[i]), p->id.span);
        p->id.sym->param = p;
    }
    pop_scope(c);
    f->scalar_only = true;
    f->ret_ty = ty_scalar(cf->ret);
    f->nresults = cf->ret == T_VOID ? 0 : 1;
    if (f->nresults) {
        f->result_tys = arena_alloc(sizeof(Type *));
        f->result_tys[0] = f->ret_ty;
        f->result_shapes = arena_alloc(sizeof(ShapeSig));
    }
    f->checked = true;
}

void check_externs(Ctx *c, Module *m)
{
    /* extern "h.h" fn name(...) -> T; : the declaration must match the header */
    for (int i = 0; i < m->fns.len; i++) {
        FnDecl *f = m->fns.items[i];
        if (!f->is_extern) continue;
        CHeader *h = read_header(f->header, f->header_span);
        if (!h) continue;
        const CFunc *cf = NULL;     /* the header's own declaration first, then one it includes */
        for (int own = 1; own >= 0 && !cf; own--)
            for (int k = 0; k < h->nfuncs && !cf; k++)
                if (h->funcs[k].own == own && !strcmp(h->funcs[k].name, f->name)) cf = &h->funcs[k];
        if (!cf) {
            diag_error(f->name_span, "'%s' is not declared in '%s'", f->name, f->header);
            continue;
        }
        if (cf->unsupported) {
            diag_error(f->name_span, "the C function '%s' (%s, at %s) cannot be called from arr: %s", f->name, cf->decl,
                       cf->where, cf->unsupported);
            continue;
        }
        bool ok = f->params.len == cf->nparams;
        for (int k = 0; ok && k < f->params.len; k++) {
            TypeExpr *t = ((Param *)f->params.items[k])->ty;
            ok = !t->is_array && !t->is_tuple && t->scalar == cf->params[k];
        }
        TyKind r = f->ret ? (f->ret->is_array || f->ret->is_tuple ? T_ERROR : f->ret->scalar) : T_VOID;
        if (!ok || r != cf->ret) {
            diag_error(f->name_span, "this declaration of '%s' does not match the C declaration '%s' (at %s)", f->name,
                       cf->decl, cf->where);
            continue;
        }
        extern_signature(c, f, cf);
    }
    /* extern "h.h"; : every function of the header with scalar arr types */
    for (int i = 0; i < m->extern_headers.len; i++) {
        Expr *e = m->extern_headers.items[i];
        CHeader *h = read_header(e->name.name, e->span);
        if (!h) { g_import_failed = true; continue; }
        for (int k = 0; k < h->nfuncs; k++) {
            const CFunc *cf = &h->funcs[k];
            if (cf->unsupported || find_fn(m, cf->name) || builtin_lookup(cf->name) >= 0) continue;
            FnDecl *f = NEW(FnDecl);
            f->name = cf->name;
            f->span = f->name_span = e->span;
            f->is_extern = true;
            f->header = e->name.name;
            for (int q = 0; q < cf->nparams; q++) {
                Param *p = NEW(Param);
                p->id.name = arena_printf("p%d", q);
                p->id.span = e->span;
                p->ty = NEW(TypeExpr);
                p->ty->scalar = cf->params[q];
                plist_push(&f->params, p);
            }
            extern_signature(c, f, cf);
            plist_push(&m->fns, f);
        }
    }
    /* the generated C includes the headers: an exported function must not
     * take the name of one of their functions */
    for (int i = 0; i < g_headers.len; i++) {
        CHeader *h = g_headers.items[i];
        for (int k = 0; k < h->nfuncs; k++) {
            for (int j = 0; j < m->fns.len; j++) {
                FnDecl *f = m->fns.items[j];
                if (!f->is_export || f->is_extern || strcmp(sema_export_cname(f->name), h->funcs[k].name)) continue;
                diag_error(f->name_span, "exported function '%s' has the name of the C function '%s' (at %s), "
                           "which the generated C includes", f->name, h->funcs[k].decl, h->funcs[k].where);
            }
        }
    }
    VEC_FREE(g_headers);
}
