# Boundary modes on buffers smaller than the kernel's reach (offsets up to
# 3 on extents 1..4), and integer division inside a kernel (a trap site in
# a parallel region).
export fn wrap3(x: f64[n]) -> f64[n] {
    let o = copy(x);
    runStencil(o, x, :oob_wraparound) |b, a| { b[0] = a[-3] + 10.0 * a[2]; }
    return o;
}
export fn mirror3(x: f64[n]) -> f64[n] {
    let o = copy(x);
    runStencil(o, x, :oob_mirror) |b, a| { b[0] = a[-3] + 10.0 * a[2]; }
    return o;
}
export fn idiv(k: i64[n], d: i64) -> i64[n] {
    let o = copy(k);
    runStencil(o, k, 2, :oob_clamp) |b, a| { b[0] = (a[-1] + a[1]) / d; return a, b; }
    return o;
}
