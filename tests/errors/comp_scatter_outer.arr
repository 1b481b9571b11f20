export fn f(a: f64[n], idx: i64[m], v: f64[m]) -> f64[n] {
    let b = [{
        scatter(a, idx, v);
        a[i]
    } for i in 0..n];
    return b;
}
