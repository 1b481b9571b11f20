#!/bin/sh
# make install into a temporary prefix, then build the Black-Scholes example
# with the installed arrc and arrc.mk only; touching the .arr must make make
# rebuild the C (the -MMD dependencies).  Prints `N passed, N failed`.
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS install $1"; pass=$((pass + 1)); }
ko() { echo "FAIL install $1"; fail=$((fail + 1)); }
make -s install DESTDIR="$tmp/root" PREFIX=/opt/arrc >/dev/null && ok "make install" || ko "make install"
for f in bin/arrc share/man/man1/arrc.1 share/arrc/arrc.mk share/arrc/stdlib/stats.arr share/doc/arrc/language.md share/arrc/vim/syntax/arr.vim share/arrc/vscode/syntaxes/arr.tmLanguage.json lib/cmake/arrc/arrcConfig.cmake lib/cmake/arrc/arrcConfigVersion.cmake; do
    [ -f "$tmp/root/opt/arrc/$f" ] && ok "$f" || ko "$f"
done
"$tmp/root/opt/arrc/bin/arrc" --version | grep -q '^arrc ' && ok "--version" || ko "--version"
mkdir "$tmp/app"
cp examples/blackscholes/blackscholes.arr examples/blackscholes/main.c "$tmp/app/"
cat > "$tmp/app/Makefile" <<MK
ARRC = $tmp/root/opt/arrc/bin/arrc
include $tmp/root/opt/arrc/share/arrc/arrc.mk
bs: main.o blackscholes.o
	\$(CC) -fopenmp -o \$@ \$^ -lm
main.o: blackscholes.h
CFLAGS = -std=c11 -O2 -fopenmp
MK
(cd "$tmp/app" && make -s >/dev/null 2>&1 && ./bs 1000 | grep -q checksum) && ok "an example built with arrc.mk" || ko "an example built with arrc.mk"
[ -f "$tmp/app/blackscholes.arr.d" ] && ok "dependency file" || ko "dependency file"
sleep 1
touch "$tmp/app/blackscholes.arr"
(cd "$tmp/app" && make -n 2>/dev/null | grep -q "arrc.*blackscholes.arr") && ok "rebuild after the .arr changes" || ko "rebuild after the .arr changes"
out=$(./arrc -M -MT k.c examples/blackscholes/blackscholes.arr)
[ "$out" = "k.c: examples/blackscholes/blackscholes.arr" ] && ok "-M -MT" || ko "-M -MT: $out"
out=$(./arrc -M examples/blackscholes/blackscholes.arr -o "$tmp/x.c")
[ "$out" = "$tmp/x.c $tmp/x.h: examples/blackscholes/blackscholes.arr" ] && [ ! -f "$tmp/x.c" ] && ok "-M writes nothing else" || ko "-M: $out"
printf 'import "stats.arr";\nexport fn sd(x: f64[n]) -> f64 {\n    return stddev(x);\n}\n' > "$tmp/app/sd.arr"
out=$(cd "$tmp/app" && "$tmp/root/opt/arrc/bin/arrc" -M sd.arr)
[ "$out" = "sd.c sd.h: sd.arr $(realpath "$tmp")/root/opt/arrc/share/arrc/stdlib/stats.arr" ] && ok "the installed arrc finds the installed stdlib (its path without bin/..)" || ko "installed stdlib: $out"
out=$(./arrc -MM -MT m.c examples/extern/montecarlo.arr)
[ "$out" = "m.c: examples/extern/montecarlo.arr examples/extern/rng.h" ] && ok "-MM lists the extern header, not system headers" || ko "-MM extern: $out"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
