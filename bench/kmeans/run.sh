#!/usr/bin/env bash
# Build and run the k-means benchmark; print a table of medians.
#
# Environment: N (points, default 1000000), K (centres, default 16), R (timed
# runs per pass after a warm-up, default 3: 3 passes of 3 for the 7 runs of
# the single pass before), PASSES (interleaved passes, default 3, see
# ../common.sh: each pass runs every implementation at every thread count
# once; a row's figures are those of the pass with the median median),
# THREADS (default: 1 2 4 ... up to the number of cores, see
# default_threads in ../common.sh), PYTHON (default /usr/bin/python3),
# REQUIRE_ARRC=1 (fail instead of skipping the arrc rows when the arrc build
# fails), make variables via MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
# With BENCH_RESULTS set (bench/run_all.sh) every measured row is also
# appended there (record, ../common.sh).
set -u -o pipefail
cd "$(dirname "$0")"
. ../common.sh

N=${N:-1000000}
K=${K:-16}
R=${R:-3}
THREADS=${THREADS:-$(default_threads)}
PYTHON=${PYTHON:-/usr/bin/python3}
if [ $((N % 1000000)) = 0 ]; then SZ=$((N / 1000000))M
elif [ $((N % 1000)) = 0 ]; then SZ=$((N / 1000))k
else SZ=$N; fi
KERNEL=kmeans-step-$SZ
[ "$K" = 16 ] || KERNEL=$KERNEL-k$K

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1 have_numba=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0; echo "run.sh: WARNING: $PYTHON has no numpy; numpy rows skipped" >&2; }
"$PYTHON" -c 'import numpy, numba' 2>/dev/null || {
    have_numba=0; echo "run.sh: WARNING: $PYTHON has no numba; numba rows skipped" >&2; }

# label : command (N K R are appended by the loop)
IMPLS=("hand:./$B/km_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/km_arrc" "arrc_strict:./$B/km_arrc_strict")
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON numpy_kmeans.py $B")
[ "$have_numba" = 1 ] && IMPLS+=("numba:$PYTHON numba_kmeans.py $B")

: > "$LOG"
# 1. check: every C version against the serial reference in bench.c (each
#    writes its result to BUILD/out_<label>.bin), then NumPy and Numba
#    against them all.
echo "== checking (N=$N, K=$K): assignments identical, centres within 1e-9"
rm -f "$B"/out_*.bin "$B"/input.bin
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    if [ "$label" = numpy ] || [ "$label" = numba ]; then
        out=$(OMP_NUM_THREADS=2 NUMBA_NUM_THREADS=2 $cmd 0 2>&1)
    else
        out=$(OMP_NUM_THREADS=2 OMP_PROC_BIND=true $cmd "$N" "$K" 0 "$B" 2>&1)
    fi
    rc=$?
    printf '%s\n' "$out" >> "$LOG"
    printf '%s\n' "$out" | grep -E '^  check' | sed "s/^/[$label]/"
    if [ $rc -ne 0 ] || ! grep -q 'status=ok' <<< "$out"; then
        printf '%s\n' "$out" | tail -5 >&2
        echo "run.sh: the $label version does not agree; no timing" >&2
        exit 2
    fi
done

# 2. timing: PASSES interleaved passes over every (implementation, thread
#    count) pair (see ../common.sh); a pair that fails is not run again
declare -A MED NS STATUS
failed=0
echo "== timing ($PASSES interleaved passes of R=$R after a warm-up, threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
for pass in $(seq "$PASSES"); do
    for entry in "${IMPLS[@]}"; do
        IFS=: read -r label cmd <<< "$entry"
        for t in $THREADS; do
            [[ "${STATUS[$label:$t]:-}" == FAILED* ]] && continue
            if [ "$label" = numpy ] || [ "$label" = numba ]; then
                out=$(OMP_NUM_THREADS=$t NUMBA_NUM_THREADS=$t OMP_PROC_BIND=true $cmd "$R" 2>&1)
            else
                out=$(OMP_NUM_THREADS=$t OMP_PROC_BIND=true $cmd "$N" "$K" "$R" 2>&1)
            fi
            rc=$?
            printf '%s\n' "$out" >> "$LOG"
            keep_result "$label:$t" "$label t=$t pass $pass/$PASSES" "$rc" "$out" '^  median' || continue
        done
    done
done
# every figure of a row from the line of the pass with the median median_ms
for key in "${!STATUS[@]}"; do
    [ "${STATUS[$key]}" = ok ] || continue
    line=$(pass_median "$key" median_ms)
    MED[$key]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
    NS[$key]=$(sed -E 's/.*ns_per_point=([0-9.]+).*/\1/' <<< "$line")
done

# the combined table (BENCH_RESULTS); for the default arrc build its
# difference to the --strict-math build on the checked outputs
maxerr_strict=-
if [ -f "$B/out_arrc.bin" ] && [ -f "$B/out_arrc_strict.bin" ]; then
    if cmp -s "$B/out_arrc.bin" "$B/out_arrc_strict.bin"; then
        maxerr_strict="0 (bitwise equal)"
    else
        maxerr_strict=$("$PYTHON" -c 'import sys, numpy as np
a, b = (np.fromfile(f, dtype=np.int64) for f in sys.argv[1:])
n = int(a[0])
print("%d assignments differ, centres %.3g" % (np.count_nonzero(a[2:2 + n] != b[2:2 + n]),
      np.max(np.abs(a[2 + n:].view(np.float64) - b[2 + n:].view(np.float64)))))' \
            "$B/out_arrc.bin" "$B/out_arrc_strict.bin" 2>/dev/null || echo "?")
    fi
fi
declare -A TABLE_IMPL=([hand]=hand_c)
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        [ "${STATUS[$label:$t]:-}" = ok ] || continue
        note=""
        case $label in
            arrc) note="maxerr_vs_strict=$maxerr_strict" ;;
            numpy) note="single-threaded" ;;
        esac
        record_ms "$KERNEL" "${TABLE_IMPL[$label]:-$label}" "$t" "${MED[$label:$t]}" "$note" \
            "$(pass_values "$label:$t" median_ms)"
    done
done

echo
echo "k-means step, N=$N points, K=$K centres (2-D, f64), median of $R runs after a warm-up,"
echo "of the pass with the median of $PASSES interleaved passes"
echo "ratio = median over the passes of median / median of hand in the same pass at the same thread count (>1 means slower); numpy is single-threaded"
echo "$(${CC:-gcc} --version | head -1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), numba $("$PYTHON" -c 'import numba; print(numba.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-14s %7s %12s %10s %12s\n' implementation threads "ms/step" "ns/point" "ratio/hand"
printf '%s\n' "-------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        if [ "${STATUS[$label:$t]}" != ok ]; then
            printf '%-14s %7s %12s\n' "$label" "$t" "${STATUS[$label:$t]}"
            continue
        fi
        printf '%-14s %7s %12.2f %10.2f %12s\n' "$label" "$t" "${MED[$label:$t]}" \
            "${NS[$label:$t]}" "$(pass_ratio "$label:$t" "hand:$t" median_ms)"
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"
exit $failed
