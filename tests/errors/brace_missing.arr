# A block left open: reported where the next function starts, as a missing
# '}' after the last token, with the unclosed '{'
export fn f(x: f64) -> f64 {
    if x > 0.0 {
        return x;
    return -x;
}

export fn g(x: f64) -> f64 {
    return x;
}
