# A range store updates the array in place when its value reads the array
# only at the elements it stores (shifted by the same offset: a[1..n] -= e
# reads a[1 + i] and stores a[1 + i]); when the value reads other elements
# of the array (a[1..n] = a[0..n - 1] * 0.5), a parallel loop could read an
# element after another iteration overwrote it, so the value goes through a
# temporary, and --report says why (the .report golden).
# structure: parfor 3, alloc 1
export fn in_place(a: f64[n], e: f64[n]) { a[1..n] -= e[0..n - 1]; }
export fn shifted(a: f64[n]) { a[1..n] = a[0..n - 1] * 0.5; }
