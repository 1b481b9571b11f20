import "stats.arr";
fn centered(x: f64[n]) -> f64[n] {
    return x - sum(x) / f64(n);
}
