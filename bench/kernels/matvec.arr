export fn mv(a: f64[m, n], x: f64[n]) -> f64[m] { return a @ x; }
export fn mtv(a: f64[m, n], y: f64[m]) -> f64[n] { return sum(a * y[.., newaxis], 0); }
