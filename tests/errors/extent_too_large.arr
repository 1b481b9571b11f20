# constant extents whose elements take more than 2^63 bytes: the generated
# C's sizes and flat indices would overflow (it compiled, and the C had
# undefined behaviour)
export fn f(a: f64[9223372036854775807, 4]) -> f64 {
    return sum(a);
}
export fn g(n: i64) -> f64 {
    let z = zeros(c128, n, 1099511627776, 1048576);
    return real(sum(z));
}
# 2^62 - 1 pairs of bytes fit
export fn h(a: u8[n, 4611686018427387903, 2]) -> u8 {
    return a[0, 0, 0];
}
