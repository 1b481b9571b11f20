# a header named without quotes
extern math;
export fn h(x: f64[n]) -> f64 { return x[0]; }
