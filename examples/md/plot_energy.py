#!/usr/bin/python3
"""Plots the energies that md3d prints (step, time, total, potential,
kinetic per atom, temperature) against time: energy.png.

    ./md3d -n 10 -s 2000 -k 10 > energy.txt
    plot_energy.py energy.txt energy.png
"""
import sys

import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt


def read(path):
    rows, title = [], ''
    with open(path) as f:
        for line in f:
            if line.startswith('# ') and 'atoms' in line and not title:
                title = line[2:].strip()
            if line.startswith('#') or not line.strip():
                continue
            parts = line.split()
            try:
                rows.append([float(p) for p in parts[:6]])
            except ValueError:
                continue        # check lines ("lattice: ...")
    return rows, title


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else 'energy.txt'
    out = sys.argv[2] if len(sys.argv) > 2 else 'energy.png'
    rows, title = read(src)
    if not rows:
        sys.exit('plot_energy.py: no energy rows in ' + src)
    t = [r[1] for r in rows]
    total, pot, kin, temp = ([r[k] for r in rows] for k in (2, 3, 4, 5))
    fig, (a1, a2, a3) = plt.subplots(3, 1, figsize=(7.5, 8), sharex=True)
    a1.plot(t, pot, label='potential')
    a1.plot(t, [p + k for p, k in zip(pot, kin)], label='total')
    a1.set_ylabel('eV/atom')
    a1.legend(loc='center right')
    a1.set_title('md3d: Lennard-Jones copper, ' + title, fontsize=9)
    a2.plot(t, [(e - total[0]) * 1e6 for e in total], color='C1')
    a2.set_ylabel('total - total(0)\n(micro-eV/atom)')
    a2.axhline(0, color='grey', lw=0.5)
    a3.plot(t, temp, color='C3')
    a3.set_ylabel('temperature (K)')
    a3.set_xlabel('time (fs)')
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    print('wrote', out)


if __name__ == '__main__':
    main()
