fn prog45_h1(x1: f64[p], s2: i64) -> f64[p] {
    let t4 = fill(f64(1.0), p);
    return fill(f64(1.0), p);
    return t4;
}

export fn prog45(x0: f64[n], count: u8, s1: i64) -> i16[] {
    var v4 = x0;
    v4 += select(false, f64(0.0), ([i8(0) for g6 in prog45_h1([f64(0.0)], s1)] * fill(i8(1), n)));
    return fill(i16(1), n);
}
