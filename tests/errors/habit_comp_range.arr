# Python's range in a comprehension
export fn f(a: f64[n]) -> f64[n] { return [a[i] * 2.0 for i in range(n)]; }
