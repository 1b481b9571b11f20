export fn nbody(x: f64[n], y: f64[n], z: f64[n], m: f64[n], eps2: f64) -> (f64[n], f64[n], f64[n]) {
    return [{
        let xi = x[i]; let yi = y[i]; let zi = z[i];
        let ax = sum([{ let dx = x[j] - xi; let dy = y[j] - yi; let dz = z[j] - zi;
                        let r2 = dx * dx + dy * dy + dz * dz + eps2;
                        m[j] * dx / (r2 * sqrt(r2)) } for j in 0..n]);
        let ay = sum([{ let dx = x[j] - xi; let dy = y[j] - yi; let dz = z[j] - zi;
                        let r2 = dx * dx + dy * dy + dz * dz + eps2;
                        m[j] * dy / (r2 * sqrt(r2)) } for j in 0..n]);
        let az = sum([{ let dx = x[j] - xi; let dy = y[j] - yi; let dz = z[j] - zi;
                        let r2 = dx * dx + dy * dy + dz * dz + eps2;
                        m[j] * dz / (r2 * sqrt(r2)) } for j in 0..n]);
        (ax, ay, az)
    } for i in 0..n];
}
