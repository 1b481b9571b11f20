# Float minimum/maximum run as vector min/max (pass minmax); the ordered
# loop runs again when a value is NaN (the first NaN is the result) or the
# result is a zero (of zeros of both signs the later one wins, as in
# NumPy's loop). One and two reductions a loop, f32, per row. argmin and
# argmax beside them (ties: the first index; zeros of both signs are
# equal; a NaN: the first NaN's index).
export fn vmax(x: f64[n]) -> f64 { return maximum(x); }
export fn vmin(x: f64[n]) -> f64 { return minimum(x); }
export fn vmax32(x: f32[n]) -> f32 { return maximum(x); }
export fn both(x: f64[n]) -> (f64, f64) { return (minimum(x * 2.0), maximum(x - 1.0)); }
export fn rowmax(a: f64[n, m]) -> f64[n] { return [maximum(a[i, ..]) for i in 0..n]; }
export fn amax(x: f64[n]) -> i64 { return argmax(x); }
export fn amin2(a: f64[n, m]) -> i64 { return argmin(a * 2.0); }
export fn amask(x: f64[n], lo: f64) -> i64 { return argmax(select(x > lo, x * x, -1e300)); }
