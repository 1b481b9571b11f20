/* a header with a syntax error */
double ok(double x);
double broken(double x, );
