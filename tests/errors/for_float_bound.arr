# A float bound of a for loop: one error, not two
export fn f(n: i64) -> f64 {
    var s = 0.0;
    for i in 0..10.0 { s += 1.0; }
    return s;
}
