export fn f(n: i64) -> f64[] {
    return [{
        var s = 0.0;
        let inner = [{ s += 1.0; 0.0 } for j in 0..n];
        s
    } for i in 0..n];
}
