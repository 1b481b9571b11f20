#!/usr/bin/env bash
# Build and run the PolyBench-style suite: for every kernel, the serial C
# reference (ref.c, PolyBench 4.2's loops) against the arrc-generated C
# (KERNEL.arr) at each thread count; print a table of medians in seconds.
#
# Environment: KERNELS (default: all 15), R (timed runs after a warm-up,
# default 5), THREADS (default: 1 2 4 ... up to the number of cores, see
# default_threads in ../common.sh), DATASET (LARGE, the default, or MEDIUM:
# PolyBench's sizes), PB_TOL (largest relative difference allowed between
# arrc and the reference, default 1e-9), REQUIRE_ARRC=1 (stop at the first
# kernel that does not build), make variables via MAKEARGS.
# With BENCH_RESULTS set (bench/run_all.sh) every measured row is also
# appended there (record, ../common.sh): kernel polybench-<kernel> (with
# -MEDIUM appended for DATASET=MEDIUM), impl
# hand_c (the serial reference, timed once and recorded under every thread
# count, so that the table's ratio is to it) and arrc.
set -u -o pipefail
cd "$(dirname "$0")" || exit 1
. ../common.sh

ALL="gemm 2mm atax bicg mvt gesummv covariance correlation doitgen syrk syr2k
     fdtd-2d heat-3d jacobi-1d jacobi-2d"
KERNELS=$(echo ${KERNELS:-$ALL})
R=${R:-5}
THREADS=${THREADS:-$(default_threads)}
DATASET=${DATASET:-LARGE}

mkdir -p "$B"
: > "$LOG"
declare -A SIZE REF MED ST
failed=0
echo "== polybench: kernels: $KERNELS; dataset $DATASET; R=$R after a warm-up; threads: $THREADS (OMP_PROC_BIND=true); log: $LOG"
for k in $KERNELS; do
    id=${k//-/_}
    TK=polybench-$k; [ "$DATASET" = LARGE ] || TK=$TK-$DATASET   # kernel name in BENCH_RESULTS
    if ! mk DATASET="$DATASET" "$B/pb_$id" >> "$LOG" 2>&1; then
        echo "run.sh: building $k failed (see $LOG)" >&2
        ST[$k]="FAILED(build)"
        failed=1
        [ "$REQUIRE_ARRC" = 1 ] && exit 1
        continue
    fi
    # shellcheck disable=SC2086
    out=$(env OMP_PROC_BIND=true PB_TOL="${PB_TOL:-}" "./$B/pb_$id" "$R" $THREADS 2>&1)
    rc=$?
    printf '%s\n' "$out" >> "$LOG"
    printf '%s\n' "$out" | grep -v '^RESULT' | sed "s/^/[$k] /" >&2
    ST[$k]=ok
    [ $rc -eq 0 ] || { ST[$k]="FAILED(rc=$rc)"; failed=1; }
    while read -r line; do
        field() { sed -E "s/.* $1=([^ ]*).*/\1/" <<< "$line"; }
        impl=$(field impl) t=$(field threads) med=$(field median) st=$(field status)
        SIZE[$k]="$(field dataset) $(field size)"
        if [ "$impl" = hand_c ]; then
            REF[$k]=$med
            for tt in $THREADS; do
                record "$TK" hand_c "$tt" "$med" "serial reference (PolyBench loops), $DATASET $(field size)"
            done
        elif [ "$st" = ok ]; then
            MED[$k:$t]=$med
            record "$TK" arrc "$t" "$med" "maxrel_vs_ref=$(field maxrel)"
        else
            MED[$k:$t]=$st
        fi
        echo "[$k] $impl threads=$t median=${med}s maxrel=$(field maxrel) $st"
    done < <(printf '%s\n' "$out" | grep '^RESULT')
done

echo
echo "PolyBench 4.2 kernels, $DATASET dataset: median seconds of $R runs after a warm-up;"
echo "ref = PolyBench's loops in serial C (-O3 -march=native), arrc = the generated C/OpenMP;"
echo "ratio = arrc / ref (> 1: arrc is slower). $(${CC:-gcc} --version | head -1), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), $(nproc) cores"
hdr=$(printf '%-12s %-22s %9s' kernel size "ref")
for t in $THREADS; do hdr="$hdr$(printf ' %9s %6s' "arrc ${t}t" ratio)"; done
echo "$hdr"
printf '%s\n' "$(sed 's/./-/g' <<< "$hdr")"
for k in $KERNELS; do
    if [ "${ST[$k]}" = "FAILED(build)" ]; then
        printf '%-12s %s\n' "$k" "${ST[$k]}"; continue
    fi
    row=$(printf "%-12s %-22s %9.4g" "$k" "${SIZE[$k]:-?}" "${REF[$k]:-0}")
    for t in $THREADS; do
        m=${MED[$k:$t]:--}
        case $m in
            FAILED*|-) row="$row$(printf ' %9s %6s' "$m" -)" ;;
            *) row="$row$(printf ' %9.4g %6s' "$m" "$(ratio "$m" "${REF[$k]:-}")")" ;;
        esac
    done
    echo "$row"
done
exit $failed
