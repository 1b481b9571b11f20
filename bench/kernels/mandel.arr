export fn mandel(h: i64, w: i64, maxit: i64) -> i32[h, w] {
    return [{
        let cr = -2.0 + 2.5 * f64(j) / f64(w);
        let ci = -1.25 + 2.5 * f64(i) / f64(h);
        var zr = 0.0; var zi = 0.0; var k: i32 = 0;
        while k < i32(maxit) && zr * zr + zi * zi <= 4.0 {
            let t = zr * zr - zi * zi + cr;
            zi = 2.0 * zr * zi + ci;
            zr = t;
            k += 1;
        }
        k
    } for i in 0..h, j in 0..w];
}
