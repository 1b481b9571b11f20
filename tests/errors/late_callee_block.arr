# a callee defined after its caller and first called inside a block
# expression is checked on its own (its returns are fine); the real error
# here is the bool return value
export fn f(x: f64) -> f64 {
    let y = { let z = g(x); z + 1.0 };
    return y;
}
fn g(x: f64) -> f64 {
    return x > 1.0;
}
