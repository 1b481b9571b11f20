export fn nested(n: size, x: f64[n]) -> (out: f64[n]) {
    parfor (blk in 0..(((n - 0) + 255) / 256)) {    # line 14:5; fused: *@line 12 erf@line 12 *@line 13 exp@line 14 log1p@line 14 *@line 14 +@line 14 -@line 14 result@line 14 vecmath:by blocks of 256 elements, the body in 3 loops over the block between 3 vector math calls per block
        i0: i64 = (0 + (blk * 256))
        nb: i64 = select(((n - i0) < 256), (n - i0), 256)
        alloc erf_a: f64[256]
        alloc erf_r: f64[256]
        alloc exp_a: f64[256]
        alloc exp_r: f64[256]
        alloc log1p_a: f64[256]
        alloc log1p_r: f64[256]
        alloc t_v_x: f64[256]
        parfor (k_1 in 0..nb) {    # line 14:5
            x_e: f64 = x[(i0 + k_1)]
            erf_a[k_1] = (x_e * 0.5)
            t_v: f64 = (x_e * x_e)
            t_v_x[k_1] = t_v
        }
        vmath erf_r[0..nb] = erf(erf_a)    # a vector math library, by blocks
        parfor (k_2 in 0..nb) {    # line 14:5
            e_v: f64 = erf_r[k_2]
            exp_a[k_2] = e_v
            log1p_a[k_2] = t_v_x[k_2]
        }
        vmath exp_r[0..nb] = exp(exp_a)    # a vector math library, by blocks
        vmath log1p_r[0..nb] = log1p(log1p_a)    # a vector math library, by blocks
        parfor (k_3 in 0..nb) {    # line 14:5
            out[(i0 + k_3)] = ((exp_r[k_3] + (t_v_x[k_3] * log1p_r[k_3])) - x[(i0 + k_3)])
        }
    }
    return out
}
