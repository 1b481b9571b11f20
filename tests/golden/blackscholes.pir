export fn blackscholes(n: size, sptprice: f64[n], strike: f64[n], rate: f64[n], volatility: f64[n], time: f64[n]) -> (out: f64[n]) {
    parfor (i_28 in 0..n) {    # line 22:5; fused: /@line 15 log10@line 15 *@line 16 *@line 16 sqrt@line 17 *@line 17 +@line 18 *@line 18 +@line 18 /@line 18 -@line 19 -@line 20 *@line 20 exp@line 20 *@line 20 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 *@line 10 erf@line 10 *@line 10 +@line 10 *@line 21 -@line 21 -@line 22 +@line 22 result@line 22
        sptprice_e: f64 = sptprice[i_28]
        strike_e: f64 = strike[i_28]
        logterm_v: f64 = log10((sptprice_e / strike_e))
        volatility_e: f64 = volatility[i_28]
        powterm_v: f64 = ((0.5 * volatility_e) * volatility_e)
        time_e: f64 = time[i_28]
        den_v: f64 = (volatility_e * sqrt(time_e))
        rate_e: f64 = rate[i_28]
        d1_v: f64 = ((((rate_e + powterm_v) * time_e) + logterm_v) / den_v)
        d2_v: f64 = (d1_v - den_v)
        future_v: f64 = (strike_e * exp(((-rate_e) * time_e)))
        call_v: f64 = ((sptprice_e * (0.5 + (0.5 * erf((0.707106781 * d1_v))))) - (future_v * (0.5 + (0.5 * erf((0.707106781 * d2_v))))))
        out[i_28] = ((call_v - future_v) + sptprice_e)
    }
    return out
}
