# structure: parfor 2, alloc 2
# structure-O0: parfor 6, alloc 4
# var arrays rebound in a loop to arrays of the same extents keep the
# extents of their first value (f64[n]): no run-time shape checks in the
# loop. (Lowered with extents of their own, every '+' would check
# 'f64[x_d0]' against 'f64[v_d0]' at run time.) The forward pass then lets
# the second line read the first line's new v directly, so both updates
# fuse into one loop per step (two without it).
export fn leapfrog(x0: f64[n], v0: f64[n], dt: f64, steps: i64) -> (f64[n], f64[n]) {
    var x = x0;
    var v = v0;
    for s in 0..steps {
        v = v - dt * x;
        x = x + dt * v;
    }
    return x, v;
}
