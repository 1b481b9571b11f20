export fn f(a: f64[n]) -> f64[n] {
    var x = copy(a);
    x[x > 0.0] += x[0];
    return x;
}

export fn g(a: f64[n]) -> f64[n] {
    var x = copy(a);
    x[x >= 0.0] = x[0] - 10.0;
    return x;
}
