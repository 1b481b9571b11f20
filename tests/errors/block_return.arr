export fn f(x: f64) -> f64 {
    let y = {
        let z = x * 2.0;
        if z > 1.0 {
            return z;
        }
        z + 1.0
    };
    return y;
}
