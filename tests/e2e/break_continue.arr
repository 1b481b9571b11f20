# break and continue (LANGUAGE.md section 10): for and while, nested loops,
# inside comprehension bodies, in functions inlined elementwise and into a
# stencil kernel, and with array work in the loop.
export fn first_above(x: f64[n], t: f64) -> i64 {
    var k = -1;
    for i in 0..n {
        if x[i] <= t { continue; }
        k = i;
        break;
    }
    return k;
}
export fn pos_row_sums(a: f64[m, n]) -> f64[m] {
    return [{
        var s = 0.0;
        var j = 0;
        while true {
            if j >= n { break; }
            j += 1;
            if a[i, j - 1] < 0.0 { continue; }
            s += a[i, j - 1];
        }
        s
    } for i in 0..m];
}
fn collatz(v: i64) -> i64 {
    var x = v;
    var steps = 0;
    while true {
        if x == 1 { break; }
        steps += 1;
        if steps > 50 { break; }
        if x % 2 == 0 { x = x / 2; continue; }
        x = 3 * x + 1;
    }
    return steps;
}
export fn collatz_all(v: i64[n]) -> i64[n] { return collatz(v); }
export fn pairs(n: i64) -> i64 {
    var c = 0;
    for i in 0..n {
        for j in 0..n {
            if j > i { break; }          # the inner loop only
            if (i + j) % 3 == 0 { continue; }
            c += 1;
        }
        if c > 40 { break; }
    }
    return c;
}
export fn smooth_until(x: f64[n], tol: f64, maxit: i64) -> (f64[n], i64) {
    var y = copy(x);
    var it = 0;
    for k in 0..maxit {
        let z = runStencil(zeros_like(y), y, 1, :oob_clamp) |b, a| {
            b[0] = (a[-1] + 2.0 * a[0] + a[1]) * 0.25;
        };
        let d = maximum(abs(z - y));
        y = z;
        it += 1;
        if d < tol { break; }
    }
    return y, it;
}
fn clip_count(v: f64) -> f64 {
    var c = 0.0;
    for k in 0..10 {
        if v * f64(k) > 3.0 { break; }
        c += 1.0;
    }
    return c;
}
export fn kernel_loop(x: f64[n]) -> f64[n] {
    return runStencil(zeros_like(x), x, 1, :oob_wraparound) |b, a| {
        b[0] = clip_count(a[0]) + a[1];
    };
}
