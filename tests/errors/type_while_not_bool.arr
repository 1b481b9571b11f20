export fn f(n: i64) -> i64 {
    var k = n;
    while k {
        k -= 1;
    }
    return k;
}
