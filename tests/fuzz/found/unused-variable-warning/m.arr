export fn prog0(x0: i64[n], x1: bool[n], x2: f64[n, m], s0: i32) -> i32 {
    var v4 = [x2[i64(0), (s0 % i64(0))] for g5 in 2..n + 1];
    let v11 = fill(1.0f, n);
    for k12 in i64(0)..i64(0) {
        let v13 = (n == v11[(i32(0) % i64(0))]);
    }
    return i32(0);
}
