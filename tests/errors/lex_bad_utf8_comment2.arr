export fn f(x: f64) -> f64 {
    # café — fine, then bad: �(
    return x;
}
