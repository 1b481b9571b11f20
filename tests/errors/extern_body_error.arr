# A syntax error inside a function body of an extern header is arrc's
# error (it was accepted, and the C compiler failed on the generated file;
# found by an acceptance probe): libclang reads the header's own bodies too.
extern "extern_body_broken.h";
export fn k(x: f64) -> f64 { return twice(x) + half(x); }
