import "util.arr";

export fn model(a: f64[n]) -> f64 {
    return sum(scale(a, factor()));
}
