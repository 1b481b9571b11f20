# C functions a system header declares through the headers it includes:
# glibc's math.h declares everything in bits/mathcalls.h (they were 'not
# declared in math.h', and `extern "math.h";` made none callable).
extern "math.h" fn fdim(x: f64, y: f64) -> f64;
extern "math.h";

export fn positive_diff(x: f64[n], y: f64) -> f64[n] {
    return fdim(x, y);
}

export fn roots(x: f64[n]) -> f64[n] {
    return cbrt(x) + nextafter(x, 10.0) - x;
}
