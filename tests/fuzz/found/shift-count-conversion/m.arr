export fn nested_shift_count(s0: i32, n: i64) -> i32[n] {
    return (((-1) * fill(i32(1), n)) >> (s0 * 7)) << (-fill(i64((-9223372036854775808)), n));
}
