#!/usr/bin/env python3
"""check.py — runs a hand-linked hood runtime test program and checks it.

    check.py run BIN STATUS EXPECTED   run BIN; exit status must be STATUS,
                                       stdout empty, stderr must match
                                       EXPECTED line by line (a line
                                       "re:PATTERN" matches a regular
                                       expression, anything else exactly)
    check.py nm NM READELF BIN         BIN is static, has no undefined
                                       symbols and nothing from a libc
    check.py su LIMIT DIR              every function in DIR/*.su (gcc's
                                       -fstack-usage) uses at most LIMIT
                                       bytes of stack and none is dynamic
                                       (rt/HACKING.md); skipped (77) when
                                       the compiler wrote no .su files
"""
import glob
import os
import re
import subprocess
import sys

# Symbols whose presence means a C library was linked in.
LIBC_SYMBOLS = ('__libc_start_main', 'printf', 'malloc', 'free', '_IO_',
                'errno', '__errno_location', 'abort')


def run(binary, status, expected):
    p = subprocess.run([binary], capture_output=True, timeout=60)
    want = open(expected, encoding='utf-8').read().split('\n')
    got = p.stderr.decode('utf-8', 'replace').split('\n')
    ok = True
    if p.returncode != int(status):
        print(f'exit status {p.returncode}, want {status}')
        ok = False
    if p.stdout:
        print(f'unexpected stdout: {p.stdout!r}')
        ok = False
    if len(got) != len(want):
        print(f'{len(got)} lines of stderr, want {len(want)}')
        ok = False
    for i, (w, g) in enumerate(zip(want, got)):
        match = re.fullmatch(w[3:], g) if w.startswith('re:') else w == g
        if not match:
            print(f'line {i + 1}: got {g!r}, want {w!r}')
            ok = False
    if not ok:
        print('--- stderr ---')
        print(p.stderr.decode('utf-8', 'replace'))
    return ok


def nm(nm_prog, readelf, binary):
    ok = True
    undefined = subprocess.run([nm_prog, '-u', binary], capture_output=True,
                               text=True, check=True).stdout.split()
    if undefined:
        print('undefined symbols:', undefined)
        ok = False
    symbols = subprocess.run([nm_prog, binary], capture_output=True, text=True,
                             check=True).stdout.split('\n')
    for line in symbols:
        name = line.split()[-1] if line.split() else ''
        if any(name == s or name.startswith('_IO_') and s == '_IO_'
               for s in LIBC_SYMBOLS):
            print('libc symbol:', name)
            ok = False
    headers = subprocess.run([readelf, '-lW', binary], capture_output=True,
                             text=True, check=True).stdout
    for bad in ('INTERP', 'DYNAMIC'):
        if bad in headers:
            print(f'program header {bad}: not a static binary')
            ok = False
    if 'RWE' in headers:
        print('a segment is writable and executable')
        ok = False
    return ok


def stack_usage(limit, directory):
    files = glob.glob(os.path.join(directory, '*.su'))
    if not files:
        print('no .su files: the compiler does not support -fstack-usage')
        sys.exit(77)
    ok = True
    for name in files:
        for line in open(name):
            where, size, kind = line.rstrip('\n').split('\t')
            if int(size) > int(limit) or 'dynamic' in kind:
                print(f'{where}: {size} bytes ({kind}), limit {limit}')
                ok = False
    return ok


if __name__ == '__main__':
    modes = {'run': run, 'nm': nm, 'su': stack_usage}
    ok = modes[sys.argv[1]](*sys.argv[2:])
    sys.exit(0 if ok else 1)
