#!/bin/sh
# The arrc Black-Scholes kernel built as users build it: each compiler and
# flag set, with the default vector math (libmvec) and with
# --vector-math=sleef, one thread.  The ratio is to the documented build
# (gcc -O3 -march=native -fopenmp -fno-math-errno, libmvec); > 1 is slower.
# Environment: N options (default 2,000,000), R timed runs (default 5),
# ARRC (default ../../arrc).  Raw output: BUILD/flags.log.
set -e
cd "$(dirname "$0")"
N=${N:-2000000}
R=${R:-5}
ARRC=${ARRC:-../../arrc}
mkdir -p BUILD
: > BUILD/flags.log
base=""
printf '%-8s %-40s %-8s %10s %12s %7s\n' cc "flags (generated C)" math "median ms" "ns/option" ratio
for cfg in "gcc|-O3 -march=native -fopenmp -fno-math-errno" "gcc|-O3 -march=native -fopenmp" "gcc|-O3 -fopenmp" \
           "gcc|-O2 -fopenmp" "clang|-O3 -march=native -fopenmp" "clang|-O2 -fopenmp"; do
    cc=${cfg%%|*}
    flags=${cfg#*|}
    for vm in libmvec sleef; do
        libs="-lm"
        [ "$vm" = sleef ] && libs="-lsleef -lm"
        make -s BUILD/bs_arrc ARRC="$ARRC" CC="$cc" GEN_CFLAGS="$flags" ARRC_FLAGS="--vector-math=$vm" LDLIBS="$libs" \
            >> BUILD/flags.log 2>&1
        out=$(OMP_NUM_THREADS=1 OMP_PROC_BIND=true ./BUILD/bs_arrc "$N" "$R" 2>&1) || { echo "$cc $flags $vm: failed"; echo "$out"; exit 1; }
        echo "== $cc $flags $vm" >> BUILD/flags.log
        echo "$out" >> BUILD/flags.log
        ms=$(echo "$out" | sed -n 's/^RESULT.* median_ms=\([0-9.]*\).*/\1/p')
        [ -n "$base" ] || base=$ms
        printf '%-8s %-40s %-8s %10s %12s %7s\n' "$cc" "$flags" "$vm" "$ms" \
            "$(awk -v m="$ms" -v n="$N" 'BEGIN { printf "%.2f", m * 1e6 / n }')" \
            "$(awk -v m="$ms" -v b="$base" 'BEGIN { printf "%.2f", m / b }')"
    done
done
