# a var started as an integer and summed into as a float
export fn f(a: f64[n]) -> f64 {
    var s = 0;
    for i in 0..n { s += a[i]; }
    return f64(s);
}
export fn g(a: f64[n]) -> f64 {
    var t = 1;
    for i in 0..n { t = t * a[i]; }
    return f64(t);
}
