# Python's and: a note says how arr writes it
export fn f(a: bool, b: bool) -> bool { return a and b; }
