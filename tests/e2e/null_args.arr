# A NULL array with elements, or a NULL result pointer, is a located
# run-time error, not a crash; an empty array may be NULL.
export fn total(a: f64[n]) -> f64 { return sum(a); }
export fn scaled(a: f64[m, n], s: f64) -> f64[m, n] { return a * s; }
export fn positives(a: f64[n]) -> f64[] { return a[a > 0.0]; }
