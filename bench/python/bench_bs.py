#!/usr/bin/python3
"""Black-Scholes from Python: arrc --python against Numba (and NumPy).

usage: /usr/bin/python3 bench/python/bench_bs.py [--sizes 1000,100000,10000000]
           [--threads T] [--repeat R] [--arrc PATH] [--cc CC] [--no-numpy]

Builds examples/blackscholes/blackscholes.arr with `arrc --python` into
bench/python/BUILD (module `bs`, cc -O3 -march=native -fopenmp
-fno-math-errno) and times, per call from Python, with new arrays for the
result each call (as `bs.blackscholes` returns one):

  arrc          bs.blackscholes(s, k, r, v, t)   (GIL released, OpenMP)
  numba         @njit(parallel=True), prange over the options, math.erf;
                the result allocated with np.empty inside
  numba_serial  the same with @njit (no threads)
  numpy         whole-array NumPy with scipy.special.erf (single-threaded)

Call overhead: the time of one call on 1-element arrays (the wrapper's
argument checks, allocation and return for arrc; Numba's dispatcher
type-checks and unboxes).  Also the one-time costs: arrc + cc (build), and
Numba's compilation (first call).

Every implementation is checked against arrc first (max relative difference
below 1e-10).  Timing: for each size, calls are repeated in a loop of at
least 20 ms per sample (one call at least), R samples (default 15); the
best and the median time per call are reported.  The best is the one less
disturbed by other work on the machine: on a busy machine the threads of a
parallel loop wait for each other whenever one is descheduled.  Threads: T (default: the number of cores) for OpenMP
(OMP_NUM_THREADS, set before the module loads) and numba.set_num_threads.
"""
import argparse
import math
import os
import subprocess
import sys
import sysconfig
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BUILD = os.path.join(HERE, "BUILD")


def parse():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,100000,10000000")
    ap.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--repeat", type=int, default=15)
    ap.add_argument("--arrc", default=os.path.join(ROOT, "arrc"))
    ap.add_argument("--cc", default=os.environ.get("CC", "gcc"))
    ap.add_argument("--no-numpy", action="store_true")
    ap.add_argument("--impl", help=argparse.SUPPRESS)      # internal: time one implementation
    return ap.parse_args()


def build(args):
    """arrc --python, then the extension module; returns the seconds taken."""
    import numpy as np
    os.makedirs(BUILD, exist_ok=True)
    t0 = time.perf_counter()
    subprocess.run([args.arrc, os.path.join(ROOT, "examples/blackscholes/blackscholes.arr"),
                    "--python", "-o", os.path.join(BUILD, "bs.c")], check=True)
    subprocess.run([args.cc, "-O3", "-march=native", "-fopenmp", "-fno-math-errno", "-shared", "-fPIC",
                    "-I" + sysconfig.get_paths()["include"], "-I" + np.get_include(),
                    os.path.join(BUILD, "bs.c"), os.path.join(BUILD, "bs_py.c"),
                    "-o", os.path.join(BUILD, "bs" + sysconfig.get_config_var("EXT_SUFFIX")), "-lm"], check=True)
    return time.perf_counter() - t0


def inputs(n):
    import numpy as np
    i = np.arange(n, dtype=np.float64)
    return (np.full(n, 42.0), 40.0 + i / n, np.full(n, 0.5), np.full(n, 0.2), np.full(n, 0.5))


def make_numba(parallel):
    import numpy as np
    from numba import njit, prange

    @njit(inline="always")
    def cndf2(x):
        return 0.5 + 0.5 * math.erf(0.707106781 * x)

    @njit(parallel=parallel)
    def bs(sptprice, strike, rate, volatility, time_):
        out = np.empty(sptprice.shape[0])
        for i in prange(out.shape[0]):
            logterm = math.log10(sptprice[i] / strike[i])
            powterm = 0.5 * volatility[i] * volatility[i]
            den = volatility[i] * math.sqrt(time_[i])
            d1 = ((rate[i] + powterm) * time_[i] + logterm) / den
            d2 = d1 - den
            future = strike[i] * math.exp(-rate[i] * time_[i])
            call = sptprice[i] * cndf2(d1) - future * cndf2(d2)
            out[i] = call - future + sptprice[i]
        return out
    return bs


def make_numpy():
    import numpy as np
    from scipy.special import erf

    def bs(s, k, r, v, t):
        cndf2 = lambda x: 0.5 + 0.5 * erf(0.707106781 * x)
        logterm = np.log10(s / k)
        powterm = 0.5 * v * v
        den = v * np.sqrt(t)
        d1 = ((r + powterm) * t + logterm) / den
        d2 = d1 - den
        future = k * np.exp(-r * t)
        call = s * cndf2(d1) - future * cndf2(d2)
        return call - future + s
    return bs


def per_call(fn, a, repeat):
    """(best, median) seconds per call over `repeat` samples of >= 20 ms each."""
    calls, t = 1, 0.0
    while True:
        t0 = time.perf_counter()
        for _ in range(calls):
            fn(*a)
        t = time.perf_counter() - t0
        if t >= 0.02:
            break
        calls = max(calls * 2, int(calls * 0.025 / max(t, 1e-9)))
    samples = [t / calls]
    for _ in range(repeat - 1):
        t0 = time.perf_counter()
        for _ in range(calls):
            fn(*a)
        samples.append((time.perf_counter() - t0) / calls)
    samples.sort()
    return samples[0], samples[len(samples) // 2]


def fmt(sec):
    if sec < 1e-3:
        return "%.2f us" % (sec * 1e6)
    if sec < 1:
        return "%.3f ms" % (sec * 1e3)
    return "%.3f s" % sec


def make(name):
    """The implementation and its one-time cost (seconds): arrc's build, Numba's compilation."""
    if name == "arrc":
        sys.path.insert(0, BUILD)
        import bs
        return bs.blackscholes, 0.0
    if name == "numpy":
        return make_numpy(), 0.0
    fn = make_numba(name == "numba")
    t0 = time.perf_counter()
    fn(*inputs(4))
    return fn, time.perf_counter() - t0


def child(args):
    """--impl NAME: times one implementation in this process and prints a
    JSON line.  Each runs in its own process: Numba's OpenMP threading layer
    sets the calling thread's OpenMP thread count to 1 after its first
    parallel call, which would make the arrc module run on one thread, and
    its idle pool competes for the cores."""
    import json
    import numpy as np
    if args.impl.startswith("numba"):       # not imported by the others (it starts threads)
        import numba
        numba.set_num_threads(args.threads)
    fn, once = make(args.impl)
    out = {"impl": args.impl, "once": once, "rows": []}
    if args.impl == "numba":
        out["layer"] = numba.threading_layer()
    for n in [1] + [int(float(s)) for s in args.sizes.split(",")]:
        a = inputs(n)
        r = fn(*a)
        best, median = per_call(fn, a, args.repeat)
        np.save(os.path.join(BUILD, "%s-%d.npy" % (args.impl, n)), r[:1000])
        out["rows"].append([n, best, median])
        del a, r
    print(json.dumps(out))
    return 0


def check(names, sizes):
    """Every implementation against arrc (first 1000 values of each size)."""
    import numpy as np
    for n in sizes:
        ref = np.load(os.path.join(BUILD, "arrc-%d.npy" % n))
        for k in names:
            x = np.load(os.path.join(BUILD, "%s-%d.npy" % (k, n)))
            rel = float(np.max(np.abs(x - ref) / np.abs(ref)))
            if not rel < 1e-10:
                print("CHECK FAILED: %s at n=%d: max rel diff %.3e against arrc" % (k, n, rel))
                return False
    return True


def main():
    import json
    args = parse()
    os.environ["OMP_NUM_THREADS"] = str(args.threads)     # before libgomp loads
    os.environ.setdefault("OMP_PROC_BIND", "true")
    if args.impl:
        return child(args)
    build_s = build(args)
    names = ["arrc", "numba", "numba_serial"] + ([] if args.no_numpy else ["numpy"])
    res = {}
    for k in names:
        r = subprocess.run([sys.executable, os.path.abspath(__file__), "--impl", k, "--sizes", args.sizes,
                            "--threads", str(args.threads), "--repeat", str(args.repeat)],
                           check=True, stdout=subprocess.PIPE, text=True)
        res[k] = json.loads(r.stdout.strip().splitlines()[-1])
    sizes = [row[0] for row in res["arrc"]["rows"]]
    if not check(names, sizes):
        return 2
    import numpy as np
    import numba
    print("Black-Scholes from Python: %d thread%s; NumPy %s, Numba %s (threading layer %s); Python %s; load average %s"
          % (args.threads, "s" if args.threads > 1 else "", np.__version__, numba.__version__,
             res["numba"]["layer"], sys.version.split()[0], " ".join("%.2f" % x for x in os.getloadavg())))
    print("one-time: arrc + cc %.2f s; Numba compilation (first call) %.2f s parallel, %.2f s serial"
          % (build_s, res["numba"]["once"], res["numba_serial"]["once"]))
    print()
    print("Per call, best of %d samples (median in parentheses); numba / arrc of the bests." % args.repeat)
    print()
    print("| options | " + " | ".join(names) + " | numba / arrc |")
    print("|---:|" + "---:|" * (len(names) + 1))
    for i, n in enumerate(sizes):
        t = {k: res[k]["rows"][i][1:] for k in names}
        label = "1 (call overhead)" if n == 1 else "{:,}".format(n)
        cells = ["%s (%s)" % (fmt(t[k][0]), fmt(t[k][1])) for k in names]
        print("| %s | %s | %.1f |" % (label, " | ".join(cells), t["numba"][0] / t["arrc"][0]))
    print()
    for i, n in enumerate(sizes[1:], 1):
        print("ns per option at %s (best): %s" % ("{:,}".format(n), ", ".join(
            "%s %.2f" % (k, 1e9 * res[k]["rows"][i][1] / n) for k in names)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
