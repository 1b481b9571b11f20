# Python's not
export fn f(b: bool) -> bool { return not b; }
