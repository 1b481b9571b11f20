export fn f(z: c128) -> f64 {
    return f64(z);
}
