export fn f(a: f64[n]) -> f64[] {
    return scan(|x, y, z| x + y + z, 0.0, a);
}
