#!/bin/sh
# Command-line cases that need shell-level setup: FIFOs and devices as
# inputs or outputs, outputs that are the inputs under another spelling,
# partial writes, odd file names, --prefix with a C driver.  Each case prints
# PASS/FAIL and a name; the last line is `N passed, N failed`; the exit status
# is 1 when a case failed.
#   tests/cli_test.sh [ARRC]     (default: ./arrc)
cd "$(dirname "$0")/.." || exit 1
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

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
