export fn f(x: f64) -> f64 {
    # café au lait
    return x;
}
