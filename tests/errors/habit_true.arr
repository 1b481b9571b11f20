# Python's True: a note names arr's 'true'
export fn f() -> bool {
    return True;
}
