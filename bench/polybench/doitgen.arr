# doitgen: A[r, q, :] := A[r, q, :] C4 for every r, q  (PolyBench 4.2
# linear-algebra/kernels/doitgen, a multiresolution analysis kernel)
export fn kernel_doitgen(A: f64[nr, nq, np], C4: f64[np, np]) -> f64[nr, nq, np] {
    return [dot(A[r, q, ..], C4[.., p]) for r in 0..nr, q in 0..nq, p in 0..np];
}
