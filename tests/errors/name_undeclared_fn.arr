export fn f(x: f64) -> f64 {
    return helper(x) + 1.0;
}
