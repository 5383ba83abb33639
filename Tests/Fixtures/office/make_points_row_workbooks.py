#!/usr/bin/env python3
"""Writes the workbooks of the test of the row of maximum points an office puts under the
header's names (MaximumPointsRowTests), from the CSV of the minimal fixture site:

- scores-points-row.xlsx: "STT | Tên chi bộ | Hoàn thành các chỉ tiêu được giao | …", and under
  it "| | 15 điểm | 15 điểm | 30 điểm | 20 điểm | 20 điểm | 5 điểm | | | 100 điểm".
- scores-points-under-two-rows.xlsx: the header on two rows ("Lãnh đạo hoàn thành tốt nhiệm vụ
  chính trị" merged over its two items, the other names merged down), and under it the maxima
  as numbers "15 | 15 | 30 | 20 | 20 | 5".

Run from this folder: python3 make_points_row_workbooks.py (needs openpyxl). The tests read the
committed .xlsx files.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number
from make_clerk_workbooks import BRANCH_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
ITEMS = ["Hoàn thành các chỉ tiêu được giao", "Tiến độ, chất lượng lãnh đạo"]
OTHERS = ["Chất lượng sinh hoạt tốt", "Đoàn kết, kỷ luật tốt", "Cán bộ, đảng viên tốt",
          "Điểm thưởng", "Điểm trừ", "Vi phạm", "Xếp loại", "Ghi chú"]


def branch_rows(sheet, first):
    """The minimal fixture's branches from row `first`, numbered, by their names."""
    _, *data = rows()
    for index, record in enumerate(data):
        values = [index + 1, BRANCH_NAMES[record[0]]] + [number(c) for c in record[1:9]] + [record[9] or None, record[10] or None]
        for column, value in enumerate(values, 1):
            sheet.cell(row=first + index, column=column, value=value)


def points_row_book():
    book = Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên chi bộ"] + ITEMS + OTHERS)
    sheet.append([None, None, "15 điểm", "15 điểm", "30 điểm", "20 điểm", "20 điểm", "5 điểm"])
    branch_rows(sheet, 3)
    return book


def points_under_two_rows_book():
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"
    sheet.merge_cells("A1:L1")
    for column, name in [(1, "STT"), (2, "Tên chi bộ")] + [(5 + i, name) for i, name in enumerate(OTHERS)]:
        sheet.cell(row=2, column=column, value=name)
        sheet.merge_cells(start_row=2, end_row=3, start_column=column, end_column=column)
    sheet["C2"] = "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị"
    sheet.merge_cells("C2:D2")
    sheet["C3"], sheet["D3"] = ITEMS
    for column, value in enumerate([15, 15, 30, 20, 20, 5], 3):
        sheet.cell(row=4, column=column, value=value)
    branch_rows(sheet, 5)
    return book


if __name__ == "__main__":
    points_row_book().save(os.path.join(HERE, "scores-points-row.xlsx"))
    points_under_two_rows_book().save(os.path.join(HERE, "scores-points-under-two-rows.xlsx"))
