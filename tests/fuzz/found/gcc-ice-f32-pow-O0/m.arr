export fn prog9(x0: i64[n], x1: f64[n], x2: bool[n], s0: bool, s1: f64) -> bool[n] {
    let v7 = (1.0f != ([10.0f for g8 in 1..n + 1] ** 0.5f));
    return v7;
}
