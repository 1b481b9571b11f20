export fn prog11(x0: i64[n]) -> (i32[n], u8[n]) {
    x0[(x0 >= 7)] = (min(((-9223372036854775808) * (0 * n)), (-9)) + x0[i64(0)]);
    x0[(x0 != 0)] %= x0;
    let v1 = concat([i32((-8)) for g5 in 1..n], (fill(i32(8), n) / ([minimum([i32((-4)) for g3 in 1..n + 1]) for g2 in 0..n] | 1))[[false for g4 in 0..n]]);
    let v11 = ([reduce(|p, q| p * q, 1, [(u16(0) * u16(4)) for g8 in 0..1, g9 in 0..3, g10 in [(2.5f + i32(3)) for g7 in 0..n]]) for g6 in 0..2] * [1, 9]);
    let v12 = (((-u64(7)) + (u64(8) + u64(3))) + ((u16(4) + u8(2)) >> i64(0)));
    let v13 = [(u8(3) >> i32(64)) for g14 in 0..n];
    return select(false, i32(((i16((-1)) - v13[((((true ? 1 : x0[(((len(x0) % len(x0)) + len(x0)) % len(x0))]) % len(v13)) + len(v13)) % len(v13))]) % ((i16(32765) | i16(6)) | i16(1)))), minimum(([i32(5) for g15 in 0..n, g16 in 0..n] & ([v13[g19] for g18 in [all([false, true]) for g17 in 1..n + 1], g19 in 0..n] & [[v13[(g21 - 2)], u8(6), v13[g20]][(g21 % 3)] for g20 in 0..n, g21 in 2..n + 2])), 0)), [maximum(maximum([(0 + v13[(g22 - 2)]) for g23 in 0..1, g24 in 1..n + 1], 0)) for g22 in 2..n + 2];
}
