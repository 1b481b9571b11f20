# Complex * and / give NumPy's plain formulas bit for bit (no contraction,
# LANGUAGE.md section 9) also when the C compiler may use FMA: gcc 12's
# straight-line vectoriser fused a product's multiplies into its add/sub
# (vfmaddsub) with -mfma or -march=native whatever -ffp-contract said, so
# the generated file turns that vectoriser off where complex numbers are
# used. The C prints the results' bits; the reference computes the formulas
# in Python floats (NumPy's own loops may use FMA).
# cflags: gcc-omp -march=native; gcc-O0 -march=native; gcc-strict -march=native
export fn cmul(a: c128[n], b: c128[n]) -> c128[n] { return a * b; }
export fn cdiv(a: c128[n], b: c128[n]) -> c128[n] { return a / b; }
export fn cmul32(a: c64[n], b: c64[n]) -> c64[n] { return a * b; }
export fn caxpy(a: c128[n], b: c128[n], s: c128) -> c128[n] { return s * a + b * b; }
