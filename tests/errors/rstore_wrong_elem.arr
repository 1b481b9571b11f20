export fn f(a: f64[n], k: i64[n]) {
    a[1..n] = k;
}
