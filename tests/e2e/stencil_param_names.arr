# runStencil kernel parameters named like the generated code's own names
# (the parallel region's per-thread copy of a buffer parameter P was arr_P:
# 'v' and 'k' clashed with a guarded store's temporaries, 'trapped' hid the
# trap flag, 'trap_seen' and 'div_i64' the runtime's helpers).  Each kernel
# divides by d, so its stores are guarded; d = 0 must fail.  Large enough
# for the parallel region.

export fn named_v(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |v, q| {
        v[0] = (q[-1] + q[1] + 0) / d;
        return q, v;
    }
    return b;
}

export fn named_k(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |k, q| {
        k[0] = (q[-1] + q[1] + 1) / d;
        return q, k;
    }
    return b;
}

export fn named_trapped(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |trapped, q| {
        trapped[0] = (q[-1] + q[1] + 2) / d;
        return q, trapped;
    }
    return b;
}

export fn named_trap_seen(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |trap_seen, q| {
        trap_seen[0] = (q[-1] + q[1] + 3) / d;
        return q, trap_seen;
    }
    return b;
}

export fn named_at_untrapped(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |at_untrapped, q| {
        at_untrapped[0] = (q[-1] + q[1] + 4) / d;
        return q, at_untrapped;
    }
    return b;
}

export fn named_div_i64(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |div_i64, q| {
        div_i64[0] = (q[-1] + q[1] + 5) / d;
        return q, div_i64;
    }
    return b;
}

export fn named_stored(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |stored, q| {
        stored[0] = (q[-1] + q[1] + 6) / d;
        return q, stored;
    }
    return b;
}

export fn named_store_at(x: i64[n], d: i64) -> i64[n] {
    let a = copy(x);
    let b = copy(x);
    runStencil(b, a, 3) |store_at, q| {
        store_at[0] = (q[-1] + q[1] + 7) / d;
        return q, store_at;
    }
    return b;
}
