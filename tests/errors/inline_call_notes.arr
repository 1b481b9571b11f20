# a shape error found in an inlined body notes the calls it came through
fn add(a: f64[n], b: f64[m]) -> f64[n] { return a + b; }
fn twice(a: f64[n], b: f64[m]) -> f64[n] { return add(a, b) * 2.0; }
export fn f(x: f64[4], y: f64[5]) -> f64[4] {
    return twice(x, y);
}
