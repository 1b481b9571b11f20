# Velocity Verlet for harmonic oscillators: the second half kick of vy
# fuses into the loop of the round although `vx = t` and its own
# allocation stand between them (pass fuse: the allocation moves up).
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
