# tol: 0
# A sum of inner sums keeps its partial sums in vector lanes from one inner
# loop to the next (pass lanesum; the legality argument is in
# passes/lanesum.c): the inner loops run by whole vectors, the last
# iterations by a shorter one, and the outer sum is the sum of the lanes
# after its loop.  Runs of every length 0..20 at the start, inside and at
# the end of the arrays (the driver allocates them exactly: the ASan build
# reads no further), f64 (8 lanes) and f32 (16 lanes), tuples of sums (as
# MD link cells: force x, y and energy), a 2-D outer comprehension, inner
# loops padded to whole vectors (pass padtail) and not (a gather), and sums
# that must not use lanes (an inner sum read twice; a sum of products of
# sums; inner bodies too light to pay for lanes, LANES_MIN_WORK).  Values
# are small integers: every sum is exact in any order.

# a term heavy enough for lanes (degree 7: exact for |x| <= 5 in f64, 4 in f32)
fn poly(x: f64) -> f64 { return ((((((x - 1.0) * x + 2.0) * x - 3.0) * x + 1.0) * x - 2.0) * x + 3.0) * x; }
fn poly32(x: f32) -> f32 { return ((((((x - 1.0) * x + 2.0) * x - 3.0) * x + 1.0) * x - 2.0) * x + 3.0) * x; }

# the sum over runs r0, r0 + 1, ..., r0 + k - 1 (mod m) of the run sums
export fn runsums(a: f64[n], lo: i64[m], hi: i64[m], k: i64) -> f64[m] {
    return [sum([sum([poly(a[q]) for q in lo[(i + r) % m]..hi[(i + r) % m]]) for r in 0..k]) for i in 0..m];
}

export fn runsums32(a: f32[n], lo: i64[m], hi: i64[m], k: i64) -> f32[m] {
    return [sum([sum([poly32(a[q]) for q in lo[(i + r) % m]..hi[(i + r) % m]]) for r in 0..k]) for i in 0..m];
}

# the same sums of plain slices: too light for lanes
export fn runsums_light(a: f64[n], lo: i64[m], hi: i64[m], k: i64) -> f64[m] {
    return [sum([sum(a[lo[(i + r) % m]..hi[(i + r) % m]]) for r in 0..k]) for i in 0..m];
}

fn pair(c: f64, self: i64, lo: i64, hi: i64, xs: f64[n], ids: i64[n]) -> (f64, f64, f64) {
    let (p, q, e) = [{
        let d = c - xs[k];
        let ok = ids[k] != self && d * d < 10.0;
        (ok ? d * d : 0.0, ok ? d : 0.0, ok ? 1.0 : 0.0)
    } for k in lo..hi];
    return sum(p), sum(q), sum(e);
}

# three sums over a 2-D comprehension of runs (3 x 2 runs an element)
export fn shells(c: f64[m], xs: f64[n], ids: i64[n], lo: i64[m], hi: i64[m]) -> (f64[m], f64[m], f64[m]) {
    let (p, q, e) = [{
        let (u, v, w) = [{
            let j = (i + 2 * s + t) % m;
            pair(c[i] - f64(t), i, lo[j], hi[j], xs, ids)
        } for s in 0..3, t in 0..2];
        (sum(u), sum(v), 0.5 * sum(w))
    } for i in 0..m];
    return p, q, e;
}

# inner loops over a gather (not padded): every chunk length
export fn gathered(a: f64[n], idx: i64[n], lo: i64[m], hi: i64[m], k: i64) -> f64[m] {
    return [sum([sum([poly(a[idx[j]]) for j in lo[(i + r) % m]..hi[(i + r) % m]]) for r in 0..k]) for i in 0..m];
}

# not lanes: the inner sum is read twice; the outer sum adds products of sums
export fn twice(a: f64[n], lo: i64[m], hi: i64[m]) -> (f64[m], f64[m]) {
    return [sum([{ let s = sum(a[lo[r]..hi[r]]); s + s } for r in 0..m]) for i in 0..m],
           [sum([sum(a[lo[r]..hi[r]]) * sum(a[lo[i]..hi[i]]) for r in 0..m]) for i in 0..m];
}

# the sum of sums is the parallel loop itself: the lanes are an OpenMP
# array-section reduction (each thread's lanes, added lane by lane)
export fn total(a: f64[n], f: f32[n], lo: i64[m], hi: i64[m]) -> (f64, f32) {
    return sum([sum([poly(a[q]) for q in lo[r]..hi[r]]) for r in 0..m]), sum([sum([poly32(f[q]) for q in lo[r]..hi[r]]) for r in 0..m]);
}

export fn total_pairs(c: f64[m], xs: f64[n], ids: i64[n], lo: i64[m], hi: i64[m]) -> (f64, f64, f64) {
    let (p, q, e) = [pair(c[r], r, lo[r], hi[r], xs, ids) for r in 0..m];
    return sum(p), sum(q), 0.5 * sum(e);
}

# not lanes: the same loop also finds an argmin (combined from the threads' partials)
export fn total_argmin(a: f64[n], lo: i64[m], hi: i64[m]) -> (f64, i64) {
    let s = [sum(a[lo[r]..hi[r]]) for r in 0..m];
    return sum(s), argmin(s);
}
