export fn f(a: f64[n], m: f64[h, w]) {
    a[0..h] = m;
}
