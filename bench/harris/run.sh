#!/usr/bin/env bash
# Build and run the Harris benchmark; print a table of medians (ms per call).
#
# Environment: H, W (image, default 2048 x 2048), R (timed calls after a
# warm-up, default 7), NP_R (timed NumPy calls, default 3), THREADS (default:
# 1 2 4 ... up to the number of cores, see default_threads in ../common.sh),
# PYTHON (default /usr/bin/python3), REQUIRE_ARRC=1 (fail instead of
# skipping the arrc row when the arrc build fails), make variables via
# MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
# The numpy and opencv rows need python3-numpy and python3-opencv:
# ../blur/setup.sh installs them (`make bench` runs it first). With
# BENCH_RESULTS set (bench/run_all.sh) every measured row is also appended
# there (record, ../common.sh), in seconds per call.
set -u -o pipefail
cd "$(dirname "$0")" || exit 1
. ../common.sh

H=${H:-2048}
W=${W:-2048}
R=${R:-7}
NP_R=${NP_R:-3}
THREADS=${THREADS:-$(default_threads)}
PYTHON=${PYTHON:-/usr/bin/python3}
if [ "$H" = "$W" ]; then KERNEL=harris-$H-f32; else KERNEL=harris-${H}x$W-f32; fi

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1 have_opencv=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0 have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no numpy; numpy and opencv rows skipped (run ../blur/setup.sh)" >&2; }
[ "$have_numpy" = 1 ] && { "$PYTHON" -c 'import cv2' 2>/dev/null || {
    have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no cv2; opencv rows skipped (run ../blur/setup.sh)" >&2; }; }

IMPLS=("hand:./$B/hr_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/hr_arrc")
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON py_harris.py numpy")
[ "$have_opencv" = 1 ] && IMPLS+=("opencv:$PYTHON py_harris.py opencv")

: > "$LOG"
run_logged() { # runs the command, appends its output to the log; sets OUT and RC
    OUT=$("$@" 2>&1)
    RC=$?
    printf '%s\n' "$OUT" >> "$LOG"
}

# 1. check: the C versions write their response for the same image, then
#    py_harris.py compares every pair, NumPy and OpenCV included
echo "== checking ($H x $W): every pair within 1e-5 of max |R|"
rm -f "$B"/out_*.bin "$B"/input.bin
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    case $label in numpy|opencv) continue ;; esac
    run_logged env OMP_NUM_THREADS=2 OMP_PROC_BIND=true "$cmd" "$H" "$W" 0 "$B"
    if [ $RC -ne 0 ] || ! grep -q 'status=ok' <<< "$OUT"; then
        printf '%s\n' "$OUT" | tail -5 >&2
        echo "run.sh: the $label version failed; no timing" >&2
        exit 2
    fi
done
if [ "$have_numpy" = 1 ]; then
    run_logged "$PYTHON" py_harris.py check "$B"
    printf '%s\n' "$OUT" | grep -E '^  check'
    if [ $RC -ne 0 ] || ! grep -q 'status=ok' <<< "$OUT"; then
        echo "run.sh: the versions do not agree; no timing" >&2
        exit 2
    fi
fi

# 2. timing
declare -A MED MIN STATUS
read -r first_t _ <<< "$THREADS"
failed=0
echo "== timing (R=$R after a warm-up, threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    read -r -a cmd_a <<< "$cmd"
    for t in $THREADS; do
        case $label in
            numpy)
                # single-threaded: time it once, with 1 thread
                if [ "$t" != "$first_t" ]; then
                    STATUS[$label:$t]=same; continue
                fi
                run_logged env OMP_NUM_THREADS=1 "${cmd_a[@]}" "$NP_R" "$B" ;;
            opencv)
                run_logged env OMP_NUM_THREADS="$t" "${cmd_a[@]}" "$R" "$B" ;;
            *)
                run_logged env OMP_NUM_THREADS="$t" OMP_PROC_BIND=true "${cmd_a[@]}" \
                    "$H" "$W" "$R" ;;
        esac
        printf '%s\n' "$OUT" | grep -E '^  median' | sed "s/^/[$label t=$t]/"
        line=$(printf '%s\n' "$OUT" | grep '^RESULT' | tail -1)
        if [ $RC -ne 0 ] || [[ "$line" != *status=ok* ]]; then
            STATUS[$label:$t]="FAILED(rc=$RC)"
            failed=1
            printf '%s\n' "$OUT" | tail -5 >&2
            continue
        fi
        STATUS[$label:$t]=ok
        MED[$label:$t]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
        MIN[$label:$t]=$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$line")
    done
done

declare -A TABLE_IMPL=([hand]=hand_c)
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        [ "${STATUS[$label:$t]:-}" = ok ] || continue
        note=
        [ "$label" = numpy ] && note="single-threaded"
        record_ms "$KERNEL" "${TABLE_IMPL[$label]:-$label}" "$t" "${MED[$label:$t]}" "$note"
    done
done

echo
echo "Harris corner response (cv2.cornerHarris blockSize=3 ksize=3 k=0.04 BORDER_REFLECT_101), $H x $W f32,"
echo "ms per call = median of $R calls ($NP_R for numpy) after a warm-up; ratio = that of hand at the same thread count (>1 means slower)"
echo "$(${CC:-gcc} --version | head -1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), opencv $("$PYTHON" -c 'import cv2; print(cv2.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-15s %7s %10s %10s %10s\n' implementation threads "ms/call" "min" "ratio/hand"
printf '%s\n' "------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        case ${STATUS[$label:$t]} in
            ok) printf '%-15s %7s %10.3f %10.3f %10s\n' "$label" "$t" \
                    "${MED[$label:$t]}" "${MIN[$label:$t]}" \
                    "$(ratio "${MED[$label:$t]}" "${MED[hand:$t]:-}")" ;;
            same) printf '%-15s %7s %s\n' "$label" "$t" "(single-threaded: see the 1-thread row)" ;;
            *) printf '%-15s %7s %s\n' "$label" "$t" "${STATUS[$label:$t]}" ;;
        esac
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc row skipped: arrc build failed; see above)"
exit $failed
