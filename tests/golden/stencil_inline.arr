# structure: parfor 5, alloc 0
# structure-O0: parfor 9, alloc 4
# The Harris detector's middle step (examples/harris): products of the
# gradients feed a 3 x 3 window sum. Pass stencil-inline computes each
# product at the window's reads (ix@(-1, -1) * ix@(-1, -1) ...), so ixx and
# ixy are never built (without the pass: parfor 7, alloc 4; the stencil is
# an interior loop and border loops). The operand ix is bound once. Pass
# stencil-out then writes the results from the kernel: no copies into the
# result buffers (parfor 5, alloc 0; stencil-inline alone: parfor 6, alloc 2).
export fn window(ix: f32[h, w], iy: f32[h, w]) -> (f32[h, w], f32[h, w]) {
    let ixx = ix * ix;
    let ixy = ix * iy;
    let sxx = empty_like(ix);
    let sxy = empty_like(ix);
    runStencil(sxx, sxy, ixx, ixy, :oob_mirror) |a, b, p, q| {
        a[0, 0] = p[-1, -1] + p[0, 0] + p[1, 1];
        b[0, 0] = q[-1, 1] + q[0, 0] + q[1, -1];
    }
    return sxx, sxy;
}
