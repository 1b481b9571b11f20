"""arrc --python: extension modules over NumPy arrays (docs/python.md).

Builds examples/blackscholes/blackscholes.arr (as module `bs`: the name is
the output's stem) and tests/python/pymod.arr with `arrc --python` and the
C compiler ($CC, default gcc), then checks the results against NumPy, the
argument checks, the errors the kernels report, in-place updates, the
memory of results the kernels allocate, and that inputs are not copied.

    tests/python_test.sh            (make check runs it)
    ARRC=./arrc /usr/bin/python3 -m pytest -q tests/python
"""
import gc
import inspect
import math
import os
import subprocess
import sys
import sysconfig
import threading
import tracemalloc

import numpy as np
import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARRC = os.path.abspath(os.environ.get("ARRC", os.path.join(ROOT, "arrc")))


def build(tmp, arr, out):
    """arrc --python ARR -o OUT.c, then one shared object from OUT.c and OUT_py.c."""
    stem = os.path.splitext(out)[0]
    subprocess.run([ARRC, arr, "--python", "-o", os.path.join(tmp, out)], check=True)
    so = os.path.join(tmp, stem + sysconfig.get_config_var("EXT_SUFFIX"))
    cc = os.environ.get("CC", "gcc")
    cmd = [cc, "-std=c11", "-O2", "-fopenmp", "-fno-math-errno", "-DARR_NO_PERF_WARNING", "-Wall", "-Wextra", "-Werror",
           "-shared", "-fPIC", "-I" + sysconfig.get_paths()["include"], "-I" + np.get_include(),
           os.path.join(tmp, stem + ".c"), os.path.join(tmp, stem + "_py.c"), "-o", so, "-lm"]
    subprocess.run(cmd, check=True)


@pytest.fixture(scope="session")
def mods(tmp_path_factory):
    tmp = str(tmp_path_factory.mktemp("pyext"))
    build(tmp, os.path.join(ROOT, "examples/blackscholes/blackscholes.arr"), "bs.c")
    build(tmp, os.path.join(ROOT, "tests/python/pymod.arr"), "pymod.c")
    sys.path.insert(0, tmp)
    import bs
    import pymod
    return {"bs": bs, "pymod": pymod, "dir": tmp}


@pytest.fixture(scope="session")
def m(mods):
    return mods["pymod"]


# ---- Black-Scholes ----

def bs_inputs(n):
    i = np.arange(n, dtype=np.float64)
    return (np.full(n, 42.0), 40.0 + i / n, np.full(n, 0.5), np.full(n, 0.2), np.full(n, 0.5))


def bs_numpy(s, k, r, v, t):
    erf = np.vectorize(math.erf)
    cndf2 = lambda x: 0.5 + 0.5 * erf(0.707106781 * x)
    logterm = np.log10(s / k)
    powterm = 0.5 * v * v
    den = v * np.sqrt(t)
    d1 = ((r + powterm) * t + logterm) / den
    d2 = d1 - den
    future = k * np.exp(-r * t)
    call = s * cndf2(d1) - future * cndf2(d2)
    return call - future + s


def test_blackscholes_matches_numpy(mods):
    bs = mods["bs"]
    args = bs_inputs(1000)
    put = bs.blackscholes(*args)
    assert put.dtype == np.float64 and put.shape == (1000,)
    np.testing.assert_allclose(put, bs_numpy(*args), rtol=1e-12)


def test_module_name_is_the_output_stem(mods):
    bs = mods["bs"]
    assert bs.__name__ == "bs" and issubclass(bs.Error, RuntimeError)
    assert "export fn blackscholes(sptprice: f64[n], strike: f64[n]" in bs.blackscholes.__doc__
    assert str(inspect.signature(bs.blackscholes)) == "(sptprice, strike, rate, volatility, time)"
    bs.blackscholes(sptprice=np.ones(2), strike=np.ones(2), rate=np.ones(2), volatility=np.ones(2), time=np.ones(2))


def test_inputs_are_not_copied(mods):
    """Contiguous float64 inputs go to the kernel as they are: while it runs,
    NumPy allocates the result (8 bytes per option) and nothing else."""
    bs = mods["bs"]
    n = 1 << 18
    args = bs_inputs(n)
    tracemalloc.start()
    put = bs.blackscholes(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert put.nbytes <= peak < put.nbytes + (1 << 16)
    strided = [np.repeat(a, 2)[::2] for a in args]       # not contiguous: copied
    tracemalloc.start()
    np.testing.assert_array_equal(bs.blackscholes(*strided), put)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak >= 6 * put.nbytes


def test_shape_mismatch_is_located(mods):
    bs = mods["bs"]
    s, k, r, v, t = bs_inputs(5)
    with pytest.raises(ValueError) as e:
        bs.blackscholes(s, k[:4], r, v, t)
    assert str(e.value).endswith("/blackscholes.arr:9:42: error: shape mismatch in call of 'blackscholes': "
                                 "argument 'strike' (f64[n]) has shape (4,), but n is 5 from argument 'sptprice'")


def test_wrong_dtype_and_rank(mods):
    bs = mods["bs"]
    s, k, r, v, t = bs_inputs(5)
    with pytest.raises(TypeError, match=r"blackscholes\(\) argument 'rate' must be a float64 array \(f64\[n\]\), not float32"):
        bs.blackscholes(s, k, r.astype(np.float32), v, t)
    with pytest.raises(TypeError, match="not int64"):
        bs.blackscholes(s, k, r, v, np.arange(5))
    with pytest.raises(ValueError, match=r"argument 'time' must be a 1-D array \(f64\[n\]\), not 2-D"):
        bs.blackscholes(s, k, r, v, t.reshape(5, 1))
    with pytest.raises(ValueError, match="not 0-D"):
        bs.blackscholes(s, k, r, v, 0.5)


def test_lists_are_converted(mods):
    bs = mods["bs"]
    s, k, r, v, t = bs_inputs(3)
    np.testing.assert_array_equal(bs.blackscholes(list(s), k, [0.5, 0.5, 0.5], v, t), bs.blackscholes(s, k, r, v, t))
    with pytest.raises(TypeError, match="cannot convert a list of complex128"):
        bs.blackscholes(s, k, [1j, 1j, 1j], v, t)


def test_lists_cast_same_kind(mods):
    # lists to narrower kinds of the same kind (NumPy's default "safe" rule
    # refuses these; same_kind allows them), and an empty list
    pm = mods["pymod"]
    np.testing.assert_array_equal(pm.scale32([1.5, 2.0], 2.0), np.array([3.5, 4.5], dtype=np.float32))
    got = pm.small(np.array([1, 2], dtype=np.uint8), [3, 4], 2)   # int64 to u8 is not same_kind
    np.testing.assert_array_equal(got[0], np.array([2, 3], dtype=np.uint8))
    np.testing.assert_array_equal(got[1], np.array([6, 8], dtype=np.int32))
    assert pm.ints([], 3)[1] == 0


def test_masked_arrays_are_refused(mods):
    bs = mods["bs"]
    s, k, r, v, t = bs_inputs(3)
    with pytest.raises(TypeError, match="is a masked array: its mask would be ignored"):
        bs.blackscholes(np.ma.masked_array(s, mask=[0, 1, 0]), k, r, v, t)


def test_lists_of_integers_must_fit(mods):
    # a list of integers for an integer or bool array converts when every
    # value fits the declared type (NumPy's cast wrapped [2**31] to
    # -2**31 for an i32[n]; its same_kind rule refused [1, 2] for a u8[n])
    pm = mods["pymod"]
    got = pm.small([1, 255], [3, 4], 2)
    np.testing.assert_array_equal(got[0], np.array([2, 0], dtype=np.uint8))
    np.testing.assert_array_equal(got[1], np.array([6, 8], dtype=np.int32))
    got = pm.small([0, 1], [2**31 - 1, -2**31], 1)
    np.testing.assert_array_equal(got[1], np.array([2**31 - 1, -2**31], dtype=np.int32))
    with pytest.raises(OverflowError, match=r"small\(\) argument 'b' holds an integer out of range for i32\[n\]"):
        pm.small([1, 2], [3, 2**31], 2)
    with pytest.raises(OverflowError, match="argument 'a' holds an integer out of range for u8"):
        pm.small([256, 2], [3, 4], 2)
    with pytest.raises(OverflowError, match="argument 'a' holds an integer out of range for u8"):
        pm.small([-1, 2], [3, 4], 2)
    with pytest.raises(OverflowError, match="out of range for i32"):
        pm.small([1, 2], [2**63, 2**63], 2)     # a list NumPy makes a uint64 array of
    m, _, _ = pm.flags([1, 0, True], [1.0, 2.0, 3.0])
    np.testing.assert_array_equal(m, np.array([True, False, True]))
    with pytest.raises(OverflowError, match="out of range for bool"):
        pm.flags([2, 0, 1], [1.0, 2.0, 3.0])


# ---- the test module: kinds, ranks, results ----

def test_f64_scalars_and_arrays(m):
    x, y = np.array([1.0, -2.0, 3.0]), np.linspace(0, 1, 3)
    np.testing.assert_array_equal(m.axpy(2.0, x, y), 2.0 * x + y)
    np.testing.assert_array_equal(m.axpy(2, x, y), 2.0 * x + y)        # an int for an f64
    np.testing.assert_array_equal(m.axpy(np.float32(2), x, y), 2.0 * x + y)
    with pytest.raises(TypeError, match=r"axpy\(\) argument 'a' must be a real number \(f64\), not str"):
        m.axpy("2", x, y)


def test_f32(m):
    x = np.linspace(0, 3, 7, dtype=np.float32)
    r = m.scale32(x, 1.5)
    assert r.dtype == np.float32
    np.testing.assert_array_equal(r, x * np.float32(1.5) + np.float32(0.5))
    with pytest.raises(TypeError, match=r"must be a float32 array \(f32\[n\]\), not float64"):
        m.scale32(x.astype(np.float64), 1.5)


def test_tuple_of_scalars(m):
    x = np.array([1.0, 7.0, -2.0, 7.0])
    s, mx, am = m.stats(x)
    assert (s, mx, am) == (13.0, 7.0, 1)
    assert type(s) is float and type(am) is int


def test_i64_and_small_ints(m):
    a = np.arange(-3, 5)
    r, s = m.ints(a, 3)
    assert r.dtype == np.int64 and s == a.sum()
    np.testing.assert_array_equal(r, a * 3 + 1)
    with pytest.raises(TypeError, match=r"argument 'k' must be an integer \(i64\), not float"):
        m.ints(a, 2.0)
    with pytest.raises(OverflowError, match="out of range for i64"):
        m.ints(a, 2 ** 63)
    u = np.array([0, 200, 255], dtype=np.uint8)
    b = np.array([1, -2, 3], dtype=np.int32)
    ru, rb = m.small(u, b, -7)
    assert ru.dtype == np.uint8 and rb.dtype == np.int32
    np.testing.assert_array_equal(ru, u + np.uint8(1))
    np.testing.assert_array_equal(rb, b * -7)
    with pytest.raises(OverflowError, match="out of range for i16"):
        m.small(u, b, 40000)
    with pytest.raises(TypeError, match=r"must be a uint8 array \(u8\[n\]\), not int64"):
        m.small(u.astype(np.int64), b, 1)


def test_scalar_kinds(m):
    assert m.pick(True, 1.0, 2.0) == 1.0 and m.pick(np.bool_(False), 1.0, 2.0) == 2.0
    with pytest.raises(TypeError, match=r"pick\(\) argument 'm' must be a bool, not int"):
        m.pick(1, 1.0, 2.0)
    assert m.wrap(2 ** 64 - 1, -128) == (2 ** 64 - 1, -128)
    assert m.wrap(np.uint64(7), np.int8(5)) == (7, 5)
    for bad in ((2 ** 64, 0), (-1, 0), (0, 128), (0, -129)):
        with pytest.raises(OverflowError, match="out of range"):
            m.wrap(*bad)


def test_byte_order_and_alignment(m):
    x, y = np.arange(5.0), np.ones(5)
    np.testing.assert_array_equal(m.axpy(2.0, x.astype(">f8"), y), 2 * x + y)      # big-endian: copied
    buf = np.zeros(5 * 8 + 1, dtype=np.uint8)[1:].view(np.float64)                 # misaligned: copied
    buf[:] = x
    assert not buf.flags.aligned
    np.testing.assert_array_equal(m.axpy(2.0, buf, y), 2 * x + y)


def test_bool(m):
    mask = np.array([True, False, True, True])
    x = np.array([1.0, 2.0, -3.0, 4.0])
    r, c, anyv = m.flags(mask, x)
    assert r.dtype == np.bool_ and c == 3 and anyv is True
    np.testing.assert_array_equal(r, mask & (x > 0))
    with pytest.raises(TypeError, match=r"must be a bool_ array \(bool\[n\]\), not float64"):
        m.flags(x, x)


def test_2d(m):
    a = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(m.rowsum(a), a.sum(axis=1))
    np.testing.assert_array_equal(m.rowsum(a.T), a.T.sum(axis=1))     # not C-contiguous: copied
    x, y = np.arange(3.0), np.arange(4.0) + 1
    t = m.table(x, y)
    assert t.shape == (3, 4) and t.flags.c_contiguous
    np.testing.assert_array_equal(t, np.outer(x, y))
    with pytest.raises(ValueError, match=r"argument 'a' must be a 2-D array \(f64\[h, w\]\), not 1-D"):
        m.rowsum(x)


def test_anonymous_extent_results(m):
    x = np.array([3.0, -1.0, 0.0, 2.5, -7.0, 9.0])
    p = m.positives(x)
    np.testing.assert_array_equal(p, x[x > 0])
    assert not p.flags.owndata and type(p.base).__name__ == "PyCapsule"
    idx, ones, n = m.above(x, 1.0)
    np.testing.assert_array_equal(idx, np.flatnonzero(x > 1.0))
    assert ones.shape == (n, 2) and n == 3 and (ones == 1.5).all()
    assert m.positives(-x[:0]).shape == (0,)


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def test_allocated_results_are_freed(m):
    """The kernel's malloc'ed result is freed with the array (capsule base)."""
    x = np.ones(1 << 20)
    m.positives(x)
    gc.collect()
    before = rss()
    for _ in range(100):                # 8 MiB each: 800 MiB if they leaked
        r = m.positives(x)
        del r
    gc.collect()
    assert rss() - before < 64 << 20


def test_no_reference_leaks(m):
    x, y = np.ones(5), np.ones(5)
    before = (sys.getrefcount(x), sys.getrefcount(y))
    for _ in range(50):
        m.axpy(1.0, x, y)
        with pytest.raises(ValueError):
            m.axpy(1.0, x, y[:3])
    assert (sys.getrefcount(x), sys.getrefcount(y)) == before


def test_extents_from_i64_and_constants(m):
    np.testing.assert_array_equal(m.grid(3), np.arange(9.0).reshape(3, 3))
    with pytest.raises(m.Error, match=r"pymod.arr:47:11: error: negative extent k passed to 'grid'$"):
        m.grid(-1)
    # too large for memory: a MemoryError naming the function and the result
    with pytest.raises(MemoryError, match=r"^grid\(\): cannot allocate result 1, of shape \(1099511627776, 1099511627776\)$"):
        m.grid(2**40)
    with pytest.raises(MemoryError, match=r"^grid\(\): cannot allocate result 1, of shape \(3000000, 3000000\)$"):
        m.grid(3000000)
    assert m.window(np.arange(4.0), 4) == 1.5
    with pytest.raises(ValueError, match=r"pymod.arr:51:18: error: shape mismatch in call of 'window': "
                                         r"argument 'x' \(f64\[k\]\) has shape \(4,\), but k is 5$"):
        m.window(np.arange(4.0), 5)
    np.testing.assert_array_equal(m.fixed(np.ones((3, 2))), [3.0, 3.0])
    with pytest.raises(ValueError, match=r"has shape \(2, 2\), but extent 0 must be 3$"):
        m.fixed(np.ones((2, 2)))


def test_kernel_errors_raise_module_error(m):
    with pytest.raises(m.Error) as e:
        m.addmn(np.ones(3), np.ones(4))
    assert str(e.value).endswith("pymod.arr:60:12: error: shape mismatch in '+': a and b "
                                 "('f64[n]' and 'f64[m]' differ at run time)")
    np.testing.assert_array_equal(m.addmn(np.ones(3), np.ones(3)), [2.0, 2.0, 2.0])
    with pytest.raises(m.Error, match="pymod.arr:64:12: error: integer division by zero"):
        m.idiv(np.arange(3), 0)


def test_written_arrays_are_updated_in_place(m):
    a = np.array([1.0, 5.0, 9.0])
    assert m.clip(a, 4.0) is None
    np.testing.assert_array_equal(a, [1.0, 4.0, 4.0])
    b = np.arange(10.0)
    m.clip(b[::2], 3.0)                 # strided: copied and written back
    np.testing.assert_array_equal(b, [0, 1, 2, 3, 3, 5, 3, 7, 3, 9])
    r = np.ones(3)
    r.flags.writeable = False
    with pytest.raises(ValueError, match=r"argument 'a' must be a writeable array: clip\(\) stores into it"):
        m.clip(r, 0.0)
    with pytest.raises(TypeError, match="must be a numpy.ndarray, not list"):
        m.clip([1.0], 0.0)
    with pytest.raises(m.Error, match="arguments 'a' and .* overlap"):
        m.overlap(b, b)
    # strided views of one array: the copies would hide the overlap
    with pytest.raises(m.Error, match="pymod.arr:.*arguments 'a' and 'b' overlap, but 'a' is written"):
        m.overlap(b[::2], b[::2])
    with pytest.raises(m.Error, match="overlap"):
        m.overlap(b[::2], b[2::2])
    m.overlap(b[::2], b[1::2])          # interleaved, no element shared: allowed
    assert b[0] == b[9]


def test_complex(m):
    z = np.array([1 + 2j, -3j, 0.5])
    r, s = m.cmul(z, 2 - 1j)
    np.testing.assert_array_equal(r, z * (2 - 1j))
    assert s == z.sum() and type(s) is complex


def test_anonymous_extent_inputs_and_no_arguments(m):
    assert m.anon_in(np.ones(3), np.ones((2, 5), dtype=np.float32)) == 13.0
    assert m.nothing() == 42


def test_threads(m):
    """The GIL is released around the kernel: calls from threads run and agree."""
    x = np.random.default_rng(1).random(1 << 16)
    want = m.stats(x)
    out = []
    ts = [threading.Thread(target=lambda: out.append(m.stats(x))) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    assert out == [want] * 4


def test_wrapper_source(mods):
    with open(os.path.join(mods["dir"], "pymod_py.c")) as f:
        src = f.read()
    assert src.count("Py_BEGIN_ALLOW_THREADS") == src.count("PyArg_ParseTupleAndKeywords") == 22
    assert "PyInit_pymod" in src
