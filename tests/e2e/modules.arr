# import: modules found beside the importing file; each read once; their
# functions inline into this module's exports (theirs are not exported here).
import "lib/stats.arr";
import "lib/more.arr";

export fn rms(x: f64[n]) -> f64 {
    return norm(x) / sqrt(f64(n));
}

export fn spread(x: f64[n]) -> f64 {
    return norm(centered(x));
}
