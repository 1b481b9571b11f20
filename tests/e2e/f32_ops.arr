# f32 arithmetic stays in f32: untyped literals in f32 context become f32
# (0.5 * x, x * 3), f32 literals (0.25f), elementwise math on f32, and f32
# reductions returning f32 (the data makes sums exact in f32).
# tol: 1e-6

export fn f32_arith(x: f32[n], y: f32[n]) -> f32[n] {
    return 0.5 * x * y + 1.5 - x / (y + 2.0);
}

export fn f32_math(x: f32[n]) -> (f32[n], f32[n], f32[n], f32[n]) {
    return sqrt(x), exp(-x), sin(x) * 0.25f, log(x + 1.0);
}

export fn f32_red(x: f32[n]) -> (f32, f32, f32, i64, f32) {
    return sum(x), maximum(x), mean(x), argmax(x), reduce(|a, b| a + b, 0.0, x);
}

export fn f32_lit(x: f32[n]) -> f32[n] {
    return x * 3 + 0.1f;
}

export fn f32_scalar(a: f32, b: f32) -> (f32, f64) {
    return a * b - 0.75, f64(a) * 0.1;
}

export fn f32_cmp(x: f32[n], t: f32) -> (bool[n], i64) {
    return x > t, count(x <= 0.5);
}
