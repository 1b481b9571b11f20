fn sum(a: f64[n]) -> f64 {
    return 0.0;
}

export fn f(a: f64[n]) -> f64 {
    return sum(a);
}
