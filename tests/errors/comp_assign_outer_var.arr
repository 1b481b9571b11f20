export fn f(a: f64[n]) -> f64[n] {
    var total = 0.0;
    let b = [{
        total += a[i];
        a[i] * 2.0
    } for i in 0..n];
    return b;
}
