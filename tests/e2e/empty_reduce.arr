# Reductions of an empty array (n = 0): mean, minimum, maximum, argmin and
# argmax are run-time errors; sum is 0, prod is 1, any is false, all is
# true, count is 0, reduce gives its init (the identity).  The same
# functions succeed for n > 0.

export fn emean(x: f64[n]) -> f64 {
    return mean(x);
}

export fn emin(x: f64[n]) -> f64 {
    return minimum(x);
}

export fn emax(k: i64[n]) -> i64 {
    return maximum(k);
}

export fn eargmin(x: f64[n]) -> i64 {
    return argmin(x);
}

export fn eargmax(k: i32[n]) -> i64 {
    return argmax(k);
}

export fn esafe(x: f64[n]) -> (f64, f64, bool, bool, i64, f64) {
    return sum(x), prod(x), any(x > 0.0), all(x > 0.0), count(x > 0.0), reduce(|a, b| max(a, b), -1e300, x);
}
