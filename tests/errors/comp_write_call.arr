# A comprehension body must not write an array declared outside it through
# the result of a function that returns its parameter, nor pass it to a
# function that writes its parameter through a let alias (found by an
# acceptance probe: both compiled and raced), nor through an element of a
# tuple result that is a parameter (it compiled and raced too).
fn id(x: f64[k]) -> f64[k] { return x; }
fn two(x: f64[k]) -> (f64, f64[k]) { let y = x; return (1.0, y); }
fn reset(x: f64[k]) { let y = x; y[0] = 0.0; }

export fn f(a: f64[n]) -> f64[n] {
    let c = copy(a);
    let d = [{ let b = id(c); b[(i + 1) % n] = 1.0; c[i] } for i in 0..n];
    return d;
}

export fn g(a: f64[n]) -> f64[n] {
    let c = copy(a);
    let d = [{ reset(c); c[i] } for i in 0..n];
    return d;
}

export fn h(a: f64[n]) -> f64[n] {
    let c = copy(a);
    let d = [{ let (q, p) = two(c); p[0] = f64(i) + q; p[1] } for i in 0..n];
    return d;
}
