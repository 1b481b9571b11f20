# Bitwise operators ~ & ^ | << >> on i64 and i32 arrays.  >> is arithmetic,
# a shift count is taken modulo the bit width (64 or 32), << wraps.
# Precedence (section 5): << >> above &, & above ^, ^ above |, and all of
# them above comparisons (so  a & 3 == 1  is  (a & 3) == 1, unlike C).

export fn bits64(a: i64[n], b: i64[n]) -> (i64[n], i64[n], i64[n], i64[n]) {
    return a & b, a | b, a ^ b, ~a;
}

export fn shifts64(a: i64[n], s: i64[n]) -> (i64[n], i64[n]) {
    return a << s, a >> s;
}

export fn bits32(a: i32[n], b: i32[n], s: i32[n]) -> (i32[n], i32[n], i32[n], i32[n], i32[n]) {
    return a & b, a | b ^ a, ~a, a << s, a >> s;
}

# literal counts >= the bit width
export fn shift_lit(a: i64[n], c: i32[n]) -> (i64[n], i64[n], i32[n], i32[n]) {
    return a << 65, a >> 64, c << 33, c >> 35;
}

# k holds values 0..12
export fn bit_prec(k: i64[n]) -> (bool[n], i64[n], i64[n], i64[n]) {
    return k & 3 == 1, 1 << k & 7 + 1, k ^ 5 | 2 & k, ~k + 1;
}

export fn bits_scalar(p: i64, q: i64) -> (i64, i64, i64) {
    return p << q, p >> q, (p ^ q) & ~(p | 255);
}
