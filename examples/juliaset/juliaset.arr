# Escape-time Julia set: for each pixel (x, y) of an h x w image, iterate
# z <- z*z + c from z = the point of the complex plane that the pixel shows,
# and count the iterations until |z| >= 2 (or maxit).  The image shows the
# square [-1.5, 1.5] x [-1.5, 1.5] scaled to keep pixels square: the longer
# side spans 3.0.
#
# The 2-D comprehension becomes one parallel loop over the pixels; the block
# body (the escape loop) runs per pixel.

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
