#!/usr/bin/env bash
# Build and run the blur benchmark; print a table of medians (ms per round).
#
# Environment: H, W (image, default 4096 x 4096), ROUNDS (rounds per call,
# default 20), R (timed calls per pass after a warm-up, default 2: 3 passes
# of 2 stand for the 7 calls of the single pass before, and each pass adds
# a warm-up call and, for Numba, a compilation), PASSES (interleaved
# passes, default 3, see ../common.sh: each pass runs every implementation
# at every thread count once; a row's figures are those of the pass with
# the median ms/round), THREADS (default: 1 2 4 ... up to the number of
# cores, see default_threads in ../common.sh),
# NP_ROUNDS (rounds per timed NumPy call, default 2: NumPy takes a few
# hundred ms per round), NB_ROUNDS (rounds per timed Numba call, default
# ROUNDS: with fewer, the copy into buf weighs more per round; all are
# checked with ROUNDS like the others),
# PYTHON (default /usr/bin/python3), REQUIRE_ARRC=1 (fail instead of
# skipping the arrc row when the arrc build fails), make variables via
# MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
# The numpy, opencv, numba and numba_stencil rows need python3-numpy,
# python3-opencv and python3-numba: ./setup.sh installs them (`make bench`
# runs it first). With BENCH_RESULTS set (bench/run_all.sh) every measured
# row is also appended there (record, ../common.sh), in seconds per round.
set -u -o pipefail
cd "$(dirname "$0")" || exit 1
. ../common.sh

H=${H:-4096}
W=${W:-4096}
ROUNDS=${ROUNDS:-20}
R=${R:-2}
THREADS=${THREADS:-$(default_threads)}
NP_ROUNDS=${NP_ROUNDS:-2}
NB_ROUNDS=${NB_ROUNDS:-$ROUNDS}
PYTHON=${PYTHON:-/usr/bin/python3}
if [ "$H" = "$W" ]; then KERNEL=blur-$H-f32-per-round; else KERNEL=blur-${H}x$W-f32-per-round; fi

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1 have_opencv=1 have_numba=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0 have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no numpy; numpy and opencv rows skipped (run ./setup.sh)" >&2; }
[ "$have_numpy" = 1 ] && { "$PYTHON" -c 'import cv2' 2>/dev/null || {
    have_opencv=0
    echo "run.sh: WARNING: $PYTHON has no cv2; opencv rows skipped (run ./setup.sh)" >&2; }; }
"$PYTHON" -c 'import numpy, numba' 2>/dev/null || {
    have_numba=0
    echo "run.sh: WARNING: $PYTHON has no numba; numba rows skipped (run ./setup.sh)" >&2; }

# label : command (the loops append the arguments)
IMPLS=("hand:./$B/bl_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/bl_arrc" "arrc_strict:./$B/bl_arrc_strict")
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON py_blur.py numpy $B")
[ "$have_opencv" = 1 ] && IMPLS+=("opencv:$PYTHON py_blur.py opencv $B")
[ "$have_numba" = 1 ] && IMPLS+=("numba:$PYTHON py_blur.py numba $B"
                                 "numba_stencil:$PYTHON py_blur.py numba_stencil $B")
is_py() { case $1 in numpy|opencv|numba|numba_stencil) return 0 ;; esac; return 1; }

: > "$LOG"
run_logged() { # runs the command, appends its output to the log; sets OUT and RC
    OUT=$("$@" 2>&1)
    RC=$?
    printf '%s\n' "$OUT" >> "$LOG"
}

# 1. check: each C version against the serial reference in bench.c, bit for
#    bit (each writes BUILD/out_<label>.bin), hand against arrc with cmp, then
#    the Python versions against them all on the interior (within 1e-5).
echo "== checking ($H x $W, $ROUNDS rounds): C versions bitwise, Python versions within 1e-5 on the interior"
rm -f "$B"/out_*.bin "$B"/input.bin
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    read -r -a cmd_a <<< "$cmd"
    if is_py "$label"; then
        run_logged env OMP_NUM_THREADS=2 NUMBA_NUM_THREADS=2 OMP_PROC_BIND=true "${cmd_a[@]}" 0
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
    if [ "$label" = arrc ] || [ "$label" = arrc_strict ]; then
        if cmp -s "$B/out_hand.bin" "$B/out_$label.bin"; then
            echo "[hand vs $label] results bitwise equal (cmp)"
        else
            echo "run.sh: hand and $label results differ (cmp); no timing" >&2
            exit 2
        fi
    fi
done

# 2. timing: PASSES interleaved passes over every (implementation, thread
#    count) pair (see ../common.sh); a pair that fails is not run again
declare -A MED MIN RND STATUS
read -r first_t _ <<< "$THREADS"
failed=0
echo "== timing ($PASSES interleaved passes of R=$R after a warm-up, threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
for pass in $(seq "$PASSES"); do
    for entry in "${IMPLS[@]}"; do
        IFS=: read -r label cmd <<< "$entry"
        read -r -a cmd_a <<< "$cmd"
        for t in $THREADS; do
            [[ "${STATUS[$label:$t]:-}" == FAILED* ]] && continue
            case $label in
                numpy)
                    # single-threaded: timed with 1 thread only (in every pass)
                    if [ "$t" != "$first_t" ]; then
                        STATUS[$label:$t]=same; continue
                    fi
                    run_logged env OMP_NUM_THREADS=1 OMP_PROC_BIND=true "${cmd_a[@]}" "$R" "$NP_ROUNDS" ;;
                opencv)
                    run_logged env OMP_NUM_THREADS="$t" OMP_PROC_BIND=true "${cmd_a[@]}" "$R" "$ROUNDS" ;;
                numba|numba_stencil)
                    run_logged env OMP_NUM_THREADS="$t" NUMBA_NUM_THREADS="$t" OMP_PROC_BIND=true \
                        "${cmd_a[@]}" "$R" "$NB_ROUNDS" ;;
                *)
                    run_logged env OMP_NUM_THREADS="$t" OMP_PROC_BIND=true "${cmd_a[@]}" \
                        "$H" "$W" "$ROUNDS" "$R" "$B" ;;
            esac
            keep_result "$label:$t" "$label t=$t pass $pass/$PASSES" "$RC" "$OUT" '^  (check|median)' || continue
        done
    done
done
# every figure of a row from the line of the pass with the median ms_per_round
for key in "${!STATUS[@]}"; do
    [ "${STATUS[$key]}" = ok ] || continue
    line=$(pass_median "$key" ms_per_round)
    MED[$key]=$(sed -E 's/.*ms_per_round=([0-9.]+).*/\1/' <<< "$line")
    MIN[$key]=$(awk -v m="$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$line")" \
                    -v r="$(sed -E 's/.*rounds=([0-9]+).*/\1/' <<< "$line")" \
                    'BEGIN { printf "%.3f", m / r }')
    RND[$key]=$(sed -E 's/.*rounds=([0-9]+).*/\1/' <<< "$line")
done

# the combined table (BENCH_RESULTS): seconds per round; the default arrc
# build's max |difference| to the --strict-math build on the checked outputs
maxerr_strict=-
if [ -f "$B/out_arrc.bin" ] && [ -f "$B/out_arrc_strict.bin" ]; then
    if cmp -s "$B/out_arrc.bin" "$B/out_arrc_strict.bin"; then
        maxerr_strict="0 (bitwise equal)"
    else
        maxerr_strict=$("$PYTHON" -c 'import sys, numpy as np
a, b = (np.fromfile(f, dtype=np.float32, offset=24).astype(np.float64) for f in sys.argv[1:])
print("%.3g" % np.max(np.abs(a - b)))' "$B/out_arrc.bin" "$B/out_arrc_strict.bin" 2>/dev/null || echo "?")
    fi
fi
declare -A TABLE_IMPL=([hand]=hand_c)
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        [ "${STATUS[$label:$t]:-}" = ok ] || continue
        note="${RND[$label:$t]} rounds/call"
        case $label in
            arrc) note="$note maxerr_vs_strict=$maxerr_strict" ;;
            numpy) note="$note single-threaded" ;;
        esac
        record_ms "$KERNEL" "${TABLE_IMPL[$label]:-$label}" "$t" "${MED[$label:$t]}" "$note" \
            "$(pass_values "$label:$t" ms_per_round)"
    done
done

echo
echo "5x5 Gaussian blur (spec sample), $H x $W f32, ms per round = median of $R calls / rounds per call,"
echo "after a warm-up, of the pass with the median of $PASSES interleaved passes;"
echo "ratio = median over the passes of ms/round / that of hand in the same pass at the same thread count (>1 means slower)"
echo "$(${CC:-gcc} --version | head -1), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), opencv $("$PYTHON" -c 'import cv2; print(cv2.__version__)' 2>/dev/null), numba $("$PYTHON" -c 'import numba; print(numba.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-15s %7s %7s %10s %10s %10s\n' implementation threads rounds "ms/round" "min" "ratio/hand"
printf '%s\n' "--------------------------------------------------------------"
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label cmd <<< "$entry"
    for t in $THREADS; do
        case ${STATUS[$label:$t]} in
            ok) printf '%-15s %7s %7s %10.3f %10.3f %10s\n' "$label" "$t" "${RND[$label:$t]}" \
                    "${MED[$label:$t]}" "${MIN[$label:$t]}" \
                    "$(pass_ratio "$label:$t" "hand:$t" ms_per_round)" ;;
            same) printf '%-15s %7s %7s\n' "$label" "$t" "(single-threaded: see the 1-thread row)" ;;
            *) printf '%-15s %7s %7s\n' "$label" "$t" "${STATUS[$label:$t]}" ;;
        esac
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc row skipped: arrc build failed; see above)"
exit $failed
