# y = s * x + 1 (tests/cmake_test.sh edits the 1.0 and expects 3x + 2)
export fn scale(x: f64[n], s: f64) -> f64[n] {
    return s * x + 1.0;
}
