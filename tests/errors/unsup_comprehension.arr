export fn f(n: i64) -> f64[n] {
    let sq = [f64(i * i) for i in 0..n];
    return sq;
}
