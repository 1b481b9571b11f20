# tol: 0
# Complex powers as NumPy's (npy_cpow): z ** 0 is 1; a zero base gives 0
# for a positive real exponent and NaN otherwise; an integer exponent
# below 100 in magnitude multiplies by squaring (1 / that for a negative
# one), in NumPy's order of products, so the results are NumPy's to the
# last bit (c64's too); any other exponent is libm's cpow (as NumPy's;
# but NumPy's arrays take sqrt for ** 0.5, a few ulps apart, which arr
# does not).  It was an error ('complex numbers take + - * /').
export fn zpow(z: c128, w: c128) -> c128 { return z ** w; }
export fn sq(z: c128[n]) -> c128[n] { return z ** 2; }
export fn ipow(z: c64[n], k: i64) -> c64[n] { return z ** k; }
export fn rpow(x: f64[n], w: c128) -> c128[n] { return x ** w; }
export fn mixed(z: c128[n]) -> c128[n] { return z ** -3 + z ** 1.5 + 2.0 ** z; }
