export fn f() -> f64[,] {
    let p = [1.0 for i in 0..2, j in 0..3];
    let q = [2.0 for i in 0..2, j in 0..4];
    return p * q;
}
