fn prog450_h1(x1: f32[p], s2: i64) -> f32[p] {
    var acc3 = min(u32(7), i64(0));
    for k4 in i64(0)..i64(0) {
        acc3 -= acc3;
        if true {
            continue;
        }
    }
    return cumsum((x1[0..p] * 0.125f));
}

export fn prog450(x0: i64[n], x1: f64[n, m]) -> f32[n, m] {
    let v2 = (((-10.0f) * (-0.25f)) + (-2.5f));
    for k3 in i64(0)..i64(5) {
        x0[0..n - 1] = (x0[0..n - 1] + 2);
        x0[..] = (x0 * 1);
        let v4 = (x0 * 1);
        var v5 = maximum(fill(0.001f, n, 3, m), 1);
        var v6 = [v2 for g7 in 2..n + 2, g8 in 1..m + 1];
        var v9 = (v6[(((len(v5) % len(v6)) + len(v6)) % len(v6)), i64(0)] * v6);
        v6[0..n, ..] -= (0.25f * (v9[0..n, ..] + v6[0..n, ..]));
        v5[1..n, ..] -= (2.0f * (v5[1..n, ..] - v5[0..n - 1, ..]));
        v9[1..n - 1, ..] = (2.0f * (v9[1..n - 1, ..] + v9[0..n - 2, ..]));
        v5[1..n - 1, ..] = (0.25f * (v9[1..n - 1, ..] + v9[2..n, ..]));
        for k10 in i64(2)..(n - 1) {
            var v11 = sum(fill(0.1f, 1, 2, 1, n));
            v5[.., (((i32((-1)) % size(v5, 1)) + size(v5, 1)) % size(v5, 1))] += f32(u8(8));
            v9 = (v9 * 1.5f);
            if (sum(v9) < 0.0f) {
                continue;
            }
        }
        v5 = sin((v5 * 0.5f));
        if (maximum(v5) < 0.0f) {
            continue;
        }
    }
    let v12 = ([(-1.e-3f) for g13 in 0..3, g14 in 2..n + 2] @ f32([true for g15 in 0..n, g16 in 2..n + 2]));
    var v17 = copy(x0);
    let v18 = ((-[u64((-3)) for g21 in (x1[.., ((((i64(4) >> i32(3)) % size(x1, 1)) + size(x1, 1)) % size(x1, 1))] @ [erf(i8(9)) for g19 in 2..n + 2, g20 in 1..n + 1])]) + 2);
    let v22: f32 = v12[((((len(v12) | 60) % len(v12)) + len(v12)) % len(v12)), (((i32((-8)) % size(v12, 1)) + size(v12, 1)) % size(v12, 1))];
    return [pow((abs(v2) + 0.5f), sin(g25)) for g24 in 1..n + 1, g25 in ([log1p(abs(v12[i64(0), (((i64(floor(0.1f)) % size(v12, 1)) + size(v12, 1)) % size(v12, 1))])) for g23 in 0..m] - fill(10.0f, m))];
}
