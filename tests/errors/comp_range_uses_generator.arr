export fn f(n: i64) -> f64[,] {
    return [1.0 for i in 0..n, j in 0..i];
}
