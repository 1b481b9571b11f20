# Returning one expression that yields the whole tuple (a call, a tuple
# comprehension), and a user reduce inside a comprehension body.
export fn rowsum(m: f64[h, w]) -> f64[h] {
    return [reduce(|a, b| a + b, 0.0, m[i, ..]) for i in 0..h];
}
fn two(x: f64) -> (f64, f64) {
    return x, 2.0 * x;
}
export fn t1(x: f64) -> (f64, f64) {
    return two(x);
}
export fn t2(x: f64[n]) -> (f64[n], f64[n]) {
    return [(x[i], 2.0 * x[i]) for i in 0..n];
}
