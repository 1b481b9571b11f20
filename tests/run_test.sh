#!/bin/sh
# arrc run and arrc bench (driver/run.c, runtime/arr_run.inc, arr_run_main.inc) on the kernels
# of tests/run/k.arr: inputs written by NumPy (.npy format 1.0 and 2.0, a
# Fortran-order array, f64, i32, bool, scalars), results read back by NumPy
# and compared with values NumPy computes; the errors (dtype, shapes,
# arguments, the kernel's own run-time error); bench's table.  Each case
# prints PASS/FAIL and a name; the last line is `N passed, N failed`; the
# exit status is 1 when a case failed.
#   tests/run_test.sh [ARRC]     (default: ./arrc)
cd "$(dirname "$0")/.." || exit 1
LC_ALL=C; export LC_ALL
root=$(pwd)
ARRC=${1:-${ARRC:-./arrc}}
case $ARRC in /*) ;; *) ARRC=$root/$ARRC ;; esac
PY=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/w" "$tmp/t"
cp tests/run/k.arr "$tmp/w/k.arr"
TMPDIR=$tmp/t; export TMPDIR          # arrc's temporary folders: must be gone afterwards
pass=0 fail=0
ok() { echo "PASS run $1"; pass=$((pass + 1)); }
ko() { echo "FAIL run $1"; [ -n "$2" ] && sed 's/^/    /' "$2" | head -20; fail=$((fail + 1)); }
# check NAME COND...: PASS when the command COND succeeds
check() { n=$1; shift; if "$@"; then ok "$n"; else ko "$n" "$tmp/err"; fi; }
# arrc_do ARGS...: runs arrc (at most 60 s) in $tmp/w; status in $rc, stdout in $tmp/out, stderr in $tmp/err
arrc_do() { (cd "$tmp/w" && timeout 60 "$ARRC" "$@") >"$tmp/out" 2>"$tmp/err"; rc=$?; }
has() { grep -q -- "$1" "$tmp/err"; }
says() { grep -q -- "$1" "$tmp/out"; }
# np CODE: Python with NumPy as np in $tmp/w; fails when CODE raises (an assert)
np() { (cd "$tmp/w" && "$PY" -c "import numpy as np
$1") >"$tmp/err" 2>&1; }

if ! "$PY" -c 'import numpy' 2>/dev/null; then
    echo "SKIP run: $PY has no NumPy"
    exit 0
fi

# ---- the inputs, written by NumPy ----
np "
rng = np.random.default_rng(7)
np.save('x.npy', rng.standard_normal(1000))
np.save('y.npy', rng.standard_normal(1000))
np.save('y999.npy', rng.standard_normal(999))
np.save('x32.npy', rng.standard_normal(1000).astype(np.float32))
np.save('x2d.npy', rng.standard_normal((10, 100)))
m = rng.standard_normal((30, 40))
np.save('m.npy', m)                                           # format 1.0
with open('m2.npy', 'wb') as f:
    np.lib.format.write_array(f, m, version=(2, 0))           # format 2.0
np.save('mf.npy', np.asfortranarray(m))                       # Fortran order
np.save('k.npy', rng.integers(-5, 5, 40).astype(np.int32))
np.save('keep.npy', rng.random(40) < 0.5)
np.save('num.npy', np.arange(1, 11, dtype=np.int64))
np.save('den.npy', np.array([1, 2, 3, 0, 5, 6, 7, 8, 9, 10]))
np.save('hi.npy', np.array(0.25))                             # a scalar: shape ()
for name, v in (('m.npy', 1), ('m2.npy', 2), ('mf.npy', 1)):
    assert np.lib.format.read_magic(open(name, 'rb')) == (v, 0), name
assert np.load('mf.npy').flags.f_contiguous and not np.load('mf.npy').flags.c_contiguous
"
check "NumPy writes the inputs (format 1.0, 2.0, Fortran order)" test $? = 0

# ---- results against NumPy ----
arrc_do run k.arr axpy 2.5 x.npy y.npy
check "run axpy: exit 0" test "$rc" = 0
check "  ... prints the result's path and shape" says "^out0.npy: f64 array of shape (1000,)$"
np "
x, y, r = np.load('x.npy'), np.load('y.npy'), np.load('out0.npy')
assert r.dtype == np.float64 and r.shape == (1000,)
assert np.allclose(r, 2.5 * x + y, rtol=1e-15, atol=0)
assert np.lib.format.read_magic(open('out0.npy', 'rb')) == (1, 0)
f = open('out0.npy', 'rb'); f.seek(8); hl = int.from_bytes(f.read(2), 'little')
assert (10 + hl) % 64 == 0, hl
"
check "  ... out0.npy = a*x + y (NumPy), a .npy 1.0 file with a 64-byte aligned header" test $? = 0

arrc_do run k.arr mix m2.npy k.npy keep.npy s=0.5 -o res
check "run mix (2-D f64 in format 2.0, i32, bool, a scalar by name): exit 0" test "$rc" = 0
check "  ... prints the scalar results" says "^res/out2.npy: i64 = "
printf 'export fn fl(x: f64) -> (f64, f32, f64, f64, f64, f64) { return (x * 0.1, f32(x) * 0.1f, x * 10.0, x * 1.0e15, x * 1.0e16, x * 0.00015); }\n' > "$tmp/w/fl.arr"
arrc_do run fl.arr fl 1.0 -o resf
check "float scalars print as Python's repr: the fewest digits that read back, positional below 1e16 (0.1, 10.0, 1000000000000000.0, 1e+16, 0.00015)" \
    sh -c "grep -qx 'resf/out0.npy: f64 = 0.1' '$tmp/out' && grep -qx 'resf/out1.npy: f32 = 0.1' '$tmp/out' && grep -qx 'resf/out2.npy: f64 = 10.0' '$tmp/out' &&
           grep -qx 'resf/out3.npy: f64 = 1000000000000000.0' '$tmp/out' && grep -qx 'resf/out4.npy: f64 = 1e+16' '$tmp/out' && grep -qx 'resf/out5.npy: f64 = 0.00015' '$tmp/out'"
np "
m, k, keep = np.load('m2.npy'), np.load('k.npy'), np.load('keep.npy')
t = np.where(keep, m * k.astype(np.float64), 0.5)
r0, r1, r2 = np.load('res/out0.npy'), np.load('res/out1.npy'), np.load('res/out2.npy')
assert r0.shape == (30, 40) and np.array_equal(r0, t)
assert r1.shape == () and r1.dtype == np.float64 and np.isclose(r1, t.sum(), rtol=1e-12)
assert r2.shape == () and r2.dtype == np.int64 and r2 == keep.sum()
"
check "  ... the tuple (out0, out1, out2) in -o res matches NumPy" test $? = 0

mkdir "$tmp/w/f"
arrc_do run k.arr mix mf.npy k.npy keep.npy 0.5 -o f
np "assert np.array_equal(np.load('f/out0.npy'), np.load('res/out0.npy'))"
check "a Fortran-order array is read in C order (same result)" test "$rc" = 0 -a -s "$tmp/w/f/out0.npy"

arrc_do run k.arr positives x.npy
np "
x, r = np.load('x.npy'), np.load('out0.npy')
assert np.array_equal(r, x[x > 0.0]) and 0 < r.size < x.size
"
check "run positives: a result whose length the function decides = x[x > 0]" test "$rc" = 0

arrc_do run k.arr clip x.npy hi.npy
np "assert np.array_equal(np.load('out_a.npy'), np.minimum(np.load('x.npy'), 0.25))"
check "run clip: the array updated in place is out_a.npy (a scalar from a .npy of shape ())" test "$rc" = 0
check "  ... and says so" says "^out_a.npy: f64 array of shape (1000,) (parameter 'a', updated in place)$"

arrc_do run k.arr ramp 4 z=1.5-2j
np "
r = np.load('out0.npy')
assert r.dtype == np.complex128 and np.array_equal(r, (1.5 - 2j) * np.arange(4))
"
check "run ramp: an i64 extent and a complex scalar (1.5-2j)" test "$rc" = 0

# ---- errors ----
arrc_do run k.arr axpy 2.5 x32.npy y.npy
check "a float32 file for an f64 parameter: exit 1" test "$rc" = 1
check "  ... naming the file, the dtype found and the one needed" \
    has "^arrc: error: 'x32.npy' holds dtype '<f4' (float32), but parameter 'x' of axpy (f64\[n\]) needs '<f8' (float64)"

arrc_do run k.arr axpy 2.5 x.npy y999.npy
check "sizes that disagree between inputs: exit 1" test "$rc" = 1
check "  ... saying where each came from" \
    has "^arrc: error: size 'n' is 1000 from x.npy (shape (1000,)) but 999 from y999.npy (shape (999,))$"

arrc_do run k.arr axpy 2.5 x2d.npy y.npy
check "a 2-D file for a 1-D parameter is refused" \
    has "^arrc: error: 'x2d.npy' holds an array of 2 dimensions, shape (10, 100), but parameter 'x' of axpy (f64\[n\]) has 1$"

arrc_do run k.arr quotient num.npy den.npy
check "the kernel's run-time error: exit 1" test "$rc" = 1
check "  ... its located message" has "^k.arr:[0-9]*:[0-9]*: error: integer division by zero$"

arrc_do run k.arr axpy 2.5 x.npy
check "a missing argument" has "^arrc: error: no argument for parameter 'y' of axpy (f64\[n\]): give a .npy file"
arrc_do run k.arr axpy a=two x.npy y.npy
check "a scalar that is not a number" has "^arrc: error: 'two' is not a number, for parameter 'a' of axpy (f64)$"
cp "$tmp/w/x.npy" "$tmp/w/out0.npy"
arrc_do run k.arr axpy 2.5 out0.npy y.npy
check "an output that would replace an input is refused" \
    has "^arrc: error: the output 'out0.npy' would replace the input 'out0.npy'"
arrc_do run k.arr axyp x.npy
check "an unknown function: did you mean" \
    has "^arrc: error: 'axyp' is not an exported function of 'k.arr'; did you mean 'axpy'? (it exports axpy, mix, positives, quotient, clip, ramp)$"
arrc_do run k.arr axpy --thread 2
check "an unknown option: one line, did you mean" \
    test "$rc" = 1 -a "$(cat "$tmp/err")" = "arrc: error: unknown option '--thread' for arrc run; did you mean '--threads'? (see arrc run --help)"
arrc_do bench k.arr axpy -o res --random n=10
check "bench writes no files: -o is refused" has "^arrc: error: -o is for arrc run"
arrc_do run --help
check "arrc run --help prints the usage" test "$rc" = 0 -a -n "$(grep '^usage: arrc run ' "$tmp/out")"

# ---- random inputs, bench ----
arrc_do run k.arr axpy --random n=100 -o r1
arrc_do run k.arr axpy --random n=100 -o r2
np "
a, b = np.load('r1/out0.npy'), np.load('r2/out0.npy')
assert a.shape == (100,) and np.array_equal(a, b) and ((a >= 0) & (a < 2)).all()
"
check "--random: inputs from a fixed seed (the same results twice; a, x, y in [0, 1))" test $? = 0

arrc_do bench k.arr axpy --random n=100000 -r 3 --threads 1,2
check "bench --random n=100000 -r 3 --threads 1,2: exit 0" test "$rc" = 0
check "  ... a line naming the function, the sizes and the runs" says "^axpy (k.arr): n=100000; 3 runs after 1 warm-up$"
check "  ... the bytes moved per call" says "^bytes moved per call: 2.40 MB (1.60 MB read, 800.00 kB written)$"
check "  ... the table's columns" grep -Eq '^threads +median +min +max +spread +GB/s$' "$tmp/out"
check "  ... one row per thread count" \
    test "$(grep -Ec '^ +[12] +[0-9.]+ [mu]?s +[0-9.]+ [mu]?s +[0-9.]+ [mu]?s +[0-9.]+% +[0-9.]+$' "$tmp/out")" = 2

# exports and parameters named like the call's own variables (a, x, p, d, s, rc)
printf 'export fn s(x: f64[n], p: f64[n]) -> (f64, f64[n]) { return (sum(x), x + p); }\nexport fn d(rc: f64[n]) -> f64[] { return rc[rc > 0.0]; }\n' > "$tmp/w/names.arr"
arrc_do run names.arr s --random n=10 -o nm
check "run s(x, p): names of the runner's call are the user's to take" test "$rc" = 0
arrc_do run names.arr d --random n=10 -o nm
check "  ... and d(rc)" test "$rc" = 0

# the runner itself frees what it allocates (LeakSanitizer, when gcc has it)
if echo 'int main(void){return 0;}' | gcc -fsanitize=address -x c - -o "$tmp/asan_probe" 2>/dev/null; then
    CC="gcc -fsanitize=address" ASAN_OPTIONS=detect_leaks=1 arrc_do run k.arr positives --random n=50 -o leak
    check "run under ASan (CC=gcc -fsanitize=address): exit 0, no leak" test "$rc" = 0 -a ! -s "$tmp/err"
    CC="gcc -fsanitize=address" ASAN_OPTIONS=detect_leaks=1 arrc_do run k.arr axpy 2.5 x.npy y.npy -o leak2
    check "run on .npy files under ASan: exit 0, no leak (the texts of the extents' sources)" test "$rc" = 0 -a ! -s "$tmp/err"
    CC="gcc -fsanitize=address" ASAN_OPTIONS=detect_leaks=1 arrc_do bench k.arr mix --random h=3,w=4 -r 2 --threads 1
    check "bench under ASan: exit 0, no leak" test "$rc" = 0 -a ! -s "$tmp/err"
fi

check "the temporary folders are removed" test -z "$(ls -A "$tmp/t")"

echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
