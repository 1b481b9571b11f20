export fn f(n: i64) -> f64 {
    let a = [1.0 for i in 0..n, j in 0..n, k in 0..n, l in 0..n, m in 0..n];
    return sum(a);
}
