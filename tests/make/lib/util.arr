# util.arr: a module in another folder, imported by src/model.arr (found
# through -Ilib) and compiled on its own too.
export fn scale(a: f64[n], s: f64) -> f64[n] {
    return a * s;
}

export fn factor() -> f64 {
    return 2.0;
}
