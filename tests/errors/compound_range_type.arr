# a compound assignment on a range must keep the element type
export fn f(a: i8[n], b: i32[n]) {
    var x = copy(a);
    x[0..n] += b;
}
