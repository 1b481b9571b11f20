#!/usr/bin/python3
"""A mutation fuzzer for the whole compiler: takes every .arr under tests/
as a seed, mutates it (byte flips, token splices, deletions, duplication,
random bytes including NUL and invalid UTF-8), runs arrc on it, and fails
on anything but a clean exit 0 (output written) or 1 (diagnostics), on a
hang, or on a sanitizer report.  Deterministic for a given --seed.

Usage: tests/fuzz/fuzz.py [--arrc ./arrc-asan] [--iterations N] [--seed S]
Crashing inputs are saved under tests/out/fuzz/ for a regression test."""
import argparse, glob, os, random, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOKENS = [b'fn', b'export', b'let', b'var', b'if', b'else', b'for', b'in', b'while', b'return', b'..',
          b'(', b')', b'[', b']', b'{', b'}', b',', b';', b':', b'|', b'->', b'**', b'<<', b'>>', b'==',
          b'f64', b'i32', b'bool', b'f64[n]', b'f32[,]', b'0', b'1e308', b'9223372036854775808', b'0.5f',
          b'sum(', b'reduce(|a, b| a + b, 0.0, ', b'zeros(f64, ', b'x', b'n', b'a[i]', b'runStencil(',
          b'[i for i in 0..n]', b'#', b'\n', b'\x00', b'\xff', b'\xc3(', b'"', b'-', b'!', b'~', b'?']

def mutate(rng, data, pool):
    data = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(data)) if data else 0
        if op == 0 and data:                      # flip a byte
            data[min(pos, len(data) - 1)] = rng.randrange(256)
        elif op == 1:                             # insert a token
            data[pos:pos] = rng.choice(TOKENS)
        elif op == 2 and data:                    # delete a range
            del data[pos:pos + rng.randint(1, 12)]
        elif op == 3 and data:                    # duplicate a range
            end = min(len(data), pos + rng.randint(1, 40))
            data[pos:pos] = data[pos:end]
        elif op == 4:                             # splice from another seed
            other = rng.choice(pool)
            if other:
                a = rng.randrange(len(other))
                data[pos:pos] = other[a:a + rng.randint(1, 60)]
        else:                                     # swap two lines
            lines = bytes(data).split(b'\n')
            if len(lines) > 2:
                i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
                lines[i], lines[j] = lines[j], lines[i]
                data = bytearray(b'\n'.join(lines))
    return bytes(data)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--arrc', default=os.path.join(ROOT, 'arrc'))
    ap.add_argument('--iterations', type=int, default=500)
    ap.add_argument('--seed', type=int, default=1)
    a = ap.parse_args()
    seeds = sorted(glob.glob(os.path.join(ROOT, 'tests', '**', '*.arr'), recursive=True))
    seeds += sorted(glob.glob(os.path.join(ROOT, 'examples', '**', '*.arr'), recursive=True))
    pool = [open(p, 'rb').read() for p in seeds]
    pool = [p for p in pool if len(p) < 20000]
    rng = random.Random(a.seed)
    outdir = os.path.join(ROOT, 'tests', 'out', 'fuzz')
    os.makedirs(outdir, exist_ok=True)
    bad = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, 'f.arr')
        for it in range(a.iterations):
            data = mutate(rng, rng.choice(pool), pool)
            with open(src, 'wb') as f:
                f.write(data)
            try:
                r = subprocess.run([a.arrc, src, '-o', os.path.join(tmp, 'f.c')], capture_output=True, timeout=20,
                                   env=dict(os.environ, ASAN_OPTIONS='detect_leaks=1'))
                problem = None
                if r.returncode not in (0, 1):
                    problem = 'exit status %d' % r.returncode
                elif b'Sanitizer' in r.stderr or b'runtime error' in r.stderr or b'internal compiler error' in r.stderr:
                    problem = 'sanitizer or internal error'
                elif r.returncode == 1 and os.path.exists(os.path.join(tmp, 'f.c')):
                    problem = 'output left behind after an error'
            except subprocess.TimeoutExpired:
                problem = 'hang'
            for leftover in ('f.c', 'f.h'):
                p = os.path.join(tmp, leftover)
                if os.path.exists(p):
                    os.remove(p)
            if problem:
                bad += 1
                keep = os.path.join(outdir, 'crash-%d-%d.arr' % (a.seed, it))
                with open(keep, 'wb') as f:
                    f.write(data)
                print('FAIL fuzz %d: %s (input saved as %s)' % (it, problem, keep))
                print('    ' + r.stderr.decode('utf-8', 'replace')[-1500:].replace('\n', '\n    ') if problem != 'hang' else '')
    print('%d passed, %d failed' % (a.iterations - bad, bad))
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
