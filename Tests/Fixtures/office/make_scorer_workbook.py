#!/usr/bin/env python3
"""Writes scores-self-and-committee.xlsx (ScorerColumnsTests): the minimal fixture's 2024 scores
as the Party committee gave them, each criterion's name merged over "Tự chấm | Đảng ủy chấm",
the branch's own score (a point higher where it could be) beside the committee's.

Run from this folder: python3 make_scorer_workbook.py (needs openpyxl). The tests read the
committed .xlsx file.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number
from make_clerk_workbooks import BRANCH_NAMES
from make_points_row_workbooks import ITEMS, OTHERS

HERE = os.path.dirname(os.path.abspath(__file__))

if __name__ == "__main__":
    book = Workbook()
    sheet = book.active
    criteria = ITEMS + OTHERS[:3]
    for column, name in [(1, "STT"), (2, "Tên chi bộ")] + [(13 + i, name) for i, name in enumerate(OTHERS[3:])]:
        sheet.cell(row=1, column=column, value=name)
        sheet.merge_cells(start_row=1, end_row=2, start_column=column, end_column=column)
    for index, name in enumerate(criteria):
        column = 3 + 2 * index
        sheet.cell(row=1, column=column, value=name)
        sheet.merge_cells(start_row=1, end_row=1, start_column=column, end_column=column + 1)
        sheet.cell(row=2, column=column, value="Tự chấm")
        sheet.cell(row=2, column=column + 1, value="Đảng ủy chấm")
    _, *data = rows()
    for index, record in enumerate(data):
        scores = [number(c) for c in record[1:9]]
        pairs = [value for score in scores[:5] for value in (score + 1, score)]
        values = [index + 1, BRANCH_NAMES[record[0]]] + pairs + scores[5:] + [record[9] or None, record[10] or None]
        for column, value in enumerate(values, 1):
            sheet.cell(row=3 + index, column=column, value=value)
    book.save(os.path.join(HERE, "scores-self-and-committee.xlsx"))
