#!/usr/bin/env python3
"""Writes scores-huge.xlsx: the minimal fixture's 2024 scores with numbers typed huge, as a key
held down makes them and Excel stores them: a bonus of 1E+300, a score of -1E+308, 1E+20
violations. Written with zipped_score_sheet.py (no openpyxl), as make_percent_workbook.py.

Run from this folder: python3 make_huge_numbers_workbook.py. The tests read the committed file.
"""
import os

import zipped_score_sheet

HERE = os.path.dirname(os.path.abspath(__file__))
# The numbers as Excel writes them in the sheet's XML.
ROWS = [
    ["ap-1", 14, 14, 28, 19, 18, ("1E+300", 0), 0, 0, None],
    ["ap-2", 12, 12, 25, 17, ("-1E+308", 0), 0, 0, 0, None],
    ["truong-thcs", 11, 11, 21, 15, 15, 0, 0, ("1E+20", 0), None],
    ["cong-an-xa", 10, 9, 17, 13, 12, 0, 0, 1, None],
]

zipped_score_sheet.write(os.path.join(HERE, "scores-huge.xlsx"), ROWS)
