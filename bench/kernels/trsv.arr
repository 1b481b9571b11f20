export fn trsv(l: f64[n, n], b: f64[n]) -> f64[n] {
    let x = zeros(f64, n);
    for i in 0..n {
        x[i] = (b[i] - dot(l[i, 0..i], x[0..i])) / l[i, i];
    }
    return x;
}
