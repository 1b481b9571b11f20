# Small and unsigned integers (LANGUAGE.md section 12): i8 i16 u8 u16 u32
# u64 wrap as C's int8_t ... uint64_t; >> is logical on unsigned; shift
# counts are taken modulo the width; / truncates, % takes the dividend's
# sign; mixed widths widen; float conversions truncate and saturate.

export fn arith8(a: i8[n], b: i8[n]) -> (i8[n], i8[n], i8[n], i8[n], i8[n], i8[n]) {
    return a + b, a - b, a * b, a / b, a % b, -a;
}

export fn arithu8(a: u8[n], b: u8[n]) -> (u8[n], u8[n], u8[n], u8[n], u8[n], u8[n], u8[n]) {
    return a + b, a - b, a * b, ~a, a >> 3, a << 13, a / (b | 1);
}

export fn u16mul(a: u16[n]) -> (u16[n], i16[n], i16[n]) {
    let s = i16(a);
    return a * a, s * s, s ** 3;
}

export fn mixed(a: u8[n], b: i32[n], c: u32[n]) -> (i32[n], u32[n], i64, i64, bool[n]) {
    return a + b, c + u32(a), sum(a), sum(i8(a)), c > 3000000000;
}

export fn convert(x: f64[n], y: f32[n]) -> (u8[n], i8[n], u64[n], i16[n], u16[n], u32[n]) {
    return u8(x), i8(x), u64(x), i16(x), u16(y), u32(y);
}

export fn wraps(v: i64[n]) -> (i8[n], u8[n], u16[n], u32[n], i16[n], u64[n]) {
    return i8(v), u8(v), u16(v), u32(v), i16(v), u64(v);
}

export fn literals() -> (u8, i8, u64, u32, i16, u8) {
    let m: u8 = -1;
    return 255, -128, 18446744073709551615, 4000000000, -32768, m;
}

export fn shifts(a: u32[n], b: i16[n], c: u64[n]) -> (u32[n], i16[n], u32[n], u64[n], i16[n]) {
    return a >> 31, b >> 2, a << 35, c >> 63, b << 15;
}

export fn reductions(a: u16[n]) -> (u16, u16, i64, i64, i64[n], u16[n]) {
    return minimum(a), maximum(a), sum(a), argmax(a), argsort(a), abs(a) + sign(a);
}

export fn u64_order(a: u64[n]) -> (bool[n], u64, u64[n]) {
    return a > 9223372036854775808, maximum(a), a / 3;
}

export fn divzero(a: u8[n], b: u8[n]) -> u8[n] { return a / b; }

export fn small_scalars(x: i8, y: u16, z: u32) -> (i8, u16, u32, i32) {
    var s = x;
    s *= 3;
    s += 100;
    var t = y;
    t -= 1;
    t <<= 4;
    return s, t, z * z, i32(y) - i32(z & 255);
}
