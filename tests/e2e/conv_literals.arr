# Section 2: a conversion gives no type to an untyped literal inside it: the
# operand takes its default (f64, i64) and is then converted, as C's
# (float)1e300 and NumPy's float32(1e300) are (it was an error, and
# f32(16777216.0 + 1.0 + 1.0) was summed in f32; an acceptance probe).
export fn cl() -> (f32, f32, f32, f64, i32, f32) {
    let s = 16777216.0 + 1.0 + 1.0;
    return f32(1e300), f32(16777216.0 + 1.0 + 1.0), f32(s), f64(f32(0.1)), i32(3000000000), f32(-1e300 * 10.0);
}
