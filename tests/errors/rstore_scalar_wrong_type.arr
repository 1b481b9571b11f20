export fn f(m: f64[h, w], flag: bool) {
    m[.., 0] = flag;
}
