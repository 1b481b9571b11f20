# c-contains: _Alignas(64) double arr_lanes_
# c-contains: for (int64_t i_5_l = 0; i_5_l < 8; i_5_l++) {
# c-contains: if (0 < pad_end && (uint64_t)pad_end - (uint64_t)0 > 64) {
# c-contains: arr_lanes_t9[0] += t5;
# A sum of inner sums (pass lanesum): the inner loop over k has no
# accumulators of its own; its terms go to 8 lanes of the loop over the
# runs (`into the lanes of`), whose sums are the pairwise sums of their
# lanes after it (`its 8 lanes`), so the partial sums stay a vector from
# one run to the next; a run longer than 8 vectors is an ordinary simd
# reduction added to lane 0.  The energy is half a sum: the 0.5 is applied after
# the outer sum, not to each run.  In `twice` the inner sum is read twice,
# so it keeps its own accumulator.
fn pair_sums(xi: f64, self: i64, lo: i64, hi: i64, xs: f64[n], rc2: f64) -> (f64, f64) {
    let (tx, te) = [{
        let d = xi - xs[k];
        let r2 = d * d;
        let near = r2 < rc2 && k != self;
        (near ? d / r2 : 0.0, near ? r2 : 0.0)
    } for k in lo..hi];
    return sum(tx), sum(te);
}

export fn forces(xs: f64[n], first: i64[c], last: i64[c], rc2: f64) -> (f64[n], f64[n]) {
    let (fx, pe) = [{
        let (tx, te) = [pair_sums(xs[i], i, first[(i + r) % c], last[(i + r) % c], xs, rc2) for r in 0..3];
        (sum(tx), 0.5 * sum(te))
    } for i in 0..n];
    return fx, pe;
}

export fn twice(a: f64[n], lo: i64[m], hi: i64[m]) -> f64[m] {
    return [sum([{ let s = sum(a[lo[r]..hi[r]]); s * s } for r in 0..m]) for i in 0..m];
}
