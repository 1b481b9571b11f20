# Python's range in a loop
export fn f(n: i64) -> i64 {
    var s = 0;
    for i in range(n) { s += i; }
    return s;
}
