#!/bin/sh
# Command-line cases that need shell-level setup: FIFOs and devices as
# inputs or outputs, outputs that are the inputs under another spelling,
# partial writes, odd file names, --prefix with a C driver.  Each case prints
# PASS/FAIL and a name; the last line is `N passed, N failed`; the exit status
# is 1 when a case failed.
#   tests/cli_test.sh [ARRC]     (default: ./arrc)
cd "$(dirname "$0")/.." || exit 1
LC_ALL=C; export LC_ALL
root=$(pwd)
ARRC=${1:-${ARRC:-./arrc}}
case $ARRC in /*) ;; *) ARRC=$root/$ARRC ;; esac
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS cli $1"; pass=$((pass + 1)); }
ko() { echo "FAIL cli $1"; [ -n "$2" ] && sed 's/^/    /' "$2" | head -20; fail=$((fail + 1)); }
# check NAME COND...: PASS when the command COND succeeds
check() { n=$1; shift; if "$@"; then ok "$n"; else ko "$n" "$tmp/err"; fi; }

# arrc_run ARGS...: runs arrc (at most 20 s) in $tmp/w; status in $rc, stderr in $tmp/err
arrc_run() { (cd "$tmp/w" && timeout 20 "$ARRC" "$@") >"$tmp/out" 2>"$tmp/err"; rc=$?; }
fresh() { rm -rf "$tmp/w"; mkdir "$tmp/w"; }
src() { printf 'export fn %s(x: f64) -> f64 {\n    return x * 2.0;\n}\n' "${2:-twice}" > "$tmp/w/$1"; }
has() { grep -q -- "$1" "$tmp/err"; }
only() { [ "$(cd "$tmp/w" && ls -A | sort | tr '\n' ' ')" = "$1" ]; }

# ---- 13: sources must be regular files of at most 64 MiB ----
fresh; mkfifo "$tmp/w/fifo.arr"
arrc_run fifo.arr -o out.c
check "a FIFO as the input is refused, not waited on" \
    test "$rc" = 1 -a ! -e "$tmp/w/out.c" -a ! -e "$tmp/w/out.h"
check "  ... saying why" has "cannot read 'fifo.arr': it is not a regular file"
fresh; mkfifo "$tmp/w/mod.arr"
printf 'import "mod.arr";\nexport fn f(x: f64) -> f64 { return x; }\n' > "$tmp/w/main.arr"
arrc_run main.arr -o out.c
check "an imported FIFO is a located error, not a hang" \
    test "$rc" = 1 -a ! -e "$tmp/w/out.c"
check "  ... at the import" has "^main.arr:1:8: error: cannot read module 'mod.arr': it is not a regular file"
fresh
printf 'import "/dev/zero";\nexport fn f(x: f64) -> f64 { return x; }\n' > "$tmp/w/main.arr"
arrc_run main.arr -o out.c
check "import \"/dev/zero\" is refused without reading it" \
    test "$rc" = 1 -a ! -e "$tmp/w/out.c"
check "  ... at the import" has "^main.arr:1:8: error: cannot read module '/dev/zero': it is not a regular file"
fresh; src main.arr; truncate -s 65M "$tmp/w/big.arr"
printf 'import "big.arr";\nexport fn f(x: f64) -> f64 { return x; }\n' > "$tmp/w/main.arr"
arrc_run main.arr -o out.c
check "a module over 64 MiB is refused before reading" \
    test "$rc" = 1 -a ! -e "$tmp/w/out.c"
check "  ... saying so" has "^main.arr:1:8: error: cannot read module 'big.arr': it is larger than 64 MiB"
fresh; printf 'export fn f(x: f64) -> f64 {\000 return x;\000}\n' > "$tmp/w/bin.arr"
arrc_run bin.arr -o out.c
check "a binary file (NUL bytes) is one error, no output" \
    sh -c "test $rc = 1 -a ! -e '$tmp/w/out.c' && test \$(wc -l < '$tmp/err') = 1"
check "  ... saying so" has "cannot read 'bin.arr': it is a binary file, not arr source (a NUL byte at offset 28)"

# ---- 11: no output may be an input (compared by device and inode) ----
fresh; src in.arr; cp "$tmp/w/in.arr" "$tmp/in.orig"
arrc_run in.arr -o ./in.arr
check "-o ./in.arr is refused" test "$rc" = 1
check "  ... and the source is intact" cmp -s "$tmp/w/in.arr" "$tmp/in.orig"
check "  ... and no header is left" only "in.arr "
arrc_run in.arr -o "$tmp/w/in.arr"
check "-o \$PWD/in.arr is refused, the source intact" \
    sh -c "test $rc = 1 && cmp -s '$tmp/w/in.arr' '$tmp/in.orig'"
check "  ... saying why" has "would overwrite the input 'in.arr'"
fresh; src x.h; cp "$tmp/w/x.h" "$tmp/x.orig"
arrc_run x.h -o ./x.c
check "input x.h with -o ./x.c (header ./x.h) is refused, x.h intact, no x.c" \
    sh -c "test $rc = 1 && cmp -s '$tmp/w/x.h' '$tmp/x.orig' && test ! -e '$tmp/w/x.c'"
fresh; src mod.arr half; cp "$tmp/w/mod.arr" "$tmp/mod.orig"
printf 'import "mod.arr";\nexport fn f(x: f64) -> f64 { return half(x); }\n' > "$tmp/w/main.arr"
arrc_run main.arr -o out.c --report=./mod.arr
check "--report naming an imported module is refused, the module intact" \
    sh -c "test $rc = 1 && cmp -s '$tmp/w/mod.arr' '$tmp/mod.orig'"
check "  ... saying why" has "would overwrite the imported module '.*mod.arr'"
arrc_run main.arr -o out.c -MD -MF "$tmp/w/mod.arr"
check "-MF naming an imported module is refused, the module intact" \
    sh -c "test $rc = 1 && cmp -s '$tmp/w/mod.arr' '$tmp/mod.orig'"
fresh; printf 'double halfway(double x);\n' > "$tmp/w/lib.h"; cp "$tmp/w/lib.h" "$tmp/lib.orig"
printf 'extern "lib.h";\nexport fn f(x: f64) -> f64 { return halfway(x); }\n' > "$tmp/w/main.arr"
arrc_run main.arr -o lib.c
check "an output header that is an extern header is refused, the header intact" \
    sh -c "test $rc = 1 && cmp -s '$tmp/w/lib.h' '$tmp/lib.orig' && test ! -e '$tmp/w/lib.c'"
check "  ... saying why" has "would overwrite the C header '.*lib.h'"

fresh; mkdir -p "$tmp/w/li b"; printf 'export fn half(x: f64) -> f64 { return x * 0.5; }\n' > "$tmp/w/li b/u#t\$1.arr"
printf 'import "u#t$1.arr";\nexport fn f(x: f64) -> f64 { return half(x); }\n' > "$tmp/w/my k.arr"
arrc_run "my k.arr" -I "li b" -o "o k.c" -MD -MP
check "-MD quotes paths for make as gcc does (space, #, \$)" \
    sh -c "test $rc = 0 && grep -qxF 'o\\ k.c o\\ k.h: my\\ k.arr li\\ b/u\\#t\$\$1.arr' '$tmp/w/o k.d'"
printf 'all: ; @true\n-include o\\ k.d\n' > "$tmp/w/Makefile"
check "  ... and make reads the rule" sh -c "make -s -C '$tmp/w' >/dev/null 2>&1"
arrc_run "my k.arr" -I "li b" -o "o k.c" -M -MQ "st amp\$#" -MT "a b"
check "-MQ quotes its target as gcc's does, -MT takes it as written" \
    sh -c "test $rc = 0 && grep -qxF 'st\\ amp\$\$\\# a b: my\\ k.arr li\\ b/u\\#t\$\$1.arr' '$tmp/out'"

fresh; printf 'export fn lo(x: f64) -> f64 { return x; }\n' > "$tmp/w/k.arr"; printf 'export fn up(x: f64) -> f64 { return x; }\n' > "$tmp/w/K.arr"
printf '#include "k.h"\n#include "K.h"\ndouble both(double x) { double a = 0, b = 0; lo(x, &a); up(x, &b); return a + b; }\n' > "$tmp/w/both.c"
check "modules k and K: two headers with guards of their own" \
    sh -c "cd '$tmp/w' && '$ARRC' k.arr -o k.c && '$ARRC' K.arr -o K.c && cc -c -Wall -Werror both.c -o both.o"

# ---- 12: all outputs are written together, or none ----
fresh; src in.arr
arrc_run in.arr -o out.c --report=/nonexistent/r.txt
check "an unwritable --report file leaves no out.c/out.h behind" \
    sh -c "test $rc = 1 && test ! -e '$tmp/w/out.c' -a ! -e '$tmp/w/out.h'"
check "  ... and no temporary" only "in.arr "
echo old-c > "$tmp/w/out.c"; echo old-h > "$tmp/w/out.h"
arrc_run in.arr -o out.c --report=/nonexistent/r.txt
check "  ... and existing out.c/out.h keep their contents" \
    sh -c "test $rc = 1 && test \"\$(cat '$tmp/w/out.c' '$tmp/w/out.h')\" = 'old-c
old-h'"
fresh; src in.arr
arrc_run in.arr -o out.c -MD -MF /nonexistent/out.d
check "an unwritable dependency file is an error" sh -c "test $rc = 1"
check "  ... leaving no output behind" only "in.arr "
arrc_run in.arr -o out.c --report=r.txt -MD
check "a good run writes the C file, the header, the report and the dependency file" \
    sh -c "test $rc = 0"
check "  ... and nothing else" only "in.arr out.c out.d out.h r.txt "

# ---- 14: never replace a non-regular file; write errors are errors ----
if [ "$(id -u)" = 0 ] && [ -c /dev/full ] && [ -z "$ARRC_CLI_SKIP_DEVFULL" ]; then
    fresh; src in.arr
    arrc_run in.arr -o /dev/full
    check "-o /dev/full (as root) is refused and /dev/full stays a device" \
        sh -c "test $rc = 1 && test -c /dev/full && test ! -e /dev/full.h"
    # repair it if an arrc broke it (other processes need it)
    if [ ! -c /dev/full ]; then rm -f /dev/full; mknod -m 666 /dev/full c 1 7; fi
    rm -f /dev/full.h
fi
fresh; src in.arr; mkfifo "$tmp/w/out.c"
arrc_run in.arr -o out.c
check "a FIFO as the output is refused and stays a FIFO, no header" \
    sh -c "test $rc = 1 && test -p '$tmp/w/out.c' && test ! -e '$tmp/w/out.h'"
check "  ... saying why" has "cannot write 'out.c': it is a FIFO, not a regular file"
fresh; src in.arr; ln -s /dev/null "$tmp/w/out.c"
arrc_run in.arr -o out.c
check "a symbolic link to a device as the output is refused, the link kept" \
    sh -c "test $rc = 1 && test -L '$tmp/w/out.c' && test -c /dev/null && test ! -e '$tmp/w/out.h'"
fresh; src in.arr; mkdir "$tmp/w/out.h"
arrc_run in.arr -o out.c
check "a directory where the header goes is refused, no out.c" \
    sh -c "test $rc = 1 && test -d '$tmp/w/out.h' && test ! -e '$tmp/w/out.c'"
fresh; src in.arr; echo old > "$tmp/w/real.c"; ln -s real.c "$tmp/w/out.c"
arrc_run in.arr -o out.c
check "a symbolic link to a regular file is written through, the link kept" \
    sh -c "test $rc = 0 && test -L '$tmp/w/out.c' && grep -q twice '$tmp/w/real.c'"
fresh; src in.arr; echo old-c > "$tmp/w/out.c"
(cd "$tmp/w" && ulimit -f 2 && "$ARRC" in.arr -o out.c) >"$tmp/out" 2>"$tmp/err"; rc=$?
check "a write error (file size limit) is an error, not a signal (arrc ignores SIGXFSZ)" sh -c "test $rc = 1"
check "  ... saying why" has "cannot write 'out.c': File too large"
check "  ... leaving the old out.c" sh -c "test \"\$(cat '$tmp/w/out.c')\" = old-c"
check "  ... and no header, no temporary" only "in.arr out.c "
fresh; src in.arr
(cd "$tmp/w" && "$ARRC" in.arr --emit=c >/dev/full) 2>"$tmp/err"; rc=$?
check "--emit=c to a full standard output is an error" sh -c "test $rc = 1"

# ---- 15: the header's #include and the module name ----
# cc_link C_FILE: compiles the generated C file and a driver that includes the
# header named in its #include and calls MODULE_last_error() and twice()
cc_link() {
    hdr=$(sed -n 's/^#include "\(.*\)"$/\1/p' "$tmp/w/$1" | head -1)
    printf '#include "%s"\n#include <stdio.h>\nint main(void) { double y; int r = twice(2.0, &y);\n printf("%%g [%%s]\\n", y, %s_last_error()); return r; }\n' \
        "$hdr" "$2" > "$tmp/w/drv.c"
    (cd "$tmp/w" && gcc -std=c11 -Wall -Werror -o app drv.c -x c "$1" -x none -lm && ./app) >"$tmp/out" 2>"$tmp/err" &&
        grep -qx '4 \[\]' "$tmp/out"
}
fresh; src in.arr
arrc_run in.arr -o é.c
check "-o é.c: the C file includes \"é.h\" as it is, and compiles and links (module m__)" \
    sh -c "test $rc = 0" && check "  ... gcc finds the header" cc_link é.c m__
arrc_run in.arr -o 'a"b.c'
check "-o 'a\"b.c' is refused (a '\"' cannot be in an #include name), nothing written" \
    sh -c "test $rc = 1" && check "  ... saying why" has "the header name 'a\"b.h' cannot be written" \
    && check "  ... nothing written" sh -c "test ! -e '$tmp/w/a\"b.c' -a ! -e '$tmp/w/a\"b.h'"
arrc_run in.arr -o 'a\b.c'
check "-o 'a<backslash>b.c' is refused" sh -c "test $rc = 1"
fresh; src in.arr
arrc_run in.arr -o .c
check "-o .c: the module name is 'm' (an identifier), the C compiles" sh -c "test $rc = 0" && check "  ... gcc" cc_link .c m
fresh; src in.arr
arrc_run in.arr -o _Kernel.c
check "-o _Kernel.c: the module name is 'm_Kernel' (not reserved), the C compiles" \
    sh -c "test $rc = 0" && check "  ... gcc" cc_link _Kernel.c m_Kernel
fresh; src in.arr
arrc_run in.arr -o 9-lives.c
check "-o 9-lives.c: module m_9_lives" sh -c "test $rc = 0" && check "  ... gcc" cc_link 9-lives.c m_9_lives

# ---- 7: --prefix, and exports that would clash with C names ----
fresh
cat > "$tmp/w/posix.arr" <<'ARR'
export fn write(x: f64[n]) -> f64 { return sum(x); }
export fn j1(x: f64) -> f64 { return x + 1.0; }
ARR
cat > "$tmp/w/drv.c" <<'C'
#include "posix.h"
#include <stdio.h>
#include <string.h>
#include <unistd.h>
int main(void)
{
    double a[3] = { 1, 2, 3 }, s = 0, t = 0;
    if (lib_write(3, a, &s) || lib_j1(2.0, &t)) return 1;
    char msg[64];
    snprintf(msg, sizeof msg, "%g %g\n", s, t);
    return write(1, msg, strlen(msg)) == (ssize_t)strlen(msg) ? 0 : 1;   /* POSIX write(2), not the export */
}
C
arrc_run posix.arr --prefix=lib -o posix.c
check "--prefix=lib on exports write and j1 compiles" sh -c "test $rc = 0"
check "  ... the header declares lib_write and lib_j1, keeps posix_last_error" \
    sh -c "grep -q 'int lib_write(' '$tmp/w/posix.h' && grep -q 'int lib_j1(' '$tmp/w/posix.h' && grep -q 'posix_last_error(void)' '$tmp/w/posix.h'"
(cd "$tmp/w" && gcc -std=c11 -Wall -Wextra -Werror -fopenmp -o app drv.c posix.c -lm && ./app) >"$tmp/out" 2>"$tmp/err"
check "  ... links with a driver calling lib_write, lib_j1 and write(2)" grep -qx '6 3' "$tmp/out"
arrc_run posix.arr -o posix.c
check "without --prefix, export write is a located error" sh -c "test $rc = 1"
check "  ... suggesting --prefix" has "note: rename the function, or give the exported C names a prefix: with --prefix=posix it is 'posix_write'"
fresh; src k.arr last_error
arrc_run k.arr --prefix=k -o k.c
check "--prefix=k on export last_error (k_last_error, the error function) is an error" \
    sh -c "test $rc = 1" && check "  ... saying why" has "k.arr:1:11: error: exported function 'last_error' cannot be the C function 'k_last_error' (--prefix=k): it is the error function of module 'k'"
check "  ... suggesting another prefix" has "note: rename the function, or choose another --prefix"
check "  ... nothing written" only "k.arr "
fresh; src k.arr fail
arrc_run k.arr --prefix=arr -o k.c
check "--prefix=arr (arr_fail, a runtime helper) is an error" sh -c "test $rc = 1" && check "  ... why" has "'arr_fail' (--prefix=arr): it is reserved for the generated code"
fresh; src k.arr r
arrc_run k.arr --prefix=lgamma -o k.c
check "--prefix=lgamma on export r (lgamma_r of <math.h>) is an error" sh -c "test $rc = 1" && check "  ... why" has "'lgamma_r' (--prefix=lgamma): it is declared by POSIX and glibc in <math.h>"
fresh; src k.arr half; printf 'double lib_half(double x);\n' > "$tmp/w/lib.h"
printf 'extern "lib.h";\n' | cat - "$tmp/w/k.arr" > "$tmp/w/m.arr"
arrc_run m.arr --prefix=lib -o m.c
check "--prefix=lib: export half against an extern header's lib_half is an error" \
    sh -c "test $rc = 1" && check "  ... why" has "exported function 'half' has the name of the C function 'double lib_half(double)'"
fresh; src k.arr
for p in 1x a-b "" __x _X; do
    arrc_run k.arr "--prefix=$p" -o k.c
    check "--prefix='$p' is refused" sh -c "test $rc = 1" && check "  ... as not a C identifier" has "is not a C identifier"
done
check "  ... nothing written" only "k.arr "

# ---- --python: the extension module's wrapper (docs/python.md) ----
fresh; src k.arr
arrc_run k.arr --python -o my-mod.c
check "--python writes OUT.c, OUT.h and OUT_py.c" only "k.arr my-mod.c my-mod.h my-mod_py.c "
check "  ... the module is named after the output's stem" grep -q 'PyInit_my_mod(void)' "$tmp/w/my-mod_py.c"
check "  ... and includes the header" grep -q '^#include "my-mod.h"' "$tmp/w/my-mod_py.c"
fresh; src k.arr
arrc_run k.arr --emit=python -o kmod.c
check "--emit=python prints the wrapper and writes nothing" sh -c "test $rc = 0 && grep -q 'PyInit_kmod(void)' '$tmp/out'"
check "  ... nothing written" only "k.arr "
arrc_run k.arr --python -M -o k.c
check "-M with --python names OUT_py.c among the targets" grep -qx 'k.c k.h k_py.c: k.arr' "$tmp/out"
fresh; src k.arr Error
arrc_run k.arr --python -o k.c
check "--python: an export named Error (the module's exception) is an error" sh -c "test $rc = 1" && check "  ... why" has "k.arr:1:11: error: --python: exported function 'Error' cannot be wrapped: the module's exception class is 'Error'"
check "  ... nothing written" only "k.arr "
arrc_run k.arr -o k.c
check "  ... without --python it is fine" sh -c "test $rc = 0"
fresh; src k.arr import_array
arrc_run k.arr --python -o k.c
check "--python: export import_array (a NumPy macro) is an error" sh -c "test $rc = 1" && check "  ... suggesting --prefix" has "note: rename it, or give the C names a prefix with --prefix"
arrc_run k.arr --python --prefix=k -o k.c
check "  ... with --prefix=k it is wrapped (k_import_array)" sh -c "test $rc = 0 && grep -q 'rc = k_import_array(' '$tmp/w/k_py.c'"

# ---- an unknown option: one line, with the closest option, nothing written ----
fresh; src k.arr
arrc_run k.arr --fats-math -o k.c
check "unknown option: exit 1, one line with a did-you-mean, no output" \
    sh -c '[ $0 = 1 ] && [ "$(wc -l < "$1")" = 1 ] && grep -q "unknown option .--fats-math.; did you mean .--fast-math." "$1"' "$rc" "$tmp/err"
check "unknown option: nothing written" only "k.arr "

# ---- '-' reads the standard input; '-o -' writes the C to the standard output ----
fresh; src k.arr
(cd "$tmp/w" && "$ARRC" - < k.arr) > "$tmp/out" 2>"$tmp/err"; rc=$?
check "'-' reads stdin and writes the C to stdout" sh -c "test $rc = 0 && grep -q '^#include \"stdin.h\"' '$tmp/out' && grep -q 'int twice(' '$tmp/out'"
check "  ... and no file" only "k.arr "
printf 'export fn f(x: f64) -> f64 {\n    return y;\n}\n' | (cd "$tmp/w" && "$ARRC" -) > "$tmp/out" 2>"$tmp/err"; rc=$?
check "an error in stdin is located as <stdin>" sh -c "test $rc = 1 && grep -q '^<stdin>:2:12: error:' '$tmp/err'"
arrc_run k.arr -o -
check "-o -: the C on stdout, named after the input, no header" sh -c "test $rc = 0 && grep -q '^#include \"k.h\"' '$tmp/out'" && check "  ... no file written" only "k.arr "
arrc_run k.arr -o - --python
check "-o - with --python is an error" sh -c "test $rc = 1" && check "  ... saying why" has "python writes files"
(cd "$tmp/w" && "$ARRC" - -o s.c < k.arr) 2>"$tmp/err"; rc=$?
check "'-' with -o writes the files" sh -c "test $rc = 0 -a -f '$tmp/w/s.c' -a -f '$tmp/w/s.h'"

# ---- an output that holds its text already is not written (its time stays) ----
fresh; src k.arr
arrc_run k.arr && touch -d '2001-01-01' "$tmp/w/k.c" "$tmp/w/k.h"
arrc_run k.arr
check "unchanged outputs keep their time" sh -c "test $rc = 0 && test \$(stat -c %Y '$tmp/w/k.c') = \$(stat -c %Y '$tmp/w/k.h') && test \$(stat -c %Y '$tmp/w/k.h') -lt 1000000000"
printf '\n' >> "$tmp/w/k.arr"
arrc_run k.arr
check "a blank line at the end: neither output is written" sh -c "test \$(stat -c %Y '$tmp/w/k.c') -lt 1000000000"
{ echo '# a comment'; cat "$tmp/w/k.arr"; } > "$tmp/w/k2" && mv "$tmp/w/k2" "$tmp/w/k.arr"
arrc_run k.arr
check "lines moved: the C is written, the header is not" sh -c "test \$(stat -c %Y '$tmp/w/k.c') -gt 1000000000 -a \$(stat -c %Y '$tmp/w/k.h') -lt 1000000000"

# ---- warnings: -W flags, -Werror, colour, JSON ----
fresh
printf 'export fn f(a: u8[n], k: i64) -> i64 {\n    let unused = 1;\n    let b = a >= 0;\n    for i in 0..n { let k = 2; }\n    return k + count(b);\n}\n' > "$tmp/w/w.arr"
arrc_run w.arr -o w.c
check "warnings: exit 0, the files written" sh -c "test $rc = 0 -a -f '$tmp/w/w.c'"
check "  ... unused variable, named and located" has "^w.arr:2:9: warning: unused variable 'unused' \[-Wunused-variable\]"
check "  ... an unsigned value >= 0" has "^w.arr:3:13: warning: comparison of an unsigned value (u8) >= 0 is always true \[-Wtautological-compare\]"
check "  ... counted" has "^3 warnings generated.$"
check "  ... -Wshadow is off by default" sh -c "! grep -q shadow '$tmp/err'"
printf 'export fn g(a: i64[n], b: f64[n]) -> f64[n] {\n    let q = a %% 0;\n    return b / 0 + f64(q[0] / 0);\n}\n' > "$tmp/w/z.arr"
arrc_run z.arr -o z.c
check "-Wdiv-by-zero: an integer / or % by the literal 0, not a float one" sh -c "test $rc = 0 && test \$(grep -c 'Wdiv-by-zero' '$tmp/err') = 2"
check "  ... located at the 0" has "^z.arr:2:17: warning: integer remainder by zero is a run-time error \[-Wdiv-by-zero\]"
printf 'fn g(x: f64) -> f64 { return x; }\nexport fn h(x: f64[n]) -> f64[n] {\n    sqrt(x);\n    g(x[0]);\n    return x;\n}\n' > "$tmp/w/v.arr"
arrc_run v.arr -o v.c
check "-Wunused-value: a builtin's result dropped (not a function's of the module)" \
    sh -c "test $rc = 0 && grep -q \"^v.arr:3:5: warning: the result of 'sqrt' is unused: builtins return a new value and do not change their arguments \[-Wunused-value\]\" '$tmp/err' && test \$(grep -c 'warning:' '$tmp/err') = 1"
printf 'fn tail3(a: f64[m]) -> f64 { return sum(a[2..5]); }\nexport fn h(x: f64[4], y: f64[8]) -> f64 {\n    return sum(x[1..6]) + tail3(x) + tail3(x) + tail3(y) + sum(y[0..8]);\n}\n' > "$tmp/w/af.arr"
arrc_run af.arr -o af.c
check "-Walways-fails: a constant slice past the end, once per place, compiles" \
    sh -c "test $rc = 0 && test -f '$tmp/w/af.c' && test \$(grep -c 'Walways-fails' '$tmp/err') = 2"
check "  ... the message at the slice" has "^af.arr:3:18: warning: slice out of bounds in dimension 0 of 'x' whenever this runs (the function returns an error) \[-Walways-fails\]"
check "  ... in an inlined function: at its slice" has "^af.arr:1:43: warning: slice out of bounds in dimension 0 of '[a-z]*' whenever this runs"
printf 'fn at(a: f64[m], i: i64) -> f64 { return a[i]; }\nexport fn h(x: f64[n], y: f64[4]) -> f64 {\n    var z = copy(x);\n    z[n] = 1.0;\n    let j = -1;\n    return x[n] + x[n + 2] + x[n - 1] + at(y, 4) + at(y, 3) + x[j] + z[0];\n}\n' > "$tmp/w/ab.arr"
arrc_run ab.arr -o ab.c
check "-Warray-bounds: indices out of bounds whenever they run (x[n] of f64[n], past it, negative, a constant through an inlined call), compiles" \
    sh -c "test $rc = 0 && test -f '$tmp/w/ab.c' && test \$(grep -c 'Warray-bounds' '$tmp/err') = 5 && test \$(grep -c 'note: element indices' '$tmp/err') = 5"
check "  ... the extent itself, at the index" has "^ab.arr:6:14: warning: index out of bounds in dimension 0 whenever this runs: it is equal to the extent (the last element is at the extent - 1) \[-Warray-bounds\]"
check "  ... a store" has "^ab.arr:4:7: warning: index out of bounds in dimension 0 whenever this runs"
check "  ... a constant past a constant extent, in the inlined function" has "^ab.arr:1:44: warning: index 4 out of bounds in dimension 0 whenever this runs: the extent is 4 \[-Warray-bounds\]"
check "  ... a negative one" has "^ab.arr:6:65: warning: index -1 out of bounds in dimension 0 whenever this runs: indices count from 0"
check "  ... notes that nothing checks it without --bounds-check" has "note: element indices are not checked without --bounds-check"
arrc_run ab.arr -o ab.c --bounds-check
check "  ... under --bounds-check: the function returns an error, no note" sh -c "test $rc = 0 && grep -q 'whenever this runs: it is past the extent (the last element is at the extent - 1) (the function returns an error) \[-Warray-bounds\]' '$tmp/err' && ! grep -q 'note: element indices' '$tmp/err'"
arrc_run w.arr -o w.c -Wall
check "-Wall adds -Wshadow, with a note" sh -c "grep -q \"^w.arr:4:25: warning: declaration of 'k' shadows a parameter \[-Wshadow\]\" '$tmp/err' && grep -q 'note: the shadowed declaration is here' '$tmp/err'"
printf 'fn dead(a: f64[4], b: f64[5]) -> f64[4] { return a + b; }\nfn twice(x: f64) -> f64 { return 2.0 * x; }\nfn dead2(x: f64) -> f64 { return twice(x); }\nfn used(x: f64) -> f64 { return twice(x); }\nexport fn h(x: f64[n]) -> f64[n] { return used(x); }\n' > "$tmp/w/uf.arr"
arrc_run uf.arr -o uf.c
check "-Wunused-function is off by default" sh -c "test $rc = 0 -a ! -s '$tmp/err'"
arrc_run uf.arr -o uf.c -Wall
check "-Wall adds -Wunused-function: a function no exported function calls, also through others" \
    sh -c "test $rc = 0 && test \$(grep -c 'Wunused-function' '$tmp/err') = 2 && grep -q \"^uf.arr:3:4: warning: function 'dead2' is never called from an exported function, so it is not compiled (only its types are checked) \[-Wunused-function\]\" '$tmp/err'"
check "  ... the one with a shape error that lowering would find" has "^uf.arr:1:4: warning: function 'dead' is never called"
printf 'fn lib1(x: f64) -> f64 { return x; }\n' > "$tmp/w/lib.arr"
arrc_run lib.arr -o lib.c -Wall
check "  ... not in a file without exports (a module for import)" sh -c "test $rc = 0 -a ! -s '$tmp/err'"
fresh; cp "$tmp/err" /dev/null
printf 'export fn f(a: u8[n], k: i64) -> i64 {\n    let unused = 1;\n    let b = 2;\n    let k2 = 1;\n    return k;\n}\n' > "$tmp/w/w.arr"
arrc_run w.arr -o w.c -Werror
check "-Werror: exit 1, nothing written" sh -c "test $rc = 1" && check "  ... no output" only "w.arr "
check "  ... the warning is an error named as gcc does" has "error: unused variable 'unused' \[-Werror=unused-variable\]"
check "  ... every warning is reported, not only the first (the other unused variables)" \
    sh -c "grep -q \"error: unused variable 'k2' \[-Werror=unused-variable\]\" '$tmp/err' && grep -q \"error: unused variable 'b' \[-Werror\" '$tmp/err'"
arrc_run w.arr -o w.c -Wno-unused-variable
check "-Wno-unused-variable silences it" sh -c "test $rc = 0 -a ! -s '$tmp/err'"
arrc_run w.arr -o w.c -w -Werror
check "-w silences every warning" sh -c "test $rc = 0 -a ! -s '$tmp/err'"
arrc_run w.arr -o w.c -Wunused-varible
check "an unknown -W option: one line, a did-you-mean" sh -c "test $rc = 1 && test \$(wc -l < '$tmp/err') = 1" && check "  ... naming the closest" has "did you mean '-Wunused-variable'"
arrc_run w.arr -o - -fdiagnostics-format=json
check "-fdiagnostics-format=json: gcc's JSON on stderr" /usr/bin/python3 -c "
import json, sys
d = json.load(open('$tmp/err'))
assert d[0]['kind'] == 'warning' and d[0]['option'] == '-Wunused-variable', d
assert d[0]['locations'][0]['caret'] == {'file': 'w.arr', 'line': 2, 'display-column': 9, 'byte-column': 9, 'column': 9}, d
"
(cd "$tmp/w" && "$ARRC" w.arr -o - -fdiagnostics-color=always) >/dev/null 2>"$tmp/err"
check "-fdiagnostics-color=always: colour escapes" sh -c "grep -q \"\$(printf '\\033')\\[1;35mwarning:\" '$tmp/err'"
(cd "$tmp/w" && NO_COLOR=1 "$ARRC" w.arr -o - -fdiagnostics-color=auto) >/dev/null 2>"$tmp/err"
check "NO_COLOR (and no terminal): no escapes" sh -c "! grep -q \"\$(printf '\\033')\" '$tmp/err'"
if command -v script >/dev/null 2>&1; then
    (cd "$tmp/w" && script -qec "NO_COLOR=1 $ARRC w.arr -o -" /dev/null) > "$tmp/err" 2>&1
    check "NO_COLOR on a terminal: no escapes" sh -c "grep -q 'unused variable' '$tmp/err' && ! grep -q \"\$(printf '\\033')\\[1;35m\" '$tmp/err'"
    (cd "$tmp/w" && script -qec "env -u NO_COLOR $ARRC w.arr -o -" /dev/null) > "$tmp/err" 2>&1
    check "a terminal: colour" sh -c "grep -q \"\$(printf '\\033')\\[1;35mwarning:\" '$tmp/err'"
fi

# ---- an error in an imported module names the chain of imports ----
fresh; mkdir "$tmp/w/lib"
printf 'import "inner.arr";\nexport fn mid(x: f64) -> f64 { return inner(x); }\n' > "$tmp/w/lib/mid.arr"
printf 'export fn inner(x: f64) -> f64 {\n    return x + y;\n}\n' > "$tmp/w/lib/inner.arr"
printf 'import "mid.arr";\nexport fn top(x: f64) -> f64 { return mid(x); }\n' > "$tmp/w/top.arr"
arrc_run -Ilib top.arr -o top.c
check "an error in an imported module: In module imported from ..." sh -c "test $rc = 1 && head -3 '$tmp/err' | tr '\n' '|' | grep -q '^In module imported from lib/mid.arr:1:8:|                 from top.arr:1:8:|lib/inner.arr:2:16: error: use of undeclared identifier'"

# ---- gcc warnings on make fuzz's reproducers (tests/fuzz/found): -Wrestrict, -Waggressive-loop-optimizations ----
for found in restrict-warning loop-opt-warning; do
    fresh; cp "tests/fuzz/found/$found/m.arr" "$tmp/w/m.arr"
    arrc_run -O0 m.arr -o m.c
    check "gcc -O2 -Wall -Wextra -Werror on tests/fuzz/found/$found" sh -c "cd '$tmp/w' && gcc -std=c11 -O2 -fopenmp -DARR_NO_PERF_WARNING -Wall -Wextra -Werror -c m.c -o m.o 2>'$tmp/err'"
done

# ---- --mpi: a store guarded to its rank's rows is an if made from the store's statement, whose stale
#      bytes were read as a preprocessor condition ('#if' with garbage: make fuzz seed 712423279) ----
fresh; cp tests/fuzz/found/mpi-store-guard-if/m.arr "$tmp/w/m.arr"
arrc_run --mpi m.arr -o m.c
check "mpicc on tests/fuzz/found/mpi-store-guard-if (--mpi)" sh -c "cd '$tmp/w' && ! grep -q '^#if *\$' m.c && mpicc -std=c11 -O1 -fopenmp -DARR_NO_PERF_WARNING -c m.c -o m.o 2>'$tmp/err'"

# ---- clang warnings on make fuzz's reproducers: -Wconstant-conversion (a nested shift's i64 count) ----
fresh; cp tests/fuzz/found/shift-count-conversion/m.arr "$tmp/w/m.arr"
arrc_run --serial m.arr -o m.c
check "clang -Wall -Wextra -Werror on tests/fuzz/found/shift-count-conversion" sh -c "cd '$tmp/w' && clang -std=c11 -O1 -DARR_NO_PERF_WARNING -Wall -Wextra -Werror -c m.c -o m.o 2>'$tmp/err'"

# ---- make fuzz's reproducers whose C gcc's -fsanitize=undefined took minutes to compile: nested / % by
#      constants and shifts (each copied its operand once per check) are calls where they nest; the answer
#      is the differential tester's reference (expected.txt, without its type tags) ----
for found in asan-compile-timeout ubsan-nested-int-ops; do
    fresh; cp "tests/fuzz/found/$found/m.arr" "tests/fuzz/found/$found/driver.c" "$tmp/w/"
    arrc_run m.arr -o m.c
    check "gcc -fsanitize=undefined compiles tests/fuzz/found/$found in time, and its answer" sh -c "cd '$tmp/w' && timeout 240 gcc -std=c11 -O1 -fopenmp -DARR_NO_PERF_WARNING -fsanitize=address,undefined -fno-sanitize-recover=all m.c driver.c -lm -o m 2>'$tmp/err' && OMP_NUM_THREADS=2 ./m > out.txt && sed 's/^[a-z] //' '$PWD/tests/fuzz/found/$found/expected.txt' | cmp - out.txt"
done

# ---- where speed needs a flag, the generated C says so (#warning; -DARR_NO_PERF_WARNING silences it) ----
fresh; cp examples/blackscholes/blackscholes.arr "$tmp/w/bs.arr"
arrc_run bs.arr -o bs.c
gcc_bs() { (cd "$tmp/w" && gcc -std=c11 -fopenmp "$@" -c bs.c -o bs.o) 2>"$tmp/err"; }
gcc_bs -O2 -mno-avx; check "gcc -O2 without AVX: a #warning names -march=native" has 'warning: #warning "arrc: compiled without AVX.*-march=native'
gcc_bs -O2 -mno-avx -DARR_NO_PERF_WARNING; check "  ... -DARR_NO_PERF_WARNING silences it" sh -c "! grep -q warning '$tmp/err'"
gcc_bs -O2 -mavx2 -mfma; check "  ... no warning with AVX2" sh -c "! grep -q warning '$tmp/err'"
gcc_bs -O0; check "  ... no warning at -O0" sh -c "! grep -q warning '$tmp/err'"
if command -v clang >/dev/null; then
    # x86-64 and glibc 2.35+: clang takes the loops' ARR_VM_CALLS versions, which call libmvec by name
    (cd "$tmp/w" && clang -std=c11 -O2 -fopenmp -mavx2 -mfma -c bs.c -o bs.o) 2>"$tmp/err"
    check "clang -O2 -mavx2: no #warning (the blocked versions call libmvec)" sh -c "! grep -q warning '$tmp/err'"
    check "  ... AVX2 libmvec functions by name" sh -c "nm '$tmp/w/bs.o' | grep -q ' U _ZGVdN4v_erf'"
    (cd "$tmp/w" && clang -std=c11 -O2 -fopenmp -c bs.c -o bs.o) 2>"$tmp/err"
    check "clang -O2 without AVX: the 2-lanes #warning, not the libmvec one" \
        sh -c "grep -q 'compiled without AVX' '$tmp/err' && ! grep -q 'vector-math=sleef' '$tmp/err'"
    check "  ... SSE2 libmvec functions by name" sh -c "nm '$tmp/w/bs.o' | grep -q ' U _ZGVbN2v_erf'"
    check "gcc with OpenMP: the loops as they are (declare simd, ARR_VM_CALLS 0)" \
        sh -c "cd '$tmp/w' && gcc -std=c11 -fopenmp -E -dM bs.c | grep -q 'define ARR_VM_CALLS 0' && gcc -std=c11 -E -dM bs.c | grep -q 'define ARR_VM_CALLS 1'"
fi
arrc_run --vector-math=sleef bs.arr -o bs.c
gcc_bs -O2 -mavx2 -mfma; check "--vector-math=sleef with AVX2: no warning" sh -c "! grep -q warning '$tmp/err'"
gcc_bs -O2 -mno-avx; check "--vector-math=sleef without AVX: the #warning" has "compiled without AVX"

# ---- issue 14: --stencil-tile (temporal blocking) ----
fresh
printf 'export fn heat(u: f64[n, m], it: i64) -> f64[n, m] {\n    let v = copy(u);\n    return runStencil(v, u, it) |b, a| {\n        b[0, 0] = 0.25 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]);\n        return a, b;\n    };\n}\n' > "$tmp/w/heat.arr"
for bad in 2 0 101 3,0 3,x 3,4,5,6 tiles; do
    arrc_run --stencil-tile=$bad heat.arr -o heat.c
    check "--stencil-tile=$bad is refused (exit 1, no output)" sh -c "[ $rc = 1 ] && [ ! -e '$tmp/w/heat.c' ]"
    check "  ... saying what is allowed" has "for --stencil-tile (use auto, off, or K\[,T0\[,T1\]\] with K odd\|bad tile extent in --stencil-tile"
done
arrc_run --emit=pir heat.arr; cp "$tmp/out" "$tmp/err"
check "by default the heat update is tiled (5 rounds per tile)" has "rounds (block in 0..tile_blocks)"
arrc_run --emit=pir --stencil-tile=off heat.arr; cp "$tmp/out" "$tmp/err"
check "--stencil-tile=off: no tiles" sh -c "! grep -q tile_blocks '$tmp/err'"
arrc_run --emit=pir --stencil-tile=3,8 heat.arr; cp "$tmp/out" "$tmp/err"
check "--stencil-tile=3,8: strips of 8 rows" has "parfor (strip in 0..((n + 7) / 8))"
arrc_run --report --stencil-tile=3,8,16 heat.arr -o heat.c; cp "$tmp/out" "$tmp/err"
check "--stencil-tile=3,8,16: --report gives the tile" has "temporal blocking: 3 rounds per tile of 8 x 16 elements"

# ---- names the C headers (or C++) define, as parameters and size variables: renamed, the header valid C and C++ ----
fresh; cp tests/e2e/c_names.arr "$tmp/w/"
arrc_run c_names.arr -o c_names.c
check "parameters named NULL, EOF, M_PI, class, this, size int64_t: arrc accepts them" test "$rc" = 0
check "  ... the C compiles with gcc's default -std (gnu17) and -Wall -Werror" sh -c "cd '$tmp/w' && gcc -O1 -fopenmp -DARR_NO_PERF_WARNING -Wall -Werror -c c_names.c -o c_names.o 2>'$tmp/err'"
check "  ... built with -ffast-math (not generated with --fast-math), it warns" sh -c "cd '$tmp/w' && gcc -O2 -ffast-math -fopenmp -c c_names.c -o c_names.o 2>&1 | grep -q 'warning: #warning \"compiled with -ffast-math'"
if command -v g++ >/dev/null 2>&1; then
    printf '#include "c_names.h"\nint main() { return 0; }\n' > "$tmp/w/use.cpp"
    check "  ... the header is valid C++ (g++ -Wall -Werror)" sh -c "cd '$tmp/w' && g++ -Wall -Werror -c use.cpp -o use.o 2>'$tmp/err'"
    check "  ... the C compiled as C++: the first error says to use a C compiler" \
        sh -c "cd '$tmp/w' && ! g++ -x c++ -c c_names.c -o c_names.o 2>'$tmp/err' && grep 'error:' '$tmp/err' | head -n 1 | grep -q 'this file is C11: compile it with a C compiler'"
fi
fresh; printf 'export fn new(x: f64) -> f64 { return x; }\n' > "$tmp/w/cxx.arr"
arrc_run cxx.arr -o cxx.c
check "an export named like a C++ keyword is a section 16 error (the header is C++ too)" \
    sh -c "test $rc = 1 && grep -q \"error: exported function 'new' cannot be the C function 'new': it is a C++ keyword\" '$tmp/err'"

# -Wshadow: a source `for i` around whole-array updates (their loops are named
# i, j, ... in the C), a parameter named like a loop index; reserved names
fresh; cat > "$tmp/w/sh.arr" <<'ARR'
export fn f(a: f64[n, m], j: i64) -> f64 {
    var s = 0.0;
    for i in 0..n {
        s += sum(a[i, ..]) + maximum(a[.., 0]) + f64(j);
    }
    return s;
}
export fn g(_N: i64, _Foo: f64[n], __x: f64, _Bool: f64) -> f64 { return sum(_Foo) * __x + f64(_N) + _Bool; }
ARR
arrc_run sh.arr -o sh.c
check "the loops of whole-array operations hide no C variable: gcc -Wshadow -Werror" \
    sh -c "test $rc = 0 && cd '$tmp/w' && gcc -std=c11 -fopenmp -DARR_NO_PERF_WARNING -Wall -Wshadow -Werror -c sh.c -o sh.o 2>'$tmp/err'"
if command -v clang >/dev/null 2>&1; then
    check "  ... clang -Wshadow -Wreserved-identifier -Werror (parameters _N, __x, _Bool become arr_r_N, ...)" \
        sh -c "cd '$tmp/w' && clang -std=c11 -fopenmp -DARR_NO_PERF_WARNING -Wall -Wshadow -Wreserved-identifier -Werror -c sh.c -o sh.o 2>'$tmp/err'"
fi

# gcc's conventions: -- ends the options, -Os/-Og/-O9 are the default level, no input is one line
fresh; src ./-t.arr
arrc_run -o t.c -- -t.arr
check "-- ends the options: a file named '-t.arr'" sh -c "test $rc = 0 -a -e '$tmp/w/t.c' -a -e '$tmp/w/t.h'"
src in.arr
arrc_run -Os -Og -O9 in.arr -o in.c
check "-Os -Og -O9 are accepted (arrc's one level)" sh -c "test $rc = 0 -a -e '$tmp/w/in.c'"
arrc_run
check "no input file: one line, exit 1" sh -c "test $rc = 1 && test \$(wc -l < '$tmp/err') = 1" && check "  ... pointing at --help" has "no input file (see arrc --help)"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
