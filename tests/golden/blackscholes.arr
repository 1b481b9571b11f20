# structure: parfor 1, alloc 0
# structure-O0: parfor 29, alloc 28
# c-contains: if (!((n) >= 695)) {
# c-contains: ARR_OMP(omp parallel for simd)
# Black-Scholes put prices — the sample of LANGUAGE.md section 8.
# arrc fuses every operation below into one parallel loop that writes only
# the result: no temporary array is allocated.

fn cndf2(x: f64[n]) -> f64[n] {
    return 0.5 + 0.5 * erf(0.707106781 * x);
}

export fn blackscholes(sptprice: f64[n], strike: f64[n], rate: f64[n],
                       volatility: f64[n], time: f64[n]) -> f64[n] {
    let logterm = log10(sptprice / strike);
    let powterm = 0.5 * volatility * volatility;
    let den = volatility * sqrt(time);
    let d1 = ((rate + powterm) * time + logterm) / den;
    let d2 = d1 - den;
    let future = strike * exp(-rate * time);
    let call = sptprice * cndf2(d1) - future * cndf2(d2);
    return call - future + sptprice;       # the put price
}
