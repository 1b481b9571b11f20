# The mean of integers is the f64 sum of their values over the count, as in
# NumPy (an i64 sum would wrap: the mean of the u64 [2^64 - 1] was -1).
export fn m64(x: i64[n]) -> f64 { return mean(x); }
export fn mu64(x: u64[n]) -> f64 { return mean(x); }
export fn m8(x: i8[n]) -> f64 { return mean(x); }
export fn mrow(x: i64[n, m]) -> f64[n] { return mean(x, 1); }
export fn mcol(x: u32[n, m]) -> f64[m] { return mean(x, 0); }
