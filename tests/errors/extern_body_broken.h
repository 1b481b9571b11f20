/* extern_body_error.arr's header: its declarations are fine, but an
   inline function's body has a syntax error (a missing ';') */
static inline double twice(double x) { return 2.0 * x }
double half(double x);
