#!/usr/bin/env python3
"""Writes score workbooks laid out with the habits of Vietnamese administrative tables, from the
CSV of the minimal fixture site: under a header on two rows ("Tiêu chí" merged over the criteria),
the row numbering the columns ("A | B | (1) | (2) | …"); the branches by their names; a "Cộng"
row and a "Bình quân" row at the foot; the signatures below. And a sheet with parts hidden as
clerks hide them: the branch ids in a hidden column beside the names, a hidden helper column, an
old copy of a criterion's column and of a branch's row hidden rather than deleted, the bonus
column hidden to print the sheet narrower; saved as .xlsx and, by Calc, as .ods. And a sheet with
Excel's "hide all rows below the table" (<sheetFormatPr zeroHeight="1">: a row is shown only where
its <row> gives it a height), an old copy of a branch's row hidden below; saved by openpyxl as
Excel writes it, since Calc would write it over, without a total column to compute.

Run from this folder: python3 make_habit_workbooks.py (needs openpyxl and LibreOffice's soffice,
which computes the formulas as Excel would save them). The tests read the committed .xlsx files.
"""
import os, subprocess
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from make_workbooks import rows, number
from make_clerk_workbooks import saved_by_libreoffice, BRANCH_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))

LEVEL_WORDS = {"xuat-sac": "HTXSNV", "tot": "HTTNV", "hoan-thanh": "HTNV"}
CRITERIA_NAMES = ["Hoàn thành các chỉ tiêu được giao", "Tiến độ, chất lượng lãnh đạo", "Chất lượng sinh hoạt tốt",
                  "Đoàn kết, kỷ luật tốt", "Cán bộ, đảng viên tốt"]


def new_sheet():
    """A workbook with one sheet, "Sheet1", and the minimal site's score rows (without their header)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    _, *data = rows()
    return book, sheet, data


def column_numbers_book():
    book, sheet, data = new_sheet()
    criteria = CRITERIA_NAMES
    tail = ["Điểm thưởng", "Điểm trừ", "Vi phạm", "Tổng điểm", "Xếp loại", "Ghi chú"]
    sheet["A1"] = "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"
    sheet.merge_cells("A1:N1")
    for column, name in ((1, "STT"), (2, "Tên chi bộ")):
        sheet.cell(row=3, column=column, value=name)
        sheet.merge_cells(start_row=3, end_row=4, start_column=column, end_column=column)
    sheet["C3"] = "Tiêu chí"
    sheet.merge_cells("C3:G3")
    for offset, name in enumerate(criteria):
        sheet.cell(row=4, column=3 + offset, value=name)
    for offset, name in enumerate(tail):
        sheet.cell(row=3, column=8 + offset, value=name)
        sheet.merge_cells(start_row=3, end_row=4, start_column=8 + offset, end_column=8 + offset)
    labels = ["A", "B"] + [f"({n})" for n in range(1, 9)] + ["(9)=(1)+…+(6)-(7)", "(10)", "(11)"]
    for column, label in enumerate(labels, 1):
        sheet.cell(row=5, column=column, value=label)
    first = 6
    for index, record in enumerate(data):
        row = first + index
        scores = [number(c) for c in record[1:9]]
        for column, value in enumerate([index + 1, BRANCH_NAMES[record[0]]] + scores, 1):
            sheet.cell(row=row, column=column, value=value)
        sheet.cell(row=row, column=11, value=f"=SUM(C{row}:G{row})+H{row}-I{row}")
        sheet.cell(row=row, column=12, value=LEVEL_WORDS.get(record[9]))
        sheet.cell(row=row, column=13, value=record[10] or None)
    last = first + len(data) - 1
    for row, label, function in ((last + 1, "Cộng", "SUM"), (last + 2, "Bình quân", "AVERAGE")):
        sheet.cell(row=row, column=1, value=label)
        sheet.merge_cells(start_row=row, end_row=row, start_column=1, end_column=2)
        for column in range(3, 12):
            letter = get_column_letter(column)
            sheet.cell(row=row, column=column, value=f"={function}({letter}{first}:{letter}{last})")
    sheet.cell(row=last + 4, column=2, value="NGƯỜI LẬP BIỂU")
    sheet.cell(row=last + 4, column=10, value="T/M ĐẢNG ỦY")
    sheet.cell(row=last + 7, column=2, value="Nguyễn Thị Hoa")
    sheet.cell(row=last + 7, column=10, value="Trần Văn Bình")
    return book


def hidden_parts_book():
    book, sheet, data = new_sheet()
    criteria = CRITERIA_NAMES
    # A: STT, B: Mã chi bộ (hidden), C: Tên chi bộ, D: Điểm năm 2023 (hidden), E: old sinh-hoat (hidden), F–J: criteria,
    # K: Điểm thưởng (hidden), L: Điểm trừ, M: Vi phạm, N: Tổng điểm, O: Ghi chú
    titles = ["STT", "Mã chi bộ", "Tên chi bộ", "Điểm năm 2023", "Chất lượng sinh hoạt tốt"] + criteria \
        + ["Điểm thưởng", "Điểm trừ", "Vi phạm", "Tổng điểm", "Ghi chú"]
    for column, title in enumerate(titles, 1):
        sheet.cell(row=1, column=column, value=title)
    row = 2
    for index, record in enumerate(data):
        copies = [True, False] if record[0] == "ap-2" else [False]
        for old in copies:
            scores = [number(c) for c in record[1:9]]
            if old:
                scores[2] = 30
            values = [index + 1, record[0], BRANCH_NAMES[record[0]], 80 + index, 20] + scores
            for column, value in enumerate(values, 1):
                sheet.cell(row=row, column=column, value=value)
            sheet.cell(row=row, column=14, value=f"=SUM(F{row}:J{row})+K{row}-L{row}")
            sheet.cell(row=row, column=15, value=record[10] or None)
            if old:
                sheet.row_dimensions[row].hidden = True
            row += 1
    for letter in "BDEK":
        sheet.column_dimensions[letter].hidden = True
    return book


def rows_hidden_below_book():
    book, sheet, data = new_sheet()
    criteria = CRITERIA_NAMES
    sheet.append(["STT", "Tên chi bộ"] + criteria + ["Điểm thưởng", "Điểm trừ", "Vi phạm", "Ghi chú"])
    for index, record in enumerate(data):
        sheet.append([index + 1, BRANCH_NAMES[record[0]]] + [number(c) for c in record[1:9]] + [record[10] or None])
    shown = sheet.max_row
    # Below the table, hidden with the rest: an old copy of ap-2's row.
    old = next(record for record in data if record[0] == "ap-2")
    scores = [number(c) for c in old[1:9]]
    scores[2] = 30
    for column, value in enumerate([2, BRANCH_NAMES["ap-2"]] + scores, 1):
        sheet.cell(row=shown + 3, column=column, value=value)
    sheet.sheet_format.zeroHeight = True
    for row in range(1, shown + 1):
        sheet.row_dimensions[row].height = 15
    return book


if __name__ == "__main__":
    saved_by_libreoffice(column_numbers_book(), "scores-column-numbers.xlsx")
    saved_by_libreoffice(hidden_parts_book(), "scores-hidden-parts.xlsx")
    # Their twins as Calc saves them, which OpenDocumentWorkbookTests reads as the .xlsx.
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", os.path.join(HERE, "opendocument"),
                    os.path.join(HERE, "scores-column-numbers.xlsx"), os.path.join(HERE, "scores-hidden-parts.xlsx")],
                   check=True, capture_output=True)
    rows_hidden_below_book().save(os.path.join(HERE, "scores-rows-hidden-below.xlsx"))
