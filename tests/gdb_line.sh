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
./arrc --no-line examples/blackscholes/blackscholes.arr -o "$tmp/nl.c"
if grep -q '^#line' "$tmp/nl.c"; then ko "--no-line"; else ok "--no-line"; fi
if grep -q '^#line [0-9]* "examples/blackscholes/blackscholes.arr"' "$tmp/blackscholes.c" &&
   grep -q "^#line [0-9]* \"$tmp/blackscholes.c\"" "$tmp/blackscholes.c"; then ok "#line back to the C file"; else ko "#line back to the C file"; fi
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
