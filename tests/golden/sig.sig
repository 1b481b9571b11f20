module sig
fn kinds kinds
decl kinds(x: f64[n, 3], y: f32[], k: i64, flags: bool[k], z: c64) -> (f64[n, 3], i64[], f32[k, ], u8, c64)
size n
param x f64 n 3
param y f32 y_d0
extent y_d0
param k i64
param flags bool k
param z c64
result out0 f64 n 3
result out1 i64 ?
result out2 f32 k ?
result out3 u8
result out4 c64
fn setall setall
decl setall(a: i32[n], v: i32)
size n
inout a i32 n
param v i32
fn one one
decl one() -> f64
result out f64
