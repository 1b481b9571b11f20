# Elementwise trigonometric and hyperbolic builtins (and their inverses)
# on f64 arrays.
# tol: 1e-13

export fn trig(x: f64[n]) -> (f64[n], f64[n], f64[n]) {
    return sin(x), cos(x), tan(x);
}

export fn inv_trig(u: f64[n]) -> (f64[n], f64[n], f64[n]) {
    return asin(u), acos(u), atan(u);
}

export fn hyper(x: f64[n]) -> (f64[n], f64[n], f64[n]) {
    return sinh(x), cosh(x), tanh(x);
}

export fn inv_hyper(x: f64[n], v: f64[n], u: f64[n]) -> (f64[n], f64[n], f64[n]) {
    return asinh(x), acosh(v), atanh(u);
}

# sin^2 + cos^2 stays close to 1; atan of a broadcast scalar expression
export fn composed(x: f64[n], s: f64) -> (f64[n], f64[n]) {
    return sin(x) * sin(x) + cos(x) * cos(x), atan(x * s) * cosh(x / 4.0);
}
