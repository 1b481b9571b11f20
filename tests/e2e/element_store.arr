# Element stores a[i] = e / a[i, j] = e into arrays made with zeros(),
# inside sequential for loops, reading other elements; arrays are mutable
# references: a let binding of an array aliases it, and rebinding a var
# never copies.

export fn scaled_index(a: f64[n]) -> f64[n] {
    let r = zeros(f64, n);
    for i in 0..n {
        r[i] = a[i] * f64(i);
    }
    return r;
}

# a loop-carried dependence through the stored array
export fn prefix(a: f64[n]) -> f64[n] {
    let r = zeros(f64, n);
    var acc = 0.0;
    for i in 0..n {
        acc += a[i];
        r[i] = acc;
    }
    return r;
}

export fn recurrence(a: f64[n]) -> f64[n] {
    let r = zeros(f64, n);
    r[0] = a[0];
    for i in 1..n {
        r[i] = 0.5 * r[i - 1] + a[i];
    }
    return r;
}

export fn transpose_loops(a: f64[h, w]) -> f64[w, h] {
    let t = zeros(f64, w, h);
    for i in 0..h {
        for j in 0..w {
            t[j, i] = a[i, j];
        }
    }
    return t;
}

export fn matvec(m: f64[h, w], v: f64[w]) -> f64[h] {
    let r = zeros(f64, h);
    for i in 0..h {
        var s = 0.0;
        for j in 0..w {
            s += m[i, j] * v[j];
        }
        r[i] = s;
    }
    return r;
}

export fn istore(n: i64) -> i64[n] {
    let r = zeros(i64, n);
    for i in 0..n {
        r[i] = i * i - 3;
    }
    r[0] = 42;
    r[n - 1] = r[n - 1] + 1000;
    return r;
}

export fn rebind(n: i64) -> (f64[n], f64[n]) {
    var x = zeros(f64, n);
    let y = x;          # the same array as x
    x[0] = 5.0;         # visible through y
    x = ones(f64, n);   # rebinding: y keeps the old array
    x[1] = 7.0;
    return x, y;
}

# stores then whole-array arithmetic on the result
export fn store_then_map(a: f64[n]) -> f64[n] {
    let r = zeros_like(a);
    for i in 0..n {
        if i % 2 == 0 {
            r[i] = a[i];
        }
    }
    return r * 2.0 + 1.0;
}
