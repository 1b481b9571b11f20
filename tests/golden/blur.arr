# structure: parfor 5, alloc 2
# The spec's blur: one interior loop with no boundary tests (oob_skip), run
# for all rounds inside one parallel region; the rotation swaps pointers.
# With temporal blocking (pass tblock): 3 rounds per tile first, by a loop
# over tiles whose body has the two scratch windows (parfor 4, alloc 2),
# or on one thread 5 rounds per sweep over the rows in place (one more
# parfor, no allocation).
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
