# A sum fused into a stencil's round (its parallel region: 'omp for' with a
# reduction, and a store in the body).  clang 14 miscompiles 'omp for simd'
# with a reduction and a store at -O1 and up: the sum came out wrong (-1
# instead of -3 here) in the clang builds once the grid is large enough for
# threads; for clang the loop is now 'omp for' (codegen/cg_loop.c).  The
# values are multiples of 1/8, so every order of summation gives the same.
export fn step_sum(u: f64[n], v: f64[n]) -> f64 {
    runStencil(v, u, :oob_mirror) |b, a| {
        b[0] = a[-1] - a[1];
    };
    return sum(v);
}

export fn rounds_sum(u: f64[n], k: i64) -> f64 {
    let w = runStencil(zeros_like(u), copy(u), k, :oob_clamp) |b, a| {
        b[0] = a[-1] - a[1] + 0.5 * a[0];
        return a, b;
    };
    return sum(w);
}
