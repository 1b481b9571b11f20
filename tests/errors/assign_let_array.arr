# an array bound with 'let' (or a parameter) cannot be rebound
export fn r1(a: f64[n], b: f64[n]) -> f64[n] {
    let x = copy(a);
    x = b;
    x += b;
    a = b;
    return x;
}
