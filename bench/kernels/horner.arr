export fn horner(x: f64[n], c: f64[8]) -> f64[n] {
    return c[0] + x * (c[1] + x * (c[2] + x * (c[3] + x * (c[4] + x * (c[5] + x * (c[6] + x * c[7]))))));
}
fn hpoly(t: f64, c0: f64, c1: f64, c2: f64, c3: f64, c4: f64, c5: f64, c6: f64, c7: f64) -> f64 {
    return c0 + t * (c1 + t * (c2 + t * (c3 + t * (c4 + t * (c5 + t * (c6 + t * c7))))));
}
export fn horner_loop(x: f64[n], c: f64[8]) -> f64[n] {
    return [{ var acc = c[7]; for k in 0..7 { acc = acc * x[i] + c[6 - k]; } acc } for i in 0..n];
}
