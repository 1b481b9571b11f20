# Internal (non-export) functions, inlined into their callers: a scalar
# function with if/else and a return in every branch called elementwise
# with an array argument and broadcast scalars; array helpers; a helper
# that uses its size variable as an i64 value; a helper returning a tuple
# destructured with let; helpers calling helpers.

fn clampit(x: f64, lo: f64, hi: f64) -> f64 {
    if x < lo {
        return lo;
    } else {
        if x > hi {
            return hi;
        } else {
            return x;
        }
    }
}

fn leaky(x: f64, s: f64) -> f64 {
    if x > 0.0 {
        return x * s;
    } else {
        return 0.125 * x;
    }
}

fn sq(x: f64) -> f64 {
    return x * x;
}

fn axpy(alpha: f64, x: f64[n], y: f64[n]) -> f64[n] {
    return alpha * x + y;
}

fn norm2(x: f64[n]) -> f64 {
    return sqrt(sum(sq(x)));
}

fn center(x: f64[n]) -> f64[n] {
    return x - sum(x) / f64(n);
}

fn stats(x: f64[n]) -> (f64, f64) {
    return mean(x), maximum(x) - minimum(x);
}

fn isq(k: i64) -> i64 {
    let t = k * k;
    return t - 1;
}

export fn clamp_arr(x: f64[n], hi: f64) -> f64[n] {
    return clampit(x, -0.5, hi);
}

export fn clamp_scalar(v: f64) -> f64 {
    return clampit(v, 0.0, 1.0);
}

export fn leaky_arr(x: f64[n]) -> f64[n] {
    return leaky(x, 3.0) + leaky(-x, 0.5);
}

export fn combo(x: f64[n], y: f64[n]) -> (f64[n], f64) {
    let z = axpy(2.0, x, y);
    return z, norm2(z);
}

export fn centered(x: f64[n]) -> f64[n] {
    return center(sq(x));
}

export fn use_stats(x: f64[n]) -> (f64, f64) {
    let (m, r) = stats(x);
    return m, r;
}

export fn int_helper(k: i64[n], p: i64) -> (i64[n], i64) {
    return isq(k), isq(p);
}
