#!/usr/bin/env python3
"""Writes the minutes sources (src/CASE/minutes/NAME.pdf.txt) from the table
below: one file a meeting, typed minutes printed to PDF. Run in gen/."""
import os

def mt(case, name, title, no, date, place, host, attend, body):
    d = os.path.join('src', case, 'minutes')
    os.makedirs(d, exist_ok=True)
    lines = ['# ' + title]
    if no:
        lines.append('<' + no)
    lines += ['<时间：' + date, '<地点：' + place, '<主持：' + host, '<出席：' + attend]
    lines += body
    open(os.path.join(d, name + '.txt'), 'w').write('\n'.join(lines) + '\n')

exec(open('minutes_table.py').read())
