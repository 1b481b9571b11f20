export fn prog574(x0: i32[n], x1: i16[n], s0: i32, s1: i64) -> (i32[], u16[n]) {
    if false {
        let v1 = true;
        let v2: f32[4, 1, 1] = [[[(-0.0f)]], [[(-3.0f)]], [[(-0.1f)]], [[(-0.001f)]]];
    } else {
        let v3 = minimum((fill(i32(5), 2, 2, n) & 209));
    }
    let v4 = argmax(((-1.0) - fill(f64(0.75), 2, 1)), 0);
    let v5 = [u64(4) for g6 in 1..n + 1];
    let v7 = u8(i16(i32(7)));
    if ((len(x1) + len(v5)) >= (i64(9223372036854775807) / (i64((-2)) | i64(1)))) {
        let v8 = outer((x0[((((len(x1) / (len(x0) | 1)) % len(x0)) + len(x0)) % len(x0))] * fill(u8(2), n)), sqrt(abs([(u32(6) * i8((-8))) for g9 in 0..2])));
    } else {
        for k10 in i64(1)..i64(4) {
            let v11 = (-[expm1(sin(2.5f)) for g12 in 0..n]);
        }
        x1[1..n - 1] = (x1[2..n] * 3);
        x1[..] = (x1 * 2);
        let v13 = (x1 * 1);
    }
    var (v14, v15) = ((~(len(x0) / (len(x0) | 1))), ((-3) - (x0[((((len(x0) * len(x1)) % len(x0)) + len(x0)) % len(x0))] << len(v5))));
    v14 <<= 1;
    v15 *= (reduce(|p, q| p & q, -1, x0) / ((~i32(9)) | i32(1)));
    return fill(i32((-6)), n - 2), (~((fill(u16(0), n) ** 0) * 4));
}
