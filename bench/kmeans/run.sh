#!/usr/bin/env bash
# Build and run the k-means benchmark; print a table of medians.
#
# Environment: N (points, default 1000000), K (centres, default 16), R (timed
# runs, default 7), THREADS (default "1 2"), PYTHON (default /usr/bin/python3),
# REQUIRE_ARRC=1 (fail instead of skipping the arrc rows when the arrc build
# fails), make variables via MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
set -u -o pipefail
cd "$(dirname "$0")"

N=${N:-1000000}
K=${K:-16}
R=${R:-7}
THREADS=${THREADS:-"1 2"}
PYTHON=${PYTHON:-/usr/bin/python3}
. ../common.sh

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0; echo "run.sh: WARNING: $PYTHON has no numpy; numpy rows skipped" >&2; }

# label : command (N K R are appended by the loop)
IMPLS=("hand:./$B/km_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/km_arrc")
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON numpy_kmeans.py $B")

: > "$LOG"
# 1. check: every C version against the serial reference in bench.c (each
#    writes its result to BUILD/out_<label>.bin), then NumPy against them all.
echo "== checking (N=$N, K=$K): assignments identical, centres within 1e-9"
rm -f "$B"/out_*.bin "$B"/input.bin
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    if [ "$label" = numpy ]; then
        out=$($cmd 0 2>&1)
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

# 2. timing
declare -A MED NS STATUS
failed=0
echo "== timing (R=$R after a warm-up, threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        if [ "$label" = numpy ]; then
            out=$(OMP_NUM_THREADS=$t OMP_PROC_BIND=true $cmd "$R" 2>&1)
        else
            out=$(OMP_NUM_THREADS=$t OMP_PROC_BIND=true $cmd "$N" "$K" "$R" 2>&1)
        fi
        rc=$?
        printf '%s\n' "$out" >> "$LOG"
        printf '%s\n' "$out" | grep -E '^  median' | sed "s/^/[$label t=$t]/"
        line=$(printf '%s\n' "$out" | grep '^RESULT' | tail -1)
        if [ $rc -ne 0 ] || [[ "$line" != *status=ok* ]]; then
            STATUS[$label:$t]="FAILED(rc=$rc)"
            failed=1
            printf '%s\n' "$out" | tail -5 >&2
            continue
        fi
        STATUS[$label:$t]=ok
        MED[$label:$t]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
        NS[$label:$t]=$(sed -E 's/.*ns_per_point=([0-9.]+).*/\1/' <<< "$line")
    done
done


echo
echo "k-means step, N=$N points, K=$K centres (2-D, f64), median of $R runs after a warm-up"
echo "ratio = median / median of hand at the same thread count (>1 means slower); numpy is single-threaded"
echo "$(${CC:-gcc} --version | head -1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-10s %7s %12s %10s %12s\n' implementation threads "ms/step" "ns/point" "ratio/hand"
printf '%s\n' "-------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        if [ "${STATUS[$label:$t]}" != ok ]; then
            printf '%-10s %7s %12s\n' "$label" "$t" "${STATUS[$label:$t]}"
            continue
        fi
        printf '%-10s %7s %12.2f %10.2f %12s\n' "$label" "$t" "${MED[$label:$t]}" \
            "${NS[$label:$t]}" "$(ratio "${MED[$label:$t]}" "${MED[hand:$t]:-}")"
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"
exit $failed
