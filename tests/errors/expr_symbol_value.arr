export fn f(x: f64) -> f64 {
    let m = :oob_clamp;
    return x;
}
