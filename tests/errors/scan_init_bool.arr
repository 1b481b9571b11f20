export fn f(a: bool[n]) -> bool[] {
    return scan(|x, y| x || y, 0, a);
}
