export fn maxred(x: f64[n]) -> f64 { return maximum(x); }
