#!/bin/sh
# make check: the whole test suite.
#  1. every test (golden, structure, bad input, end to end with gcc and clang,
#     serial, -O0, strict math with bounds checks, ASan+UBSan builds of the
#     generated code) with the normal arrc;
#  2. arrc itself built with ASan+UBSan, over the golden, bad-input and
#     (gcc) end-to-end tests;
#  3. compile-time scaling: generated big and deeply nested programs
#     (tests/scale_test.py);
#  4. a short mutation-fuzzing run of arrc-asan (tests/fuzz/fuzz.py) and a
#     fixed-seed differential run (tests/fuzz/difftest.py);
#  5. command-line cases (tests/cli_test.sh), gdb, install, CMake, the examples;
#  6. the Python extension modules of --python (tests/python_test.sh);
#  7. arrc run and arrc bench on .npy files written by NumPy (tests/run_test.sh).
set -e
cd "$(dirname "$0")/.."
status=0
t0=$(date +%s)
# each section's header says how long the suite has run (CI must stay under 20 min)
section() { echo "== [$(($(date +%s) - t0)) s] $*"; }
section "tests with arrc"
/usr/bin/python3 tests/run.py || status=1
section "tests with arrc built with -fsanitize=address,undefined"
make -s check-asan
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1 \
    /usr/bin/python3 tests/run.py --arrc ./arrc-asan --variants gcc-omp || status=1
section "compile-time scaling: big and deeply nested programs (arrc and arrc-asan)"
/usr/bin/python3 tests/scale_test.py || status=1
section "fuzzing arrc (ASan+UBSan build) with mutated test inputs"
/usr/bin/python3 tests/fuzz/fuzz.py --arrc ./arrc-asan --iterations 300 --seed 1 || status=1
section "differential testing: 256 random programs (fixed seed), gcc -fopenmp at 2 and 8 threads and arrc -O0"
# (add --avoid TAGS for known compiler bugs not fixed yet: tests/fuzz/gen.py KNOWN_BUGS, Makefile FUZZ_AVOID)
/usr/bin/python3 tests/fuzz/difftest.py --seed 1 --programs 256 --quick -j2 || status=1
section "command-line cases: FIFOs, devices, outputs that are inputs, partial writes, --prefix"
tests/cli_test.sh || status=1
section "the command line's docs (cli.md, the man page) match arrc --help"
/usr/bin/python3 tests/docs_test.py || status=1
section "editor grammars (Vim, VS Code) know every keyword and builtin"
/usr/bin/python3 tests/editors_test.py || status=1
section "#line: gdb stops at .arr lines"
tests/gdb_line.sh || status=1
section "make install into a temporary prefix; an example built with arrc.mk"
tests/install_test.sh || status=1
section "arrc.mk: two modules in two folders, a build folder and in the tree; each edit rebuilds exactly what it should"
tests/make_test.sh || status=1
section "CMake: find_package(arrc) and arrc_add_library on a sample (C and C++), rebuilds after an imported module changes"
tests/cmake_test.sh || status=1
section "arrc --mpi under Open MPI: 1 to 4 ranks, uneven blocks, a rank with no rows, errors on one rank; against the single-process build"
tests/mpi_test.sh || status=1
section "examples/blur: arrc's blur against the hand-written reference, bit for bit"
examples/blur/check.sh || status=1
section "examples/blackscholes"
make -s -C examples/blackscholes clean
make -s -C examples/blackscholes run N=100000 || status=1
section "examples/extern: a C library called through extern (exits 1 if the estimates are off)"
make -s -C examples/extern clean
make -s -C examples/extern run N=1000000 || status=1
section "examples/montecarlo: pi and a European call within 5 standard errors (counter-based random numbers)"
make -s -C examples/montecarlo clean
make -s -C examples/montecarlo run N=1000000 || status=1
section "examples/md: CoMD's lattice energy, link cells = all pairs, energy drift and its dt^2 scaling; 2-D energy conservation"
make -s -C examples/md clean
make -s -C examples/md check || status=1
section "examples/harris: the 256 corners of a synthetic grid (exits 1 when any is missed)"
make -s -C examples/harris clean
make -s -C examples/harris run || status=1
section "arrc --python: NumPy extension modules (Black-Scholes and tests/python/pymod.arr) under pytest"
tests/python_test.sh || status=1
section "arrc run / bench: .npy inputs from NumPy, results checked with NumPy, errors, bench's table"
tests/run_test.sh || status=1
section "done"
exit $status
