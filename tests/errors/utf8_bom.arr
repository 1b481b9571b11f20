# A UTF-8 byte-order mark before the first line is skipped (it was
# "non-ASCII character is not allowed" at 1:1); lines and columns count
# from after it, so this error is at 4:37.
export fn f(x: f64) -> f64 { return y * 2.0; }
