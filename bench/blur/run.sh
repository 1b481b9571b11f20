#!/usr/bin/env bash
# Build and run the blur benchmark; print a table of medians (ms per round).
#
# Environment: H, W (image, default 4096 x 4096), ROUNDS (rounds per call,
# default 20), R (timed calls after a warm-up, default 7), THREADS (default
# "1 2"), NP_ROUNDS (rounds per timed NumPy call, default 2: NumPy takes a
# few hundred ms per round; it is checked with ROUNDS like the others),
# PYTHON (default /usr/bin/python3), REQUIRE_ARRC=1 (fail instead of
# skipping the arrc row when the arrc build fails), make variables via
# MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
# The numpy and opencv rows need python3-numpy and python3-opencv:
# ./setup.sh installs them (`make bench` runs it first).
set -u -o pipefail
cd "$(dirname "$0")" || exit 1

H=${H:-4096}
W=${W:-4096}
ROUNDS=${ROUNDS:-20}
R=${R:-7}
THREADS=${THREADS:-"1 2"}
NP_ROUNDS=${NP_ROUNDS:-2}
PYTHON=${PYTHON:-/usr/bin/python3}
. ../common.sh

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1 have_opencv=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0 have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no numpy; numpy and opencv rows skipped (run ./setup.sh)" >&2; }
[ "$have_numpy" = 1 ] && { "$PYTHON" -c 'import cv2' 2>/dev/null || {
    have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no cv2; opencv rows skipped (run ./setup.sh)" >&2; }; }

# label : command (the loops append the arguments)
IMPLS=("hand:./$B/bl_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/bl_arrc")
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON py_blur.py numpy $B")
[ "$have_opencv" = 1 ] && IMPLS+=("opencv:$PYTHON py_blur.py opencv $B")

: > "$LOG"
run_logged() { # runs the command, appends its output to the log; sets OUT and RC
    OUT=$("$@" 2>&1)
    RC=$?
    printf '%s\n' "$OUT" >> "$LOG"
}

# 1. check: each C version against the serial reference in bench.c, bit for
#    bit (each writes BUILD/out_<label>.bin), hand against arrc with cmp, then
#    NumPy and OpenCV against them all on the interior (within 1e-5).
echo "== checking ($H x $W, $ROUNDS rounds): C versions bitwise, numpy/opencv within 1e-5 on the interior"
rm -f "$B"/out_*.bin "$B"/input.bin
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    read -r -a cmd_a <<< "$cmd"
    if [ "$label" = numpy ] || [ "$label" = opencv ]; then
        run_logged env OMP_NUM_THREADS=2 OMP_PROC_BIND=true "${cmd_a[@]}" 0
    else
        run_logged env OMP_NUM_THREADS=2 OMP_PROC_BIND=true "${cmd_a[@]}" \
            "$H" "$W" "$ROUNDS" 0 "$B"
    fi
    printf '%s\n' "$OUT" | grep -E '^  check' | sed "s/^/[$label]/"
    if [ $RC -ne 0 ] || ! grep -q 'status=ok' <<< "$OUT"; then
        printf '%s\n' "$OUT" | tail -5 >&2
        echo "run.sh: the $label version does not agree; no timing" >&2
        exit 2
    fi
    if [ "$label" = arrc ]; then
        if cmp -s "$B/out_hand.bin" "$B/out_arrc.bin"; then
            echo "[hand vs arrc] results bitwise equal (cmp)"
        else
            echo "run.sh: hand and arrc results differ (cmp); no timing" >&2
            exit 2
        fi
    fi
done

# 2. timing
declare -A MED MIN RND STATUS
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
                run_logged env OMP_NUM_THREADS=1 OMP_PROC_BIND=true "${cmd_a[@]}" "$R" "$NP_ROUNDS" ;;
            opencv)
                run_logged env OMP_NUM_THREADS="$t" OMP_PROC_BIND=true "${cmd_a[@]}" "$R" "$ROUNDS" ;;
            *)
                run_logged env OMP_NUM_THREADS="$t" OMP_PROC_BIND=true "${cmd_a[@]}" \
                    "$H" "$W" "$ROUNDS" "$R" "$B" ;;
        esac
        printf '%s\n' "$OUT" | grep -E '^  (check|median)' | sed "s/^/[$label t=$t]/"
        line=$(printf '%s\n' "$OUT" | grep '^RESULT' | tail -1)
        if [ $RC -ne 0 ] || [[ "$line" != *status=ok* ]]; then
            STATUS[$label:$t]="FAILED(rc=$RC)"
            failed=1
            printf '%s\n' "$OUT" | tail -5 >&2
            continue
        fi
        STATUS[$label:$t]=ok
        MED[$label:$t]=$(sed -E 's/.*ms_per_round=([0-9.]+).*/\1/' <<< "$line")
        MIN[$label:$t]=$(awk -v m="$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$line")" \
                             -v r="$(sed -E 's/.*rounds=([0-9]+).*/\1/' <<< "$line")" \
                             'BEGIN { printf "%.3f", m / r }')
        RND[$label:$t]=$(sed -E 's/.*rounds=([0-9]+).*/\1/' <<< "$line")
    done
done


echo
echo "5x5 Gaussian blur (spec sample), $H x $W f32, ms per round = median of $R calls / rounds per call,"
echo "after a warm-up; ratio = ms/round / that of hand at the same thread count (>1 means slower)"
echo "$(${CC:-gcc} --version | head -1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), opencv $("$PYTHON" -c 'import cv2; print(cv2.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-15s %7s %7s %10s %10s %10s\n' implementation threads rounds "ms/round" "min" "ratio/hand"
printf '%s\n' "--------------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        case ${STATUS[$label:$t]} in
            ok) printf '%-15s %7s %7s %10.3f %10.3f %10s\n' "$label" "$t" "${RND[$label:$t]}" \
                    "${MED[$label:$t]}" "${MIN[$label:$t]}" \
                    "$(ratio "${MED[$label:$t]}" "${MED[hand:$t]:-}")" ;;
            same) printf '%-15s %7s %7s\n' "$label" "$t" "(single-threaded: see the 1-thread row)" ;;
            *) printf '%-15s %7s %7s\n' "$label" "$t" "${STATUS[$label:$t]}" ;;
        esac
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc row skipped: arrc build failed; see above)"
exit $failed
