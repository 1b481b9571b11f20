export fn prog185(x0: i64[n], x1: u16[n, m], x2: u16[n], s0: i32) -> bool {
    let b3 = fill(f64(1.0), n);
    let b5 = copy(b3[0..n]);
    runStencil(b3, b5, 1, :oob_mirror) |q6, q7| {
        q6[0] = q7[2];
    }
    return false;
}
