export fn f(a: f64[n]) -> f64 {
    let y = a[0));
    return y;
