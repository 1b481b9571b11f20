#!/bin/sh
# #line directives: a debugger stops at .arr lines.  Builds the Black-Scholes
# example with -g, sets a breakpoint at blackscholes.arr:16 with gdb -batch,
# and checks that gdb stops there and shows that source line.  Then checks
# that --no-line leaves no #line in the C.  Prints `N passed, N failed`.
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS gdb $1"; pass=$((pass + 1)); }
ko() { echo "FAIL gdb $1"; fail=$((fail + 1)); }
./arrc examples/blackscholes/blackscholes.arr -o "$tmp/blackscholes.c" &&
gcc -std=c11 -g -O0 -fopenmp -I "$tmp" -o "$tmp/bs" examples/blackscholes/main.c "$tmp/blackscholes.c" -lm || { ko build; echo "$pass passed, $fail failed"; exit 1; }
out=$(OMP_NUM_THREADS=1 timeout 120 gdb -nx -batch -ex 'break blackscholes.arr:16' -ex run -ex 'bt 1' --args "$tmp/bs" 100 2>&1)
if echo "$out" | grep -q "Breakpoint 1.*at .*blackscholes.arr:16" && echo "$out" | grep -q "let future = strike"; then
    ok "breakpoint at blackscholes.arr:16"
else
    ko "breakpoint at blackscholes.arr:16"; echo "$out" | tail -15 | sed 's/^/    /'
fi
# a fused loop with a multi-line expression: #line per expression, so a
# breakpoint on the expression's second line is there (not moved to the
# next statement), and stepping visits the .arr lines of the fused loop
cat > "$tmp/kern.arr" <<'ARR'
export fn kern(a: f64[n], b: f64[n]) -> f64[n] {
    let s = a * 2.0;
    let t = b + 1.0;
    let u = s * t
          + sqrt(s);
    return u - s;
}
ARR
cat > "$tmp/kmain.c" <<'C'
#include <stdio.h>
#include "kern.h"
int main(void) { double a[4] = {1, 2, 3, 4}, b[4] = {1, 1, 1, 1}, o[4]; if (kern(4, a, b, o)) return 1; printf("%g\n", o[3]); return 0; }
C
(cd "$tmp" && "$OLDPWD/arrc" kern.arr -o kern.c) &&
gcc -std=c11 -g -O0 -fopenmp -I "$tmp" -o "$tmp/k" "$tmp/kmain.c" "$tmp/kern.c" -lm || { ko "build the fused kernel"; echo "$pass passed, $fail failed"; exit 1; }
out=$(cd "$tmp" && OMP_NUM_THREADS=1 timeout 120 gdb -nx -batch -ex 'break kern.arr:5' -ex run -ex next -ex next -ex next -ex next -ex next -ex next --args ./k 2>&1)
if echo "$out" | grep -q "Breakpoint 1 at .*kern.arr:5" && echo "$out" | grep -q "^5[[:space:]]*+ sqrt(s);"; then
    ok "breakpoint on the second line of a multi-line expression in a fused loop"
else
    ko "breakpoint on the second line of a multi-line expression in a fused loop"; echo "$out" | tail -15 | sed 's/^/    /'
fi
steps=$(echo "$out" | sed -n 's/^\([0-9][0-9]*\)[[:space:]].*/\1/p' | tr '\n' ' ')
bad=$(echo "$steps" | tr ' ' '\n' | grep -v '^$' | grep -cv '^[2-6]$')
if echo " $steps" | grep -q ' 2 3 4 5 ' && [ "$bad" = 0 ]; then
    ok "stepping through the fused loop follows lines 2, 3, 4, 5 and stays in 2 to 6 ($steps)"
else
    ko "stepping through the fused loop: lines $steps"
fi
# the line table: every line of the generated code that gcc -g records for
# an .arr file is a line of that file (the C lines of one .arr statement
# do not count on past it: a #line again before each line with code)
for f in examples/blackscholes/blackscholes.arr examples/kmeans/kmeans.arr examples/md/md3d.arr tests/e2e/argmax_blocks.arr; do
    b=$(basename "$f" .arr)
    n=$(wc -l < "$f")
    if ./arrc "$f" -o "$tmp/lt_$b.c" && gcc -std=c11 -g -O0 -fopenmp -c "$tmp/lt_$b.c" -o "$tmp/lt_$b.o" &&
       max=$(readelf --debug-dump=decodedline "$tmp/lt_$b.o" 2>/dev/null | awk -v f="$b.arr" '$1 == f && $2 + 0 > m { m = $2 + 0 } END { print m + 0 }') &&
       [ "$max" -ge 1 ] && [ "$max" -le "$n" ]; then
        ok "line table of $b.arr within its $n lines (largest $max)"
    else
        ko "line table of $b.arr: largest line ${max:-?} of $n"
    fi
done
./arrc --no-line examples/blackscholes/blackscholes.arr -o "$tmp/nl.c"
if grep -q '^#line' "$tmp/nl.c"; then ko "--no-line"; else ok "--no-line"; fi
if grep -q '^#line [0-9]* "examples/blackscholes/blackscholes.arr"' "$tmp/blackscholes.c" &&
   grep -q "^#line [0-9]* \"$tmp/blackscholes.c\"" "$tmp/blackscholes.c"; then ok "#line back to the C file"; else ko "#line back to the C file"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
