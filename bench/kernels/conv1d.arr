export fn conv_st(x: f64[n]) -> f64[n] {
    let y = zeros_like(x);
    runStencil(y, x) |b, a| {
        b[0] = 0.1 * a[-2] + 0.2 * a[-1] + 0.4 * a[0] + 0.2 * a[1] + 0.1 * a[2];
    }
    return y;
}
export fn conv_cmp(x: f64[n], w: f64[5]) -> f64[] {
    return [sum([w[k] * x[i + k] for k in 0..5]) for i in 0..n - 4];
}
export fn conv_into(x: f64[n], w: f64[5], y: f64[m]) {
    y[..] = [sum([w[k] * x[i + k] for k in 0..5]) for i in 0..n - 4];
}
