# flags: --bounds-check
# A reduce or scan lambda that reads an array at an index fixed for the
# call (not at its parameters): under --bounds-check the index's check runs
# once, before the operation, also for an empty array (whose threads'
# partial results the lambda still combines).  It said 'this lambda is too
# complex' with --bounds-check, and compiled without it.

# one scan a row, modulo m[i]
export fn scan_mod(a: i64[n], m: i64[p]) -> i64[p] {
    return [{ let s = scan(|x, y| (x + y) % m[i], 0, a); s[n - 1] } for i in 0..p];
}

# the lambda reads w[j] (associative, with the identity -w[j], as reduce
# and scan need: threads combine their partial results with it)
export fn reduce_w(a: f64[n], w: f64[k], j: i64) -> f64 {
    return reduce(|x, y| x + y + w[j], -w[j], a);
}

export fn scan_w(a: f64[n], w: f64[k], j: i64) -> f64[n] {
    return scan(|x, y| x + y + w[j], -w[j], a);
}
