# An integer division, remainder or power that traps stops the program
# before any later load or store (LANGUAGE.md section 8): the trap's
# stand-in value must not become an index, and a program may rely on the
# trap for its bounds.  Each function reads or writes out of bounds only
# if it goes on after the trap (the drivers run under ASan too).

# v is empty when n < 3: 1 % len(v) traps before either access (fuzz seed
# 3614619050, program 443)
export fn store_after(n: i64) -> f64 {
    var w = [0.0f for g in 0..n - 2];
    var v = w[1..n - 2];
    v[i64(0)] = v[(i64(1) % len(v))];
    return 1.0;
}

# a parallel loop: c[a % b - 1] is in bounds for every b != 0
export fn gather(a: i64[n], b: i64[n], c: f64[m]) -> f64[n] {
    return [c[a[i] % b[i] - 1] * 2.0 for i in 0..n];
}

# the same through a let: the load is a statement after the trapping one
export fn gather_let(a: i64[n], b: i64[n], c: f64[m]) -> f64[n] {
    return [{ let k = a[i] % b[i]; c[k - 1] + 1.0 } for i in 0..n];
}

# a reduction whose value may trap
export fn sum_gather(a: i64[n], b: i64[n], c: f64[m]) -> f64 {
    return sum([c[a[i] / b[i] - 1] for i in 0..n]);
}

# a branch taken on the trap's stand-in: k / len(c) traps when c is empty
export fn branch(c: f64[m], k: i64) -> f64 {
    var s = 0.0;
    if k / len(c) == 0 { s = c[0]; } else { s = c[len(c) - 1]; }
    return s;
}

# a loop whose condition traps stops before its body reads c[4]
export fn loop(k: i64, c: f64[m]) -> f64 {
    var i = 0;
    var s = 0.0;
    while i / k < 3 && i < 100 { s = s + c[i]; i = i + 1; }
    return s + f64(i);
}

# a scan whose operator traps reports it (it returned the partial results
# with 0 for x / 0, and success)
export fn scan_div(a: i64[n]) -> i64[n] {
    return scan(|x, y| x / y + 1, 1, a);
}

# the same inside a parallel loop, one scan a row (its last element)
export fn scan_rows(a: i64[m, n]) -> i64[m] {
    return [{ let s = scan(|x, y| x / y + 1, 1, a[r, ..]); s[n - 1] + s[n / 2] } for r in 0..m];
}

# the first failure is the one reported: after a % b traps, x / (stand-in 0)
# and x ** (0 - 1) must not replace its message (audit 9, F3)
export fn nest(x: i64, a: i64, b: i64) -> i64 {
    return x / (a % b);
}
export fn nest_map(x: i64[n], a: i64[n], b: i64[n]) -> i64[n] {
    return x / (a % b);
}
export fn nest_pow(x: i64, a: i64, b: i64) -> i64 {
    return x ** (a % b - 1);
}
