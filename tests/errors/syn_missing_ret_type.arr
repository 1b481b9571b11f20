export fn f(x: f64) -> {
    return x;
}
