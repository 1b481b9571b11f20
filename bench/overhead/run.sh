#!/bin/sh
# Builds the three variants (see bench.c) and prints ns per call for small N
# at 2 threads, plus the ratio to the serial build.  Usage: ./run.sh
set -e
cd "$(dirname "$0")"
ARRC=${ARRC:-../../arrc}
CC=${CC:-gcc}
CFLAGS=${CFLAGS:--O3 -march=native -fopenmp -fno-math-errno}
B=BUILD
mkdir -p $B/default $B/noguard $B/serial
$ARRC ../../examples/blackscholes/blackscholes.arr -o $B/default/kernel.c
$ARRC --no-overhead-guard ../../examples/blackscholes/blackscholes.arr -o $B/noguard/kernel.c
$ARRC --serial ../../examples/blackscholes/blackscholes.arr -o $B/serial/kernel.c
for v in default noguard serial; do
    $CC -std=c11 $CFLAGS -I $B/$v -o $B/$v/bench bench.c $B/$v/kernel.c -lm
done
echo "Black-Scholes, ns per call (best of 5), OMP_NUM_THREADS=${OMP_NUM_THREADS:-2}"
printf "%8s %12s %12s %12s %10s %10s\n" N default noguard serial default/ser noguard/ser
for n in 10 100 1000 10000 100000; do
    reps=$((2000000 / n + 10))
    d=$(OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} $B/default/bench $n $reps | cut -d' ' -f2)
    g=$(OMP_NUM_THREADS=${OMP_NUM_THREADS:-2} $B/noguard/bench $n $reps | cut -d' ' -f2)
    s=$($B/serial/bench $n $reps | cut -d' ' -f2)
    printf "%8s %12s %12s %12s %10.2f %10.2f\n" $n $d $g $s $(echo "$d / $s" | bc -l) $(echo "$g / $s" | bc -l)
done
