# `while true` left only by a return: the function returns on every path
# (it was 'does not return a value on every path'); a break of an inner
# loop does not leave it.
export fn first_above(x: f64, limit: f64) -> f64 {
    var y = x;
    while true {
        for i in 0..3 {
            if y > limit { break; }
            y = y + 0.5;
        }
        if y > limit { return y; }
        y *= 2.0;
    }
}
