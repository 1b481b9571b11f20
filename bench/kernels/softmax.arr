export fn softmax(a: f64[m, n]) -> f64[m, n] {
    let mx = maximum(a, 1);
    let e = exp(a - mx[.., newaxis]);
    let s = sum(e, 1);
    return e / s[.., newaxis];
}
