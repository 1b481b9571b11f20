fn prog2424_h1(x1: f64[p], s2: f64) -> f64[p] {
    let t3 = histogram((((maximum([i16(8) for g4 in 0..4, g5 in 1..p], 0) % p) + p) % p), p);
    var acc6 = (p >> (-1));
    for k7 in i64(0)..i64(3) {
        acc6 ^= max(acc6, acc6);
        if any([true for g8 in 0..p]) {
            return (x1[0..p] ** 3.0);
        }
    }
    return x1[((([(i8(7) * i8((-5))) for g9 in 1..p + 1] % len(x1)) + len(x1)) % len(x1))];
}

export fn prog2424(x0: i8[n], x1: i32[n], s0: f64, s1: f32) -> i32[n] {
    var v2 = select((u8(2) >= u8(0)), (-fill(f64(15.e-1), n)), [(len(x0) / (len(x1) | 1)) for g3 in prog2424_h1([s0], s0)]);
    if (min(x1[((((len(x0) - n) % len(x1)) + len(x1)) % len(x1))], i32(4)) < len(x1)) {
        var v4: f32 = asinh(s1);
        v2[[(x1[g5] <= i32((-5))) for g5 in 0..n]] = (cumsum(v2) * (-10.0));
    } else {
        v2[2..n - 1] *= (v2[0..n - 3] * x1[1..n - 2]);
        var v6 = (pow((abs(s1) + 0.5f), sin(s1)) < 0.125f);
    }
    for k7 in i64(0)..n {
        let v8 = fill(1.0f, n + 1);
        let v9 = s1;
        let v10 = 0.125f;
    }
    return (7 * maximum(([g13 for g13 in concat([x1[((({ var s11 = len(x1);  for k12 in i64(0)..n { s11 = (s11 + i64(3));  }  s11 } % len(x1)) + len(x1)) % len(x1))]], x1[2..n]), g14 in 1..n + 1] + [reduce(|p, q| p + q, 0, x1[0..n]) for g15 in 0..n - 1, g16 in 0..n]), 0));
}
