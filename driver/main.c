/* main.c — the arrc command line: gcc-like options, the pass pipeline, and
 * atomic output (temp file + rename; nothing is written on error). */
#define _XOPEN_SOURCE 700     /* realpath */
#include "ast.h"
#include "cg.h"
#include "parse.h"
#include "passes.h"
#include "pipeline.h"
#include "run.h"
#include "source.h"
#include "sema.h"
#include "suggest.h"
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>
#include <fcntl.h>

#define ARRC_VERSION "0.1.0"

/* One line for an unknown option, with the closest known one (gcc and
 * clang do not print their whole usage either). */
static void unknown_option(const char *a)
{
    static const char *const known[] = {
        "-o", "--emit", "--dump-after", "--stop-after", "--list-passes", "--time-passes", "--structure", "--report",
        "-O0", "-O", "-O1", "-O2", "--serial", "--no-overhead-guard", "--no-line", "-I", "-D", "--cflags", "-M", "-MM",
        "-MD", "-MMD", "-MF", "-MT", "-MQ", "-MP", "--fast-math", "--strict-math", "--vector-math", "--stencil-tile", "--prefix", "--python", "--bounds-check",
        "--help", "--version", "--mpi", "-Wall", "-Werror", "-w", "-fdiagnostics-color", "-fdiagnostics-format",
    };
    char name[64];
    snprintf(name, sizeof name, "%s", a);
    char *eq = strchr(name, '=');
    if (eq) *eq = 0;
    const char *s = suggest_closest(name, known, (int)(sizeof known / sizeof known[0]));
    if (s) fprintf(stderr, "arrc: error: unknown option '%s'; did you mean '%s'? (see arrc --help)\n", a, s);
    else fprintf(stderr, "arrc: error: unknown option '%s' (see arrc --help)\n", a);
}

static void usage(FILE *f)
{
    fprintf(f,
        "usage: arrc FILE.arr [-o OUT.c] [options]\n"
        "       arrc run|bench [options] FILE.arr FN [ARGS...]   (arrc run --help)\n"
        "Compiles an arr module to C with OpenMP: writes OUT.c and OUT.h (default: FILE.c, FILE.h).\n"
        "arrc run calls the exported function FN on .npy files or random inputs and writes its results\n"
        "as .npy files; arrc bench times it.\n"
        "FILE '-' reads the standard input (and writes the C to the standard output without -o).\n\n"
        "options:\n"
        "  -o OUT.c            output file; the header is written beside it as OUT.h\n"
        "                      (-o - writes the C to the standard output, and no header)\n"
        "  --emit=STAGE        print a stage to stdout instead of writing files: ast, dir, pir, c, h, python,\n"
        "                      sig (the exported functions' C arguments, one per line)\n"
        "  --dump-after=PASS   print the IR after PASS to stderr (and continue)\n"
        "  --stop-after=PASS   stop after PASS and print its IR to stdout\n"
        "  --list-passes       print the pass table\n"
        "  --time-passes       print the time each pass took to stderr\n"
        "  --structure         print 'parfor N, alloc N' for the final Parallel IR\n"
        "  --report[=FILE]     what was fused, what runs in parallel and why, allocations removed,\n"
        "                      checks remaining (to stdout, or to FILE; '-' is stdout)\n"
        "  -O0                 no fusion and no in-place updates (one loop per operation)\n"
        "  -O, -O1, -O2        optimise (the default)\n"
        "  --serial            no OpenMP pragmas for threads (simd only)\n"
        "  --no-overhead-guard every parallel loop runs on all threads, however small\n"
        "  --no-line           no #line directives (by default the C points at the .arr lines)\n"
        "  -I DIR              search DIR for imported .arr modules and extern C headers\n"
        "  -D NAME[=VALUE], --cflags=\"...\"  defines and flags for reading extern C headers (libclang)\n"
        "  -M, -MM             print the make rule of the outputs' dependencies and stop\n"
        "  -MD, -MMD           also write that rule to OUT.d (or the -MF file) when compiling\n"
        "  -MF FILE            the dependency file;  -MT TARGET  the rule's target (default: OUT.c OUT.h)\n"
        "  -MQ TARGET          as -MT, quoted for make (a space, $ or #, as gcc's -MQ)\n"
        "  -MP                 add a phony target for each dependency (make survives a deleted file)\n"
        "  --fast-math         allow reassociation and contraction (fused multiply-add)\n"
        "  --strict-math       scalar libm calls only (no vectorised libmvec math)\n"
        "  --vector-math=LIB   vector versions of exp, log, erf, ...: libmvec (the default: gcc calls\n"
        "                      glibc's), sleef (explicit SLEEF calls for every compiler; link the\n"
        "                      program with libsleef) or scalar (libm's scalar functions, as --strict-math)\n"
        "  --stencil-tile=HOW  temporal blocking of iterated stencils: auto (the default: the compiler\n"
        "                      decides from the kernel's bytes per operation), off, or K[,T0[,T1]]: K\n"
        "                      rounds a sweep (odd) by strips of T0 rows, or tiles of T0 x T1 elements\n"
        "  --prefix=P          name the exported C functions P_NAME (P_blur for blur)\n"
        "  --python            also write OUT_py.c: a Python extension module over NumPy arrays\n"
        "  --bounds-check      check every element index at run time\n"
        "  --mpi               C for MPI: arrays split by rows over the ranks (docs/mpi.md)\n"
        "  -Wall, -WNAME, -Wno-NAME, -Werror[=NAME], -w\n"
        "                      warnings (unused-variable, tautological-compare, stencil-rounds, div-by-zero,\n"
        "                      unused-value, always-fails, array-bounds on; shadow, unused-function with -Wall);\n"
        "                      -Werror makes them errors\n"
        "  -fdiagnostics-color[=always|never|auto]  colour (auto: on a terminal, unless NO_COLOR is set)\n"
        "  -fdiagnostics-format=json  the diagnostics as gcc's JSON, on stderr\n"
        "  --help              this text\n"
        "  --version           the version\n");
}

static const char *basename_of(const char *p)
{
    const char *s = strrchr(p, '/');
    return s ? s + 1 : p;
}

/* path with the extension of its last component replaced by ext (or ext added). */
static const char *with_ext(const char *path, const char *ext)
{
    const char *base = basename_of(path);
    const char *dot = strrchr(base, '.');
    size_t keep = dot && dot != base ? (size_t)(dot - path) : strlen(path);
    return arena_printf("%.*s%s", (int)keep, path, ext);
}

/* ---- modules: import "file.arr"; ----
 * An imported module is searched beside the importing file, then in the -I
 * folders; each file is read and parsed once (however often it is imported);
 * its functions join the program as internal functions (its `export`s are
 * exported by its own compilation, not by the importer's); a cycle or a
 * missing file is a located error. */
typedef struct Imports {
    const char **incdirs;
    int nincdirs;
    const char *stdlib;             /* the standard library's folder, searched last (or NULL) */
    VEC(char *) done;               /* canonical paths parsed so far */
    VEC(char *) stack;              /* the chain being imported, for cycles */
    VEC(const char *) files;        /* every imported file, as found (for -M) */
} Imports;

static char *dir_of(const char *path)
{
    const char *sl = strrchr(path, '/');
    return sl ? arena_strndup(path, (size_t)(sl - path)) : arena_strdup(".");
}

/* The standard library's folder: $ARRC_STDLIB, else PREFIX/share/arrc/stdlib
 * for an installed PREFIX/bin/arrc, else stdlib/ beside an arrc built in its
 * source tree. */
static const char *stdlib_dir(void)
{
    const char *env = getenv("ARRC_STDLIB");
    if (env && *env) return env;
    char exe[4096];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len <= 0) return NULL;
    exe[len] = 0;
    const char *bin = dir_of(exe);
    const char *cands[] = { arena_printf("%s/../share/arrc/stdlib", bin), arena_printf("%s/stdlib", bin) };
    for (int i = 0; i < 2; i++) {
        struct stat st;
        if (stat(cands[i], &st) != 0 || !S_ISDIR(st.st_mode)) continue;
        char *real = realpath(cands[i], NULL);      /* bin/../share: -M's paths without the ".." */
        const char *r = real ? arena_strdup(real) : cands[i];
        free(real);
        return r;
    }
    return NULL;
}

static void load_imports(Imports *im, Module *m, const char *path, Module *into)
{
    char *canon = realpath(path, NULL);
    if (canon) {
        VEC_PUSH(im->stack, canon);
        bool seen = false;
        for (int i = 0; i < im->done.len; i++) seen |= !strcmp(im->done.items[i], canon);
        if (!seen) VEC_PUSH(im->done, arena_strdup(canon));
    }
    for (int i = 0; i < m->imports.len; i++) {
        Expr *e = m->imports.items[i];
        const char *name = e->name.name, *found = NULL;
        if (!*name) { diag_error(e->span, "empty module name in import"); continue; }
        if (name[0] == '/') found = access(name, R_OK) == 0 ? name : NULL;
        else {
            const char *cand = arena_printf("%s/%s", dir_of(path), name);
            if (access(cand, R_OK) == 0) found = cand;
            for (int k = 0; !found && k < im->nincdirs; k++) {
                cand = arena_printf("%s/%s", im->incdirs[k], name);
                if (access(cand, R_OK) == 0) found = cand;
            }
            if (!found && im->stdlib) {
                cand = arena_printf("%s/%s", im->stdlib, name);
                if (access(cand, R_OK) == 0) found = cand;
            }
        }
        if (!found) {
            diag_error(e->span, "cannot find module '%s' (searched beside this file%s%s)", name,
                       im->nincdirs ? ", in the -I folders" : "", im->stdlib ? " and in the standard library" : "");
            continue;
        }
        char *c = realpath(found, NULL);
        if (!c) { diag_error(e->span, "cannot read module '%s'", name); continue; }
        bool cycle = false, seen = false;
        for (int k = 0; k < im->stack.len; k++) cycle |= !strcmp(im->stack.items[k], c);
        for (int k = 0; k < im->done.len; k++) seen |= !strcmp(im->done.items[k], c);
        if (cycle) {
            diag_error(e->span, "import cycle: '%s' imports a module that imports it", name);
            free(c);
            continue;
        }
        if (seen) { free(c); continue; }      /* compiled once */
        uint32_t len;
        const char *why;
        char *text = read_source(found, &len, &why);
        if (!text) {
            diag_error(e->span, "cannot read module '%s': %s", name, why);
            free(c);
            continue;
        }
        VEC_PUSH(im->files, found);
        char *kept = arena_strndup(text, len);
        free(text);
        int fid = diag_add_file(arena_strdup(found), kept, len);
        diag_set_importer(fid, e->span);
        Module sub = {0};
        parse_file(fid, &sub);
        load_imports(im, &sub, found, into);
        for (int k = 0; k < sub.fns.len; k++) {
            FnDecl *fn = sub.fns.items[k];
            fn->is_export = false;          /* exported by its own compilation */
            plist_push(&into->fns, fn);
        }
        for (int k = 0; k < sub.extern_headers.len; k++) plist_push(&into->extern_headers, sub.extern_headers.items[k]);
        free(c);
    }
    if (canon) {
        free(im->stack.items[--im->stack.len]);
    }
}

static Imports *g_imports;

/* A make rule: TARGET: DEPS (the source and every imported module), and
 * with -MP a phony rule for each dependency besides the source. */
static const char *deps_text(const char *target, const char *input, bool phony)
{
    int nh;
    const char **hdrs = sema_extern_files(&nh);
    int ni = g_imports ? g_imports->files.len : 0;
    int n = 1 + ni + nh;
    const char **deps = arena_alloc(sizeof(char *) * (size_t)n);
    deps[0] = input;
    for (int i = 0; i < ni; i++) deps[1 + i] = g_imports->files.items[i];
    for (int i = 0; i < nh; i++) deps[1 + ni + i] = hdrs[i];
    Buf b = {0};
    buf_printf(&b, "%s:", target);
    for (int i = 0; i < n; i++) buf_printf(&b, " %s", make_quote(deps[i]));
    buf_putc(&b, '\n');
    if (phony)
        for (int i = 1; i < n; i++) buf_printf(&b, "\n%s:\n", make_quote(deps[i]));
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

/* An output must not be one of the files read: the input, an imported
 * module, an extern header or a header it includes.  Files are compared by
 * device and inode, so `-o ./in.arr` or `-o $PWD/in.arr` is caught too.
 * Prints the error and returns true when path is one of them. */
static bool clobbers_input(const char *path, const char *input)
{
    struct stat so, si;
    if (stat(path, &so) != 0) return false;      /* not there yet: it cannot be an input */
    int nh;
    const char **hdrs = sema_extern_files(&nh);
    int ni = g_imports ? g_imports->files.len : 0;
    for (int i = -1; i < ni + nh; i++) {
        const char *in = i < 0 ? input : i < ni ? g_imports->files.items[i] : hdrs[i - ni];
        if (stat(in, &si) == 0 && si.st_dev == so.st_dev && si.st_ino == so.st_ino) {
            if (i < 0) fprintf(stderr, "arrc: error: output '%s' would overwrite the input '%s'\n", path, in);
            else fprintf(stderr, "arrc: error: output '%s' would overwrite the %s '%s'\n", path,
                         i < ni ? "imported module" : "C header", in);
            return true;
        }
    }
    return false;
}

/* ---- outputs: written together, all or none ----
 * Every file arrc writes (the C file, the header, the --report file, the
 * dependency file) is queued with out_add() and written by outs_commit():
 *  1. checks, before anything is written: an existing output must be a
 *     regular file (or a symbolic link to one, which is written through: the
 *     link stays); a device, FIFO, directory or dangling link is refused, as
 *     is an output that is an input, or two outputs that are the same file;
 *  2. each text goes to a new temporary PATH.tmp.PID beside its file, and is
 *     flushed to disk (write, fsync and close are checked);
 *  3. the temporaries are renamed into place, each existing file kept as a
 *     hard link until all renames succeeded, so that a failed rename puts
 *     the earlier files back.
 * An output whose file already holds exactly its text is left alone (its
 * time stamp too), so that make and ninja rebuild nothing that depends on
 * it: a comment edit does not recompile every includer of the header.
 * On any failure nothing new is left and no existing file is replaced. */
typedef struct Out {
    const char *path;       /* as given */
    const char *text;
    const char *final;      /* the file renamed over (a symbolic link resolved) */
    const char *tmp, *backup;
    bool exists, renamed;
    bool same;              /* the file holds the text already: not written */
    mode_t mode;
} Out;
static VEC(Out) g_outs;

static void out_add(const char *path, const char *text)
{
    Out o = { .path = path, .text = text ? text : "" };
    VEC_PUSH(g_outs, o);
}

/* The identity of a file that may not exist yet: its own device and inode,
 * or its folder's and its name. */
static bool same_target(const char *a, const char *b)
{
    struct stat sa, sb;
    if (stat(a, &sa) == 0 && stat(b, &sb) == 0) return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    if (!strcmp(basename_of(a), basename_of(b)) && stat(dir_of(a), &sa) == 0 && stat(dir_of(b), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
    return false;
}

static bool write_all(int fd, const char *s, size_t n)
{
    while (n) {
        ssize_t w = write(fd, s, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) { if (w == 0) errno = EIO; return false; }
        s += w;
        n -= (size_t)w;
    }
    return true;
}

/* Whether the regular file path holds exactly text. */
static bool file_holds(const char *path, const char *text)
{
    size_t n = strlen(text);
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return false;
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || (uint64_t)st.st_size != (uint64_t)n) { close(fd); return false; }
    uint32_t len;
    const char *why;
    char *have = read_fd(fd, n, &len, &why);
    bool same = have && len == n && !memcmp(have, text, n);
    free(have);
    return same;
}

static void outs_discard(void)
{
    for (int i = 0; i < g_outs.len; i++) {
        Out *o = &g_outs.items[i];
        if (o->tmp) unlink(o->tmp);
        if (o->backup) unlink(o->backup);
        o->tmp = o->backup = NULL;
    }
}

static bool outs_commit(const char *input)
{
    for (int i = 0; i < g_outs.len; i++) {
        Out *o = &g_outs.items[i];
        struct stat ls, st;
        o->final = o->path;
        if (lstat(o->path, &ls) == 0) {
            if (stat(o->path, &st) != 0) {
                fprintf(stderr, "arrc: error: cannot write '%s': it is a symbolic link to nothing (%s)\n", o->path, strerror(errno));
                return false;
            }
            if (!S_ISREG(st.st_mode)) {
                fprintf(stderr, "arrc: error: cannot write '%s': it is %s, not a regular file; refusing to replace it\n", o->path,
                        S_ISDIR(st.st_mode) ? "a directory" : S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode) ? "a device"
                        : S_ISFIFO(st.st_mode) ? "a FIFO" : S_ISSOCK(st.st_mode) ? "a socket" : "something else");
                return false;
            }
            if (S_ISLNK(ls.st_mode)) {          /* write the file it points to; the link stays */
                char *real = realpath(o->path, NULL);
                if (!real) { fprintf(stderr, "arrc: error: cannot write '%s': %s\n", o->path, strerror(errno)); return false; }
                o->final = arena_strdup(real);
                free(real);
            }
            o->exists = true;
            o->mode = st.st_mode & 07777;
        }
        if (clobbers_input(o->path, input)) return false;
        for (int k = 0; k < i; k++)
            if (same_target(o->final, g_outs.items[k].final)) {
                fprintf(stderr, "arrc: error: '%s' is named for two outputs\n", o->path);
                return false;
            }
    }
    for (int i = 0; i < g_outs.len; i++) {
        Out *o = &g_outs.items[i];
        if (o->exists && file_holds(o->final, o->text)) { o->same = true; continue; }
        const char *tmp = arena_printf("%s.tmp.%ld", o->final, (long)getpid());
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            fprintf(stderr, "arrc: error: cannot write '%s': %s\n", o->path, strerror(errno));
            outs_discard();
            return false;
        }
        o->tmp = tmp;
        bool ok = write_all(fd, o->text, strlen(o->text));
        if (ok && o->exists) ok = fchmod(fd, o->mode) == 0;
        if (ok) ok = fsync(fd) == 0 || errno == EINVAL || errno == EROFS;    /* a file system without fsync */
        int err = errno;
        if (close(fd) != 0 && ok) { ok = false; err = errno; }
        if (!ok) {
            fprintf(stderr, "arrc: error: cannot write '%s': %s\n", o->path, strerror(err));
            outs_discard();
            return false;
        }
    }
    for (int i = 0; i < g_outs.len; i++) {
        Out *o = &g_outs.items[i];
        if (!o->exists || o->same) continue;
        const char *bk = arena_printf("%s.old.%ld", o->final, (long)getpid());
        if (link(o->final, bk) == 0) o->backup = bk;
    }
    for (int i = 0; i < g_outs.len; i++) {
        Out *o = &g_outs.items[i];
        if (o->same) continue;
        if (rename(o->tmp, o->final) != 0) {
            fprintf(stderr, "arrc: error: cannot write '%s': %s\n", o->path, strerror(errno));
            for (int k = 0; k < i; k++) {       /* put back what was there */
                Out *p = &g_outs.items[k];
                if (p->backup) { if (rename(p->backup, p->final) == 0) p->backup = NULL; }
                else if (!p->exists) unlink(p->final);
            }
            outs_discard();
            return false;
        }
        o->tmp = NULL;
    }
    outs_discard();         /* the backups */
    return true;
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

int main(int argc, char **argv)
{
    /* a file size limit (ulimit -f) is a failed write, reported and cleaned up
       like a full disk, not a kill mid-file that leaves the temporaries */
    signal(SIGXFSZ, SIG_IGN);
    const char *input = NULL, *output = NULL, *emit = NULL, *dump_after = NULL, *stop_after = NULL;
    /* dependency output, as gcc: -M/-MM print and stop, -MD/-MMD write FILE.d too */
    bool dep_print = false, dep_write = false, dep_phony = false;
    VEC(const char *) incdirs = {0};      /* -I: where imports are searched after the importing file's folder */
    VEC(const char *) cargs = {0};        /* -D, --cflags: for libclang, reading extern headers */
    const char *dep_file = NULL, *dep_target = NULL;
    bool time_passes = false, structure = false;
    bool python = false;            /* --python: also write OUT_py.c */
    const char *vm_given = NULL;    /* --vector-math=VALUE */
    const char *report = NULL;      /* --report: "" for stdout, or a file */
    IrProgram prog = { .fuse = true, .line_directives = true };
    if (argc > 1 && (!strcmp(argv[1], "run") || !strcmp(argv[1], "bench"))) return run_main(argc, argv);
    bool files_only = false;        /* after "--": every argument is a file name */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (files_only || a[0] != '-' || !a[1]) {
            if (input) fatal("more than one input file ('%s' and '%s')", input, a);
            input = a;
        }
        else if (!strcmp(a, "--")) files_only = true;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); return 0; }
        else if (!strcmp(a, "--version")) { printf("arrc %s\n", ARRC_VERSION); return 0; }
        else if (!strcmp(a, "-o")) {
            if (++i >= argc) fatal("missing file name after '-o'");
            output = argv[i];
        }
        else if (!strncmp(a, "-o", 2)) output = a + 2;
        else if (!strncmp(a, "--emit=", 7)) emit = a + 7;
        else if (!strncmp(a, "--prefix=", 9)) prog.prefix = a + 9;
        else if (!strncmp(a, "--dump-after=", 13)) dump_after = a + 13;
        else if (!strncmp(a, "--stop-after=", 13)) stop_after = a + 13;
        else if (!strcmp(a, "--time-passes")) time_passes = true;
        else if (!strcmp(a, "--structure")) structure = true;
        else if (!strcmp(a, "--report")) report = "";
        else if (!strncmp(a, "--report=", 9)) report = a + 9;
        else if (!strcmp(a, "--list-passes")) {
            for (int k = 0; k < npasses; k++) printf("%-10s %s\n", passes[k].name, passes[k].description);
            return 0;
        }
        else if (!strncmp(a, "-O", 2) && (!a[2] || !strcmp(a + 2, "s") || !strcmp(a + 2, "g") || !strcmp(a + 2, "z")
                                          || strspn(a + 2, "0123456789") == strlen(a + 2)))
            prog.fuse = strspn(a + 2, "0") != strlen(a + 2) || !a[2];  /* -O0; -O1..-O9, -Os, -Og: arrc's one level */
        else if (!strcmp(a, "--serial")) prog.serial = true;
        else if (!strcmp(a, "--no-overhead-guard")) prog.no_guard = true;
        else if (!strcmp(a, "--no-line")) prog.line_directives = false;
        else if (!strcmp(a, "-I")) {
            if (++i >= argc) fatal("missing folder after '-I'");
            VEC_PUSH(incdirs, argv[i]);
        }
        else if (!strncmp(a, "-I", 2)) VEC_PUSH(incdirs, a + 2);
        else if (!strncmp(a, "-D", 2) && a[2]) VEC_PUSH(cargs, a);
        else if (!strcmp(a, "-D")) {
            if (++i >= argc) fatal("missing definition after '-D'");
            VEC_PUSH(cargs, arena_printf("-D%s", argv[i]));
        }
        else if (!strncmp(a, "--cflags=", 9)) {
            /* split on spaces */
            char *copy = arena_strdup(a + 9);
            for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) VEC_PUSH(cargs, tok);
        }
        else if (!strcmp(a, "-M") || !strcmp(a, "-MM")) dep_print = true;
        else if (!strcmp(a, "-MD") || !strcmp(a, "-MMD")) dep_write = true;
        else if (!strcmp(a, "-MP")) dep_phony = true;
        else if (!strcmp(a, "-MF") || !strcmp(a, "-MT") || !strcmp(a, "-MQ")) {
            if (++i >= argc) fatal("missing argument after '%s'", a);
            /* -MQ quotes the target for make (a space, $, #), as gcc's does */
            const char *t = a[2] == 'Q' ? make_quote(argv[i]) : argv[i];
            if (a[2] == 'F') dep_file = argv[i];
            else dep_target = dep_target ? arena_printf("%s %s", dep_target, t) : t;
        }
        else if (!strcmp(a, "--fast-math")) prog.fast_math = true;
        else if (!strcmp(a, "--strict-math")) prog.strict_math = true;
        else if (!strncmp(a, "--vector-math=", 14)) {
            const char *v = a + 14;
            if (!strcmp(v, "libmvec")) prog.vector_math = VM_LIBMVEC;
            else if (!strcmp(v, "sleef")) prog.vector_math = VM_SLEEF;
            else if (!strcmp(v, "scalar")) prog.vector_math = VM_SCALAR;
            else fatal("unknown value '%s' for --vector-math (use libmvec, sleef or scalar)", v);
            vm_given = v;
        }
        else if (!strncmp(a, "--stencil-tile=", 15)) {
            if (!tblock_option(&prog, a + 15))
                fatal("bad value '%s' for --stencil-tile (use auto, off, or K[,T0[,T1]] with K odd, 1 to 99, "
                      "and extents 1 to 1000000)", a + 15);
        }
        else if (!strcmp(a, "--bounds-check")) prog.bounds_check = true;
        else if (!strcmp(a, "--python")) python = true;
        else if (!strcmp(a, "--mpi")) prog.mpi = true;
        else if (!strcmp(a, "-w") || (!strncmp(a, "-W", 2) && a[2])) {
            const char *hint;
            if (!diag_warning_option(a, &hint)) {
                if (hint) fatal("unknown warning option '%s'; did you mean '%s'? (see arrc --help)", a, hint);
                fatal("unknown warning option '%s' (see arrc --help)", a);
            }
        }
        else if (!strcmp(a, "-fdiagnostics-color") || !strncmp(a, "-fdiagnostics-color=", 20)) {
            if (!diag_set_color(a[19] ? a + 20 : "always"))
                fatal("unknown value '%s' for -fdiagnostics-color (use always, never or auto)", a + 20);
        }
        else if (!strcmp(a, "-fno-diagnostics-color")) diag_set_color("never");
        else if (!strncmp(a, "-fdiagnostics-format=", 21)) {
            if (!diag_set_format(a + 21)) fatal("unknown value '%s' for -fdiagnostics-format (use text or json)", a + 21);
        }
        else { unknown_option(a); return 1; }
    }
    if (!input) fatal("no input file (see arrc --help)");
    if (emit && strcmp(emit, "ast") && strcmp(emit, "dir") && strcmp(emit, "pir") && strcmp(emit, "c") && strcmp(emit, "h")
        && strcmp(emit, "python") && strcmp(emit, "sig"))
        fatal("unknown stage '%s' for --emit (use ast, dir, pir, c, h, python or sig)", emit);
    if (dump_after && pass_lookup(dump_after) < 0) fatal("unknown pass '%s' (see --list-passes)", dump_after);
    if (stop_after && pass_lookup(stop_after) < 0) fatal("unknown pass '%s' (see --list-passes)", stop_after);
    if (prog.prefix) {      /* a C identifier that is not reserved to the implementation */
        const char *q = prog.prefix;
        bool ok = (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q == '_' && q[1] >= 'a' && q[1] <= 'z');
        for (; ok && *q; q++)
            ok = (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_';
        if (!ok) fatal("--prefix='%s' is not a C identifier (letters, digits and '_', not starting with a digit, '__' or '_' and a capital)", prog.prefix);
        sema_set_prefix(prog.prefix);
    }
    if (prog.fast_math && prog.strict_math) fatal("--fast-math and --strict-math cannot be combined");
    if (prog.strict_math && vm_given && prog.vector_math != VM_SCALAR)
        fatal("--strict-math and --vector-math=%s cannot be combined (--strict-math is --vector-math=scalar)", vm_given);
    if (prog.strict_math) prog.vector_math = VM_SCALAR;
    if (prog.mpi && (python || (emit && !strcmp(emit, "python")))) fatal("--python and --mpi cannot be combined");

    /* Output paths: OUT.c and OUT.h beside it (default: the input's name).
     * "-o -" (and a "-" input without -o) writes the C to the standard output
     * and no header (--emit=h prints it); the names the C uses (the header's,
     * the module's) are then the input's, or "stdin" for "-". */
    bool from_stdin = !strcmp(input, "-");
    bool to_stdout = output ? !strcmp(output, "-") : from_stdin;
    if (to_stdout && !emit) {
        if (python) fatal("--python writes files: name the output with -o OUT.c, not '-'");
        if (dep_write) fatal("-MD and -MMD write beside the output file: name it with -o OUT.c, not '-' (or use -M)");
    }
    if (report && !strcmp(report, "-")) report = "";     /* --report=-: the standard output */
    const char *cpath = to_stdout ? (from_stdin ? "stdin.c" : with_ext(basename_of(input), ".c"))
                                  : output ? output : with_ext(input, ".c");
    size_t cl = strlen(cpath);
    if (cl >= 2 && !strcmp(cpath + cl - 2, ".h"))
        fatal("'%s': the output is the .c file; the header is written beside it", cpath);
    const char *hpath = with_ext(cpath, ".h");
    const char *pypath = with_ext(cpath, "_py.c");      /* --python's extension module */
    const char *outs = arena_printf("%s %s%s%s", make_quote(cpath), make_quote(hpath), python ? " " : "", python ? make_quote(pypath) : "");
    /* module name: the output stem */
    const char *stem_src = cpath;
    char *stem = arena_strdup(basename_of(stem_src));
    char *dot = strrchr(stem, '.');
    if (dot) *dot = 0;
    for (char *q = stem; *q; q++)
        if (!((*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9') || *q == '_')) *q = '_';
    /* a valid C identifier, and not one reserved to the implementation
     * (a leading '_'): "m_" before a leading digit, "m" before a leading
     * '_' and for an empty stem */
    if (stem[0] >= '0' && stem[0] <= '9') stem = arena_printf("m_%s", stem);
    else if (stem[0] == '_' || !stem[0]) stem = arena_printf("m%s", stem);
    prog.module = stem;
    /* the C file (and the --python wrapper) includes the header by its name, which an
     * #include "..." holds only without '"', '\\', newlines and other control characters */
    if (!emit || !strcmp(emit, "c") || !strcmp(emit, "python"))
        for (const unsigned char *q = (const unsigned char *)basename_of(hpath); *q; q++)
            if (*q == '"' || *q == '\\' || *q < 0x20 || *q == 0x7f)
                fatal("the header name '%s' cannot be written in the C file's #include \"...\" "
                      "(it holds %s); choose an output name without it", basename_of(hpath),
                      *q == '"' ? "'\"'" : *q == '\\' ? "'\\'" : *q == '\n' ? "a newline" : "a control character");

    uint32_t len;
    char *text = read_file(input, &len);
    const char *src_name = from_stdin ? "<stdin>" : input;
    int file = diag_add_file(src_name, text, len);
    Module mod = {0};
    Buf out = {0};
    int status = 0;
    double t0 = now(), t;

#define TIMED(name) do { t = now(); if (time_passes) fprintf(stderr, "%-10s %8.3f ms\n", name, 1e3 * (t - t0)); t0 = t; } while (0)
#define FAIL_IF_ERRORS() do { if (diag_error_count()) { diag_finish(); status = 1; goto done; } } while (0)

    parse_file(file, &mod);
    Imports imp = { .incdirs = incdirs.items, .nincdirs = incdirs.len, .stdlib = stdlib_dir() };
    g_imports = &imp;
    load_imports(&imp, &mod, input, &mod);
    mod.imports.len = 0;                  /* loaded */
    TIMED("parse");
    FAIL_IF_ERRORS();
    if (dump_after && !strcmp(dump_after, "parse")) { Buf d = {0}; ast_print(&d, &mod); fputs(d.s ? d.s : "", stderr); buf_free(&d); }
    if ((emit && !strcmp(emit, "ast")) || (stop_after && !strcmp(stop_after, "parse"))) {
        ast_print(&out, &mod);
        fputs(out.s ? out.s : "", stdout);
        goto done;
    }
    sema_extern_config(incdirs.items, incdirs.len, cargs.items, cargs.len);
    sema_check(&mod, prog.module);
    TIMED("sema");
    FAIL_IF_ERRORS();
    if (dep_print) {
        const char *d = deps_text(dep_target ? dep_target : outs, input, dep_phony);
        if (dep_file) out_add(dep_file, d);
        else fputs(d, stdout);
        goto done;
    }
    if (dump_after && !strcmp(dump_after, "sema")) { Buf d = {0}; ast_print(&d, &mod); fputs(d.s ? d.s : "", stderr); buf_free(&d); }
    if (stop_after && !strcmp(stop_after, "sema")) { ast_print(&out, &mod); fputs(out.s ? out.s : "", stdout); goto done; }

    lower_dir(&prog, &mod);
    TIMED("lower-dir");
    FAIL_IF_ERRORS();
    ir_verify(&prog, false, "lower-dir");
    analyze_dir_arrays(&prog);
    if (dump_after && !strcmp(dump_after, "lower-dir")) { Buf d = {0}; ir_print(&d, &prog); fputs(d.s, stderr); buf_free(&d); }
    if (stop_after && !strcmp(stop_after, "lower-dir")) {
        ir_print(&out, &prog);
        fputs(out.s ? out.s : "", stdout);
        goto done;
    }

    for (int k = 0; k < npasses; k++) {
        if (!passes[k].run) continue;
        passes[k].run(&prog);
        TIMED(passes[k].name);
        FAIL_IF_ERRORS();               /* distribute: a construct --mpi does not support */
        ir_verify(&prog, passes[k].produces == ST_PIR, passes[k].name);
        if (dump_after && !strcmp(dump_after, passes[k].name)) {
            Buf d = {0};
            ir_print(&d, &prog);
            fputs(d.s ? d.s : "", stderr);
            buf_free(&d);
        }
        bool last_dir = passes[k].produces == ST_DIR && passes[k + 1].produces != ST_DIR;
        if ((stop_after && !strcmp(stop_after, passes[k].name)) || (emit && !strcmp(emit, "dir") && last_dir)) {
            ir_print(&out, &prog);
            fputs(out.s ? out.s : "", stdout);
            goto done;
        }
    }
    if (report) {
        Buf r = {0};
        analyze_report(&prog, &r);
        if (!*report) fputs(r.s ? r.s : "", stdout);
        else out_add(report, arena_strdup(r.s ? r.s : ""));
        buf_free(&r);
    }
    if (structure) {
        int pf, al;
        analyze_counts(&prog, &pf, &al);
        printf("parfor %d, alloc %d\n", pf, al);
        goto done;
    }
    if (emit && !strcmp(emit, "sig")) {
        cg_sig(&prog, &out);
        fputs(out.s ? out.s : "", stdout);
        goto done;
    }
    if (emit && !strcmp(emit, "pir")) {
        ir_print(&out, &prog);
        fputs(out.s ? out.s : "", stdout);
        goto done;
    }
    {
        Buf c = {0}, h = {0};
        cg_emit(&prog, basename_of(src_name), basename_of(hpath), emit || to_stdout ? "<stdout>" : cpath, &c, &h);
        TIMED("codegen");
        if (dump_after && !strcmp(dump_after, "codegen")) fputs(c.s, stderr);
        Buf py = {0};
        if (((emit && !strcmp(emit, "python")) || (python && !emit && !stop_after)) &&
            !cg_python(&prog, basename_of(src_name), basename_of(hpath), &py)) {
            diag_finish();
            status = 1;
        } else if (emit && !strcmp(emit, "python")) {
            fputs(py.s, stdout);
        } else if (emit || to_stdout || (stop_after && !strcmp(stop_after, "codegen"))) {
            fputs(emit && !strcmp(emit, "h") ? h.s : c.s, stdout);
        } else {
            out_add(hpath, arena_strdup(h.s));
            out_add(cpath, arena_strdup(c.s));
            if (python) out_add(pypath, arena_strdup(py.s));
            if (dep_write)
                out_add(dep_file ? dep_file : with_ext(cpath, ".d"),
                        deps_text(dep_target ? dep_target : outs, input, dep_phony));
        }
        buf_free(&c);
        buf_free(&h);
        buf_free(&py);
    }
done:
    diag_finish();          /* "N warnings generated." (errors were counted above) */
    if (status == 0 && g_outs.len && !outs_commit(input)) status = 1;
    VEC_FREE(g_outs);
    if (fflush(stdout) != 0 || ferror(stdout)) {
        fprintf(stderr, "arrc: error: cannot write the standard output: %s\n", strerror(errno));
        status = 1;
    }
    for (int i = 0; i < imp.done.len; i++) (void)imp.done.items[i];
    VEC_FREE(imp.done);
    VEC_FREE(imp.stack);
    VEC_FREE(imp.files);
    VEC_FREE(incdirs);
    VEC_FREE(cargs);
    buf_free(&out);
    free(text);
    arena_free_all();
    return status;
}
