# Parallel loops whose math calls --vector-math=sleef runs by blocks of 256
# through SLEEF's vector functions (passes/vecmath.c), in every variant (the
# gcc-sleef and clang-sleef variants take that path; the others libm's or
# libmvec's): lengths around the block and vector edges (0, 1, 7, 255, 256,
# 257, 1000), a call whose argument is another call's result (two rounds of
# calls), two-argument calls, values that cross segments (kept in blocks, or
# loaded again), a value stored and read back in one element, a 2-D map
# (its last dimension blocked), float sums (each block's partial sum added up
# by the loop over the blocks; log-sum-exp), and math in a loop that stays
# scalar (a maximum). f32: tests/e2e/f32_ops.
# tol: 1e-12

export fn nested(x: f64[n]) -> f64[n] {
    let e = erf(x * 0.5);
    let t = x * x;
    return exp(e) + t * log1p(t) - x;
}

export fn two_arg(x: f64[n], y: f64[n]) -> (f64[n], f64[n]) {
    return pow(abs(x) + 0.25, y * 0.5), atan2(x, y) + hypot(x, y);
}

export fn grid(a: f64[m, k]) -> f64[m, k] {
    return [sin(a[i, j]) * cos(a[i, j] * 0.5) + tanh(f64(i - j)) for i in 0..m, j in 0..k];
}

export fn with_sum(x: f64[n]) -> (f64, f64[n]) {
    return sum(exp(x * 0.1)), cbrt(x) * exp2(x * 0.125);
}

export fn lse(x: f64[n]) -> f64 {
    let m = maximum(x);
    return m + log(sum(exp(x - m)));
}

export fn with_max(x: f64[n]) -> f64 {
    return maximum(sinh(x * 0.5));
}
