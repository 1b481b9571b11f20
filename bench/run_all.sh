#!/usr/bin/env bash
# `make bench` (after tools/install-deps.sh bench and building ./arrc): runs
# every benchmark folder's run.sh with BENCH_RESULTS set, so that each
# measured row lands in one table, measures arrc's compile time per sample,
# and writes bench/results.md and bench/results.png (bench/report.py).
#
#   bench/run_all.sh [FOLDER...]     (default: blackscholes blur kmeans matmul md overhead)
#
# Environment: THREADS (default: 1 2 4 ... up to the number of cores, passed
# on to every run.sh), REQUIRE_ARRC (default 0: a failing arrc build drops
# that folder's arrc rows, keeps the others, and marks the folder FAILED
# here; 1: the folder stops there), PYTHON (default
# /usr/bin/python3), FOLDER_TIMEOUT (seconds, default 600: a folder still
# running then is killed, with everything it started, and marked FAILED; a
# compiler that hangs must not hang `make bench`), and whatever the folders'
# run.sh read (PASSES, R, N, ...; PASSES, default 3, is the number of
# interleaved timing passes, see common.sh).
# A folder whose run.sh fails (or is missing) is marked FAILED in the output
# and in results.md; the others still run; the exit status is then 1.
# Output: bench/BUILD/ (results.tsv, memory.tsv, compile.tsv, status.tsv,
# <folder>.log), bench/results.md, bench/results.png.
set -u -o pipefail
cd "$(dirname "$0")" || exit 1
. ./common.sh
TOP=$(cd .. && pwd)
OUTDIR=$PWD/BUILD
mkdir -p "$OUTDIR"
export PYTHON=${PYTHON:-/usr/bin/python3}
export THREADS=${THREADS:-$(default_threads)}
export REQUIRE_ARRC=${REQUIRE_ARRC:-0}
FOLDER_TIMEOUT=${FOLDER_TIMEOUT:-600}
export BENCH_RESULTS=$OUTDIR/results.tsv BENCH_MEMORY=$OUTDIR/memory.tsv
: > "$BENCH_RESULTS"
: > "$BENCH_MEMORY"
STATUS=$OUTDIR/status.tsv
: > "$STATUS"
FOLDERS=("$@")
[ ${#FOLDERS[@]} -gt 0 ] || FOLDERS=(blackscholes blur kmeans matmul md overhead)

t_all=$(date +%s)
load_start=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)
failed=()
# noise meter: CPU seconds the whole machine was busy (/proc/stat) minus our
# own (this shell's children, `times`) = what other processes used while a
# folder ran; and the time the hypervisor stole
HZ=$(getconf CLK_TCK 2>/dev/null || echo 100)
machine_cpu() { awk -v hz="$HZ" '/^cpu / { printf "%.2f %.2f", ($2 + $3 + $4 + $7 + $8) / hz, $9 / hz }' /proc/stat; }
# (`times` must run in this shell, not in a $(...) subshell)
own_cpu() {
    times > "$OUTDIR/.times"
    awk 'NR == 2 { s = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); s += a[1] * 60 + a[2] }
                   printf "%.2f", s }' "$OUTDIR/.times"
}
tpid=
# the folders run in a process group of their own (timeout's): pass an
# interrupt on to it
on_signal() {
    [ -n "$tpid" ] && kill -TERM -- "-$tpid" 2>/dev/null
    echo "run_all.sh: interrupted" >&2
    exit 130
}
trap on_signal INT TERM
echo "== make bench: ${FOLDERS[*]}; threads: $THREADS; results: $BENCH_RESULTS"
echo "== arrc compile time"
"$PYTHON" compile_time.py "$OUTDIR/compile.tsv" || failed+=(compile-time)

for f in "${FOLDERS[@]}"; do
    log=$OUTDIR/$f.log
    echo
    echo "======== $f ($(date +%T))"
    if [ ! -f "$f/run.sh" ]; then
        echo "run_all.sh: $f/run.sh does not exist: FAILED" | tee "$log"
        printf '%s\t%s\t%s\n' "$f" "FAILED (no run.sh)" 0 >> "$STATUS"
        failed+=("$f")
        continue
    fi
    t0=$(date +%s)
    read -r busy0 steal0 <<< "$(machine_cpu)"
    own_cpu > "$OUTDIR/.own0"
    # timeout runs run.sh in a process group of its own and signals the
    # whole group when the time is up
    timeout -k 10 "$FOLDER_TIMEOUT" bash "$f/run.sh" > >(tee "$log") 2>&1 &
    tpid=$!
    wait "$tpid"
    rc=$?
    tpid=
    wait    # for tee (bash waits for the last process substitution too)
    dt=$(( $(date +%s) - t0 ))
    read -r busy1 steal1 <<< "$(machine_cpu)"
    own_cpu > "$OUTDIR/.own1"
    own0=$(cat "$OUTDIR/.own0") own1=$(cat "$OUTDIR/.own1")
    other=$(awk -v b0="$busy0" -v b1="$busy1" -v o0="$own0" -v o1="$own1" \
        'BEGIN { d = (b1 - b0) - (o1 - o0); printf "%.1f", d < 0 ? 0 : d }')
    steal=$(awk -v a="$steal0" -v b="$steal1" 'BEGIN { printf "%.1f", b - a }')
    echo "======== $f: other processes used ${other} CPU-s while it ran (${dt} s; steal ${steal} s)"
    if [ "$rc" = 0 ] && grep -q 'WARNING: arrc build failed' "$log"; then
        printf '%s\t%s\t%s\t%s\t%s\n' "$f" "FAILED (arrc build failed: no arrc rows)" "$dt" "$other" "$steal" >> "$STATUS"
        echo "======== $f: FAILED (arrc build failed: no arrc rows; ${dt} s); log: $log"
        failed+=("$f")
    elif [ "$rc" = 0 ]; then
        printf '%s\t%s\t%s\t%s\t%s\n' "$f" ok "$dt" "$other" "$steal" >> "$STATUS"
        echo "======== $f: ok (${dt} s)"
    else
        why="rc=$rc"
        { [ "$rc" = 124 ] || [ "$rc" = 137 ]; } && why="timed out after $FOLDER_TIMEOUT s"
        printf '%s\t%s\t%s\t%s\t%s\n' "$f" "FAILED ($why)" "$dt" "$other" "$steal" >> "$STATUS"
        echo "======== $f: FAILED ($why, ${dt} s); log: $log"
        failed+=("$f")
    fi
done

total=$(( $(date +%s) - t_all ))
echo
"$PYTHON" report.py --results "$BENCH_RESULTS" --memory "$BENCH_MEMORY" \
    --compile "$OUTDIR/compile.tsv" --status "$STATUS" --overhead "$OUTDIR/overhead.log" \
    --total-seconds "$total" --load "$load_start / $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null)" \
    --md results.md --png results.png || failed+=(report)
echo
echo "== make bench: ${total} s; wrote bench/results.md, bench/results.png"
if [ ${#failed[@]} -gt 0 ]; then
    echo "== FAILED: ${failed[*]} (see bench/BUILD/<folder>.log)" >&2
    exit 1
fi
