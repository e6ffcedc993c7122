#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The layers point one way (docs/architecture.md): src/common includes no core or loader header,
src/core no loader header, an adapter only core/adapter.h, common/ headers, its own folder's
headers and the shared stream engine's (adapters/stream), and no adapter another adapter's. Exit 1 naming each include that breaks a rule."""
import pathlib
import re
import sys

SRC = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else 'src')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def allowed(path: pathlib.Path, inc: str) -> bool:
    rel = path.relative_to(SRC).parts
    layer = rel[0]
    if '/' not in inc:
        return True  # a header of the same folder, ur_api.h, urpeer.h, generated .inc
    top = inc.split('/')[0]
    if layer == 'common':
        return top == 'common'
    if layer == 'core':
        return top in ('common', 'core')
    if layer == 'loader':
        return top in ('common', 'core', 'loader')
    if layer == 'adapters':
        if top == 'adapters':
            # its own folder, or the engine the stream-based adapters share
            return inc.split('/')[1] in (rel[1], 'stream')
        return top == 'common' or inc == 'core/adapter.h'
    return True


def main() -> int:
    bad = []
    for path in sorted(SRC.rglob('*')):
        if path.suffix not in ('.c', '.h', '.def', '.inc'):
            continue
        for inc in INCLUDE.findall(path.read_text(encoding='utf-8', errors='replace')):
            if not allowed(path, inc):
                bad.append(f'{path}: includes "{inc}"')
    for line in bad:
        print(line)
    print(f'check_layers: {len(bad)} include(s) against the layering')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
