fn is_even(n: i64) -> bool {
    if n == 0 {
        return true;
    }
    return is_odd(n - 1);
}

fn is_odd(n: i64) -> bool {
    if n == 0 {
        return false;
    }
    return is_even(n - 1);
}

export fn f(n: i64) -> bool {
    return is_even(n);
}
