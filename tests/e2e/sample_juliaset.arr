# The Julia set sample (examples/juliaset/juliaset.arr, copied verbatim
# below): a 2-D comprehension whose block body runs a while loop, i32
# result.  Small images, integer results compared exactly with NumPy.
export fn juliaset(h: i64, w: i64, c_re: f64, c_im: f64, maxit: i64) -> i32[h, w] {
    let scale = 3.0 / f64(max(h, w));
    return [{
        var zr = (f64(x) - 0.5 * f64(w)) * scale;
        var zi = (0.5 * f64(h) - f64(y)) * scale;
        var it = 0;
        while it < maxit && zr * zr + zi * zi < 4.0 {
            let t = zr * zr - zi * zi + c_re;
            zi = 2.0 * zr * zi + c_im;
            zr = t;
            it += 1;
        }
        i32(it)
    } for y in 0..h, x in 0..w];
}
