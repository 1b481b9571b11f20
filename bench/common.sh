# common.sh: sourced by bench/*/run.sh after they cd into their folder.
# The make wrapper (MAKEARGS), the build-log paths, the arrc build step
# (REQUIRE_ARRC=1 fails instead of skipping the arrc rows), ratio, record,
# and the interleaved passes (PASSES, pass_keep, pass_median, pass_values,
# pass_ratio).
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

# record KERNEL IMPL THREADS SECONDS [NOTE [PASS_SECONDS]]: one row of the
# combined table that `make bench` (bench/run_all.sh) builds; a no-op when
# BENCH_RESULTS is unset. SECONDS is the median time of one run of the
# kernel (of the pass pass_median picks). NOTE is free text (no tabs), e.g.
# "maxerr=3e-16". PASS_SECONDS: the row's time in each pass it was timed in,
# as space-separated PASS:SECONDS tokens ("1:0.0731 2:0.0745 3:0.0729");
# report.py divides them by the times of the row of impl "hand_c" with the
# same kernel and thread count in the same passes and reports the median of
# those per-pass ratios (the paired ratio); without PASS_SECONDS it divides
# SECONDS by hand_c's SECONDS and marks the ratio as unpaired.
# Tab-separated fields: KERNEL IMPL THREADS SECONDS NOTE [PASS_SECONDS]
# (older records have 4 or 5 fields and still render).
record() {
    [ -n "${BENCH_RESULTS:-}" ] || return 0
    if [ -n "${6:-}" ]; then
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" "$6" >> "$BENCH_RESULTS"
    else
        printf '%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" "${5:-}" >> "$BENCH_RESULTS"
    fi
}

# record_ms KERNEL IMPL THREADS MEDIAN_MS [NOTE [PASS_MS]]: record, from a
# median in milliseconds and PASS:MILLISECONDS tokens (pass_values)
record_ms() {
    record "$1" "$2" "$3" "$(awk -v m="$4" 'BEGIN { printf "%.6g", m / 1000 }')" "${5:-}" \
        "$(awk -v p="${6:-}" 'BEGIN { n = split(p, a, " ")
            for (i = 1; i <= n; i++) { split(a[i], kv, ":")
                printf "%s%s:%.6g", (i > 1 ? " " : ""), kv[1], kv[2] / 1000 } }')"
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
# pass_median picks, record the row with the per-pass times (pass_values),
# and divide rows pass by pass (pass_ratio; report.py does the same for
# results.md): two medians from different passes would carry the drift
# between those passes into their ratio.
# The K-th line kept under a KEY is pass K's: a pair that fails is not run
# again (it keeps no line after its failure), and a pair timed in fewer
# passes (MD's NumPy) is timed in the first ones.
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

# pass_values KEY FIELD: prints PASS:VALUE for each line kept under KEY that
# has FIELD=VALUE, space-separated, in pass order ("1:17.4 2:19.4 3:17.9")
pass_values() {
    printf '%s' "${PASS_LINES[$1]:-}" |
        awk -v f="$2=" '{ for (i = 1; i <= NF; i++)
                              if (index($i, f) == 1) { printf "%s%d:%s", n++ ? " " : "", NR, substr($i, length(f) + 1); next } }'
}

# pass_ratio KEY BASE FIELD: the paired ratio of KEY to BASE, "%.2f": for
# every pass with both, KEY's FIELD value / BASE's, and of these the median
# (for an even count the mean of the two middle ones); "-" if no pass has
# both
pass_ratio() {
    { pass_values "$1" "$3"; echo; pass_values "$2" "$3"; echo; } |
        awk 'NR == 1 { n = split($0, a, " "); for (i = 1; i <= n; i++) { split(a[i], kv, ":"); v[kv[1]] = kv[2] } }
             NR == 2 { n = split($0, a, " ")
                       for (i = 1; i <= n; i++) { split(a[i], kv, ":")
                           if ((kv[1] in v) && kv[2] > 0) r[++m] = v[kv[1]] / kv[2] } }
             END { if (!m) { print "-"; exit }
                   for (i = 2; i <= m; i++) { x = r[i]; for (j = i - 1; j >= 1 && r[j] > x; j--) r[j + 1] = r[j]; r[j + 1] = x }
                   printf "%.2f\n", m % 2 ? r[(m + 1) / 2] : (r[m / 2] + r[m / 2 + 1]) / 2 }'
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
        unset "PASS_LINES[$key]"     # no ratio to a pair that failed
        failed=1
        printf '%s\n' "$out" | tail -5 >&2
        return 1
    fi
    STATUS[$key]=ok
    pass_keep "$key" "$line$extra"
}
