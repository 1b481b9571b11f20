#!/usr/bin/env bash
# Build and run the Black-Scholes benchmark; print a table of medians.
#
# Environment: N (options, default 10000000), R (timed runs, default 7),
# THREADS (default "1 2"), UNFUSED_REUSE=1 (add unfused rows where glibc
# malloc keeps freed temporaries in the heap instead of returning them to the
# OS, i.e. without the page-fault cost of fresh 80 MB mmaps), REQUIRE_ARRC=1 (fail instead of skipping the arrc
# rows when the arrc build fails), MAKEFLAGS/make variables via MAKEARGS
# (e.g. MAKEARGS='ARRC=/path/to/arrc ARCH=-march=x86-64-v3').
set -u -o pipefail
cd "$(dirname "$0")"

N=${N:-10000000}
R=${R:-7}
THREADS=${THREADS:-"1 2"}
UNFUSED_REUSE=${UNFUSED_REUSE:-0}
REUSE_ENV=GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4294967295:glibc.malloc.trim_threshold=4294967295
. ../common.sh

echo "== building hand-written variants"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
mk check-vec || echo "run.sh: WARNING: hand VEC=1 code does not call libmvec" >&2

echo "== building arrc variants"
build_arrc arrc && { mk info-arrc-vec || true; }

# implementation label : executable : math class (vec|scalar) [: VAR=value]
IMPLS=(
    "hand_fused_vec:bs_hand_fused_vec:vec"
    "hand_fused_scalar:bs_hand_fused_scalar:scalar"
    "hand_unfused_vec:bs_hand_unfused_vec:vec"
    "hand_unfused_scalar:bs_hand_unfused_scalar:scalar"
)
if [ "$UNFUSED_REUSE" = 1 ]; then
    IMPLS+=("unfused_vec_reuse:bs_hand_unfused_vec:vec:$REUSE_ENV"
            "unfused_scalar_reuse:bs_hand_unfused_scalar:scalar:$REUSE_ENV")
fi
if [ "$have_arrc" = 1 ]; then
    IMPLS+=("arrc:bs_arrc:vec" "arrc_strict:bs_arrc_strict:scalar")
fi

declare -A MED NS STATUS
: > "$LOG"
failed=0
echo "== running (N=$N, R=$R, threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label exe class extra <<< "$entry"
    for t in $THREADS; do
        out=$(env ${extra:+"$extra"} OMP_NUM_THREADS=$t OMP_PROC_BIND=true \
              "./$B/$exe" "$N" "$R" 2>&1)
        rc=$?
        printf '%s\n' "$out" >> "$LOG"
        printf '%s\n' "$out" | grep -E '^  (check|median)' | sed "s/^/[$label t=$t]/"
        line=$(printf '%s\n' "$out" | grep '^RESULT' | tail -1)
        if [ $rc -ne 0 ] || [[ "$line" != *status=ok* ]]; then
            STATUS[$label:$t]="FAILED(rc=$rc)"
            failed=1
            printf '%s\n' "$out" | tail -5 >&2
            continue
        fi
        STATUS[$label:$t]=ok
        MED[$label:$t]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
        NS[$label:$t]=$(sed -E 's/.*ns_per_option=([0-9.]+).*/\1/' <<< "$line")
    done
done


echo
echo "Black-Scholes put, N=$N, median of $R runs; ratio = median / baseline median"
echo "(same thread count; >1 means slower). $(${CC:-gcc} --version | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-20s %7s %11s %10s  %-18s %6s %10s\n' \
    implementation threads "median ms" "ns/option" baseline ratio "/fused-vec"
printf '%s\n' "-----------------------------------------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label exe class extra <<< "$entry"
    base=hand_fused_$class
    for t in $THREADS; do
        if [ "${STATUS[$label:$t]}" != ok ]; then
            printf '%-20s %7s %11s\n' "$label" "$t" "${STATUS[$label:$t]}"
            continue
        fi
        printf '%-20s %7s %11.1f %10.2f  %-18s %6s %10s\n' "$label" "$t" \
            "${MED[$label:$t]}" "${NS[$label:$t]}" "$base" \
            "$(ratio "${MED[$label:$t]}" "${MED[$base:$t]:-}")" \
            "$(ratio "${MED[$label:$t]}" "${MED[hand_fused_vec:$t]:-}")"
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"
exit $failed
