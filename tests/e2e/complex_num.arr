# tol: 1e-13
# Complex numbers (LANGUAGE.md section 12): c64 and c128, imaginary
# literals, + - * / with numbers promoted (NumPy's formulas), abs sqrt exp
# log sin cos real imag conj arg, complex(), conversions, reductions, masks.

export fn ops(a: c128[n], b: c128[n], x: f64[n]) -> (c128[n], c128[n], c128[n], c128[n], c128[n], bool[n], c128[n]) {
    return a + b, a - x, a * b, a / b, 2.5i * a + 1.0, a == b, x / a;
}

export fn funcs(a: c128[n]) -> (f64[n], c128[n], c128[n], c128[n], f64[n], f64[n], f64[n], c128[n], c128[n], c128[n]) {
    return abs(a), sqrt(a), exp(a), log(a), real(a), imag(a), arg(a), conj(a), sin(a), cos(a);
}

export fn single(re: f32[n], im: f32[n]) -> (c64[n], c64[n], c64, c128, c64[n]) {
    let z = complex(re, im);
    return z * z, z / (z + 1.0), sum(z), c128(prod(z)), z * 1.5i - 2;
}

export fn stats(a: c128[m, n]) -> (c128, c128[n], c128[], i64) {
    let big = a[abs(a) > 1.0];
    return mean(a), sum(a, 0), big, len(big);
}

export fn scalars(z: c128, w: c64) -> (c128, c64, f64, c128) {
    var acc = z;
    acc *= 2;
    acc += 1i;
    return acc, w * w, abs(z), -1.5i + z;
}

export fn julia(h: i64, w: i64, c: c128, maxit: i64) -> i32[h, w] {
    return [{
        var z = complex(-1.5 + 3.0 * f64(j) / f64(w), -1.0 + 2.0 * f64(i) / f64(h));
        var k = 0;
        while k < maxit && abs(z) <= 2.0 {
            z = z * z + c;
            k += 1;
        }
        i32(k)
    } for i in 0..h, j in 0..w];
}
