export fn f(m: f64[h, w]) -> f64[] {
    return cumsum(m);
}
