# A comprehension body must not write an array declared outside it, also
# through a name bound to a block whose value is that array, or through a
# tuple binding (found by an acceptance probe: both compiled and raced).
export fn viablock(a: f64[n]) -> (f64[n], f64[n]) {
    let c = copy(a);
    let d = [{ let p = { c }; p[(i + 1) % n] = f64(i); c[i] } for i in 0..n];
    return c, d;
}

export fn viatuple(a: f64[n]) -> (f64[n], f64[n]) {
    let c = copy(a);
    let d = [{ let (p, q) = (c, 0.0); p[(i + 1) % n] = f64(i) + q; c[i] } for i in 0..n];
    return c, d;
}
