#!/usr/bin/env bash
# Build and run the Black-Scholes benchmark; print a table of medians.
#
# Environment: N (options, default 10000000), R (timed runs per pass after
# a warm-up, default 2: 3 passes of 2 stand for the 7 runs of the single
# pass before), R_UNFUSED (the same for the unfused rows, default 1: a run
# of theirs takes 4 to 7 s at N=10M, 13 to 110 times the fused hand C, and
# each pass adds a warm-up run; of the 271 s of one pass of 7 they took
# about 180), PASSES (interleaved passes, default 3, see ../common.sh: each
# pass runs every implementation at every thread count once; a row's
# figures are those of the pass with the median median), THREADS (default:
# 1 2 4 ... up to the number of cores, see default_threads in
# ../common.sh), PYTHON (default /usr/bin/python3; the numpy and numba
# rows need python3-numpy, python3-scipy and python3-numba, else they are
# skipped), PEERS=0 (no numpy/numba rows), MEM=0 (no peak-memory step),
# UNFUSED_REUSE=1 (add unfused rows where glibc
# malloc keeps freed temporaries in the heap instead of returning them to the
# OS, i.e. without the page-fault cost of fresh 80 MB mmaps), REQUIRE_ARRC=1 (fail instead of
# skipping the arrc rows when the arrc build fails), MAKEFLAGS/make variables via MAKEARGS
# (e.g. MAKEARGS='ARRC=/path/to/arrc ARCH=-march=x86-64-v3').
# With BENCH_RESULTS set (bench/run_all.sh) every measured row is also
# appended there (record, ../common.sh), and with BENCH_MEMORY set the peak
# memory rows go there.
set -u -o pipefail
cd "$(dirname "$0")"
. ../common.sh

N=${N:-10000000}
R=${R:-2}
R_UNFUSED=${R_UNFUSED:-1}
THREADS=${THREADS:-$(default_threads)}
PYTHON=${PYTHON:-/usr/bin/python3}
PEERS=${PEERS:-1}
MEM=${MEM:-1}
UNFUSED_REUSE=${UNFUSED_REUSE:-0}
REUSE_ENV=GLIBC_TUNABLES=glibc.malloc.mmap_threshold=4294967295:glibc.malloc.trim_threshold=4294967295
REF=$B/ref.bin
# kernel names of the combined table: 10000000 -> blackscholes-10M
if [ $((N % 1000000)) = 0 ]; then SZ=$((N / 1000000))M
elif [ $((N % 1000)) = 0 ]; then SZ=$((N / 1000))k
else SZ=$N; fi
KERNEL=blackscholes-$SZ

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
# the Python peers (checked against $REF, which hand_fused_scalar writes)
if [ "$PEERS" = 1 ]; then
    if "$PYTHON" -c 'import numpy, scipy.special' 2>/dev/null; then
        IMPLS+=("numpy:py:vec")
    else
        echo "run.sh: WARNING: $PYTHON lacks numpy or scipy; numpy rows skipped" >&2
    fi
    if "$PYTHON" -c 'import numba' 2>/dev/null; then
        IMPLS+=("numba:py:vec")
    else
        echo "run.sh: WARNING: $PYTHON has no numba; numba rows skipped" >&2
    fi
fi
# label -> the implementation column of the combined table (kernel
# $KERNEL for vector math and the peers, $KERNEL-strict for scalar math)
declare -A TABLE_IMPL=(
    [hand_fused_vec]=hand_c [hand_fused_scalar]=hand_c
    [hand_unfused_vec]=hand_c_unfused [hand_unfused_scalar]=hand_c_unfused
    [unfused_vec_reuse]=hand_c_unfused_reuse [unfused_scalar_reuse]=hand_c_unfused_reuse
    [arrc]=arrc [arrc_strict]=arrc [numpy]=numpy [numba]=numba)

# the order within a pass: each arrc build right after the hand C it is
# divided by, and both before the unfused rows (about 45 s of each pass at
# N=10M), so that the two are seconds apart; the rest as in IMPLS
RUN=()
for l in hand_fused_vec arrc hand_fused_scalar arrc_strict; do
    for entry in "${IMPLS[@]}"; do
        [ "${entry%%:*}" = "$l" ] && RUN+=("$entry")
    done
done
for entry in "${IMPLS[@]}"; do
    case ${entry%%:*} in
        hand_fused_vec|arrc|hand_fused_scalar|arrc_strict) ;;
        *) RUN+=("$entry") ;;
    esac
done

declare -A MED NS STATUS MAXREL IDENT
: > "$LOG"
rm -f "$REF"
failed=0
read -r first_t _ <<< "$THREADS"
echo "== running (N=$N, $PASSES interleaved passes of R=$R (unfused: R_UNFUSED=$R_UNFUSED), threads: $THREADS, OMP_PROC_BIND=true); log: $LOG"
# PASSES passes over every (implementation, thread count) pair (see
# ../common.sh), in the order of RUN; hand_fused_scalar writes $REF in the
# first pass, at the first thread count, before the peers (after it in RUN)
# read it. A pair that fails is not run again.
for pass in $(seq "$PASSES"); do
    for entry in "${RUN[@]}"; do
        IFS=: read -r label exe class extra <<< "$entry"
        for t in $THREADS; do
            [[ "${STATUS[$label:$t]:-}" == FAILED* ]] && continue
            if [ "$exe" = py ]; then
                out=$(env OMP_NUM_THREADS="$t" NUMBA_NUM_THREADS="$t" OMP_PROC_BIND=true \
                      "$PYTHON" py_bs.py "$label" "$REF" "$R" 2>&1)
            else
                reps=$R
                [[ "$label" == *unfused* ]] && reps=$R_UNFUSED
                refarg=()
                [ "$label" = hand_fused_scalar ] && [ "$t" = "$first_t" ] && [ "$pass" = 1 ] &&
                    refarg=("$REF")
                out=$(env ${extra:+"$extra"} OMP_NUM_THREADS="$t" OMP_PROC_BIND=true \
                      "./$B/$exe" "$N" "$reps" "${refarg[@]}" 2>&1)
            fi
            rc=$?
            printf '%s\n' "$out" >> "$LOG"
            # the check line's bit-identical count goes with this pass's line
            ident=$(printf '%s\n' "$out" | grep -m1 'check vs hand_fused_scalar' |
                    sed -E 's/.* ([0-9]+\/[0-9]+) bit-identical.*/\1/')
            keep_result "$label:$t" "$label t=$t pass $pass/$PASSES" "$rc" "$out" '^  (check|median)' \
                " bit_identical=$ident" || continue
        done
    done
done
# every figure of a row from the line of the pass with the median median_ms
for key in "${!STATUS[@]}"; do
    [ "${STATUS[$key]}" = ok ] || continue
    line=$(pass_median "$key" median_ms)
    MED[$key]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
    NS[$key]=$(sed -E 's/.*ns_per_option=([0-9.]+).*/\1/' <<< "$line")
    MAXREL[$key]=$(sed -E 's/.*maxrel=([^ ]+).*/\1/' <<< "$line")
    IDENT[$key]=$(sed -E 's/.* bit_identical=([^ ]*).*/\1/' <<< "$line")
done

# the combined table (BENCH_RESULTS): seconds, and for the default arrc
# build its max relative difference to the --strict-math build, which is
# its difference to hand_fused_scalar when arrc_strict is bit-identical to
# that (the drivers compare everything with hand_fused_scalar)
for entry in "${IMPLS[@]}"; do
    IFS=: read -r label exe class extra <<< "$entry"
    for t in $THREADS; do
        [ "${STATUS[$label:$t]:-}" = ok ] || continue
        kernel=$KERNEL
        [ "$class" = scalar ] && kernel=$KERNEL-strict
        note="maxrel_vs_hand_scalar=${MAXREL[$label:$t]}"
        case $label in
            arrc)
                if [ "${IDENT[arrc_strict:$t]:-}" = "$N/$N" ]; then
                    note="maxrel_vs_strict=${MAXREL[$label:$t]}"
                fi ;;
            numpy) note="$note single-threaded" ;;
        esac
        record_ms "$kernel" "${TABLE_IMPL[$label]:-$label}" "$t" "${MED[$label:$t]}" "$note" \
            "$(pass_values "$label:$t" median_ms)"
    done
done


echo
echo "Black-Scholes put, N=$N, median of $R runs (unfused: $R_UNFUSED), of the pass with the median of $PASSES interleaved passes;"
echo "ratio = median over the passes of median / baseline median in the same pass (same thread count; >1 means slower). $(${CC:-gcc} --version | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
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
            "$(pass_ratio "$label:$t" "$base:$t" median_ms)" \
            "$(pass_ratio "$label:$t" "hand_fused_vec:$t" median_ms)"
    done
done
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"

# peak memory: mem.c allocates only the 5 inputs and the output and calls
# the kernel once; max RSS from /usr/bin/time -v at the largest thread count
if [ "$MEM" = 1 ]; then
    t_mem=${THREADS##* }
    arrays=$((6 * N * 8))
    if [ ! -x /usr/bin/time ]; then
        echo "run.sh: WARNING: no /usr/bin/time (Debian package time); peak memory skipped" >&2
    elif mk mem-hand && { [ "$have_arrc" = 0 ] || mk mem-arrc; }; then
        echo
        echo "Peak memory (max RSS, /usr/bin/time -v), N=$N, $t_mem threads: inputs + output = 6 x N x 8 = $arrays bytes;"
        echo "none = the same process without the kernel call (libc, libgomp, stacks)"
        printf '%-20s %12s %18s %18s\n' implementation "maxRSS KiB" "- arrays (KiB)" "- none (KiB)"
        MEMS=(none hand_fused_vec hand_fused_scalar)
        [ "$have_arrc" = 1 ] && MEMS+=(arrc arrc_strict)
        base=""
        for m in "${MEMS[@]}"; do
            tv=$(OMP_NUM_THREADS=$t_mem OMP_PROC_BIND=true /usr/bin/time -v "./$B/mem_$m" "$N" 2>&1)
            rc=$?
            printf '%s\n' "$tv" >> "$LOG"
            kib=$(printf '%s\n' "$tv" | sed -n 's/.*Maximum resident set size (kbytes): *//p')
            if [ $rc -ne 0 ] || [ -z "$kib" ]; then
                echo "run.sh: mem_$m failed (rc=$rc)" >&2; failed=1; continue
            fi
            [ "$m" = none ] && base=$kib
            printf '%-20s %12s %18s %18s\n' "$m" "$kib" $((kib - arrays / 1024)) \
                "$([ -n "$base" ] && echo $((kib - base)) || echo -)"
            if [ -n "${BENCH_MEMORY:-}" ]; then
                printf '%s\t%s\t%s\t%s\t%s\n' "$KERNEL" "$m" "$t_mem" "$kib" "$arrays" >> "$BENCH_MEMORY"
            fi
        done
    else
        echo "run.sh: WARNING: building the memory drivers failed" >&2; failed=1
    fi
fi
exit $failed
