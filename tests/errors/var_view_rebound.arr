# Section 4: binding an array to a var never copies, so a var bound to a
# slice is a view. arrc keeps a var that is assigned again in an array of
# its own (a copy of the slice): where the copy could be told from the view
# (a store through the var, or into the viewed array) that is an error, not
# a wrong answer (found by an acceptance probe).
export fn f(a0: f64[n], flag: bool) -> f64[n] {
    let a = copy(a0);
    var v = a[1..n];
    v[0] = 9.0;
    if flag { v = zeros(f64, n - 1); }
    return a;
}

export fn g(a0: f64[n]) -> f64[n] {
    let a = copy(a0);
    var v = a;
    v = a[1..n];
    v[0] = 9.0;
    return a;
}

export fn h(a: f64[n, m]) -> f64 {
    var t = transpose(a);
    a[0, 0] = 1.0;
    t = t * 2.0;
    return t[0, 0];
}

# not errors: the copy cannot be told from the view
export fn ok(a: f64[n]) -> f64[n] {
    var v = a[1..n];
    v = v * 2.0;
    var w = a;
    w = a[0..n - 1];
    return v + w;
}
