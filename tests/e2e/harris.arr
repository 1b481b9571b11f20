# tol: 1e-6
# structure: parfor 8, alloc 2
# (harris: one parfor over strips of rows, two windows per thread -- passes
# stencil-inline, stencil-out and stencil-chain; without them parfor 17,
# alloc 4 for the file; corners: a reduction and a stencil's 5 loops)
# A verbatim copy of examples/harris/harris.arr (below this header).
# Harris corner detector (Harris & Stephens 1988), written as whole-array arr.
#
# harris(img, k) is OpenCV's
#     cv2.cornerHarris(img, blockSize=3, ksize=3, k=k,
#                      borderType=cv2.BORDER_REFLECT_101)
# for a float32 image: the same Sobel scale, the same unnormalised 3 x 3 box
# window and the same border (arr's :oob_mirror is OpenCV's reflect-101:
# index -1 reads 1, index n reads n - 2).  Only the rounding of f32
# operations differs (see README.md).

# Harris response R = det(M) - k * trace(M)^2 of the structure tensor M,
# summed over the 3 x 3 window around each pixel.
export fn harris(img: f32[h, w], k: f32) -> f32[h, w] {
    # 1. Gradients: the 3 x 3 Sobel operator, scaled like OpenCV by
    #    1 / (2^(ksize - 1) * blockSize) = 1 / (4 * 3).  One stencil writes
    #    both: ix (d/dx, along a row) and iy (d/dy, down a column).
    let scale: f32 = 1.0 / 12.0;
    let ix = empty_like(img);
    let iy = empty_like(img);
    runStencil(ix, iy, img, :oob_mirror) |gx, gy, a| {
        gx[0, 0] = scale * ((a[-1, 1] + 2.0 * a[0, 1] + a[1, 1])
                          - (a[-1, -1] + 2.0 * a[0, -1] + a[1, -1]));
        gy[0, 0] = scale * ((a[1, -1] + 2.0 * a[1, 0] + a[1, 1])
                          - (a[-1, -1] + 2.0 * a[-1, 0] + a[-1, 1]));
    }

    # 2. The products that make up the structure tensor, pixel by pixel.
    let ixx = ix * ix;
    let ixy = ix * iy;
    let iyy = iy * iy;

    # 3. Sum each product over the 3 x 3 window (OpenCV's boxFilter with
    #    normalize=False), mirrored at the border like the gradients.
    let sxx = empty_like(img);
    let sxy = empty_like(img);
    let syy = empty_like(img);
    runStencil(sxx, sxy, syy, ixx, ixy, iyy, :oob_mirror) |a, b, c, p, q, r| {
        a[0, 0] = p[-1, -1] + p[-1, 0] + p[-1, 1]
                + p[0, -1]  + p[0, 0]  + p[0, 1]
                + p[1, -1]  + p[1, 0]  + p[1, 1];
        b[0, 0] = q[-1, -1] + q[-1, 0] + q[-1, 1]
                + q[0, -1]  + q[0, 0]  + q[0, 1]
                + q[1, -1]  + q[1, 0]  + q[1, 1];
        c[0, 0] = r[-1, -1] + r[-1, 0] + r[-1, 1]
                + r[0, -1]  + r[0, 0]  + r[0, 1]
                + r[1, -1]  + r[1, 0]  + r[1, 1];
    }

    # 4. The response: det - k * trace^2 with M = [[sxx, sxy], [sxy, syy]].
    #    Large positive at corners, negative along edges, near 0 on flat areas.
    let tr = sxx + syy;
    return sxx * syy - sxy * sxy - k * tr * tr;
}

# The corners: a mask of the pixels whose response exceeds frac * max(R) and
# is the largest of its 3 x 3 neighbourhood (non-maximum suppression).  Ties
# go to the last pixel in reading order: a pixel must be strictly above the
# neighbours before it (the row above, the pixel to its left) and at least
# as large as those after it, so a plateau of equal maxima (a corner that
# lies between pixels gives four) counts once.  :oob_src_zero reads 0
# outside the image, which every candidate beats when max(R) > 0.
export fn corners(r: f32[h, w], frac: f32) -> bool[h, w] {
    let t = frac * maximum(r);
    let peak = empty(bool, h, w);
    runStencil(peak, r, :oob_src_zero) |m, v| {
        let x = v[0, 0];
        m[0, 0] = x > t
            && x > v[-1, -1] && x > v[-1, 0]  && x > v[-1, 1]
            && x > v[0, -1]                   && x >= v[0, 1]
            && x >= v[1, -1] && x >= v[1, 0]  && x >= v[1, 1];
    }
    return peak;
}
