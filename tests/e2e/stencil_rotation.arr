# runStencil (section 7) with buffer rotation.  The spec's blur sample
# (section 8) on an 11 x 13 f32 image for 0..4 rounds: in round r the
# kernel writes buf (r odd) or img (r even), and the value is the buffer
# bound to b in the last round (0 rounds: buf, the copy of img).  img is the
# caller's array and is updated in place (rounds 2 and 4 write it), so the
# driver prints it after each call.  oob_skip leaves the 2-wide border of
# both buffers: buf's is a copy of img's, img's stays img's.  The same blur
# under oob_mirror (offset 2 reflects index -2 to 2 and n+1 to n-3).
# 1-D rotations with local buffers whose initial contents differ (u = x,
# v = -3), so the skipped ends of each buffer show which buffer is which;
# the function returns the runStencil value and both buffers.
# tol: 1e-6

export fn blur(img: f32[h, w], iterations: i64) -> f32[h, w] {
    let buf = copy(img);
    return runStencil(buf, img, iterations, :oob_skip) |b, a| {
        b[0, 0] = 0.0030 * (a[-2, -2] + a[-2, 2] + a[2, -2] + a[2, 2])
                + 0.0133 * (a[-2, -1] + a[-2, 1] + a[-1, -2] + a[-1, 2]
                          + a[1, -2] + a[1, 2] + a[2, -1] + a[2, 1])
                + 0.0219 * (a[-2, 0] + a[2, 0] + a[0, -2] + a[0, 2])
                + 0.0596 * (a[-1, -1] + a[-1, 1] + a[1, -1] + a[1, 1])
                + 0.0983 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                + 0.1621 * a[0, 0];
        return a, b;
    };
}

export fn blur_mirror(img: f32[h, w], iterations: i64) -> f32[h, w] {
    let buf = copy(img);
    return runStencil(buf, img, iterations, :oob_mirror) |b, a| {
        b[0, 0] = 0.0030 * (a[-2, -2] + a[-2, 2] + a[2, -2] + a[2, 2])
                + 0.0133 * (a[-2, -1] + a[-2, 1] + a[-1, -2] + a[-1, 2]
                          + a[1, -2] + a[1, 2] + a[2, -1] + a[2, 1])
                + 0.0219 * (a[-2, 0] + a[2, 0] + a[0, -2] + a[0, 2])
                + 0.0596 * (a[-1, -1] + a[-1, 1] + a[1, -1] + a[1, 1])
                + 0.0983 * (a[-1, 0] + a[1, 0] + a[0, -1] + a[0, 1])
                + 0.1621 * a[0, 0];
        return a, b;
    };
}

export fn rot_skip(x: f64[n], k: i64) -> (f64[n], f64[n], f64[n]) {
    let u = copy(x);
    let v = fill(-3.0, n);
    let r = runStencil(v, u, k, :oob_skip) |b, a| {
        b[0] = 0.375 * a[-1] + 0.5 * a[0] + 0.125 * a[1];
        return a, b;
    };
    return r, u, v;
}

export fn rot_dst_zero(x: f64[n], k: i64) -> (f64[n], f64[n], f64[n]) {
    let u = copy(x);
    let v = fill(-3.0, n);
    let r = runStencil(v, u, k, :oob_dst_zero) |b, a| {
        b[0] = 0.375 * a[-1] + 0.5 * a[0] + 0.125 * a[1];
        return a, b;
    };
    return r, u, v;
}

export fn rot_wrap(x: f64[n], k: i64) -> (f64[n], f64[n], f64[n]) {
    let u = copy(x);
    let v = fill(-3.0, n);
    let r = runStencil(v, u, k, :oob_wraparound) |b, a| {
        b[0] = 0.375 * a[-1] + 0.5 * a[0] + 0.125 * a[1];
        return a, b;
    };
    return r, u, v;
}

# the rotation returns the written buffer first: with `return b, a` the
# kernel writes the same buffer every round, reading the same input
export fn rot_none(x: f64[n], k: i64) -> (f64[n], f64[n], f64[n]) {
    let u = copy(x);
    let v = fill(-3.0, n);
    let r = runStencil(v, u, k, :oob_clamp) |b, a| {
        b[0] = 0.375 * a[-1] + 0.5 * a[0] + 0.125 * a[1];
        return b, a;
    };
    return r, u, v;
}
