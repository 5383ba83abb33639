#!/usr/bin/env python3
"""Writes the workbooks of the tests of the columns an office's score sheet has besides the
scores, from the CSV of the minimal fixture site: a title merged over the table, "STT", the
criteria, "Tổng điểm" (a SUM formula), "Xếp hạng" (a RANK formula), "Tỷ lệ đạt" (the total over
100, a percentage), "Chi bộ 4 tốt" (x or empty), a narrow column with no header, then "Xếp loại"
and "Ghi chú".

scores-restated-columns.xlsx writes what bontot computes; scores-restated-wrong.xlsx types a rank
by hand (ap-2 "3" where it is 2nd) and marks truong-thcs 4 tốt but not ap-2.

Run from this folder: python3 make_restated_workbooks.py (needs openpyxl and LibreOffice's soffice,
which computes the formulas as Excel would save them). The tests read the committed .xlsx files.
"""
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from make_workbooks import rows, number
from make_clerk_workbooks import saved_by_libreoffice

FOUR_GOOD = {"ap-1": "x", "ap-2": "x"}


def restated_sheet(sheet, wrong=False):
    header, *data = rows()
    scores = header[:-2]  # branch, the six score columns, bonus, penalty, violations
    columns = ["STT"] + scores + ["Tổng điểm", "Xếp hạng", "Tỷ lệ đạt", "Chi bộ 4 tốt", None, "Xếp loại", "Ghi chú"]
    sheet["A1"] = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(columns))
    top = 3
    for index, name in enumerate(columns, 1):
        sheet.cell(row=top, column=index, value=name)
    first, last = top + 1, top + len(data)
    letter = get_column_letter
    total = len(scores) + 2  # the "Tổng điểm" column
    for offset, record in enumerate(data):
        row = first + offset
        values = [offset + 1, record[0]] + [number(c) for c in record[1:-2]]
        for index, value in enumerate(values, 1):
            sheet.cell(row=row, column=index, value=value)
        sheet.cell(row=row, column=total, value=f"=SUM(C{row}:G{row})+H{row}-I{row}")
        rank = f"=RANK({letter(total)}{row},${letter(total)}${first}:${letter(total)}${last})"
        sheet.cell(row=row, column=total + 1, value=3 if wrong and record[0] == "ap-2" else rank)
        share = sheet.cell(row=row, column=total + 2, value=f"={letter(total)}{row}/100")
        share.number_format = "0.0%"
        marks = dict(FOUR_GOOD, **({"truong-thcs": "x", "ap-2": None} if wrong else {}))
        sheet.cell(row=row, column=total + 3, value=marks.get(record[0]))
        sheet.cell(row=row, column=total + 4, value="•")
        sheet.cell(row=row, column=total + 5, value=record[-2] or None)
        sheet.cell(row=row, column=total + 6, value=record[-1] or None)


def main():
    for name, wrong in [("scores-restated-columns.xlsx", False), ("scores-restated-wrong.xlsx", True)]:
        book = Workbook()
        restated_sheet(book.active, wrong=wrong)
        saved_by_libreoffice(book, name)


if __name__ == "__main__":
    main()
