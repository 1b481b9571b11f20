export fn verlet(n: size, x0: f64[n], y0: f64[n], vx0: f64[n], vy0: f64[n], k: f64, dt: f64, steps: i64) -> (out0: f64[n], out1: f64[n], out2: f64[n], out3: f64[n]) {
    x: f64[n] = x0
    y: f64[n] = y0
    vx: f64[n] = vx0
    vy: f64[n] = vy0
    h: f64 = (0.5 * dt)
    for (s in 0..steps) {
        alloc t6: f64[n]
        alloc t8: f64[n]
        alloc t10: f64[n]
        alloc t12: f64[n]
        parfor (i_11 in 0..n) {    # line 11:36; fused: *@line 9 -@line 9 *@line 9 -@line 9 *@line 10 +@line 10 *@line 10 +@line 10 *@line 11 -@line 11 *@line 11 -@line 11
            x_e: f64 = x[i_11]
            vx_e: f64 = vx[i_11]
            t2_v: f64 = (vx_e - ((h * k) * x_e))
            y_e: f64 = y[i_11]
            vy_e: f64 = vy[i_11]
            t4_v: f64 = (vy_e - ((h * k) * y_e))
            t6_v: f64 = (x_e + (dt * t2_v))
            t6[i_11] = t6_v
            y_e_1: f64 = y[i_11]
            t8_v: f64 = (y_e_1 + (dt * t4_v))
            t8[i_11] = t8_v
            t10[i_11] = (t2_v - ((h * k) * t6_v))
            t12[i_11] = (t4_v - ((h * k) * t8_v))
        }
        vx: f64[n] = t10
        vy: f64[n] = t12
        x: f64[n] = t6
        y: f64[n] = t8
    }
    parfor (i_15 in 0..n) {    # line 13:5; fused: result@line 13 result@line 13 result@line 13 result@line 13
        x_e_3: f64 = x[i_15]
        out0[i_15] = x_e_3
        y_e_3: f64 = y[i_15]
        out1[i_15] = y_e_3
        vx_e_3: f64 = vx[i_15]
        out2[i_15] = vx_e_3
        vy_e_3: f64 = vy[i_15]
        out3[i_15] = vy_e_3
    }
    return out0, out1, out2, out3
}
