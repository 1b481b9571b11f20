fn scaled_sum(v: f64[k], s: f64) -> f64 {
    return s * sum(v);
}

export fn f(a: f64[n], w: f64[n]) -> f64[n] {
    return scaled_sum(a, w);
}
