#!/usr/bin/env bash
# Temporal blocking (pass tblock, issue 14): the heat kernel (heat.arr,
# f64) and the spec's blur (examples/blur, f32), each built untiled
# (--stencil-tile=off) and tiled (the default) into one program and timed in
# the same run: ms per round, the ratio, and for heat the memory floor of an
# untiled round (the grid read and written once at the measured copy
# bandwidth).  Environment: H, W (default 4096), ROUNDS (per call, default
# 91: 90 tiled rounds -- blocks of 9, 5 or 3 -- and the last untiled; a
# round's cost is the call's less a one-round call's, over 90; both odd, so
# both calls end in the same buffer), R (timed calls, median,
# default 5), THREADS (default: 1 2 4 ... up to the cores), ARRC (default
# ../../arrc), CC (default gcc), CFLAGS (default -O3 -march=native -fopenmp),
# TILE (the tiled build's --stencil-tile value, default: the compiler's choice).
set -eu -o pipefail
cd "$(dirname "$0")"
. ../common.sh
H=${H:-4096} W=${W:-4096} ROUNDS=${ROUNDS:-91} R=${R:-5}
THREADS=${THREADS:-$(default_threads)}
ARRC=${ARRC:-../../arrc} CC=${CC:-gcc}
read -r -a CF <<< "${CFLAGS:--O3 -march=native -fopenmp}"
mkdir -p BUILD
for k in heat blur; do
    src=heat.arr; [ "$k" = blur ] && src=../../examples/blur/blur.arr
    "$ARRC" "$src" --stencil-tile=off --prefix=off -o BUILD/${k}_off.c
    "$ARRC" "$src" --stencil-tile="${TILE:-auto}" --prefix=on -o BUILD/${k}_on.c
    "$ARRC" "$src" --stencil-tile="${TILE:-auto}" --report -o BUILD/${k}_report.c | grep -o 'temporal blocking: [^;]*\|not tiled: [^;]*' | sed "s/^/$k: /"
done
"$CC" "${CF[@]}" -IBUILD -o BUILD/bench bench.c BUILD/heat_off.c BUILD/heat_on.c BUILD/blur_off.c BUILD/blur_on.c -lm
for t in $THREADS; do
    for k in heat blur; do
        line=$(OMP_NUM_THREADS=$t OMP_PROC_BIND=true ./BUILD/bench "$k" "$H" "$W" "$ROUNDS" "$R")
        echo "$line"
        if [ "$H" = "$W" ]; then kn=$k-$H; else kn=$k-${H}x$W; fi
        record "tblock-$kn-per-round" untiled "$t" "$(echo "$line" | sed 's/.*per round untiled \([0-9.]*\) ms.*/\1/' | awk '{print $1/1000}')"
        record "tblock-$kn-per-round" tiled "$t" "$(echo "$line" | sed 's/.*, tiled \([0-9.]*\) ms.*/\1/' | awk '{print $1/1000}')"
    done
done
