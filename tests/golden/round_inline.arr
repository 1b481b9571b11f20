# structure: parfor 1, alloc 0
# c-contains: out[i] = d_e - l * arr_round_f64(d_e / l);
# c-contains: #pragma GCC optimize("no-fast-math", "fp-contract=off", "no-trapping-math", "no-math-errno", "no-cx-limited-range")
# round() is printed as the runtime's inline arr_round_f64 (bit for bit
# libm's round, half away from zero; tests/e2e/math_round checks the values),
# not a libm call: gcc does not inline round() without -ffast-math, and the
# call held md2d's minimum-image pair loop to 27.5 us/particle/step (11 now).
# The file's `no-trapping-math` (no value changes: arr reads no exception
# flag) lets gcc 12 vectorise its trunc (roundpd), which -ftrapping-math,
# gcc's default, keeps scalar.
export fn image(d: f64[n], l: f64) -> f64[n] {
    return d - l * round(d / l);
}
