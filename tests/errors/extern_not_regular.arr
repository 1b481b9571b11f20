# a device or a folder would make libclang block or fail oddly: refused
extern "/dev/null";
extern ".";

export fn f(x: f64) -> f64 {
    return x;
}
