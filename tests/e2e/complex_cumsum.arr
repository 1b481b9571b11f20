# tol: 1e-5
# cumsum of complex arrays (c128, c64, of an expression), as NumPy's
# cumsum; it was an error ('needs an array of numbers').  c64 sets the
# tolerance; large arrays are summed by chunks, as for floats.
export fn cs(a: c128[n]) -> c128[n] { return cumsum(a); }
export fn csf(a: c64[n]) -> c64[n] { return cumsum(a); }
export fn cs_last(a: c128[n], x: f64[n]) -> c128 { let c = cumsum(a * x + 1.0i); return c[n - 1]; }
