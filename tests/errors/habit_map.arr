# Python's map
export fn f(a: f64[n]) -> f64[n] { return map(|x| x * 2.0, a); }
