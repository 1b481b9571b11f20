# tol: 1e-6
# runStencil over buffers of different element types (LANGUAGE.md section
# 12): an f32 image smoothed where a u8 mask is set (the rotation swaps
# the two f32 buffers, the mask stays), and an i32 count of the f64
# neighbours above a threshold (one round, clamped at the ends).

export fn masked_smooth(img: f32[h, w], mask: u8[h, w], iterations: i64) -> f32[h, w] {
    let out = copy(img);
    return runStencil(out, img, mask, iterations, :oob_skip) |b, a, m| {
        b[0, 0] = m[0, 0] > 0 ? 0.25 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1]) : a[0, 0];
        return a, b, m;
    };
}

export fn neighbours(x: f64[n], cnt: i32[n]) {
    runStencil(cnt, x, :oob_clamp) |c, a| {
        c[0] = i32(a[-1] > 0.5) + i32(a[1] > 0.5) + 10 * i32(a[0] > 0.5);
    };
}
