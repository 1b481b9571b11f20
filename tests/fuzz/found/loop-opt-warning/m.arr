fn prog1396_h1(a1: i64, a2: f64, a3: f64) -> f64 {
    return (a3 + 10.0);
}

export fn prog1396(x0: f32[n], s0: f32) -> i64[n] {
    var v2 = i8([dot([minimum(fill(u32(4), n)) for g4 in 2..n], fill(u32(9), n - 2)) for g3 in 0..n + 1]);
    v2[(v2 < (-3))] = (v2[((((i32((-4)) ** i32(3)) % len(v2)) + len(v2)) % len(v2))] + max((-(v2[((((len(x0) + 9) % len(v2)) + len(v2)) % len(v2))] * v2[i64(0)])), v2[((((n & len(x0)) % len(v2)) + len(v2)) % len(v2))]));
    v2[1..n] = ((x0[((([i32((-7)) for g5 in 2..n + 1] % len(x0)) + len(x0)) % len(x0))] < x0[1..n]) ? 6 : (v2[1..n] | 81));
    let v6 = [true for g7 in 0..2];
    v2[2..n + 1] %= (v2[0..n - 1] | 1);
    return ([n for g13 in ([s0, x0[(((i32((-2147483648)) % len(x0)) + len(x0)) % len(x0))], x0[i64(0)], 0.f] @ [sum([(-s0) for g10 in 0..1, g11 in 0..2, g12 in 1..n + 1]) for g8 in 0..4, g9 in 1..n + 1])] << 65);
}
