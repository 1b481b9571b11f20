# concat and stack join arrays of one rank and compatible element types
export fn f(a: f64[n, m], v: f64[m], p: bool[m], q: f64[2, 2, 2, 2], s: f64) -> f64 {
    let x = concat(a, v);
    let y = stack(v, p);
    let z = stack(q, q);
    let w = concat(s, v);
    return s;
}
