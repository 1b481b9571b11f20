#!/bin/sh
# arrc.mk on the project tests/make (src/model.arr imports lib/util.arr; main.c
# calls both), with a separate build folder and in the tree: every edit must
# rebuild exactly what it should, and nothing more.  Each step runs make and
# compares the commands it ran (arrc for which module, cc for which object)
# with the expected list.  Prints `N passed, N failed`.
cd "$(dirname "$0")/.." || exit 1
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0

# the commands make ran, one word each: "arrc:src/model.arr", "cc:build/main.o", "link"
ran() {
    (cd "$tmp/p" && make ARRC="$root/arrc" ARRC_MK="$root/arrc.mk" ARRC_BUILDDIR="$bd" "$@" 2>&1) > "$tmp/log"
    st=$?
    sed -n 's|^.*/arrc .* \([a-z/]*\.arr\) -o .*|arrc:\1|p; s|^cc .* -c -o \([^ ]*\) .*|cc:\1|p; s|^cc .* -o app .*|link|p' "$tmp/log" | sort | tr '\n' ' '
    [ $st -eq 0 ] || echo "(make failed)"
}
step() {    # step NAME EXPECTED [make args]: run make, compare the commands
    name=$1 want=$2
    shift 2
    got=$(ran "$@")
    if [ "$got" = "$want" ]; then echo "PASS make $mode: $name"; pass=$((pass + 1))
    else echo "FAIL make $mode: $name: ran '$got', expected '$want'"; sed 's/^/    /' "$tmp/log"; fail=$((fail + 1)); fi
}
output() {  # output NAME EXPECTED: what ./app prints
    got=$(cd "$tmp/p" && ./app)
    if [ "$got" = "$2" ]; then echo "PASS make $mode: $1"; pass=$((pass + 1))
    else echo "FAIL make $mode: $1: prints '$got', expected '$2'"; fail=$((fail + 1)); fi
}
edit() {    # edit FILE SED-SCRIPT, with a time step make cannot miss
    sleep 1
    sed -i "$2" "$tmp/p/$1"
}

for bd in build ""; do
    mode=${bd:+"ARRC_BUILDDIR=$bd"}
    mode=${mode:-"in the tree"}
    o=${bd:+$bd/}
    rm -rf "$tmp/p"
    cp -r tests/make "$tmp/p"
    step "first build" "arrc:lib/util.arr arrc:src/model.arr cc:${o}lib/util.o cc:${o}main.o cc:${o}src/model.o link "
    output "first result" "model 20 scale 2"
    step "nothing changed: nothing runs" ""
    # a change in the imported module (another folder): both modules' C
    # changes (model inlines util's function), the header does not
    edit lib/util.arr 's/return a \* s;/return a * s + 1.0;/'
    step "edit of the imported module" "arrc:lib/util.arr arrc:src/model.arr cc:${o}lib/util.o cc:${o}src/model.o link "
    output "its new result" "model 24 scale 3"
    # a comment at the end of a line: the same C, nothing recompiled
    edit src/model.arr 's/^import "util.arr";/import "util.arr";   # the helpers/'
    step "comment edit: arrc runs, nothing is compiled" "arrc:src/model.arr "
    step "and once only" ""
    # a comment line on top: the C's #line directives move, the header is the same
    edit src/model.arr '1i # the model'
    step "lines moved: the module's C recompiles, not its includers" "arrc:src/model.arr cc:${o}src/model.o link "
    # a new exported function: util's header changes, so main.o recompiles;
    # model does not call it, so model's C is the same
    edit lib/util.arr '$a export fn twice(x: f64) -> f64 { return 2.0 * x; }'
    step "header change: its includers recompile" "arrc:lib/util.arr arrc:src/model.arr cc:${o}lib/util.o cc:${o}main.o link "
    # the default goal stays the Makefile's first target
    sleep 1
    touch "$tmp/p/main.c"
    step "touch main.c: make relinks (arrc.mk took no default goal)" "cc:${o}main.o link "
    # a deleted output is made again
    rm "$tmp/p/${o}src/model.c"
    step "deleted output: made again" "arrc:src/model.arr cc:${o}src/model.o link "
    output "final result" "model 24 scale 3"
    # a failing arrc leaves no stamp: the next make runs it again
    edit src/model.arr 's/return sum/return summ/'
    step "an error" "arrc:src/model.arr (make failed)"
    step "the error again (no stale stamp)" "arrc:src/model.arr (make failed)"
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
