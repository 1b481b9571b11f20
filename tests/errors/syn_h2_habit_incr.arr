export fn f(n: i64) -> i64 {
    var c = 0;
    for i in 0..n { c++; }
    return c;
}
