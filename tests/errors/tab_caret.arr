export fn f(a: f64, b: f64) -> f64 {
	return a	+	c;
}
