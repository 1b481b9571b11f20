#!/usr/bin/python3
"""Makes coffee.png, the test image of the blur example, from scikit-image's
sample photograph "coffee" (Debian package python3-skimage; CC0, photograph by
Rachel Michetti, courtesy of Pikolo Espresso Bar).

usage: make_image.py [SRC.png [OUT.png]]
  SRC defaults to /usr/lib/python3/dist-packages/skimage/data/coffee.png
  (apt-get install python3-skimage, or `apt-get download python3-skimage` and
  `dpkg -x` the .deb), OUT to coffee.png beside this script.

The 600 x 400 RGB photograph is cropped to its central 512 x 384 pixels and
turned into 8-bit grayscale with the Rec. 601 luma weights,
Y = round(0.299 R + 0.587 G + 0.114 B).  Only the standard library is used: a
small PNG reader (8-bit gray/RGB/RGBA, non-interlaced) and writer (zlib, the
usual per-row choice of the filter with the least sum of absolute values).
"""
import os
import struct
import sys
import zlib

W, H = 512, 384
SRC = '/usr/lib/python3/dist-packages/skimage/data/coffee.png'
PNG_SIG = b'\x89PNG\r\n\x1a\n'


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def read_png(path):
    """Returns (width, height, channels, rows of bytes)."""
    with open(path, 'rb') as f:
        data = f.read()
    if data[:8] != PNG_SIG:
        raise ValueError('%s: not a PNG file' % path)
    pos, idat, ihdr = 8, [], None
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b'IHDR':
            ihdr = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
    w, h, depth, ctype, _, _, interlace = ihdr
    channels = {0: 1, 2: 3, 6: 4}.get(ctype)
    if depth != 8 or channels is None or interlace != 0:
        raise ValueError('%s: only 8-bit gray/RGB/RGBA non-interlaced PNGs' % path)
    raw = zlib.decompress(b''.join(idat))
    stride = w * channels
    rows, prev = [], bytearray(stride)
    for y in range(h):
        base = y * (stride + 1)
        ftype = raw[base]
        cur = bytearray(raw[base + 1:base + 1 + stride])
        for i in range(stride):
            a = cur[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if ftype == 1:
                cur[i] = (cur[i] + a) & 255
            elif ftype == 2:
                cur[i] = (cur[i] + b) & 255
            elif ftype == 3:
                cur[i] = (cur[i] + ((a + b) >> 1)) & 255
            elif ftype == 4:
                cur[i] = (cur[i] + paeth(a, b, c)) & 255
            elif ftype != 0:
                raise ValueError('%s: bad filter type %d' % (path, ftype))
        rows.append(cur)
        prev = cur
    return w, h, channels, rows


def write_gray_png(path, w, h, rows):
    out, prev = bytearray(), bytes(w)
    for row in rows:
        best = None
        for ftype in range(5):
            f = bytearray(w)
            for i in range(w):
                a = row[i - 1] if i else 0
                b = prev[i]
                c = prev[i - 1] if i else 0
                pred = (0, a, b, (a + b) >> 1, paeth(a, b, c))[ftype]
                f[i] = (row[i] - pred) & 255
            cost = sum(v if v < 128 else 256 - v for v in f)
            if best is None or cost < best[0]:
                best = (cost, ftype, f)
        out.append(best[1])
        out += best[2]
        prev = row

    def chunk(kind, body):
        return (struct.pack('>I', len(body)) + kind + body +
                struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff))

    with open(path, 'wb') as f:
        f.write(PNG_SIG)
        f.write(chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)))
        f.write(chunk(b'IDAT', zlib.compress(bytes(out), 9)))
        f.write(chunk(b'IEND', b''))


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else SRC
    dst = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), 'coffee.png')
    w, h, ch, rows = read_png(src)
    if w < W or h < H:
        print('%s: %d x %d is smaller than %d x %d' % (src, w, h, W, H), file=sys.stderr)
        return 1
    x0, y0 = (w - W) // 2, (h - H) // 2
    gray = []
    for y in range(y0, y0 + H):
        r = rows[y]
        if ch == 1:
            gray.append(bytes(r[x0:x0 + W]))
            continue
        g = bytearray(W)
        for x in range(W):
            p = (x0 + x) * ch
            g[x] = (299 * r[p] + 587 * r[p + 1] + 114 * r[p + 2] + 500) // 1000
        gray.append(bytes(g))
    write_gray_png(dst, W, H, gray)
    print('%s: %d x %d grayscale (crop at x=%d, y=%d of %s, %d x %d)'
          % (dst, W, H, x0, y0, src, w, h))
    return 0


if __name__ == '__main__':
    sys.exit(main())
