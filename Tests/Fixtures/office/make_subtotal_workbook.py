#!/usr/bin/env python3
"""Writes scores-criterion-subtotal.xlsx (GroupSubtotalTests): the minimal fixture's 2024 scores
under a header on two rows where "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị (30đ)" is merged
over its two items and a "Cộng" column of their sum, the other names merged down.

Run from this folder: python3 make_subtotal_workbook.py (needs openpyxl). The tests read the
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
    for column, name in [(1, "STT"), (2, "Tên chi bộ")] + [(6 + i, name) for i, name in enumerate(OTHERS)]:
        sheet.cell(row=1, column=column, value=name)
        sheet.merge_cells(start_row=1, end_row=2, start_column=column, end_column=column)
    sheet["C1"] = "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị (30đ)"
    sheet.merge_cells("C1:E1")
    sheet["C2"], sheet["D2"], sheet["E2"] = ITEMS + ["Cộng"]
    _, *data = rows()
    for index, record in enumerate(data):
        scores = [number(c) for c in record[1:9]]
        values = [index + 1, BRANCH_NAMES[record[0]], scores[0], scores[1], scores[0] + scores[1]] + scores[2:] \
            + [record[9] or None, record[10] or None]
        for column, value in enumerate(values, 1):
            sheet.cell(row=3 + index, column=column, value=value)
    book.save(os.path.join(HERE, "scores-criterion-subtotal.xlsx"))
