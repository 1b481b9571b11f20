# var (a, b) = e and names that are type or builtin names (LANGUAGE.md section 10)
fn mm(x: f64[n]) -> (f64, f64) { return minimum(x), maximum(x); }
export fn vt(x: f64[n], k: i64) -> (f64[n], f64[n], f64, f64) {
    var (a, b) = (x * 1.0, x + 1.0);
    var (lo, hi) = mm(x);
    for i in 0..k { a += b; b *= 0.5; lo -= 1.0; hi += lo; }
    var (p, q) = [(x[i] * 2.0, x[i] - 2.0) for i in 0..n];
    p += q;
    return a + p, b, lo, hi;
}
export fn names(x: f64[n], f64: f64) -> (f64, f64[n], i64) {
    let i32 = 3;                    # a type name as a local
    let sum = f64 * 2.0;            # a builtin's name as a local
    var count = 0;
    for max in 0..n { count += max; }
    let y = [x[i64] * 3.0 for i64 in 0..n];
    return sum + f64, y, count + i32;
}
# a var, an array and a stencil parameter named like types, assigned and
# stored to (found by make fuzz: 'f32 += 1' was 'expression is not assignable')
export fn typed_names(x: f64[n]) -> (i64, f64[n], f64[n]) {
    var f32 = 0;
    while f32 < 4 { f32 += 1; }
    let i64 = zeros(f64, n);
    i64[0] = 5.0;
    i64[1..n] += x[1..n];
    let out = runStencil(copy(x), x, 1, :oob_clamp) |f64, bool| {
        f64[0] = 0.5 * (bool[-1] + bool[1]);
    };
    return f32, i64, out;
}
# a size variable named like a type (section 10: type names are not keywords)
export fn sized(a: f64[u8], b: f64[u8, i16]) -> (i64, i64, f64) { return u8, i16, sum(a) + sum(b); }
