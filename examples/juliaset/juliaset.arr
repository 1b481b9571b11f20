# Escape-time Julia set: for each pixel (x, y) of an h x w image, iterate
# z <- z*z + c from z = the point of the complex plane that the pixel shows,
# and count the iterations until |z| >= 2 (or maxit).  The image shows the
# square [-1.5, 1.5] x [-1.5, 1.5] scaled to keep pixels square: the longer
# side spans 3.0.
#
# The 2-D comprehension becomes one parallel loop over the pixels; the block
# body (the escape loop) runs per pixel.  z is a c128: z * z is NumPy's
# product, (zr*zr - zi*zi) + (zr*zi + zi*zr)i, so the counts are NumPy's.

fn norm2(z: c128) -> f64 {             # |z|^2: no square root in the loop
    return real(z) * real(z) + imag(z) * imag(z);
}

export fn juliaset(h: i64, w: i64, c: c128, maxit: i64) -> i32[h, w] {
    let scale = 3.0 / f64(max(h, w));
    return [{
        var z = complex((f64(x) - 0.5 * f64(w)) * scale, (0.5 * f64(h) - f64(y)) * scale);
        var it = 0;
        while it < maxit && norm2(z) < 4.0 {
            z = z * z + c;
            it += 1;
        }
        i32(it)
    } for y in 0..h, x in 0..w];
}
