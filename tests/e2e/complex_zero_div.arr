# Complex division by a zero of either sign gives NumPy's result (its
# Smith's quotient divides the parts by |b.re| = +0): (1+2i)/(-0+0i) is
# inf+inf i, not -inf+inf i (found by an acceptance probe).
export fn zdiv(a: c128[n], b: c128[n]) -> (c128[n], c64[n]) {
    return a / b, c64(a) / c64(b);
}
