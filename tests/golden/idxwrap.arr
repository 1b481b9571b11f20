# A subscript i + c or i - c of values known to be >= 0 (loop indices from
# 0, constants, sizes, pass unroll's k_t) is plain signed arithmetic in C
# (pass idxwrap: clang vectorises it, the wrapping form it does not); an
# offset that may be negative keeps the wrapping form.
# c-contains: const double t3_v_1 = w[k_1] * x[(i + k_1)];
# c-contains: t3[i] = x[(i + 1)] - x[i];
# c-contains: x[(int64_t)((uint64_t)i + (uint64_t)o)]
export fn taps(x: f64[n], w: f64[3]) -> f64[] {
    return [sum([w[k] * x[i + k] for k in 0..3]) for i in 0..n - 2];
}

export fn diff(x: f64[n]) -> f64[] {
    return [x[i + 1] - x[i] for i in 0..n - 1];
}

export fn shifted(x: f64[n], o: i64) -> f64[] {
    return [x[i + o] for i in 0..n - 4];
}
