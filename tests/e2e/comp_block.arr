# Comprehensions whose body is a block expression { stmts; value }: local
# let/var, for, while and if inside the body, scopes and shadowing (a name
# declared in the body hides an outer one only inside the body; the
# comprehension variable may shadow an outer let), reading outer vars.
# tol: 1e-12

export fn row_sums(a: f64[n, m]) -> f64[n] {
    return [{ var s = 0.0; for j in 0..m { s += a[i, j]; } s } for i in 0..n];
}

# while and if/else inside the body, i64 result
export fn collatz_steps(k: i64[n]) -> i64[n] {
    return [{
        var v = k[i];
        var steps = 0;
        while v != 1 {
            if v % 2 == 0 {
                v = v / 2;
            } else {
                v = 3 * v + 1;
            }
            steps += 1;
        }
        steps
    } for i in 0..n];
}

# a clamp written with else-if chains; the value is a var
export fn piecewise(x: f64[n], lo: f64, hi: f64) -> f64[n] {
    return [{
        var y = x[i];
        if y < lo {
            y = lo - 0.5 * (lo - y);
        } else if y > hi {
            y = hi;
        } else {
            y *= 2.0;
        }
        y + f64(i)
    } for i in 0..n];
}

# shadowing: the body's let s, var acc and the generator i hide the outer
# names only inside the comprehension; outer vars may be read
export fn shadow(x: f64[n], t: f64) -> (f64[n], f64, f64, i64) {
    let s = 100.0;
    var acc = 1.5;
    acc *= 2.0;
    let i = 7;
    let c = [{
        let s = x[i] * 2.0;
        var acc = s + t;
        for j in 0..3 {
            let s = f64(j) * 0.25;     # shadows the body's s inside the loop
            acc += s;
        }
        acc * acc + s
    } for i in 0..n];
    return c, s, acc, i;
}

# a 2-D comprehension with a block body; the body's var is fresh for each
# element
export fn antisym(a: f64[n, n]) -> f64[n, n] {
    return [{
        var d = a[i, j] - a[j, i];
        if d < 0.0 { d = -d; }
        d * d + f64(i * n + j)
    } for i in 0..n, j in 0..n];
}

# nested loops with a bound computed from the generator variable
export fn tri_count(n: i64) -> i64[n] {
    return [{
        var cnt = 0;
        for a in 0..i + 1 {
            for b in a..i + 1 {
                if (a + b) % 3 == 0 { cnt += 1; }
            }
        }
        cnt
    } for i in 0..n];
}

# a while whose bound depends on the generator variable
export fn harmonic(n: i64) -> f64[n] {
    return [{
        var h = 0.0;
        var k = 1;
        while k <= i + 1 {
            h += 1.0 / f64(k);
            k += 1;
        }
        h
    } for i in 0..n];
}
