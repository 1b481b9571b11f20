export fn prefix(x: f64[n]) -> f64[n] { return cumsum(x); }
export fn cummax(x: f64[n]) -> f64[n] { return scan(|a, b| max(a, b), -1.0e300, x); }
