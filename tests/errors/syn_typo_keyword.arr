export fn f(a: f64) -> f64 {
    retrun a;
}
