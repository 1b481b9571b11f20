# Fusion must not move a loop past a jump: b[..] = a * 2.0 runs before the
# early return of g, so b is written whatever flag is (issue 11: found while
# adding break/continue; the loop was fused past `if flag { return 1.0; }`).
fn g(a: f64[n], b: f64[n], flag: bool) -> f64 {
    b[..] = a * 2.0;
    if flag { return 1.0; }
    let c = b + 1.0;
    return sum(c);
}
export fn h(a: f64[n], b: f64[n], flag: bool) -> f64 { return g(a, b, flag); }

fn first_neg(x: f64[n], y: f64[n]) -> i64 {
    y[..] = x * x;
    for i in 0..n {
        if x[i] < 0.0 { return i; }
    }
    let z = y - 1.0;
    return i64(sum(z));
}
export fn k(x: f64[n], y: f64[n]) -> i64 { return first_neg(x, y); }
