# Elementwise f64 arithmetic on arrays: + - * / and unary -, scalar
# broadcasting on either side, untyped integer literals in f64 context,
# operator precedence (* / before + -, left associativity).

export fn add_sub(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return a + b, a - b;
}

export fn mul_div(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return a * b, a / b;
}

# unary minus binds tighter than *; the literal 2 is an f64 here
export fn neg_bcast(a: f64[n], s: f64) -> f64[n] {
    return -a * s + 2 - s / a;
}

export fn mixed_expr(a: f64[n], b: f64[n], s: f64) -> f64[n] {
    return (a + s) * (b - 1.5) / (a * a + 1.0) - 0.25 * b;
}

# scalar on the left, integer literal divisor
export fn scalar_left(a: f64[n]) -> f64[n] {
    return 3.0 - a / 4 - 1 / a;
}

# left associativity of - and /
export fn assoc(a: f64[n], b: f64[n]) -> (f64[n], f64[n]) {
    return a - b - 1.0, a / b / 3.0;
}
