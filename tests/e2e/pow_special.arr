# x ** y and pow(x, y) of floats are C's pow at the special values, also
# for the exponent 0.5 in vectorised loops (gcc's vectoriser makes
# pow(x, 0.5) a sqrt, which gave -0 for -0 and NaN for -inf): a constant
# exponent, one bound by a let, one passed in, and f32.
export fn half(a: f64[n]) -> f64[n] { return a ** 0.5; }
export fn half_let(a: f64[n]) -> f64[n] { let h = 0.5; return pow(a, h); }
export fn by(a: f64[n], y: f64) -> f64[n] { return a ** y; }
export fn half32(a: f32[n]) -> f32[n] { return a ** 0.5; }
export fn two(a: f64[n]) -> f64[n] { return a ** 2.0; }
export fn each(a: f64[n], y: f64[n]) -> f64[n] { return pow(a, y); }
export fn scalar(x: f64) -> f64 { return x ** 0.5; }
