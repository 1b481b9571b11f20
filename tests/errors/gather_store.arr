export fn f(a: f64[n], idx: i64[m]) -> f64[n] {
    let b = copy(a);
    b[idx] = 1.0;
    return b;
}
