# C habits get a hint: a declaration with its type first
export fn f(x: f64) -> f64 {
    double s = 0.0;
    return s;
}
