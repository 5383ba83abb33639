#!/usr/bin/env python3
"""Writes scores-percent.xlsx: the minimal fixture's 2024 scores with one score cell formatted
as a percentage, as a clerk formats a column ("83%" on screen, 0.83 in the file), and a note
cell formatted so too. Written part by part with zipfile (no openpyxl), with the built-in
percent format (numFmtId 9) on the score and a format code of its own ("0.0%") on the note.

Run from this folder: python3 make_percent_workbook.py. The tests read the committed file.
"""
import os

import zipped_score_sheet

HERE = os.path.dirname(os.path.abspath(__file__))
# (value, style): style 1 is numFmtId 9 ("0%"), style 2 the custom "0.0%".
ROWS = [
    ["ap-1", 14, 14, 28, 19, 18, 1.5, 0, 0, ("0.955", 2)],
    ["ap-2", 12, 12, ("0.83", 1), 17, 16, 0, 0, 0, None],
    ["truong-thcs", 11, 11, 21, 15, 15, 0, 0, 0, None],
    ["cong-an-xa", 10, 9, 17, 13, 12, 0, 0, 1, None],
]

zipped_score_sheet.write(os.path.join(HERE, "scores-percent.xlsx"), ROWS)
