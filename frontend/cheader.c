/* cheader.c — libclang reads a C header; its functions are mapped to arr
 * signatures (double f64, float f32, 32-bit int i32, 64-bit integer i64,
 * bool/_Bool bool).  Anything else (pointers, structs, variadic functions,
 * other integer widths) is recorded as unsupported, with the reason. */
#include "cheader.h"
#include "util.h"
#include <clang-c/Index.h>
#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

/* libclang is loaded on first use (dlopen), so that compiling a module
 * without extern does not pay for loading LLVM (~18 ms a run), and arrc
 * runs where libclang is not installed until a header must be read. */
#define LIBCLANG_FUNCS(X) \
    X(clang_File_isEqual) \
    X(clang_Location_isInSystemHeader) \
    X(clang_Type_getSizeOf) \
    X(clang_createIndex) \
    X(clang_disposeDiagnostic) \
    X(clang_disposeIndex) \
    X(clang_disposeString) \
    X(clang_disposeTranslationUnit) \
    X(clang_getArgType) \
    X(clang_getCString) \
    X(clang_getCanonicalType) \
    X(clang_getCursorKind) \
    X(clang_getCursorLocation) \
    X(clang_getCursorSpelling) \
    X(clang_getCursorType) \
    X(clang_getDiagnostic) \
    X(clang_getDiagnosticLocation) \
    X(clang_getDiagnosticSeverity) \
    X(clang_getDiagnosticSpelling) \
    X(clang_getFileLocation) \
    X(clang_getFileName) \
    X(clang_getInclusions) \
    X(clang_getLocation) \
    X(clang_getNumArgTypes) \
    X(clang_getNumDiagnostics) \
    X(clang_getResultType) \
    X(clang_getSpellingLocation) \
    X(clang_getTranslationUnitCursor) \
    X(clang_getTypeSpelling) \
    X(clang_isFunctionTypeVariadic) \
    X(clang_parseTranslationUnit) \
    X(clang_visitChildren)

static struct {
#define X(f) __typeof__(&f) f;
    LIBCLANG_FUNCS(X)
#undef X
} lc;

static const char *load_libclang(void)
{
    static int state;                   /* 0 not tried, 1 loaded, -1 failed */
    static const char *why;
    if (state) return state > 0 ? NULL : why;
    const char *names[] = {
#ifdef ARRC_LIBCLANG
        ARRC_LIBCLANG,
#endif
        "libclang.so.1", "libclang.so" };
    void *lib = NULL;
    for (size_t i = 0; !lib && i < sizeof names / sizeof *names; i++) lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        state = -1;
        why = "libclang is not installed (install libclang-dev: tools/install-deps.sh build)";
        return why;
    }
#define X(f) *(void **)&lc.f = dlsym(lib, #f); \
    if (!lc.f) { state = -1; why = "libclang lacks " #f; return why; }
    LIBCLANG_FUNCS(X)
#undef X
    state = 1;
    return NULL;
}

static TyKind map_type(CXType t, const char **why)
{
    t = lc.clang_getCanonicalType(t);
    long long size = lc.clang_Type_getSizeOf(t);
    switch (t.kind) {
    case CXType_Void: return T_VOID;
    case CXType_Double: return T_F64;
    case CXType_Float: return T_F32;
    case CXType_Bool: return T_BOOL;
    case CXType_SChar: case CXType_Char_S: case CXType_Short: case CXType_Int: case CXType_Long: case CXType_LongLong:
        if (size == 1) return T_I8;
        if (size == 2) return T_I16;
        if (size == 4) return T_I32;
        if (size == 8) return T_I64;
        break;
    case CXType_UChar: case CXType_Char_U: case CXType_UShort: case CXType_UInt: case CXType_ULong: case CXType_ULongLong:
        if (size == 1) return T_U8;
        if (size == 2) return T_U16;
        if (size == 4) return T_U32;
        if (size == 8) return T_U64;
        break;
    case CXType_Pointer: *why = "a pointer"; return T_ERROR;
    case CXType_Record: case CXType_Elaborated: *why = "a struct or union"; return T_ERROR;
    default: break;
    }
    CXString sp = lc.clang_getTypeSpelling(t);
    *why = arena_printf("'%s' (no arr type matches it)", lc.clang_getCString(sp));
    lc.clang_disposeString(sp);
    return T_ERROR;
}

typedef struct Ctx { CHeader *h; VEC(CFunc) funcs; CXFile main; } Ctx;

static enum CXChildVisitResult visit(CXCursor c, CXCursor parent, CXClientData data)
{
    (void)parent;
    Ctx *x = data;
    if (lc.clang_getCursorKind(c) != CXCursor_FunctionDecl) return CXChildVisit_Continue;
    CXFile file;
    unsigned line, col, off;
    lc.clang_getSpellingLocation(lc.clang_getCursorLocation(c), &file, &line, &col, &off);
    /* the header's functions are those a C file including it sees: its
       own and those of the headers it includes (math.h declares fdim in
       bits/mathcalls.h) */
    if (!file) return CXChildVisit_Continue;
    CFunc f = {0};
    f.own = lc.clang_File_isEqual(file, x->main);
    CXString name = lc.clang_getCursorSpelling(c);
    f.name = arena_strdup(lc.clang_getCString(name));
    lc.clang_disposeString(name);
    CXString fn = lc.clang_getFileName(file);
    f.where = arena_printf("%s:%u", lc.clang_getCString(fn), line);
    lc.clang_disposeString(fn);
    /* "double (double, double)" -> "double logistic(double, double)" */
    CXString ds = lc.clang_getTypeSpelling(lc.clang_getCursorType(c));
    const char *ty = lc.clang_getCString(ds), *paren = strstr(ty, " (");
    f.decl = paren ? arena_printf("%.*s %s%s", (int)(paren - ty), ty, f.name, paren + 1)
                   : arena_printf("%s %s", ty, f.name);
    lc.clang_disposeString(ds);
    CXType ft = lc.clang_getCursorType(c);
    const char *why = NULL;
    if (lc.clang_isFunctionTypeVariadic(ft)) why = "it is variadic";
    f.ret = map_type(lc.clang_getResultType(ft), &why);
    if (f.ret == T_ERROR && why) why = arena_printf("its result is %s", why);
    int n = lc.clang_getNumArgTypes(ft);
    if (n > 16) { why = "it has more than 16 parameters"; n = 16; }
    f.nparams = n < 0 ? 0 : n;
    for (int i = 0; i < f.nparams; i++) {
        const char *w = NULL;
        f.params[i] = map_type(lc.clang_getArgType(ft, (unsigned)i), &w);
        if (f.params[i] == T_ERROR && !why) why = arena_printf("parameter %d is %s", i + 1, w ? w : "unsupported");
        if (f.params[i] == T_VOID && !why) why = "a parameter is void";
    }
    f.unsupported = why;
    VEC_PUSH(x->funcs, f);
    return CXChildVisit_Continue;
}

typedef struct {
    CXTranslationUnit tu;
    CXFile main;                /* the header named by the extern */
    VEC(const char *) files;
} Incs;

/* Files the header pulls in, for dependency output; system headers (the
 * -isystem and default search paths) are left out, as gcc -MM does. */
static void inclusion(CXFile inc, CXSourceLocation *stack, unsigned len, CXClientData data)
{
    (void)stack;
    Incs *in = data;
    if (len == 1 && !in->main) in->main = inc;
    if (lc.clang_Location_isInSystemHeader(lc.clang_getLocation(in->tu, inc, 1, 1))) return;
    CXString n = lc.clang_getFileName(inc);
    const char *s = lc.clang_getCString(n);
    if (s && strcmp(s, "arrc-extern.c") != 0) VEC_PUSH(in->files, arena_strdup(s));
    lc.clang_disposeString(n);
}

/* "'x.h' file not found" for errors in arrc's one-line include file, "file:line:col:
 * message" for errors inside the header. */
static const char *diag_text(CXDiagnostic d)
{
    CXFile f;
    unsigned line, col;
    lc.clang_getFileLocation(lc.clang_getDiagnosticLocation(d), &f, &line, &col, NULL);
    CXString m = lc.clang_getDiagnosticSpelling(d);
    CXString fn = lc.clang_getFileName(f);
    const char *fname = f ? lc.clang_getCString(fn) : NULL;
    const char *r = fname && strcmp(fname, "arrc-extern.c") != 0
        ? arena_printf("%s:%u:%u: %s", fname, line, col, lc.clang_getCString(m))
        : arena_strdup(lc.clang_getCString(m));
    lc.clang_disposeString(fn);
    lc.clang_disposeString(m);
    return r;
}

/* The first error inside a function body of the header itself (the parse
 * that reads the declarations skips bodies; a header's own inline
 * functions are read again, whole, so that a syntax error in one is
 * arrc's error and not the C compiler's later; errors in the bodies of
 * the headers it includes are the C compiler's business, as before). */
static const char *body_error(CXIndex idx, const char *const *argv, int argc, struct CXUnsavedFile *un, const char *main_name)
{
    CXTranslationUnit tu = lc.clang_parseTranslationUnit(idx, "arrc-extern.c", argv, argc, un, 1, CXTranslationUnit_None);
    if (!tu) return NULL;
    const char *err = NULL;
    for (unsigned i = 0; i < lc.clang_getNumDiagnostics(tu) && !err; i++) {
        CXDiagnostic d = lc.clang_getDiagnostic(tu, i);
        if (lc.clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXFile f;
            lc.clang_getFileLocation(lc.clang_getDiagnosticLocation(d), &f, NULL, NULL, NULL);
            CXString fn = lc.clang_getFileName(f);
            const char *name = f ? lc.clang_getCString(fn) : NULL;
            if (name && !strcmp(name, main_name)) err = diag_text(d);
            lc.clang_disposeString(fn);
        }
        lc.clang_disposeDiagnostic(d);
    }
    lc.clang_disposeTranslationUnit(tu);
    return err;
}

CHeader *ch_read(const char *path, const char *dir, const char **incdirs, int nincdirs,
                 const char **args, int nargs)
{
    CHeader *h = NEW(CHeader);
    h->path = path;
    if ((h->error = load_libclang())) return h;
    VEC(const char *) argv = {0};
    VEC_PUSH(argv, "-x");
    VEC_PUSH(argv, "c");
    VEC_PUSH(argv, "-std=c11");
    VEC_PUSH(argv, arena_printf("-I%s", dir));
    for (int i = 0; i < nincdirs; i++) VEC_PUSH(argv, arena_printf("-I%s", incdirs[i]));
    for (int i = 0; i < nargs; i++) VEC_PUSH(argv, args[i]);
    const char *src = arena_printf("#include \"%s\"\n", path);
    struct CXUnsavedFile un = { "arrc-extern.c", src, (unsigned long)strlen(src) };
    CXIndex idx = lc.clang_createIndex(0, 0);
    CXTranslationUnit tu = lc.clang_parseTranslationUnit(idx, "arrc-extern.c", argv.items, argv.len, &un, 1,
                                                      CXTranslationUnit_SkipFunctionBodies);
    if (!tu) {
        VEC_FREE(argv);
        h->error = "libclang could not parse it";
        lc.clang_disposeIndex(idx);
        return h;
    }
    for (unsigned i = 0; i < lc.clang_getNumDiagnostics(tu); i++) {
        CXDiagnostic d = lc.clang_getDiagnostic(tu, i);
        if (lc.clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error && !h->error) {
            h->error = diag_text(d);
        }
        lc.clang_disposeDiagnostic(d);
    }
    Incs in = { tu, NULL, {0} };
    lc.clang_getInclusions(tu, inclusion, &in);
    /* in.main: the header itself, the file included at depth 1 */
    Ctx x = { h, {0}, in.main };
    if (!h->error && x.main) {
        CXString mn = lc.clang_getFileName(x.main);
        const char *main_name = arena_strdup(lc.clang_getCString(mn));
        lc.clang_disposeString(mn);
        h->error = body_error(idx, argv.items, argv.len, &un, main_name);
    }
    VEC_FREE(argv);
    if (!h->error && x.main) lc.clang_visitChildren(lc.clang_getTranslationUnitCursor(tu), visit, &x);
    h->ok = !h->error && x.main;
    if (!x.main && !h->error) h->error = "file not found";
    h->funcs = arena_alloc(sizeof(CFunc) * (size_t)(x.funcs.len + 1));
    if (x.funcs.len) memcpy(h->funcs, x.funcs.items, sizeof(CFunc) * (size_t)x.funcs.len);
    h->nfuncs = x.funcs.len;
    h->files = arena_alloc(sizeof(char *) * (size_t)(in.files.len + 1));
    if (in.files.len) memcpy(h->files, in.files.items, sizeof(char *) * (size_t)in.files.len);
    h->nfiles = in.files.len;
    VEC_FREE(x.funcs);
    VEC_FREE(in.files);
    lc.clang_disposeTranslationUnit(tu);
    lc.clang_disposeIndex(idx);
    return h;
}
