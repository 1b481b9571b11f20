# Array literals (LANGUAGE.md section 11): rank 1-4, literal typing from the
# context (declared type, parameter, the other operand), scalar expressions
# as elements, literals in comprehension bodies and stencil-like weights.
fn wsum(v: f32[3], k: f32[3]) -> f32 { return sum(v * k); }
export fn lits(x: f32[3], m: f64[2, 3], a: f64[n]) -> (f32[3], f64[2, 3], f64, i64[4], f32, f64[n], i32[2, 2, 2]) {
    let k: f32[3] = [0.25, 0.5, 0.25];
    let w = [[1, 2, 3], [4, 5, 6]];
    let s = sum([1.5, 2.5, 0.1]);
    let v = [1, 2, 3, 4] * 2;
    let t: i32[2, 2, 2] = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
    let taps = [0.25, 0.5, 0.25];
    let sm = [{
        var acc = 0.0;
        for j in 0..3 { acc += taps[j] * a[min(max(i + j - 1, 0), n - 1)]; }
        acc
    } for i in 0..n];
    return x * k, m + [[0.5, 1.5, 2.5], [3.0, 4.0, 5.0]] * f64(w[1, 2]), s, v,
           wsum(x, [0.1, 0.2, 0.3]), sm + [a[0], a[n - 1] * 2.0, 0.5][1], t;
}
export fn tiny(p: f64) -> (f64[1], bool[3], f64[1, 1, 1, 2]) {
    return [p * 2.0], [p > 0.0, true, !(p > 1.0)], [[[[p, -p]]]];
}
