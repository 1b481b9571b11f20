# Elementwise exponential, logarithm and root builtins on f64 arrays.
# tol: 1e-13

export fn exps(x: f64[n]) -> (f64[n], f64[n], f64[n], f64[n]) {
    return exp(x), exp2(x), exp10(x), expm1(x);
}

export fn logs(y: f64[n]) -> (f64[n], f64[n], f64[n], f64[n]) {
    return log(y), log2(y), log10(y), log1p(y);
}

export fn roots(y: f64[n], z: f64[n]) -> (f64[n], f64[n]) {
    return sqrt(y), cbrt(z);
}

# builtins inside a larger expression, with a scalar argument broadcast
export fn composed(x: f64[n], s: f64) -> f64[n] {
    return log(exp(x) + s) + sqrt(x * x + s) / cbrt(s);
}

export fn scalar_calls(v: f64) -> (f64, f64, f64) {
    return exp(v), log(v), sqrt(v);
}
