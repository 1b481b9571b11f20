extern "../e2e/extern_calls_lib.h";

export fn halve(x: f32) -> f32 {
    return x * 0.5;
}

export fn f(x: f32) -> f32 {
    return halve(x);
}
