#!/usr/bin/env python3
"""Converts Fashion-MNIST IDX images to COPY text: id TAB [v1,...,v784].

usage: fmnist_tsv.py IMAGES.gz OUT.tsv [LIMIT]
"""
import gzip
import struct
import sys

src, out = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
with gzip.open(src, 'rb') as f:
    magic, n, rows, cols = struct.unpack('>IIII', f.read(16))
    assert magic == 2051, 'not an IDX image file'
    d = rows * cols
    n = min(n, limit) if limit else n
    with open(out, 'w') as o:
        for i in range(n):
            px = f.read(d)
            o.write('%d\t[%s]\n' % (i + 1, ','.join(map(str, px))))
