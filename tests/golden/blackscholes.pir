export fn blackscholes(n: size, sptprice: f64[n], strike: f64[n], rate: f64[n], volatility: f64[n], time: f64[n]) -> (out: f64[n]) {
    if #ARR_VM_CALLS {
        parfor (blk in 0..(((n - 0) + 255) / 256)) {    # line 22:5; fused: /@line 15 log10@line 15 *@line 16 *@line 16 sqrt@line 17 *@line 17 +@line 18 *@line 18 +@line 18 /@line 18 -@line 19 -@line 20 *@line 20 exp@line 20 *@line 20 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 -@line 21 -@line 22 +@line 22 result@line 22 vecmath:by blocks of 256 elements, the body in 3 loops over the block between 4 vector math calls per block
            i0: i64 = (0 + (blk * 256))
            nb: i64 = select(((n - i0) < 256), (n - i0), 256)
            alloc log10_a: f64[256]
            alloc log10_r: f64[256]
            alloc exp_a: f64[256]
            alloc exp_r: f64[256]
            alloc erf_a: f64[256]
            alloc erf_r: f64[256]
            alloc erf_a_1: f64[256]
            alloc erf_r_1: f64[256]
            alloc powterm_v_x: f64[256]
            alloc den_v_x: f64[256]
            alloc future_v_x: f64[256]
            parfor (k_1 in 0..nb) {    # line 22:5
                sptprice_e: f64 = sptprice[(i0 + k_1)]
                strike_e: f64 = strike[(i0 + k_1)]
                log10_a[k_1] = (sptprice_e / strike_e)
                volatility_e: f64 = volatility[(i0 + k_1)]
                powterm_v: f64 = ((0.5 * volatility_e) * volatility_e)
                powterm_v_x[k_1] = powterm_v
                time_e: f64 = time[(i0 + k_1)]
                den_v: f64 = (volatility_e * sqrt(time_e))
                den_v_x[k_1] = den_v
                rate_e: f64 = rate[(i0 + k_1)]
                exp_a[k_1] = ((-rate_e) * time_e)
            }
            vmath log10_r[0..nb] = log10(log10_a)    # a vector math library, by blocks
            vmath exp_r[0..nb] = exp(exp_a)    # a vector math library, by blocks
            parfor (k_2 in 0..nb) {    # line 22:5
                logterm_v: f64 = log10_r[k_2]
                d1_v: f64 = ((((rate[(i0 + k_2)] + powterm_v_x[k_2]) * time[(i0 + k_2)]) + logterm_v) / den_v_x[k_2])
                d2_v: f64 = (d1_v - den_v_x[k_2])
                future_v: f64 = (strike[(i0 + k_2)] * exp_r[k_2])
                future_v_x[k_2] = future_v
                erf_a[k_2] = (0.707106781 * d1_v)
                erf_a_1[k_2] = (0.707106781 * d2_v)
            }
            vmath erf_r[0..nb] = erf(erf_a)    # a vector math library, by blocks
            vmath erf_r_1[0..nb] = erf(erf_a_1)    # a vector math library, by blocks
            parfor (k_3 in 0..nb) {    # line 22:5
                call_v: f64 = ((sptprice[(i0 + k_3)] * (0.5 + (0.5 * erf_r[k_3]))) - (future_v_x[k_3] * (0.5 + (0.5 * erf_r_1[k_3]))))
                out[(i0 + k_3)] = ((call_v - future_v_x[k_3]) + sptprice[(i0 + k_3)])
            }
        }
    } else {
        parfor (i_28 in 0..n) {    # line 22:5; fused: /@line 15 log10@line 15 *@line 16 *@line 16 sqrt@line 17 *@line 17 +@line 18 *@line 18 +@line 18 /@line 18 -@line 19 -@line 20 *@line 20 exp@line 20 *@line 20 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 -@line 21 -@line 22 +@line 22 result@line 22
            sptprice_e_3: f64 = sptprice[i_28]
            strike_e_2: f64 = strike[i_28]
            logterm_v_1: f64 = log10((sptprice_e_3 / strike_e_2))
            volatility_e_3: f64 = volatility[i_28]
            powterm_v_1: f64 = ((0.5 * volatility_e_3) * volatility_e_3)
            time_e_3: f64 = time[i_28]
            den_v_1: f64 = (volatility_e_3 * sqrt(time_e_3))
            rate_e_2: f64 = rate[i_28]
            d1_v_1: f64 = ((((rate_e_2 + powterm_v_1) * time_e_3) + logterm_v_1) / den_v_1)
            d2_v_1: f64 = (d1_v_1 - den_v_1)
            future_v_1: f64 = (strike_e_2 * exp(((-rate_e_2) * time_e_3)))
            call_v_1: f64 = ((sptprice_e_3 * (0.5 + (0.5 * erf((0.707106781 * d1_v_1))))) - (future_v_1 * (0.5 + (0.5 * erf((0.707106781 * d2_v_1))))))
            out[i_28] = ((call_v_1 - future_v_1) + sptprice_e_3)
        }
    }
    return out
}
