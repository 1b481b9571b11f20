export fn prog148(x0: f32[n], x1: i32[n], x2: i32[n], s0: bool) -> bool[n] {
    let b1 = fill(f64(1.0), n);
    let b3 = copy(b1);
    runStencil(b1, b3, 9, :oob_mirror) |q4, q5| {
        q4[0] = f64(0.0);
        return q5, q4;
    }
    return fill(false, n);
}
