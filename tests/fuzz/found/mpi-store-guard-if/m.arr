export fn prog179(x0: f32[n], x1: f64[n], x2: i32[n]) -> u32[n] {
    x0[(x0 != (-0.25f))] = (x0[((((-i64(2)) % len(x0)) + len(x0)) % len(x0))] + (select(fill(true, n), 10.0f, x0) - x0));
    let v1 = [f64(75.e-2) for g2 in 1..n + 1];
    let v3 = i64(u8(floor(125.e-3f)));
    var v4 = copy(x2);
    v4 = ((v4 >> 0) >> (n >> 9));
    v4[i64(0)] = ((x2[((((-len(x0)) % len(x2)) + len(x2)) % len(x2))] < i32((-5))) ? maximum(v4) : (-v4[(((i64((0.125f * 100000.0f)) % len(v4)) + len(v4)) % len(v4))]));
    return ((u8(8) + (u16(2) / (u16(5) | u16(1)))) + [(u16(5) & u32((-2))) for g5 in 0..n]);
}
