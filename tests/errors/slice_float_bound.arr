export fn f(a: f64[n], h: f64) -> f64 {
    return sum(a[1..h]);
}
