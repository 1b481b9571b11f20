export fn f(x: f64, flag: bool) -> bool {
    return flag == x;
}
