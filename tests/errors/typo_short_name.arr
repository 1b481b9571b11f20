export fn f(xs: f64[n]) -> f64 {
    let total = sum(x);
    return total;
}
