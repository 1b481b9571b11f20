# NumPy habits: np.inf, np.nan and np.pi have no names in arr
export fn f(x: f64[n]) -> f64 {
    let lo = -inf;
    let m = nan;
    return sum(x) * pi + lo + m;
}
