# common.sh: sourced by bench/*/run.sh after they cd into their folder.
# The make wrapper (MAKEARGS), the build-log paths, the arrc build step
# (REQUIRE_ARRC=1 fails instead of skipping the arrc rows), ratio, and the
# interleaved passes (PASSES, pass_keep, pass_median).
read -r -a MAKEARGS_A <<< "${MAKEARGS:-}"
REQUIRE_ARRC=${REQUIRE_ARRC:-0}
B=BUILD
LOG=$B/run.log

mk() { make --no-print-directory "${MAKEARGS_A[@]}" "$@"; }

# build_arrc TARGET...: builds the arrc variants; sets have_arrc=1 or 0
build_arrc() {
    have_arrc=1
    mk "$@" && return 0
    have_arrc=0
    if [ "$REQUIRE_ARRC" = 1 ]; then
        echo "run.sh: arrc build failed (REQUIRE_ARRC=1)" >&2; exit 1
    fi
    echo "run.sh: WARNING: arrc build failed; arrc rows skipped" >&2
    return 1
}

ratio() { # ratio of medians, or "-"
    if [ -n "${1:-}" ] && [ -n "${2:-}" ]; then
        awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
    else
        echo "-"
    fi
}

# record KERNEL IMPL THREADS SECONDS [NOTE]: one row of the combined table
# that `make bench` (bench/run_all.sh) builds; a no-op when BENCH_RESULTS is
# unset. SECONDS is the median time of one run of the kernel; the ratio
# column of the table divides it by the row of impl "hand_c" with the same
# kernel and thread count. NOTE is free text (no tabs), e.g. "maxerr=3e-16".
record() {
    [ -n "${BENCH_RESULTS:-}" ] || return 0
    printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >> "$BENCH_RESULTS"
}

# record_ms KERNEL IMPL THREADS MEDIAN_MS [NOTE]: record, from a median in
# milliseconds
record_ms() {
    record "$1" "$2" "$3" "$(awk -v m="$4" 'BEGIN { printf "%.6g", m / 1000 }')" "${5:-}"
}

# thread counts to run: THREADS, or 1 2 4 8 16 up to the machine's cores
default_threads() {
    local n t out=""
    n=$(nproc 2>/dev/null || echo 2)
    for t in 1 2 4 8 16 32 64; do [ "$t" -le "$n" ] && out="$out $t"; done
    echo "${out# }"
}

# Interleaved passes. The VM's speed drifts by up to a third over minutes,
# so an implementation timed minutes after another cannot be compared with
# it. The run.sh therefore time in PASSES passes (default 3), each of which
# runs every (implementation, thread count) pair once (R timed runs after a
# warm-up, in one process), keep each pass's RESULT line with pass_keep, and
# after the last pass take every figure of a row from the one line that
# pass_median picks.
PASSES=${PASSES:-3}
if ! [[ "$PASSES" =~ ^[1-9][0-9]*$ ]]; then
    echo "common.sh: PASSES must be a positive integer, not '$PASSES'" >&2
    exit 1
fi
declare -A PASS_LINES=()

# pass_keep KEY LINE: keeps LINE (one pass's RESULT line) under KEY
pass_keep() { PASS_LINES[$1]+="$2"$'\n'; }

# pass_median KEY FIELD: prints the line kept under KEY whose FIELD=value is
# the median of the kept lines' values (for an even count the lower middle
# one); nothing if none was kept
pass_median() {
    printf '%s' "${PASS_LINES[$1]:-}" |
        awk -v f="$2=" '{ for (i = 1; i <= NF; i++)     # value TAB line
                              if (index($i, f) == 1) { print substr($i, length(f) + 1) "\t" $0; next } }' |
        LC_ALL=C sort -g -s -k1,1 |
        awk -F'\t' '{ l[NR] = $2 } END { if (NR) print l[int((NR + 1) / 2)] }'
}

# keep_result KEY TAG RC OUT PATTERN [EXTRA]: one timed run's output (the
# whole of it appended to $LOG before the call or here, see the callers):
# prints its lines matching PATTERN tagged [TAG], and keeps its RESULT line
# (with EXTRA appended) for KEY with pass_keep, or marks KEY FAILED in the
# caller's STATUS (and sets its `failed`) when it exited non-zero or its
# RESULT line does not say status=ok. Returns 1 when it failed.
keep_result() {
    local key=$1 tag=$2 rc=$3 out=$4 pat=$5 extra=${6:-} line
    printf '%s\n' "$out" | grep -E "$pat" | sed "s|^|[$tag]|"
    line=$(printf '%s\n' "$out" | grep '^RESULT' | tail -1)
    if [ "$rc" -ne 0 ] || [[ "$line" != *status=ok* ]]; then
        STATUS[$key]="FAILED(rc=$rc)"
        failed=1
        printf '%s\n' "$out" | tail -5 >&2
        return 1
    fi
    STATUS[$key]=ok
    pass_keep "$key" "$line$extra"
}
