#!/bin/sh
# bench/kernels: kernels outside the samples, each written the obvious way
# in arr (K.arr) beside an expert's C/OpenMP (K_hand.c), timed interleaved
# in one process at 1 and 2 threads (K_bench.c, harness.h: each checks the
# two results agree first, then prints `RESULT name size hand 1t 2t arrc
# 1t 2t ratio 1t 2t`, medians of REPS paired runs; > 1: arrc slower).
#   ./run.sh                   # every kernel (about 3 minutes on 2 cores)
#   KERNELS="spmv softmax" REPS=11 ./run.sh
# Environment: ARRC (default ../../arrc), CC (gcc), REPS (21), KERNELS.
# Not part of run_all.sh (it prints to stdout only); README.md has results.
cd "$(dirname "$0")" || exit 1
ARRC=${ARRC:-../../arrc}
CC=${CC:-gcc}
B=BUILD
mkdir -p "$B"
KERNELS=${KERNELS:-"softmax rownorm scans hist spmv transp matvec conv1d img3 mandel nbody argmaxm pdist mcpi trsv horner variance maxred"}
FLAGS="-O3 -march=native -fopenmp -fno-math-errno"
export OMP_PROC_BIND=true REPS=${REPS:-21}
st=0
for k in $KERNELS; do
    if ! { "$ARRC" "$k.arr" -o "$B/${k}_gen.c" &&
           $CC $FLAGS -I"$B" -c "$B/${k}_gen.c" -o "$B/${k}_gen.o" &&
           $CC $FLAGS -ffp-contract=off -c "${k}_hand.c" -o "$B/${k}_hand.o" &&
           $CC $FLAGS -ffp-contract=off -I"$B" -c "${k}_bench.c" -o "$B/${k}_bench.o" &&
           $CC -fopenmp "$B/${k}_bench.o" "$B/${k}_gen.o" "$B/${k}_hand.o" -lm -o "$B/$k"; } >"$B/$k.log" 2>&1; then
        echo "BUILD FAILED $k (see $B/$k.log)"; st=1; continue
    fi
    "$B/$k" | grep -E 'RESULT|FAIL' || st=1
    [ "$k" = pdist ] && { "$B/pdist" 32 1000 | grep -E 'RESULT|FAIL' || st=1; }
done
exit $st
