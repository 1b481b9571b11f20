export fn variance(x: f64[n]) -> f64 {
    let mu = mean(x);
    return mean((x - mu) ** 2);
}
