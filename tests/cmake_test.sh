#!/bin/sh
# find_package(arrc) and arrc_add_library from a `make install`ed arrc
# (docs/cmake.md): the sample tests/cmake (src/app.arr imports
# kernels/scale.arr, a C program on a static library, a C++ program on a
# shared one) is configured and built with each generator there is (Unix
# Makefiles; Ninja when installed); both programs must print the values of
# this script's own arithmetic.  Then, in a copy of the sample: a build with
# nothing changed runs no arrc; an edit of the imported module alone (the
# DEPFILE) regenerates the importer's C and changes what the programs print;
# a comment edit runs arrc once and compiles nothing.  The source and
# build folders' paths hold a space.
# Also find_package(arrc VERSION).  Prints `N passed, N failed`.
cd "$(dirname "$0")/.." || exit 1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
ok() { echo "PASS cmake $1"; pass=$((pass + 1)); }
ko() { echo "FAIL cmake $1"; fail=$((fail + 1)); }
kolog() { ko "$1"; tail -n 20 "$tmp/log"; }

# what the programs print when scale.arr returns s * x + c: scale(x, 3) and
# energy(x) = sum((2x + c)^2) for x = 1..4
expect() {
    ys="" e=0
    for x in 1 2 3 4; do
        ys="$ys $((3 * x + $1))"
        e=$((e + (2 * x + $1) * (2 * x + $1)))
    done
    printf 'scale%s\nenergy %d\n' "$ys" "$e"
}
# run_programs BUILD C: both programs print expect C
run_programs() {
    for p in demo_c demo_cxx; do
        out=$("$1/$p" 2>&1)
        [ "$out" = "$(expect "$2")" ] && ok "$gen: $p prints $(echo $out)" ||
            ko "$gen: $p printed '$out', not '$(expect "$2")'"
    done
}
# arrc_ran LOG: a line of the build says it ran arrc (the COMMENT "arrc x.arr")
arrc_ran() { grep -q "arrc [A-Za-z0-9_]*\.arr" "$1"; }

make -s install DESTDIR="$tmp/root" PREFIX=/usr >/dev/null && ok "make install" || ko "make install"
prefix="$tmp/root/usr"
for f in lib/cmake/arrc/arrcConfig.cmake lib/cmake/arrc/arrcConfigVersion.cmake; do
    [ -f "$prefix/$f" ] && ok "$f installed" || ko "$f installed"
done

gens="Unix Makefiles"
command -v ninja >/dev/null && gens="$gens:Ninja" || echo "SKIP cmake Ninja (no ninja)"
IFS=:
for gen in $gens; do
    unset IFS
    # spaces in both paths: the DEPFILE's target is quoted (arrc -MQ; with
    # -MT the Makefiles build missed the import edit, Ninja rebuilt always)
    s="$tmp/src dir" b="$tmp/build dir"
    rm -rf "$s" "$b"
    cp -r tests/cmake "$s"
    if ! cmake -S "$s" -B "$b" -G "$gen" -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/log" 2>&1; then
        kolog "$gen: configure"; continue
    fi
    ok "$gen: configure"
    cmake --build "$b" >"$tmp/log" 2>&1 && ok "$gen: build" || { kolog "$gen: build"; continue; }
    run_programs "$b" 1
    cmake --build "$b" >"$tmp/log" 2>&1 && ! arrc_ran "$tmp/log" &&
        ok "$gen: nothing changed, no arrc" || kolog "$gen: nothing changed, yet arrc ran"
    app="$b/arrc_kernels/src/app.c"
    cp "$app" "$tmp/app.c.before"
    sleep 1
    sed 's/+ 1\.0;/+ 2.0;/' "$s/kernels/scale.arr" >"$tmp/scale.arr" && mv "$tmp/scale.arr" "$s/kernels/scale.arr"
    cmake --build "$b" >"$tmp/log" 2>&1 && ok "$gen: build after editing kernels/scale.arr" ||
        kolog "$gen: build after editing kernels/scale.arr"
    grep -q "arrc app\.arr" "$tmp/log" && ! cmp -s "$app" "$tmp/app.c.before" &&
        ok "$gen: the importer src/app.arr was compiled again" ||
        kolog "$gen: the importer src/app.arr was not compiled again"
    run_programs "$b" 2
    cmake --build "$b" >"$tmp/log" 2>&1 && ! arrc_ran "$tmp/log" &&
        ok "$gen: nothing changed, no arrc" || kolog "$gen: nothing changed, yet arrc ran"
    # a comment edit: arrc runs once and leaves the C as it was (so nothing
    # is compiled again); the builds after it run no arrc
    sleep 1
    echo '# a comment' >>"$s/src/app.arr"
    cmake --build "$b" >"$tmp/log" 2>&1 && grep -q "arrc app\.arr" "$tmp/log" && ! grep -q "Building" "$tmp/log" &&
        ok "$gen: a comment edit runs arrc, compiles nothing" || kolog "$gen: a comment edit"
    cmake --build "$b" >"$tmp/log" 2>&1 && ! arrc_ran "$tmp/log" &&
        ok "$gen: after the comment edit, nothing changed, no arrc" || kolog "$gen: after the comment edit, arrc ran again"
done
unset IFS

# CMAKE_UNITY_BUILD: the generated files (each with its runtime) stay out of the unity sources
rm -rf "$tmp/src" "$tmp/ub"; cp -r tests/cmake "$tmp/src"
if cmake -S "$tmp/src" -B "$tmp/ub" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_UNITY_BUILD=ON >"$tmp/log" 2>&1 &&
   cmake --build "$tmp/ub" >"$tmp/log" 2>&1; then gen=unity; run_programs "$tmp/ub" 1
else kolog "CMAKE_UNITY_BUILD=ON: build"; fi

# two sources of one C module name (my-mod.arr, my_mod.arr): a configure error
mkdir "$tmp/clash"
printf 'export fn f(x: f64) -> f64 { return x; }\n' >"$tmp/clash/my-mod.arr"
cp "$tmp/clash/my-mod.arr" "$tmp/clash/my_mod.arr"
printf 'cmake_minimum_required(VERSION 3.20)\nproject(c C)\nfind_package(arrc REQUIRED)\narrc_add_library(k SOURCES my-mod.arr my_mod.arr)\n' >"$tmp/clash/CMakeLists.txt"
cmake -S "$tmp/clash" -B "$tmp/clash/b" -DCMAKE_PREFIX_PATH="$prefix" >"$tmp/log" 2>&1
[ $? -ne 0 ] && grep -q "two sources make the C module my_mod" "$tmp/log" &&
    ok "my-mod.arr and my_mod.arr in one library: a configure error naming the module" || kolog "my-mod.arr and my_mod.arr"

# find_package(arrc VERSION): the installed version, its major.minor, not 99
v=$(./arrc --version) v=${v#arrc }
mkdir "$tmp/v"
printf 'cmake_minimum_required(VERSION 3.20)\nproject(v NONE)\nfind_package(arrc ${WANT} REQUIRED)\n' >"$tmp/v/CMakeLists.txt"
for want in "$v;EXACT" "${v%.*}" 99; do
    rm -rf "$tmp/vb"
    cmake -S "$tmp/v" -B "$tmp/vb" -DCMAKE_PREFIX_PATH="$prefix" -DWANT="$want" >"$tmp/log" 2>&1
    r=$?
    if [ "$want" = 99 ]; then
        [ $r -ne 0 ] && grep -q "$v" "$tmp/log" && ok "find_package(arrc 99) fails, naming $v" ||
            kolog "find_package(arrc 99) did not fail"
    else
        [ $r -eq 0 ] && ok "find_package(arrc $(echo "$want" | tr ";" " "))" || kolog "find_package(arrc $want)"
    fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
