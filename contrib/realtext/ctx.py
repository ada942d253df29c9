#!/usr/bin/env python3
"""Prints the paragraph (and the one before) around a text in a batch's article, to read a miss in context.

  python3 contrib/realtext/ctx.py ~/claimcheck-realtext/b18 006 "clairement cherché"
"""
import os, sys

batch, prefix, needle = sys.argv[1], sys.argv[2], sys.argv[3]
for f in sorted(os.listdir(os.path.join(batch, 'articles'))):
    if not f.startswith(prefix):
        continue
    paras = open(os.path.join(batch, 'articles', f), encoding='utf-8').read().split('\n\n')
    for i, p in enumerate(paras):
        if needle in p:
            print(f'--- {f} ¶{i}')
            if i:
                print(paras[i - 1][-400:])
                print('  ~~')
            print(p[:900])
