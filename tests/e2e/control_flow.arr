# let / var, compound assignment (+= -= *= /=), if / else if / else,
# for loops over ranges (hi exclusive, empty when hi <= lo) and while
# loops, with scalar and array vars (assigning an array to a var rebinds).

export fn iterate(a: f64[n]) -> f64[n] {
    var x = a;
    for k in 0..5 {
        x = x * 0.5 + 1.0;
    }
    return x;
}

export fn iterate_k(a: f64[n], steps: i64) -> f64[n] {
    var x = a;
    for k in 0..steps {
        x = x + f64(k) * a;
    }
    return x;
}

export fn while_newton(v: f64) -> (f64, i64) {
    var x = v;
    var it = 0;
    while abs(x * x - v) > 1e-12 * v && it < 100 {
        x = 0.5 * (x + v / x);
        it += 1;
    }
    return x, it;
}

export fn branches(x: f64, k: i64) -> f64 {
    var r = 0.0;
    if k < 0 {
        r = -x;
    } else if k == 0 {
        r = x * x;
    } else {
        r = x;
        for i in 0..k {
            r *= 1.5;
        }
    }
    r += 1.0;
    r -= 0.25;
    r /= 2.0;
    return r;
}

export fn loop_sum(n: i64) -> (i64, f64) {
    var s = 0;
    for i in 0..n {
        s += i * i;
    }
    var t = 0.0;
    var j = n;
    while j > 0 {
        t += 1.0 / f64(j);
        j -= 1;
    }
    return s, t;
}

export fn empty_range(lo: i64) -> i64 {
    var c = 0;
    for i in lo..3 {
        c += 1;
    }
    for i in 2 * lo..lo + 1 {
        c += 10;
    }
    return c;
}

export fn array_branch(a: f64[n], flag: bool) -> f64[n] {
    var x = a;
    if flag {
        x = x * 2.0;
    } else {
        x = x - 1.0;
    }
    let y = x + a;
    return y;
}

# an array var updated in a while loop until a reduction converges
export fn halve_until(a: f64[n], tol: f64) -> (f64[n], i64) {
    var x = a;
    var steps = 0;
    while maximum(abs(x)) > tol {
        x = x * 0.5;
        steps += 1;
    }
    return x, steps;
}

# nested loops with a var accumulated under a condition
export fn nested_loops(m: i64) -> i64 {
    var acc = 0;
    for i in 0..m {
        for j in i..m {
            if (i + j) % 3 == 0 {
                acc += i * j;
            } else {
                acc -= 1;
            }
        }
    }
    return acc;
}
