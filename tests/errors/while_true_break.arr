# a break leaves the `while true`: the path after it returns nothing
export fn f(x: f64) -> f64 {
    var y = x;
    while true {
        if y > 100.0 { break; }
        y *= 2.0;
    }
}
