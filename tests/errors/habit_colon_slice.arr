# a NumPy slice with :
export fn f(a: f64[n]) -> f64[] { return a[1:n]; }
