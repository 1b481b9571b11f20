# Parameters and size variables named like what the C headers the generated
# code includes define (NULL, EOF, M_PI, int64_t), or like C++ keywords
# (class, this): valid arr names (LANGUAGE.md section 1), renamed in the C
# and in the header (NULL_, class_), which stay valid C11 and C++ (found by
# a review against the spec: they were copied as they are, and the C did not
# compile)
export fn scale(NULL: f64[int64_t], EOF: f64, M_PI: f64) -> f64[int64_t] {
    return NULL * EOF + M_PI;
}
export fn pair(class: f64[n], this: f64, _Bool: i64) -> f64 {
    return sum(class) * this + f64(_Bool);
}
