export fn f(a: f64[n]) -> f64 {
    return reduce(|x| x * 2.0, 0.0, a);
}
