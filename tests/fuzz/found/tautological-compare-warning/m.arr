export fn prog1(x0: f64[n], x1: f32[n], x2: i32[n, m]) -> f64[] {
    let v3 = fill(false, n);
    let v5 = select([(v3[i64(0)] != v3[i64(0)]) for g6 in 0..4], i64(0), fill(i64(1), 4));
    return x0[v5];
}
