#!/usr/bin/env bash
# Build and run the molecular-dynamics benchmark; print a table of medians.
#
# Environment: NS (3-D link-cell sizes in atoms, 4*NC^3 each, default
# "4000 32000"), NX2 (2-D all-pairs particles per side, default 64 = 4096
# particles), S (3-D steps per timed call, default 10), S2 (2-D steps, default
# 5), R (timed calls of the C and Numba versions per pass after a warm-up,
# default 2: 3 passes of 2 for the 5 calls of the single pass before),
# PASSES (interleaved passes, default 3, see ../common.sh: each pass runs
# every implementation at every thread count once, Numba all thread counts
# in one process; a row's figures are those of the pass with the median
# median), R_NUMPY (timed calls of NumPy, default 3; NumPy is
# single-threaded, timed at 1 thread in the first pass only), NUMPY_MAX_N
# (largest 3-D size NumPy runs at, default 4000), THREADS (default: 1 2 4
# ... up to the cores), PYTHON (default /usr/bin/python3), REQUIRE_ARRC=1
# (fail instead of skipping the arrc rows when the arrc build fails), make
# variables via MAKEARGS (e.g. MAKEARGS='ARRC=/path/to/arrc
# ARCH=-march=x86-64-v3').
set -u -o pipefail
cd "$(dirname "$0")"
. ../common.sh

NS=${NS:-"4000 32000"}
NX2=${NX2:-64}
S=${S:-10}
S2=${S2:-5}
R=${R:-2}
R_NUMPY=${R_NUMPY:-3}
NUMPY_MAX_N=${NUMPY_MAX_N:-4000}
THREADS=${THREADS:-$(default_threads)}
PYTHON=${PYTHON:-/usr/bin/python3}
export NUMBA_CACHE_DIR=${NUMBA_CACHE_DIR:-$PWD/$B/numba_cache}
start_time=$(date +%s)

echo "== building the hand-written versions"
mk hand || { echo "run.sh: building the hand-written code failed" >&2; exit 1; }
echo "== building the arrc versions"
build_arrc arrc
have_numpy=1 have_numba=1
"$PYTHON" -c 'import numpy' 2>/dev/null || {
    have_numpy=0; echo "run.sh: WARNING: $PYTHON has no numpy; numpy and numba rows skipped" >&2; }
"$PYTHON" -c 'import numba' 2>/dev/null || {
    have_numba=0; echo "run.sh: WARNING: $PYTHON has no numba; numba rows skipped" >&2; }
[ "$have_numpy" = 1 ] || have_numba=0

# kernels: name : driver prefix : size argument : steps : atoms
KERNELS=()
for n in $NS; do
    nc=$(awk -v n="$n" 'BEGIN { c = int((n / 4) ^ (1 / 3) + 0.5); print (4 * c * c * c == n) ? c : 0 }')
    if [ "$nc" -lt 5 ]; then
        echo "run.sh: NS entry $n is not 4*NC^3 with NC >= 5 (e.g. 4000, 13500, 32000)" >&2
        exit 1
    fi
    KERNELS+=("md-linkcell-$n:md3d:$nc:$S:$n")
done
KERNELS+=("md-allpairs-2d-$((NX2 * NX2)):md2d:$NX2:$S2:$((NX2 * NX2))")

declare -A MED MIN US PE STATUS
: > "$LOG"
failed=0
ROWS=()          # kernel:impl:threads in table order

# keep one pass's RESULT lines (pass_keep, ../common.sh) or mark the rows
# FAILED; $1 kernel, $2 impl, $3 rc, $4 output, $5 thread counts that were
# expected
collect() {
    local k=$1 impl=$2 rc=$3 out=$4 ts=$5 t line
    for t in $ts; do
        [ -n "${STATUS[$k:$impl:$t]:-}" ] || ROWS+=("$k:$impl:$t")
        line=$(printf '%s\n' "$out" | grep "^RESULT impl=$impl threads=$t " | tail -1)
        if [ "$rc" -ne 0 ] || [[ "$line" != *status=ok* ]]; then
            STATUS[$k:$impl:$t]="FAILED(rc=$rc)"
            unset "PASS_LINES[$k:$impl:$t]"
            failed=1
            continue
        fi
        STATUS[$k:$impl:$t]=ok
        pass_keep "$k:$impl:$t" "$line"
    done
}

# the thread counts of THREADS at which kernel $1, impl $2 has not failed
unfailed() {
    local t out=""
    for t in $THREADS; do
        [[ "${STATUS[$1:$2:$t]:-}" == FAILED* ]] || out="$out $t"
    done
    echo "${out# }"
}

show() { # the check and median lines of a run, tagged
    printf '%s\n' "$2" | grep -E '^  (check|median)|^check|compile' | sed "s|^|[$1] |"
}

load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$load" -v c="$(nproc)" 'BEGIN { exit !(l > 0.5 * c) }'; then
    echo "run.sh: WARNING: load average $load on $(nproc) cores before the runs: other work competes, medians (multi-threaded ones most) will be inflated" >&2
fi
echo "== running ($PASSES interleaved passes, threads: $THREADS; C and Numba: R=$R per pass, OMP_PROC_BIND=true; NumPy: R_NUMPY=$R_NUMPY, first pass only); log: $LOG"
# PASSES passes over every (kernel, implementation, thread count) triple
# (../common.sh); hand_c writes each kernel's state dump in the first pass,
# before Numba and NumPy read it. One that fails is not run again.
for pass in $(seq "$PASSES"); do
    tag="pass $pass/$PASSES"
    for entry in "${KERNELS[@]}"; do
        IFS=: read -r k drv size steps natoms <<< "$entry"
        dumpf="$B/state_$k.bin"
        [ "$pass" = 1 ] && rm -f "$dumpf"
        impls=(hand_c)
        [ "$drv" = md3d ] && impls+=(hand_c_half)
        [ "$have_arrc" = 1 ] && impls+=(arrc arrc_strict)
        for impl in "${impls[@]}"; do
            case $impl in
                hand_c) exe=$B/${drv}_hand ;;
                hand_c_half) exe=$B/${drv}_hand_half ;;
                *) exe=$B/${drv}_$impl ;;
            esac
            for t in $THREADS; do
                [[ "${STATUS[$k:$impl:$t]:-}" == FAILED* ]] && continue
                dump=()
                [ "$impl" = hand_c ] && [ ! -f "$dumpf" ] && dump=("$dumpf")
                out=$(OMP_NUM_THREADS=$t OMP_PROC_BIND=true "./$exe" "$size" "$steps" "$R" "${dump[@]}" 2>&1)
                rc=$?
                printf '%s\n' "$out" >> "$LOG"
                show "$k $impl t=$t $tag" "$out"
                collect "$k" "$impl" "$rc" "$out" "$t"
            done
        done
        # Numba: all thread counts in one process
        nb_threads=$(unfailed "$k" numba)
        if [ "$have_numba" = 1 ] && [ -f "$dumpf" ] && [ -n "$nb_threads" ]; then
            # shellcheck disable=SC2086  # one argument per thread count
            out=$(OMP_PROC_BIND=true "$PYTHON" numba_md.py "$dumpf" "$R" $nb_threads 2>&1)
            rc=$?
            printf '%s\n' "$out" >> "$LOG"
            show "$k numba $tag" "$out"
            collect "$k" numba "$rc" "$out" "$nb_threads"
        fi
        # NumPy (single-threaded, timed at 1 thread, 40-120 times slower
        # than hand_c): timed in the first pass only, R_NUMPY runs
        if [ "$have_numpy" = 1 ] && [ -f "$dumpf" ] && [ "$pass" = 1 ]; then
            if [ "$drv" = md2d ] || [ "$natoms" -le "$NUMPY_MAX_N" ]; then
                out=$(OMP_NUM_THREADS=1 "$PYTHON" numpy_md.py "$dumpf" "$R_NUMPY" 2>&1)
                rc=$?
                printf '%s\n' "$out" >> "$LOG"
                show "$k numpy $tag" "$out"
                collect "$k" numpy "$rc" "$out" 1
            else
                echo "[$k numpy] skipped: $natoms atoms > NUMPY_MAX_N=$NUMPY_MAX_N"
            fi
        fi
    done
done
# every figure of a row from the line of the pass with the median median_ms
for row in "${ROWS[@]}"; do
    [ "${STATUS[$row]}" = ok ] || continue
    line=$(pass_median "$row" median_ms)
    MED[$row]=$(sed -E 's/.*median_ms=([0-9.]+).*/\1/' <<< "$line")
    MIN[$row]=$(sed -E 's/.*min_ms=([0-9.]+).*/\1/' <<< "$line")
    US[$row]=$(sed -E 's/.*us_per_atom_step=([0-9.]+).*/\1/' <<< "$line")
    PE[$row]=$(sed -E 's/.* pe=([-0-9.e+]+).*/\1/' <<< "$line")
done

reldiff() { awk -v a="$1" -v b="$2" 'BEGIN { d = a - b; if (d < 0) d = -d; if (b < 0) b = -b; printf "%.1e", d / b }'; }

echo
echo "Molecular dynamics (Lennard-Jones, velocity Verlet): 3-D CoMD copper with link cells at 600 K"
echo "(S=$S steps of 1 fs per run), 2-D all pairs (S2=$S2 steps). Median of R runs after a warm-up,"
echo "of the pass with the median of PASSES=$PASSES interleaved passes (numpy: first pass only);"
echo "ratio = median over the passes of median / hand_c median in the same pass, same thread count (>1 means slower); numpy is single-threaded;"
echo "(min ms): the fastest run, for a machine shared with other work."
echo "$(${CC:-gcc} --version | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
printf '%-22s %-12s %7s %11s %13s %7s %10s\n' kernel implementation threads "median ms" "us/atom/step" ratio "(min ms)"
printf '%s\n' "--------------------------------------------------------------------------------------"
for row in "${ROWS[@]}"; do
    IFS=: read -r k impl t <<< "$row"
    if [ "${STATUS[$row]}" != ok ]; then
        printf '%-22s %-12s %7s %11s\n' "$k" "$impl" "$t" "${STATUS[$row]}"
        continue
    fi
    med=${MED[$row]}
    printf '%-22s %-12s %7s %11.2f %13.4f %7s %10.2f\n' "$k" "$impl" "$t" "$med" "${US[$row]}" \
        "$(pass_ratio "$row" "$k:hand_c:$t" median_ms)" "${MIN[$row]}"
    note="us/atom/step=${US[$row]}"
    if [ "$impl" = arrc_strict ] && [ -n "${PE[$k:arrc:$t]:-}" ]; then
        note="$note pe_reldiff_vs_arrc=$(reldiff "${PE[$row]}" "${PE[$k:arrc:$t]}")"
    fi
    record_ms "$k" "$impl" "$t" "$med" "$note" "$(pass_values "$row" median_ms)"
done
[ "$have_arrc" = 1 ] || echo "(arrc rows skipped: arrc build failed; see above)"
echo "(run.sh took $(( $(date +%s) - start_time )) s)"
exit $failed
