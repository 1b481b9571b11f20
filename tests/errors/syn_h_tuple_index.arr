fn two(x: f64) -> (f64, f64) { return x, x * 2.0; }
export fn f(x: f64) -> f64 {
    let t = two(x);
    return t.0;
}
