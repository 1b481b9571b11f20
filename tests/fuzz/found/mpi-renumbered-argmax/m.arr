fn prog291_h1(a1: i64, a2: f32) -> f32 {
    let t3 = a1;
    if (u8(8) < u8(5)) {
        return log1p(abs((true ? a2 : 2.5f)));
    }
    return (f32(u8(6)) - (-i32((-7))));
}

export fn prog291(x0: f64[n], x1: f32[n, m]) -> (f32[n], f32[n]) {
    let v2 = sign(x1[((((i32((-6)) + len(x0)) % len(x1)) + len(x1)) % len(x1)), i64(0)]);
    var v3 = x0;
    v3 += atan(f64(((-9223372036854775804) + [len(x1) for g5 in 0..n])));
    let v4 = (x0 + v3);
    return concat(trunc([((abs(x1[((((i32(3) << i64((-1))) % len(x1)) + len(x1)) % len(x1)), i64(0)]) + 0.5f) ** 1.5f) for g6 in 0..1]), pow((abs([asinh((-0.5f)) for g7 in 0..n - 1]) + 0.5f), sin(v2))), x1[.., (((argmax(v4[0..n - 1]) % size(x1, 1)) + size(x1, 1)) % size(x1, 1))];
}
