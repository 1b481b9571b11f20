export fn f(n: i64) -> f64[] {
    let t = [(1.0, 2.0) for i in 0..n];
    return t;
}
