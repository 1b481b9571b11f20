# structure: parfor 1, alloc 0
# c-contains: ARR_OMP(omp simd reduction(+:
# c-contains: tx_v = arr_sel_f64(near, 1.0 / r2 * d, 0.0);
# A reduction nested in a parallel loop (the pair sums of a force kernel)
# vectorises like a parallel one: its partial sums may combine in any
# order, so it gets 'omp simd reduction'. Its eager selects over
# floating-point work evaluate both operands before choosing (arr_sel_f64),
# so the C compiler has no branch to keep (it does not speculate
# floating-point operations under -ftrapping-math).
export fn pair_sums(x: f64[n], lo: i64[n], hi: i64[n], rc2: f64) -> (f64[n], f64[n]) {
    let (fx, pe) = [{
        let (tx, te) = [{
            let d = x[i] - x[k];
            let r2 = d * d;
            let near = r2 < rc2 && k != i;
            (select(near, 1.0 / r2 * d, 0.0), near ? r2 : 0.0)
        } for k in lo[i]..hi[i]];
        (sum(tx), sum(te))
    } for i in 0..n];
    return fx, pe;
}
