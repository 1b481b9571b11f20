#!/usr/bin/env bash
# Build and run the matrix-product benchmark; print a table of medians per
# element type and the ratio of the issue's target (arrc ≤ 1.5 × OpenBLAS
# at 1 thread, 1000 x 1000 f64).
#
# Environment: N (a and b are N x N, default 1000), R (timed runs per pass
# after a warm-up, default 3: 3 passes of 3 for the 7 runs of the single
# pass before), PASSES (interleaved passes, default 3, see ../common.sh:
# each pass runs every implementation at every thread count and type once;
# a row's figures are those of the pass with the median median), DTYPES
# (default "f64 f32"), THREADS (default: 1 2 4 ... up to the
# number of cores, see default_threads in ../common.sh), PYTHON (default
# /usr/bin/python3), OPENBLAS_AVX512 (default 1: on a CPU with AVX-512 where
# OpenBLAS picks a kernel without it, also time OpenBLAS with
# OPENBLAS_CORETYPE=SkylakeX as the row openblas_avx512; 0: not),
# REQUIRE_ARRC=1 (fail instead of skipping the arrc rows when the arrc build
# fails), make variables via MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc').
# The openblas rows need libopenblas-dev, the numpy row python3-numpy
# (tools/install-deps.sh bench); without them those rows are skipped.
# With BENCH_RESULTS set (bench/run_all.sh) every measured row is also
# appended there (record, ../common.sh).
set -u -o pipefail
cd "$(dirname "$0")" || exit 1
. ../common.sh

N=${N:-1000}
R=${R:-3}
DTYPES=${DTYPES:-f64 f32}
THREADS=${THREADS:-$(default_threads)}
PYTHON=${PYTHON:-/usr/bin/python3}
OPENBLAS_AVX512=${OPENBLAS_AVX512:-1}

echo "== building the hand-written version"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the OpenBLAS version"
have_openblas=1
mk openblas || {
    have_openblas=0
    echo "run.sh: WARNING: building against OpenBLAS failed (libopenblas-dev?); openblas rows skipped" >&2; }
echo "== building the arrc version"
build_arrc arrc
have_numpy=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0; echo "run.sh: WARNING: $PYTHON has no numpy; numpy rows skipped" >&2; }

# label : command (run_impl appends the element type to the C executables'
# names, and the arguments; the check writes each type's input and outputs
# to BUILD/<type>/ for NumPy)
IMPLS=("hand:./$B/mm_hand")
[ "$have_arrc" = 1 ] && IMPLS+=("arrc:./$B/mm_arrc")
[ "$have_openblas" = 1 ] && IMPLS+=("openblas:./$B/mm_openblas")
# OpenBLAS's own choice of kernel is not AVX-512 on every AVX-512 CPU (0.3.21
# takes Haswell on AMD Zen 4): then time the SkylakeX one too
core=
if [ "$have_openblas" = 1 ]; then
    core=$(OMP_NUM_THREADS=1 "./$B/mm_openblas_f64" 2 0 2>&1 | sed -nE 's/.*; core ([A-Za-z0-9_]+);.*/\1/p')
    echo "== OpenBLAS picks the ${core:-?} kernel here"
fi
if [ "$have_openblas" = 1 ] && [ "$OPENBLAS_AVX512" = 1 ] && grep -qw avx512f /proc/cpuinfo &&
   [[ ! "$core" =~ ^(SkylakeX|Cooperlake|SapphireRapids)$ ]]; then
    IMPLS+=("openblas_avx512:./$B/mm_openblas")
fi
[ "$have_numpy" = 1 ] && IMPLS+=("numpy:$PYTHON numpy_mm.py")

: > "$LOG"
run_logged() { # runs the command, appends its output to the log; sets OUT and RC
    OUT=$("$@" 2>&1)
    RC=$?
    printf '%s\n' "$OUT" >> "$LOG"
}
# run_impl LABEL DTYPE THREADS REPS: one run of an implementation
run_impl() {
    local label=$1 dt=$2 t=$3 reps=$4 entry cmd
    for entry in "${IMPLS[@]}"; do
        [ "${entry%%:*}" = "$label" ] && cmd=${entry#*:}
    done
    read -r -a cmd_a <<< "$cmd"
    # OMP_PROC_BIND=true for the OpenMP code only: libgomp then binds the
    # initial thread to one core at start-up, and the threads OpenBLAS
    # creates inherit that, so its 2 threads would share one core
    local env_a=(env OMP_NUM_THREADS="$t" OPENBLAS_NUM_THREADS="$t")
    case $label in
        hand|arrc) env_a+=(OMP_PROC_BIND=true) ;;
        *) env_a=(env -u OMP_PROC_BIND "${env_a[@]:1}") ;;
    esac
    [ "$label" = openblas_avx512 ] && env_a+=(OPENBLAS_CORETYPE=SkylakeX)
    if [ "$label" = numpy ]; then
        run_logged "${env_a[@]}" "${cmd_a[@]}" "$B/$dt" "$reps"
    elif [ "$reps" = 0 ]; then
        run_logged "${env_a[@]}" "${cmd_a[0]}_$dt" "$N" 0 "$B/$dt" "$label"
    else
        run_logged "${env_a[@]}" "${cmd_a[0]}_$dt" "$N" "$reps" "" "$label"
    fi
}

# 1. check, per element type: each C version against the naive reference in
#    bench.c (hand and arrc bit for bit, OpenBLAS within 2ku |a_i| |b_j|;
#    each writes BUILD/<type>/out_<label>.bin), hand against arrc with cmp, then
#    NumPy against them all (within the same tolerance).
echo "== checking (N=$N; $DTYPES): hand and arrc bitwise equal to the naive sums, OpenBLAS and NumPy within 2ku |a_i| |b_j|"
declare -A CORE MAXREL
for dt in $DTYPES; do
    mkdir -p "$B/$dt"
    rm -f "$B/$dt"/out_*.bin "$B/$dt"/input.bin
    for entry in "${IMPLS[@]}"; do
        label=${entry%%:*}
        run_impl "$label" "$dt" 2 0
        printf '%s\n' "$OUT" | grep -E '^  (check|openblas)' | sed "s/^/[$label $dt]/"
        if [ $RC -ne 0 ] || ! grep -q 'status=ok' <<< "$OUT"; then
            printf '%s\n' "$OUT" | tail -5 >&2
            echo "run.sh: the $label version ($dt) does not agree; no timing" >&2
            exit 2
        fi
        MAXREL[$label:$dt]=$(grep '^RESULT' <<< "$OUT" | sed -E 's/.*maxrel=([^ ]+).*/\1/')
        c=$(sed -nE 's/.*; core ([A-Za-z0-9_]+);.*/\1/p' <<< "$OUT" | head -1)
        [ -n "$c" ] && CORE[$label]=$c
        if [ "$label" = arrc ]; then
            if cmp -s "$B/$dt/out_hand.bin" "$B/$dt/out_arrc.bin"; then
                echo "[hand vs arrc $dt] results bitwise equal (cmp)"
            else
                echo "run.sh: hand and arrc results differ (cmp, $dt); no timing" >&2
                exit 2
            fi
        fi
    done
done

# 2. timing: PASSES interleaved passes over every (type, implementation,
#    thread count) triple (see ../common.sh); one that fails is not run again
declare -A MED MIN GF STATUS
failed=0
echo "== timing ($PASSES interleaved passes of R=$R after a warm-up, threads: $THREADS, OMP_PROC_BIND=true for hand and arrc); log: $LOG"
for pass in $(seq "$PASSES"); do
    for dt in $DTYPES; do
        for entry in "${IMPLS[@]}"; do
            label=${entry%%:*}
            for t in $THREADS; do
                [[ "${STATUS[$label:$dt:$t]:-}" == FAILED* ]] && continue
                run_impl "$label" "$dt" "$t" "$R"
                printf '%s\n' "$OUT" | grep -E '^  median' | sed "s|^|[$label $dt t=$t pass $pass/$PASSES]|"
                line=$(printf '%s\n' "$OUT" | grep '^RESULT' | tail -1)
                if [ $RC -ne 0 ] || [[ "$line" != *status=ok* ]]; then
                    STATUS[$label:$dt:$t]="FAILED(rc=$RC)"
                    unset "PASS_LINES[$label:$dt:$t]"
                    failed=1
                    printf '%s\n' "$OUT" | tail -5 >&2
                    continue
                fi
                STATUS[$label:$dt:$t]=ok
                pass_keep "$label:$dt:$t" "$line"
            done
        done
    done
done
# every figure of a row from the line of the pass with the median median_ms
for key in "${!STATUS[@]}"; do
    [ "${STATUS[$key]}" = ok ] || continue
    line=$(pass_median "$key" median_ms)
    MED[$key]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
    MIN[$key]=$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$line")
    GF[$key]=$(sed -E 's/.*gflops=([0-9.]+).*/\1/' <<< "$line")
done

# the combined table (BENCH_RESULTS)
declare -A TABLE_IMPL=([hand]=hand_c)
for dt in $DTYPES; do
    for entry in "${IMPLS[@]}"; do
        label=${entry%%:*}
        for t in $THREADS; do
            [ "${STATUS[$label:$dt:$t]:-}" = ok ] || continue
            case $label in
                arrc) note="bitwise equal to hand_c (cmp)" ;;
                openblas|openblas_avx512) note="core=${CORE[$label]:-?} maxrel_vs_naive=${MAXREL[$label:$dt]}" ;;
                numpy) note="np.matmul (OpenBLAS core=${CORE[openblas]:-?}) maxrel_vs_naive=${MAXREL[numpy:$dt]}" ;;
                *) note="" ;;
            esac
            record_ms "matmul-$N-$dt" "${TABLE_IMPL[$label]:-$label}" "$t" "${MED[$label:$dt:$t]}" "$note" \
                "$(pass_values "$label:$dt:$t" median_ms)"
        done
    done
done

echo
echo "matrix product c = a b, a and b $N x $N, median of $R runs after a warm-up (GFLOP/s = 2 N^3 / median),"
echo "of the pass with the median of $PASSES interleaved passes"
echo "ratio = median over the passes of median / median of hand (of openblas) in the same pass at the same thread count (>1 means slower)"
echo "$(${CC:-gcc} --version | head -1), OpenBLAS $(sed -nE 's/.*OpenBLAS ([0-9.]+).*/\1/p' "$LOG" | head -1) (core ${CORE[openblas]:-?}), numpy $("$PYTHON" -c 'import numpy; print(numpy.__version__)' 2>/dev/null), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
for dt in $DTYPES; do
    echo
    printf '%-16s %7s %9s %9s %9s %11s %15s\n' "$dt" threads "ms" "min ms" "GFLOP/s" \
        "ratio/hand" "ratio/openblas"
    printf '%s\n' "-------------------------------------------------------------------------------"
    for entry in "${IMPLS[@]}"; do
        label=${entry%%:*}
        for t in $THREADS; do
            if [ "${STATUS[$label:$dt:$t]:-}" != ok ]; then
                printf '%-16s %7s %9s\n' "$label" "$t" "${STATUS[$label:$dt:$t]:-}"
                continue
            fi
            printf '%-16s %7s %9.2f %9.2f %9.1f %11s %15s\n' "$label" "$t" \
                "${MED[$label:$dt:$t]}" "${MIN[$label:$dt:$t]}" "${GF[$label:$dt:$t]}" \
                "$(pass_ratio "$label:$dt:$t" "hand:$dt:$t" median_ms)" \
                "$(pass_ratio "$label:$dt:$t" "openblas:$dt:$t" median_ms)"
        done
    done
done
echo
if [[ " $DTYPES " == *" f64 "* ]]; then
    echo "ratio arrc/openblas at 1 thread: $(pass_ratio arrc:f64:1 openblas:f64:1 median_ms) (target <= 1.5)"
    [ -n "${MED[openblas_avx512:f64:1]:-}" ] &&
        echo "ratio arrc/openblas_avx512 at 1 thread: $(pass_ratio arrc:f64:1 openblas_avx512:f64:1 median_ms) (OPENBLAS_CORETYPE=SkylakeX)"
fi
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"
exit $failed
