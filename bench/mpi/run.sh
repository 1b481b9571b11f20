#!/bin/sh
# bench/mpi: the heat stencil (examples/heat/heat.arr, arrc --mpi) on 1 to 4
# MPI ranks of this machine, one OpenMP thread per rank: time per round and
# the communication's share, the median of REPS runs; and the performance
# model of docs/mpi.md at the same points.  Writes bench/mpi/results.md.
#   bench/mpi/run.sh            (N=1024 R=50 REPS=3 RANKS="1 2 3 4")
set -e
cd "$(dirname "$0")"
N=${N:-1024} R=${R:-50} REPS=${REPS:-3} RANKS=${RANKS:-"1 2 3 4"}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
../../arrc --mpi ../../examples/heat/heat.arr -o "$tmp/heat_mpi.c"
mpicc -std=c11 -O3 -march=native -fopenmp -fno-math-errno -I"$tmp" -o "$tmp/bench" main.c "$tmp/heat_mpi.c" -lm
root=""
[ "$(id -u)" = 0 ] && root="--allow-run-as-root"
cores=$(nproc)
{
echo "# bench/mpi: the heat stencil on MPI ranks"
echo
echo "\`bench/mpi/run.sh\` on this machine ($cores cores; ranks beyond that are oversubscribed), $(date -u +%Y-%m-%d):"
echo "a $N x $N f64 plate, $R rounds, one OpenMP thread per rank, median of $REPS runs. The"
echo "communication's share is the largest over the ranks of the time spent in MPI calls"
echo "(waiting for the slower ranks included) over the call's time. The model is docs/mpi.md's."
echo
echo "| ranks | ms per round | communication share | model: ms per round |"
echo "|---|---|---|---|"
} > "$tmp/results.md"
t1=""
for p in $RANKS; do
    for k in $(seq "$REPS"); do
        OMP_NUM_THREADS=1 mpirun $root --oversubscribe -np "$p" "$tmp/bench" "$N" "$R"
    done | sort -k4 -n | awk -v reps="$REPS" 'NR == int((reps + 1) / 2)' > "$tmp/line"
    read -r ranks n r ms share rc < "$tmp/line"
    [ -z "$t1" ] && t1=$ms
    # the model: compute t1 / min(p, cores) spread over the ranks (oversubscribed
    # ranks share cores), plus per round one sync and a halo of one row of N
    # doubles to and from each neighbour (not hidden: Open MPI's shared-memory
    # transport moves it inside the wait)
    model=$(awk -v t1="$t1" -v p="$p" -v c="$cores" -v n="$N" 'BEGIN {
        alpha = 0.002; beta = 1 / 5e6;     # ms per message step, ms per byte (shared memory)
        cpu = t1 / (p < c ? p : c);
        comm = (p > 1) ? alpha * log(p) / log(2) + 2 * (alpha + beta * n * 8) : 0;
        printf "%.4f", cpu + comm }')
    printf '| %s | %s | %s | %s |\n' "$ranks" "$ms" "$share" "$model" >> "$tmp/results.md"
done
{
echo
echo "With more ranks than cores the ranks take turns on the cores, and a rank waiting in a"
echo "collective spins (Open MPI polls), so the measured time and the communication share grow"
echo "beyond the model, which assumes the cores are shared out evenly: compare the model with"
echo "the points up to $cores ranks, and measure scaling on a machine with a core per rank."
} >> "$tmp/results.md"
cat "$tmp/results.md"
cp "$tmp/results.md" results.md
