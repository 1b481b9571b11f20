export fn f(a: f64[a1, a2, a3, a4, a5]) -> f64 {
    return 0.0;
}
