export fn prog18(x0: i8[n], x1: f32[n], s0: i64, s1: f64) -> u8[n] {
    for k1 in i64(1)..(n - 1) {
        var v2 = copy(x0);
        let v3 = [[0.0, 0.0]];
    }
    var v4 = x1;
    v4 *= x1;
    let v5 = (x1 - v4);
    for k6 in i64(1)..(n - 1) {
        if (false || true) {
            v4[k6] = v5[k6];
            break;
        }
        let v7 = ([(-s0) for g9 in histogram(((([(g8 - i64((-7))) for g8 in 2..n + 2] % 1) + 1) % 1), 1), g10 in 0..3] - [len(fill(i16(5), n)[[(s1 > s1) for g13 in 0..n]]) for g11 in 0..n, g12 in 0..1]);
        var v14 = reduce(|p, q| p ^ q, 0, fill(i64((-6)), 3, 3, n));
    }
    return u8(v4[0..n]);
}
