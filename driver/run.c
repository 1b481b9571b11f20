/* run.c — arrc run and arrc bench: try and time an exported function
 * without writing C (as `futhark run` / `futhark bench`, Halide's RunGen).
 *
 *   arrc run   [options] FILE.arr FN [ARGS...]   results as .npy files
 *   arrc bench [options] FILE.arr FN [ARGS...]   a table of times
 *
 * Steps, in a temporary folder removed at exit:
 *  1. this arrc (/proc/self/exe) prints the module's signature
 *     (--emit=sig, codegen/cg_sig.c) and writes its C (-o TMP/MODULE.c),
 *     with the compile options given here;
 *  2. the driver TMP/arrc_run.c: runtime/arr_run.inc and arr_run_main.inc (reading and writing
 *     .npy files, random inputs, binding the sizes, timing), then the
 *     module's header and, written here from the signature, the function's
 *     description (its parameters, sizes and results), its call and main;
 *  3. $CC (default cc) compiles both with -std=c11 -O3 -march=native
 *     -fopenmp -fno-math-errno;
 *  4. the program runs in the current folder: it reads the arguments,
 *     calls the function, and writes the results or prints the times.
 * Its exit status is arrc's.  docs/cli.md, "Trying and timing a kernel". */
#define _XOPEN_SOURCE 700       /* mkdtemp, nftw */
#include "run.h"
#include "diag.h"
#include "suggest.h"
#include "util.h"
#include "run_inc.h"            /* arr_run_text: runtime/arr_run.inc and arr_run_main.inc */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static void usage(FILE *f)
{
    fprintf(f,
        "usage: arrc run   [options] FILE.arr FN [ARGS...]\n"
        "       arrc bench [options] FILE.arr FN [ARGS...]\n"
        "Builds the exported function FN of FILE.arr with a driver and calls it: run writes its\n"
        "results as NumPy .npy files, bench prints its median time, spread and bytes per second.\n\n"
        "ARGS give the parameters in order, or by name as NAME=VALUE: a .npy file for an array\n"
        "(its dtype and number of dimensions must be the parameter's; the sizes come from the\n"
        "shapes), a number for a scalar (1.5, -3, true, 1+2j).\n\n"
        "options:\n"
        "  --random SIZES      random inputs for the parameters not given, of these sizes:\n"
        "                      --random n=1000,m=500 (floats in [0, 1), integers 0 to 9, bools)\n"
        "  -o DIR              run: write out0.npy, out1.npy ... (and out_NAME.npy for arrays the\n"
        "                      function updates in place) to DIR (default: the current folder)\n"
        "  -r N                bench: N timed calls per thread count, after 1 warm-up (default 10)\n"
        "  --threads LIST      bench: the thread counts, e.g. 1,2,4 (default: 1 and the number\n"
        "                      of processors); run: the one thread count (default: OpenMP's)\n"
        "  --link FILE         also compile or link FILE (.c, .o, .a, .so): extern functions\n"
        "  -lNAME, -LDIR       libraries for the link\n"
        "  -v                  print the commands run\n"
        "  -I DIR, -D NAME[=VALUE], --cflags=\"...\"  as when compiling; given to the C compiler too\n"
        "  -O0, -O, --serial, --no-overhead-guard, --fast-math, --strict-math, --vector-math=LIB (sleef\n"
        "  links -lsleef), --stencil-tile=HOW, --bounds-check,\n"
        "  --prefix=P, -W..., -w, -fdiagnostics-color[=...]  as when compiling (arrc --help)\n"
        "  --help              this text\n"
        "The C compiler is $CC (default cc).\n");
}

/* ---- the temporary folder ---- */

static char *g_tmp;                 /* removed at exit */

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st; (void)flag; (void)ftw;
    remove(path);
    return 0;
}

static void remove_tmp(void)
{
    if (g_tmp) nftw(g_tmp, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    g_tmp = NULL;
}

/* ---- running programs ---- */

static bool verbose;

/* 'text' with every ' written as '\'' (for /bin/sh). */
static const char *shell_quote(const char *s)
{
    Buf b = {0};
    buf_putc(&b, '\'');
    for (; *s; s++) buf_puts(&b, *s == '\'' ? "'\\''" : (char[]){ *s, 0 });
    buf_putc(&b, '\'');
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

/* Runs argv[0] (a path) with argv, its standard output to out_path when
 * given; returns its exit status, or 128 + the signal that ended it (after
 * saying so).  An interrupt ends the child, not arrc, which cleans up. */
static int spawn(const char *const *argv, const char *out_path)
{
    if (verbose && !strcmp(argv[0], "/bin/sh")) {
        fprintf(stderr, "%s\n", argv[2]);         /* the command itself */
    } else if (verbose) {
        for (int i = 0; argv[i]; i++) fprintf(stderr, "%s%s", i ? " " : "", i ? shell_quote(argv[i]) : argv[i]);
        fprintf(stderr, "%s%s\n", out_path ? " > " : "", out_path ? out_path : "");
    }
    fflush(stdout);
    fflush(stderr);
    struct sigaction ign = { .sa_handler = SIG_IGN }, old_int, old_term;
    sigemptyset(&ign.sa_mask);
    sigaction(SIGINT, &ign, &old_int);
    sigaction(SIGTERM, &ign, &old_term);
    pid_t pid = fork();
    if (pid < 0) fatal("cannot start '%s': %s", argv[0], strerror(errno));
    if (pid == 0) {
        sigaction(SIGINT, &old_int, NULL);
        sigaction(SIGTERM, &old_term, NULL);
        if (out_path) {
            int fd = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
            if (fd < 0 || dup2(fd, 1) < 0) _exit(127);
            close(fd);
        }
        execv(argv[0], (char *const *)argv);
        fprintf(stderr, "arrc: error: cannot run '%s': %s\n", argv[0], strerror(errno));
        _exit(127);
    }
    int st;
    while (waitpid(pid, &st, 0) < 0)
        if (errno != EINTR) fatal("waiting for '%s': %s", argv[0], strerror(errno));
    sigaction(SIGINT, &old_int, NULL);
    sigaction(SIGTERM, &old_term, NULL);
    if (WIFEXITED(st)) return WEXITSTATUS(st);
    int sig = WTERMSIG(st);
    if (sig != SIGINT) fprintf(stderr, "arrc: error: '%s' was ended by signal %d (%s)\n", argv[0], sig, strsignal(sig));
    return 128 + sig;
}

/* This arrc: the file /proc/self/exe links to (shown by -v, and what a
 * tool such as valgrind runs), or /proc/self/exe itself when that file is
 * gone (replaced while arrc ran: the link then reads "PATH (deleted)"). */
static const char *self_path(void)
{
    char buf[4096];
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0 || n >= (ssize_t)sizeof buf - 1) return "/proc/self/exe";
    buf[n] = 0;
    if (n > 10 && !strcmp(buf + n - 10, " (deleted)")) return "/proc/self/exe";
    return arena_strndup(buf, (size_t)n);
}

/* ---- the signature (arrc --emit=sig) ---- */

typedef struct Item {
    const char *kind;           /* size, extent, param, inout, result */
    const char *name, *type;
    int rank;
    const char *dims[4];        /* a name, a constant, or "?" */
} Item;

typedef struct SigFn {
    const char *name, *cname, *decl;
    VEC(Item) items;
} SigFn;

typedef struct Sig {
    const char *module;
    VEC(SigFn) fns;
} Sig;

static void parse_sig(const char *text, Sig *s)
{
    char *copy = arena_strdup(text), *save_line = NULL;
    for (char *ln = strtok_r(copy, "\n", &save_line); ln; ln = strtok_r(NULL, "\n", &save_line)) {
        if (!strncmp(ln, "decl ", 5)) {
            if (!s->fns.len) ice("--emit=sig: 'decl' before 'fn'");
            s->fns.items[s->fns.len - 1].decl = ln + 5;
            continue;
        }
        const char *tok[8] = {0};
        int n = 0;
        char *save = NULL;
        for (char *t = strtok_r(ln, " ", &save); t && n < 8; t = strtok_r(NULL, " ", &save)) tok[n++] = t;
        if (n == 2 && !strcmp(tok[0], "module")) s->module = tok[1];
        else if (n == 3 && !strcmp(tok[0], "fn")) {
            SigFn f = { .name = tok[1], .cname = tok[2], .decl = tok[1] };
            VEC_PUSH(s->fns, f);
        } else if (n >= 2 && s->fns.len) {
            Item it = { .kind = tok[0], .name = tok[1], .type = n > 2 ? tok[2] : NULL, .rank = n > 3 ? n - 3 : 0 };
            if (strcmp(it.kind, "size") && strcmp(it.kind, "extent") && strcmp(it.kind, "param") && strcmp(it.kind, "inout") &&
                strcmp(it.kind, "result"))
                ice("--emit=sig: unknown item '%s'", it.kind);
            if (it.rank > 4) ice("--emit=sig: more than 4 dimensions");
            for (int d = 0; d < it.rank; d++) it.dims[d] = tok[3 + d];
            VEC_PUSH(s->fns.items[s->fns.len - 1].items, it);
        } else {
            ice("--emit=sig: unexpected line '%s'", ln);
        }
    }
    if (!s->module) ice("--emit=sig: no module line");
}

static bool is(const Item *it, const char *kind) { return !strcmp(it->kind, kind); }

/* A result with an extent known only after the call: the function allocates it. */
static bool callee_sized(const Item *it)
{
    for (int d = 0; d < it->rank; d++)
        if (!strcmp(it->dims[d], "?")) return true;
    return false;
}

/* ---- the driver's generated part ---- */

static const char *c_string(const char *s)
{
    Buf b = {0};
    buf_putc(&b, '"');
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == '"' || *p == '\\') buf_printf(&b, "\\%c", *p);
        else if (*p < 0x20 || *p >= 0x7f) buf_printf(&b, "\\%03o", *p);
        else buf_putc(&b, (char)*p);
    }
    buf_putc(&b, '"');
    const char *r = arena_strdup(b.s);
    buf_free(&b);
    return r;
}

static const char *type_enum(const char *t)
{
    char *s = arena_printf("ARR_RUN_%s", t);
    for (char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z') *p = (char)(*p - 'a' + 'A');
    return s;
}

static const char *c_type(const char *t)
{
    static const char *const map[][2] = {
        { "bool", "bool" }, { "i8", "int8_t" }, { "i16", "int16_t" }, { "i32", "int32_t" }, { "i64", "int64_t" },
        { "u8", "uint8_t" }, { "u16", "uint16_t" }, { "u32", "uint32_t" }, { "u64", "uint64_t" },
        { "f32", "float" }, { "f64", "double" }, { "c64", "arr_c64" }, { "c128", "arr_c128" },
    };
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (!strcmp(map[i][0], t)) return map[i][1];
    ice("--emit=sig: unknown type '%s'", t);
}

/* The slots: the sizes and extents, and the scalar parameters that are
 * extents, in argument order: the int64_t values the driver binds. */
typedef struct Slots { const char *name[64]; int n; } Slots;

static int slot_of(const Slots *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (!strcmp(s->name[i], name)) return i;
    return -1;
}

static bool used_as_extent(const SigFn *f, const char *name)
{
    for (int i = 0; i < f->items.len; i++)
        for (int d = 0; d < f->items.items[i].rank; d++)
            if (!strcmp(f->items.items[i].dims[d], name)) return true;
    return false;
}

static bool is_param(const Item *it) { return is(it, "param") || is(it, "inout"); }

static Slots slots_of(const SigFn *f)
{
    Slots s = {0};
    for (int i = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        if (is(it, "size") || is(it, "extent") || (is_param(it) && !it->rank && used_as_extent(f, it->name))) {
            if (s.n == 64) fatal("%s has more than 64 sizes", f->name);
            s.name[s.n++] = it->name;
        }
    }
    return s;
}

/* { slot or -1, ... }, { constant, ... } of an item's dimensions. */
static void dims_init(Buf *b, const Slots *s, const Item *it)
{
    buf_puts(b, "{");
    for (int d = 0; d < 4; d++)
        buf_printf(b, " %d,", d < it->rank && strcmp(it->dims[d], "?") ? slot_of(s, it->dims[d]) : -1);
    buf_puts(b, " }, {");
    for (int d = 0; d < 4; d++) {
        const char *x = d < it->rank ? it->dims[d] : "0";
        buf_printf(b, " %s,", x[0] >= '0' && x[0] <= '9' ? arena_printf("INT64_C(%s)", x) : "0");
    }
    buf_puts(b, " }");
}

/* arrc_run.c: the runtime, then the function's description and main. */
static void driver_text(Buf *b, const SigFn *f, const char *source)
{
    buf_puts(b, "/* arrc_run.c — written by arrc run / arrc bench: runtime/arr_run.inc and arr_run_main.inc, then the\n"
                " * description of one exported function and main (its call: arrc_call.c). */\n");
    buf_puts(b, arr_run_text);
    buf_printf(b, "\n/* %s */\n", f->decl);
    Slots s = slots_of(f);
    if (s.n) {
        buf_puts(b, "static const arr_run_slot arr_run_slots[] = {\n");
        for (int i = 0, k = 0; i < f->items.len; i++) {
            const Item *it = &f->items.items[i];
            if (slot_of(&s, it->name) >= 0 && !(is_param(it) && it->rank))
                buf_printf(b, "    { %s, \"%s\", %d },\n", c_string(it->name), is_param(it) ? "parameter" : it->kind,
                           is_param(it) ? k : -1);
            if (is_param(it)) k++;
        }
        buf_puts(b, "};\n");
    }
    int nargs = 0, nres = 0;
    for (int i = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        if (!is_param(it)) continue;
        if (!nargs++) buf_puts(b, "static const arr_run_arg arr_run_args[] = {\n");
        buf_printf(b, "    { %s, %s, %d, %s, ", c_string(it->name), type_enum(it->type), it->rank, is(it, "inout") ? "true" : "false");
        dims_init(b, &s, it);
        buf_printf(b, ", %d },\n", it->rank ? -1 : slot_of(&s, it->name));
    }
    if (nargs) buf_puts(b, "};\n");
    for (int i = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        if (!is(it, "result")) continue;
        if (!nres++) buf_puts(b, "static const arr_run_res arr_run_results[] = {\n");
        buf_printf(b, "    { %s, %s, %d, %s, ", c_string(it->name), type_enum(it->type), it->rank, callee_sized(it) ? "true" : "false");
        dims_init(b, &s, it);
        buf_puts(b, " },\n");
    }
    if (nres) buf_puts(b, "};\n");
    buf_printf(b, "\nstatic const arr_run_fn arr_run_desc = {\n    %s, %s, %d, %d, %d,\n", c_string(f->name), c_string(source), s.n,
               nargs, nres);
    buf_printf(b, "    %s, %s, %s,\n};\n\n", s.n ? "arr_run_slots" : "NULL", nargs ? "arr_run_args" : "NULL",
               nres ? "arr_run_results" : "NULL");
    buf_puts(b, "int main(int argc, char **argv)\n{\n    return arr_run_main(&arr_run_desc, argc, argv);\n}\n");
}

/* arrc_call.c: arr_run_do, the call in the C function's argument order (a
 * result the function allocates comes back through a pointer of its own
 * type), and arr_run_error. */
static void call_text(Buf *b, const Sig *sig, const SigFn *f)
{
    const char *proto = "int arr_run_do(void *const *arr_run_a, const int64_t *arr_run_x, void **arr_run_p, int64_t (*arr_run_d)[4], "
                        "void *const *arr_run_s)";
    buf_printf(b, "/* arrc_call.c — written by arrc run / arrc bench: the call of %s (runtime/arr_run_main.inc). */\n", f->name);
    buf_printf(b, "#include \"%s.h\"\n\n%s;\nconst char *arr_run_error(void);\n\n", sig->module, proto);
    buf_printf(b, "/* %s */\n%s\n{\n    (void)arr_run_a; (void)arr_run_x; (void)arr_run_p; (void)arr_run_d; (void)arr_run_s;\n", f->decl, proto);
    Slots sl = slots_of(f);
    for (int i = 0, j = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        if (!is(it, "result")) continue;
        if (callee_sized(it)) buf_printf(b, "    %s *arr_run_p%d = 0;\n", c_type(it->type), j);
        j++;
    }
    buf_printf(b, "    int arr_run_rc = %s(", f->cname);
    for (int i = 0, k = 0, j = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        buf_puts(b, i ? ", " : "");
        if (is(it, "size") || is(it, "extent")) {
            buf_printf(b, "arr_run_x[%d]", slot_of(&sl, it->name));
        } else if (is_param(it)) {
            if (it->rank) buf_printf(b, "*(void **)arr_run_a[%d]", k++);
            else buf_printf(b, "*(%s *)arr_run_a[%d]", c_type(it->type), k++);
        } else {
            if (!it->rank) buf_printf(b, "(%s *)arr_run_s[%d]", c_type(it->type), j);
            else if (!callee_sized(it)) buf_printf(b, "arr_run_p[%d]", j);
            else {
                buf_printf(b, "&arr_run_p%d", j);
                for (int d = 0; d < it->rank; d++) buf_printf(b, ", &arr_run_d[%d][%d]", j, d);
            }
            j++;
        }
    }
    buf_puts(b, ");\n");
    for (int i = 0, j = 0; i < f->items.len; i++) {
        const Item *it = &f->items.items[i];
        if (!is(it, "result")) continue;
        if (callee_sized(it)) buf_printf(b, "    arr_run_p[%d] = arr_run_p%d;\n", j, j);
        j++;
    }
    buf_puts(b, "    return arr_run_rc;\n}\n\n");
    buf_printf(b, "const char *arr_run_error(void) { return %s_last_error(); }\n", sig->module);
}

/* ---- the command line ---- */

typedef struct Opts {
    const char *mode;               /* "run" or "bench" */
    const char *input, *fn;
    VEC(const char *) arrc;         /* compile options, for arrc */
    VEC(const char *) diag;         /* diagnostics' format and colour: for the first arrc only */
    VEC(const char *) cflags;       /* -I and -D for the C compiler */
    VEC(const char *) link;         /* --link files, -l and -L */
    VEC(const char *) driver;       /* -o, -r, --threads, --random */
    VEC(const char *) args;         /* the function's arguments */
    const char *outdir, *runs, *threads;
} Opts;

static const char *const run_options[] = {
    "--random", "-o", "-r", "--threads", "--link", "-l", "-L", "-v", "-I", "-D", "--cflags", "-O0", "-O", "-O1", "-O2",
    "--serial", "--no-overhead-guard", "--no-line", "--fast-math", "--strict-math", "--vector-math", "--stencil-tile", "--bounds-check", "--prefix",
    "-w", "-Wall", "-Werror", "-fdiagnostics-color", "-fdiagnostics-format", "--help",
};

/* Whether a is the option opt, alone or with its value attached
 * (--opt=VALUE, -oVALUE). */
static bool takes(const char *a, const char *opt)
{
    size_t n = strlen(opt);
    if (strncmp(a, opt, n)) return false;
    return !a[n] || (opt[1] == '-' ? a[n] == '=' : true);
}

/* The value of the option at argv[*i]: attached, or the next argument. */
static const char *value_of(const Opts *o, int argc, char **argv, int *i, const char *opt)
{
    const char *a = argv[*i];
    size_t n = strlen(opt);
    if (a[n]) return a + n + (a[n] == '=' && opt[1] == '-');
    if (++*i >= argc) fatal("missing value after '%s' (see arrc %s --help)", opt, o->mode);
    return argv[*i];
}

static void parse_options(Opts *o, int argc, char **argv)
{
    bool only_args = false;
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        bool option = !only_args && a[0] == '-' && a[1] && !(a[1] >= '0' && a[1] <= '9') && a[1] != '.';
        if (!option) {
            if (!o->input) o->input = a;
            else if (!o->fn) o->fn = a;
            else VEC_PUSH(o->args, a);
            continue;
        }
        if (!strcmp(a, "--")) only_args = true;
        else if (!strcmp(a, "--help") || !strcmp(a, "-h")) { usage(stdout); exit(0); }
        else if (!strcmp(a, "-v")) verbose = true;
        else if (takes(a, "--random")) {
            VEC_PUSH(o->driver, "--random");
            VEC_PUSH(o->driver, value_of(o, argc, argv, &i, "--random"));
        }
        else if (takes(a, "-o")) o->outdir = value_of(o, argc, argv, &i, "-o");
        else if (takes(a, "-r")) o->runs = value_of(o, argc, argv, &i, "-r");
        else if (takes(a, "--threads")) o->threads = value_of(o, argc, argv, &i, "--threads");
        else if (takes(a, "--link")) VEC_PUSH(o->link, value_of(o, argc, argv, &i, "--link"));
        else if (!strncmp(a, "-l", 2) && a[2]) VEC_PUSH(o->link, a);
        else if (takes(a, "-L")) VEC_PUSH(o->link, arena_printf("-L%s", value_of(o, argc, argv, &i, "-L")));
        else if (takes(a, "-I") || takes(a, "-D")) {
            char c = a[1];
            const char *v = value_of(o, argc, argv, &i, c == 'I' ? "-I" : "-D");
            VEC_PUSH(o->arrc, arena_printf("-%c%s", c, v));
            VEC_PUSH(o->cflags, arena_printf("-%c%s", c, v));
        }
        else if (!strncmp(a, "--cflags=", 9)) {
            VEC_PUSH(o->arrc, a);
            char *copy = arena_strdup(a + 9), *save = NULL;
            for (char *t = strtok_r(copy, " ", &save); t; t = strtok_r(NULL, " ", &save)) VEC_PUSH(o->cflags, t);
        }
        else if (!strcmp(a, "-O0") || !strcmp(a, "-O") || !strcmp(a, "-O1") || !strcmp(a, "-O2") || !strcmp(a, "-O3") ||
                 !strcmp(a, "--serial") || !strcmp(a, "--no-overhead-guard") || !strcmp(a, "--no-line") ||
                 !strcmp(a, "--fast-math") || !strcmp(a, "--strict-math") || !strcmp(a, "--bounds-check") ||
                 !strncmp(a, "--prefix=", 9) || !strncmp(a, "--stencil-tile=", 15) || !strcmp(a, "-w") ||
                 (!strncmp(a, "-W", 2) && a[2]))
            VEC_PUSH(o->arrc, a);
        else if (!strncmp(a, "--vector-math=", 14)) {
            VEC_PUSH(o->arrc, a);
            if (!strcmp(a + 14, "sleef")) VEC_PUSH(o->link, "-lsleef");      /* the generated C calls SLEEF */
        }
        else if (takes(a, "-fdiagnostics-color") || !strcmp(a, "-fno-diagnostics-color") || !strncmp(a, "-fdiagnostics-format=", 21))
            VEC_PUSH(o->diag, a);
        else {
            char name[64];
            snprintf(name, sizeof name, "%s", a);
            char *eq = strchr(name, '=');
            if (eq) *eq = 0;
            const char *s = suggest_closest(name, run_options, (int)(sizeof run_options / sizeof run_options[0]));
            if (s) fatal("unknown option '%s' for arrc %s; did you mean '%s'? (see arrc %s --help)", a, o->mode, s, o->mode);
            fatal("unknown option '%s' for arrc %s (see arrc %s --help)", a, o->mode, o->mode);
        }
    }
}

/* -r N and --threads LIST, checked before anything is compiled. */
static void check_counts(const Opts *o)
{
    if (o->runs) {
        char *e;
        long n = strtol(o->runs, &e, 10);
        if (e == o->runs || *e || n < 1 || n > 1000000) fatal("-r '%s': the number of runs is a whole number from 1", o->runs);
        if (strcmp(o->mode, "bench")) fatal("-r is for arrc bench (arrc run calls the function once)");
    }
    if (o->threads) {
        int n = 0;
        char *copy = arena_strdup(o->threads), *save = NULL;
        for (char *s = strtok_r(copy, ",", &save); s; s = strtok_r(NULL, ",", &save), n++) {
            char *e;
            long t = strtol(s, &e, 10);
            if (e == s || *e || t < 1 || t > 4096) fatal("--threads '%s': '%s' is not a thread count (1 to 4096)", o->threads, s);
        }
        if (!n) fatal("--threads: no thread count given (--threads 1,2,4)");
        if (n > 1 && strcmp(o->mode, "bench")) fatal("arrc run takes one thread count (--threads N); arrc bench takes a list");
    }
    if (o->outdir && strcmp(o->mode, "run")) fatal("-o is for arrc run (arrc bench writes no files)");
    if (o->outdir) {            /* a folder, made when the results are written */
        struct stat st;
        size_t n = strlen(o->outdir);
        if (stat(o->outdir, &st) == 0 ? !S_ISDIR(st.st_mode) : n > 4 && !strcmp(o->outdir + n - 4, ".npy"))
            fatal("-o '%s': -o names the folder for out0.npy, out1.npy ..., not a file", o->outdir);
    }
}

/* ---- files ---- */

static const char *read_text(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) fatal("cannot read '%s': %s", path, strerror(errno));
    Buf b = {0};
    for (int c; (c = getc(f)) != EOF;) buf_putc(&b, (char)c);
    fclose(f);
    const char *r = arena_strdup(b.s ? b.s : "");
    buf_free(&b);
    return r;
}

static void write_text(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f) fatal("cannot write '%s': %s", path, strerror(errno));
    bool ok = fputs(text, f) >= 0;
    if (fclose(f) != 0 || !ok) fatal("cannot write '%s': %s", path, strerror(errno));
}

static const char *dir_of(const char *path)
{
    const char *sl = strrchr(path, '/');
    return !sl ? "." : sl == path ? "/" : arena_strndup(path, (size_t)(sl - path));
}

/* The exported functions, for messages: "axpy, dot". */
static const char *fn_names(const Sig *sig)
{
    Buf b = {0};
    for (int i = 0; i < sig->fns.len; i++) buf_printf(&b, "%s%s", i ? ", " : "", sig->fns.items[i].name);
    const char *r = arena_strdup(b.s ? b.s : "");
    buf_free(&b);
    return r;
}

static const SigFn *find_fn(const Opts *o, const Sig *sig)
{
    if (!sig->fns.len) fatal("'%s' exports no function", o->input);
    if (!o->fn) fatal("name the function: arrc %s %s FN [ARGS...] (it exports %s)", o->mode, o->input, fn_names(sig));
    const char **names = arena_alloc(sizeof(char *) * (size_t)sig->fns.len);
    for (int i = 0; i < sig->fns.len; i++) {
        if (!strcmp(sig->fns.items[i].name, o->fn)) return &sig->fns.items[i];
        names[i] = sig->fns.items[i].name;
    }
    const char *s = suggest_closest(o->fn, names, sig->fns.len);
    if (s) fatal("'%s' is not an exported function of '%s'; did you mean '%s'? (it exports %s)", o->fn, o->input, s, fn_names(sig));
    fatal("'%s' is not an exported function of '%s' (it exports %s)", o->fn, o->input, fn_names(sig));
}

/* ---- the steps ---- */

int run_main(int argc, char **argv)
{
    Opts o = { .mode = argv[1] };
    parse_options(&o, argc, argv);
    if (!o.input) fatal("no input file (arrc %s [options] FILE.arr FN [ARGS...]; see arrc %s --help)", o.mode, o.mode);
    if (!strcmp(o.input, "-")) fatal("arrc %s reads the module from a file, not the standard input", o.mode);
    check_counts(&o);
    const char *input = o.input[0] == '-' ? arena_printf("./%s", o.input) : o.input;

    const char *base = getenv("TMPDIR");
    if (!base || !*base) base = "/tmp";
    char *tmp = arena_printf("%s/arrc-run.XXXXXX", base);
    if (!mkdtemp(tmp)) fatal("cannot make a temporary folder in '%s': %s", base, strerror(errno));
    g_tmp = tmp;
    atexit(remove_tmp);
    const char *kdir = arena_printf("%s/module", tmp);
    if (mkdir(kdir, 0700) != 0) fatal("cannot make '%s': %s", kdir, strerror(errno));

    /* 1. the signature, then the C (warnings were printed the first time) */
    VEC(const char *) cmd = {0};
    VEC_PUSH(cmd, self_path());
    VEC_PUSH(cmd, "--emit=sig");
    for (int i = 0; i < o.arrc.len; i++) VEC_PUSH(cmd, o.arrc.items[i]);
    for (int i = 0; i < o.diag.len; i++) VEC_PUSH(cmd, o.diag.items[i]);
    VEC_PUSH(cmd, input);
    VEC_PUSH(cmd, NULL);
    const char *sig_path = arena_printf("%s/sig", tmp);
    Sig sig = {0};
    int rc = 1;
    if (spawn(cmd.items, sig_path) != 0) goto done;
    parse_sig(read_text(sig_path), &sig);
    const SigFn *fn = find_fn(&o, &sig);
    cmd.len = 1;
    for (int i = 0; i < o.arrc.len; i++) VEC_PUSH(cmd, o.arrc.items[i]);
    VEC_PUSH(cmd, "-w");
    VEC_PUSH(cmd, "-o");
    VEC_PUSH(cmd, arena_printf("%s/%s.c", kdir, sig.module));
    VEC_PUSH(cmd, input);
    VEC_PUSH(cmd, NULL);
    if (spawn(cmd.items, NULL) != 0) goto done;

    /* 2. the driver */
    Buf drv = {0}, call = {0};
    driver_text(&drv, fn, o.input);
    call_text(&call, &sig, fn);
    const char *drv_path = arena_printf("%s/arrc_run.c", tmp), *call_path = arena_printf("%s/arrc_call.c", tmp);
    const char *exe = arena_printf("%s/arrc_run", tmp);
    write_text(drv_path, drv.s);
    write_text(call_path, call.s);
    buf_free(&drv);
    buf_free(&call);

    /* 3. the program */
    const char *cc = getenv("CC");
    if (!cc || !*cc) cc = "cc";
    Buf sh = {0};
    buf_printf(&sh, "%s -std=c11 -O3 -march=native -fopenmp -fno-math-errno -I%s -I%s", cc, shell_quote(kdir),
               shell_quote(dir_of(o.input)));
    for (int i = 0; i < o.cflags.len; i++) buf_printf(&sh, " %s", shell_quote(o.cflags.items[i]));
    buf_printf(&sh, " -o %s %s %s %s", shell_quote(exe), shell_quote(arena_printf("%s/%s.c", kdir, sig.module)),
               shell_quote(call_path), shell_quote(drv_path));
    for (int i = 0; i < o.link.len; i++) buf_printf(&sh, " %s", shell_quote(o.link.items[i]));
    buf_puts(&sh, " -lm");
    const char *sh_cmd[] = { "/bin/sh", "-c", arena_strdup(sh.s), NULL };
    buf_free(&sh);
    if (spawn(sh_cmd, NULL) != 0) fatal("the C compiler failed on the kernel and its driver (CC=%s)", cc);

    /* 4. the run, in the current folder */
    if (o.outdir) { VEC_PUSH(o.driver, "-o"); VEC_PUSH(o.driver, o.outdir); }
    if (o.runs) { VEC_PUSH(o.driver, "-r"); VEC_PUSH(o.driver, o.runs); }
    if (o.threads) { VEC_PUSH(o.driver, "--threads"); VEC_PUSH(o.driver, o.threads); }
    cmd.len = 0;
    VEC_PUSH(cmd, exe);
    VEC_PUSH(cmd, o.mode);
    for (int i = 0; i < o.driver.len; i++) VEC_PUSH(cmd, o.driver.items[i]);
    VEC_PUSH(cmd, "--");
    for (int i = 0; i < o.args.len; i++) VEC_PUSH(cmd, o.args.items[i]);
    VEC_PUSH(cmd, NULL);
    rc = spawn(cmd.items, NULL);
done:
    VEC_FREE(cmd);
    VEC_FREE(o.arrc);
    VEC_FREE(o.diag);
    VEC_FREE(o.cflags);
    VEC_FREE(o.link);
    VEC_FREE(o.driver);
    VEC_FREE(o.args);
    for (int i = 0; i < sig.fns.len; i++) VEC_FREE(sig.fns.items[i].items);
    VEC_FREE(sig.fns);
    return rc;
}
