/* run.h — arrc run and arrc bench (run.c). */
#ifndef ARRC_RUN_H
#define ARRC_RUN_H

/* arrc run|bench [options] FILE.arr FN [ARGS...]: argv[1] is "run" or
 * "bench".  Builds the function with a driver and runs it; returns the exit
 * status. */
int run_main(int argc, char **argv);

#endif
