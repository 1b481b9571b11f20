fn h1(x1: f64[p]) -> f64[p] {
    if any([true for g8 in 0..p]) {
        return (x1[0..p] ** 3.0);
    }
    return x1[[i64(0) for g9 in 1..p + 1]];
}
export fn f(n: i64, s0: f64) -> f64[n] {
    return select(true, fill(1.5, n), [1.0 for g3 in h1([s0])]);
}
