export fn f(x: f64) -> f64 {
    for i in 0..10 {
        i = 3;
    }
    return x;
}
