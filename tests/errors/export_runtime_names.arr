# Section 16: an export may not take a name the generated code calls or
# defines, nor one the C library, POSIX or C++ declares (found by an
# acceptance probe: `GOMP_parallel` took over every parallel loop of the
# module, `open` broke programs including <fcntl.h>, `std` the C++ header,
# `o_release_memory` the module's own header). The module here is `o`.
export fn GOMP_parallel(x: f64[n]) -> f64 { return sum(x); }
export fn kmp_set_defaults(x: f64[n]) -> f64 { return sum(x); }
export fn MPI_Init(x: f64[n]) -> f64 { return sum(x); }
export fn Sleef_expd4_u10avx2(x: f64[n]) -> f64[n] { return exp(x); }
export fn o_release_memory(x: f64[n]) -> f64 { return sum(x); }
export fn std(x: f64[n]) -> f64 { return sum(x); }
export fn open(x: f64[n]) -> f64 { return sum(x); }
export fn times(x: f64[n]) -> f64 { return sum(x); }
export fn pthread_create(x: f64[n]) -> f64 { return sum(x); }
export fn unreachable(x: f64[n]) -> f64 { return sum(x); }
export fn typeof_unqual(x: f64[n]) -> f64 { return sum(x); }
export fn total(x: f64[n]) -> f64 { return sum(x * 2.0); }
