export fn f(n: i64) -> i64 { return maximum([g for g in fill(9, n) / fill(1, n)] / 1); }
