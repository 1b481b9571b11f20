# One '}' too many ends the function early: the statement after it is
# outside a function, and a note shows the '}' that ended it
export fn f(x: f64) -> f64 {
    if x > 0.0 {
        return x;
    }}
    return -x;
}
