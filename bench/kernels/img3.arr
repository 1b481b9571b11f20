export fn sharpen_clamp(img: f32[h, w]) -> f32[h, w] {
    let out = empty_like(img);
    runStencil(out, img, :oob_clamp) |o, a| {
        o[0, 0] = 5.0 * a[0, 0] - 0.5 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                - 0.25 * (a[-1, -1] + a[-1, 1] + a[1, -1] + a[1, 1]);
    }
    return out;
}
export fn sharpen_wrap(img: f32[h, w]) -> f32[h, w] {
    let out = empty_like(img);
    runStencil(out, img, :oob_wraparound) |o, a| {
        o[0, 0] = 5.0 * a[0, 0] - 0.5 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                - 0.25 * (a[-1, -1] + a[-1, 1] + a[1, -1] + a[1, 1]);
    }
    return out;
}
