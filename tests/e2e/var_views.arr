# Section 4: "Assigning an array to a var rebinds the name; it never copies."
# A var bound to a slice or a transpose (and never rebound) is a view: stores
# through it write the sliced array, stores into the array show through it.

fn bump(x: f64[k]) {
    x[0] += 10.0;
}

export fn vv_1d(a: f64[n]) -> f64[n] {
    var v = a[1..n - 1];
    v[0] = 9.0;                 # a[1]
    v[1..3] += 1.0;             # a[2..4]
    return a;
}

export fn vv_2d(m: f64[r, c]) -> f64[r, c] {
    var row = m[1, ..];
    row[..] = row * 2.0;        # all of row 1
    var col = m[.., 2];
    col[0] = -1.0;              # m[0, 2]
    var box = m[1..3, 1..3];
    box[1, 1] = 100.0;          # m[2, 2]
    var t = transpose(m);
    t[3, 0] = 7.0;              # m[0, 3]
    return m;
}

# stores into the array after the var took the slice are seen through it
export fn vv_see(a: f64[n]) -> f64 {
    var v = a[2..n];
    a[2] = 42.0;
    a[3] += 1.0;
    return v[0] + v[1];
}

# a view of a view; a view passed to a function that writes its parameter
export fn vv_chain(a: f64[n]) -> f64[n] {
    var v = a[1..n];
    var w = v[1..n - 1];
    w[0] = 5.0;                 # a[2]
    bump(a[4..n]);              # a[4]: a slice argument is a view too
    var u = a[5..n];
    bump(u);                    # a[5]
    return a;
}

# declared in a loop body: each iteration's row of m
export fn vv_loop(m: f64[r, c]) -> f64[r, c] {
    for i in 0..r {
        var row = m[i, ..];
        row[..] = row + f64(i);
    }
    return m;
}

# the view holds the buffer b had when it was taken; rebinding b later does
# not move it (section 4: rebinding never writes the old buffer either)
export fn vv_rebind_base(a: f64[n]) -> (f64[n], f64) {
    var b = copy(a);
    var v = b[0..2];
    b = b * 2.0;
    v[1] = 3.0;                 # the first buffer of b, not the second
    return b, v[0] + v[1];
}

# only this binding's later assignments count: another variable of the same
# name, rebound, hides nothing here (v stays a view)
export fn vv_shadow(a: f64[n]) -> f64[n] {
    var v = a[1..3];
    if n > 100 {
        var v = copy(a);
        v = v * 2.0;
    }
    let w = [{ var v = f64(i); v = v + 1.0; v } for i in 0..2];
    v[0] = w[1];                # a[1] = 2
    return a;
}
