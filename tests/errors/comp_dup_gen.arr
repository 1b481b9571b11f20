export fn f(n: i64) -> f64[,] {
    return [1.0 for i in 0..n, i in 0..n];
}
