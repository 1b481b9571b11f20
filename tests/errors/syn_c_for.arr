# C habits get a hint: a C for loop
export fn f(n: i64) -> i64 {
    var s = 0;
    for (i = 0; i < n; i++) { s += i; }
    return s;
}
