# common.sh: sourced by bench/*/run.sh after they cd into their folder.
# The make wrapper (MAKEARGS), the build-log paths, the arrc build step
# (REQUIRE_ARRC=1 fails instead of skipping the arrc rows) and ratio.
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
