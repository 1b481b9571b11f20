export fn f(x: f64) -> f64 {
    { let y = x; y };
    return x;
}
