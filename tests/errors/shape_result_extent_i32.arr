export fn grid(m: i32) -> f64[m] {
    return zeros(f64, m);
}
