fn prog10_h1(a1: f64, a2: i64) -> i32 {
    return i32(0);
    return i32(0);
}

export fn prog10(x0: i32[n], x1: i32[n, m], x2: bool[n]) -> f32 {
    var v4 = x1;
    var v5 = v4;
    v5[((((len(x1) << (-1)) % len(v5)) + len(v5)) % len(v5)), ..] = prog10_h1(fill(f64(1.0), m), fill(i64(5), m));
    return 0.0f;
}
