# Loops that fuse once the allocations between them move up (pass fuse,
# hoist_allocs): the second half kick's loops of a velocity-Verlet step,
# fills of two fresh arrays with element stores between them, and a loop
# that must not fuse (it reads the array the statement between writes).

export fn verlet(x0: f64[n], y0: f64[n], vx0: f64[n], vy0: f64[n], k: f64, dt: f64,
                 steps: i64) -> (f64[n], f64[n], f64[n], f64[n]) {
    var x = x0; var y = y0; var vx = vx0; var vy = vy0;
    let h = 0.5 * dt;
    for s in 0..steps {
        vx = vx - h * k * x;  vy = vy - h * k * y;
        x = x + dt * vx;      y = y + dt * vy;
        vx = vx - h * k * x;  vy = vy - h * k * y;
    }
    return x, y, vx, vy;
}

export fn fills(n: i64) -> (f64[n], f64[n], f64[n]) {
    var a = zeros(f64, n);
    a[0] = 5.0;
    var b = ones(f64, n);
    b[n - 1] = 7.0;
    let c = [a[i] + b[n - 1 - i] for i in 0..n];     # reads the stores: after them
    return a, b, c;
}

# a kick whose second loop reads a scalar computed between the loops
export fn kick(v0: f64[n], w0: f64[n], f: f64[n], h: f64) -> (f64[n], f64[n], f64) {
    var v = v0; var w = w0;
    v = v + h * f;
    let m = sum(v);
    w = w + m * f;
    return v, w, m;
}
