# misspelt names get a "did you mean" note: builtins and functions, values
# in scope, boundary modes; short names and far ones get none
fn scale(x: f64) -> f64 { return 2.0 * x; }
export fn f(alpha: f64[n], b: f64[n]) -> f64 {
    let s = maximun(b) + summ(b) + scael(1.0);
    let t = sum(alph) + zz;
    runStencil(b, alpha, :oob_clmap) |x, y| { x[0] = y[1]; }
    return s + t + completely_different(1.0);
}
