export fn mcpi(seed: i64, n: i64) -> f64 {
    let k = arange(n);
    let u = uniform(seed, 2 * k);
    let v = uniform(seed, 2 * k + 1);
    return 4.0 * f64(count(u * u + v * v < 1.0)) / f64(n);
}
