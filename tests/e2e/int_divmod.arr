# Integer / and % follow C: the quotient truncates toward zero, the
# remainder has the sign of the dividend (NumPy's // and % floor instead).

export fn divmod64(a: i64[n], b: i64[n]) -> (i64[n], i64[n]) {
    return a / b, a % b;
}

export fn divmod32(a: i32[n], b: i32[n]) -> (i32[n], i32[n]) {
    return a / b, a % b;
}

# scalar broadcast on either side; b never contains 0
export fn div_bcast(a: i64[n], b: i64[n]) -> (i64[n], i64[n], i64[n]) {
    return a / 4, -7 % b, a % 3 * 2;
}

export fn divmod_scalar(p: i64, q: i64) -> (i64, i64) {
    return p / q, p % q;
}

# (a / b) * b + a % b == a always holds
export fn identity(a: i64[n], b: i64[n]) -> bool {
    return all((a / b) * b + a % b == a);
}
