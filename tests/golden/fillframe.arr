# Pass fillframe: the zeros of zeros_like only on the border a stencil
# skips (its first round writes the interior): rank 1 (two loops, the
# interior's bounds clamped into the array) and rank 2 (full rows outside
# the interior's rows, the two side strips inside them).
export fn f1(x: f64[n]) -> f64[n] {
    let y = zeros_like(x);
    runStencil(y, x) |b, a| { b[0] = 0.5 * a[-2] + a[0] - 0.25 * a[1]; }
    return y;
}
export fn f2(x: f32[h, w]) -> f32[h, w] {
    let y = zeros_like(x);
    runStencil(y, x) |b, a| { b[0, 0] = a[-1, 0] + a[1, 0] - a[0, -1] + 2.0f * a[0, 2]; }
    return y;
}
