#!/usr/bin/env python3
"""Writes the workbook fixtures of the office tests from the CSV of the minimal fixture site.

Run from this folder: python3 make_workbooks.py (needs openpyxl and LibreOffice's soffice);
python3 make_workbooks.py office-layouts writes only the workbooks laid out as offices keep them
(openpyxl alone). The tests read the committed .xlsx files and need neither tool.
"""
import csv, datetime, os, shutil, subprocess, sys, tempfile
from openpyxl import Workbook
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
CSV = os.path.join(HERE, "..", "sites", "minimal", "content", "evaluations", "2024.csv")
PORTAL_CSV = os.path.join(HERE, "..", "sites", "portal", "content", "evaluations", "2024.csv")


def rows(path=CSV):
    with open(path, encoding="utf-8-sig") as f:
        return list(csv.reader(f, delimiter=";"))


def number(text):
    if text == "":
        return None
    text = text.replace(",", ".")
    value = float(text)
    return int(value) if value.is_integer() else value


def soffice_convert(source, target_name, infilter=None):
    out = tempfile.mkdtemp()
    command = ["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, source]
    if infilter:
        command[2:2] = ["--infilter=" + infilter]
    subprocess.run(command, check=True, capture_output=True)
    produced = os.path.join(out, os.path.splitext(os.path.basename(source))[0] + ".xlsx")
    shutil.move(produced, os.path.join(HERE, target_name))
    shutil.rmtree(out)


def plain_openpyxl(source=CSV, target="scores-openpyxl.xlsx", edits=None):
    """The CSV as typed into a new workbook: numbers as numbers, on the first sheet;
    `edits` maps a cell ("D3") to the value typed there instead."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header, *data = rows(source)
    sheet.append(header)
    for row in data:
        sheet.append([row[0]] + [number(c) for c in row[1:-2]] + [row[-2] or None, row[-1] or None])
    for cell, value in (edits or {}).items():
        sheet[cell] = value
    book.save(os.path.join(HERE, target))


def messy_source():
    """A workbook as offices keep it: a merged title and subtitle, a blank row, the header, a
    formula, a number typed as text, a decimal comma typed as text, a blank row between branches;
    the scores on a sheet named 'Bảng điểm' after a first sheet of notes."""
    book = Workbook()
    notes = book.active
    notes.title = "Ghi chú"
    notes["A1"] = "Bảng điểm ở trang sau"
    sheet = book.create_sheet("Bảng điểm")
    header, *data = rows()
    width = len(header)
    sheet.append(["KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["(Kèm theo Báo cáo số 12-BC/ĐU)"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append([])
    sheet.append(header)
    for index, row in enumerate(data):
        values = [row[0]] + [number(c) for c in row[1:-2]] + [row[-2] or None, row[-1] or None]
        if index == 0:
            values[3] = "=14*2"       # sinh-hoat 28, a formula
            values[4] = "19"          # doan-ket-ky-luat typed as text
            values[6] = "1,5"         # bonus with a decimal comma, as text
        sheet.append(values)
        if index == 1:
            sheet.append([])
    path = os.path.join(HERE, "scores-messy-openpyxl.xlsx")
    book.save(path)
    return path


def scores(row):
    return [row[0]] + [number(c) for c in row[1:-2]] + [row[-2] or None, row[-1] or None]


def title(sheet, width):
    sheet.append(["ĐẢNG ỦY XÃ HÒA THUẬN — BẢNG TỔNG HỢP ĐIỂM THI ĐUA NĂM 2024"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    sheet.append(["(Kèm theo Báo cáo số 12-BC/ĐU ngày 15/12/2024)"])
    sheet.merge_cells(start_row=2, start_column=1, end_row=2, end_column=width)
    sheet.append([])


def total_row(sheet, first, last, label_column, from_column, to_column, label="Tổng cộng"):
    """A total row as offices add it: the label, then a SUM under each score (saved by openpyxl,
    so without a computed value)."""
    row = last + 1
    sheet.cell(row=row, column=label_column, value=label)
    for column in range(from_column, to_column + 1):
        letter = get_column_letter(column)
        sheet.cell(row=row, column=column, value=f"=SUM({letter}{first}:{letter}{last})")
    return row


def numbered_with_total():
    """An "STT" column in front, the titles above the header, and a "Tổng cộng" row at the foot."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Bảng điểm"
    header, *data = rows()
    title(sheet, len(header) + 1)
    sheet.append(["STT"] + header)
    for index, row in enumerate(data, 1):
        sheet.append([index] + scores(row))
    total_row(sheet, 5, 4 + len(data), 2, 3, len(header) - 1)
    book.save(os.path.join(HERE, "scores-stt-total.xlsx"))


def two_row_header():
    """A header on two rows: "STT" and "Chi bộ" merged down over both, "Điểm các tiêu chí" merged
    across the criterion ids of the row below, "Điểm thưởng"… merged down, "Xếp loại" and "Ghi chú"
    in the lower row only; a "Tổng cộng" row merged over STT and Chi bộ at the foot."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Bảng điểm"
    header, *data = rows()
    width = len(header) + 1
    title(sheet, width)
    criteria = header[1:6]
    sheet.append(["STT", "Chi bộ", "Điểm các tiêu chí", None, None, None, None, "Điểm thưởng", "Điểm trừ", "Vi phạm"])
    sheet.append([None, None] + criteria + [None, None, None, "Xếp loại", "Ghi chú"])
    for column in [1, 2, 8, 9, 10]:
        sheet.merge_cells(start_row=4, start_column=column, end_row=5, end_column=column)
    sheet.merge_cells(start_row=4, start_column=3, end_row=4, end_column=7)
    for index, row in enumerate(data, 1):
        sheet.append([index] + scores(row))
    last = 5 + len(data)
    total = total_row(sheet, 6, last, 1, 3, width - 2)
    sheet.merge_cells(start_row=total, start_column=1, end_row=total, end_column=2)
    book.save(os.path.join(HERE, "scores-two-row-header.xlsx"))


def dated_notes():
    """Dates typed in the note column: one in the format openpyxl gives a date (yyyy-mm-dd, a
    custom format), one in Excel's built-in short date (format 14)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header, *data = rows()
    sheet.append(header)
    for row in data:
        sheet.append(scores(row))
    sheet.cell(row=2, column=len(header), value=datetime.date(2024, 12, 15))
    sheet.cell(row=3, column=len(header), value=datetime.date(2024, 3, 2)).number_format = "mm-dd-yy"
    book.save(os.path.join(HERE, "scores-dates.xlsx"))


def instructions_first(target, score_sheets, first_name="Bảng điểm"):
    """A sheet of instructions in front ("Hướng dẫn", text in A1), then `score_sheets` sheets of
    scores (the first named `first_name`), then a sheet of details."""
    book = Workbook()
    notes = book.active
    notes.title = "Hướng dẫn"
    notes["A1"] = 'Nhập điểm ở trang "Bảng điểm"'
    header, *data = rows()
    for index in range(score_sheets):
        sheet = book.create_sheet(first_name if index == 0 else f"Bảng điểm ({index + 1})")
        sheet.append(header)
        for row in data:
            sheet.append(scores(row))
    book.create_sheet("Chi tiết")["A1"] = "ghi chú"
    book.save(os.path.join(HERE, target))


def office_layouts():
    numbered_with_total()
    two_row_header()
    dated_notes()
    # The portal's scores with a date typed as ap-bac's note (15/12/2024, shown as a date by its format).
    plain_openpyxl(PORTAL_CSV, "portal-2024-dated.xlsx", edits={"K2": datetime.date(2024, 12, 15)})
    instructions_first("scores-instructions-first.xlsx", 1)
    instructions_first("scores-two-score-sheets.xlsx", 2)
    instructions_first("scores-no-score-sheet.xlsx", 0)
    # The score sheet renamed with its year, while site.yaml still says xlsx_sheet: Bảng điểm.
    instructions_first("scores-renamed-sheet.xlsx", 1, first_name="Bảng điểm 2024")


if __name__ == "__main__":
    office_layouts()
if __name__ == "__main__" and sys.argv[1:] != ["office-layouts"]:
    plain_openpyxl()
    # Mistakes, one per cell: a score above its max, a word for a number, a missing score, an unknown level.
    plain_openpyxl(target="scores-errors.xlsx", edits={"D2": 31, "E3": "mười", "F4": None, "J5": "tot-lam"})
    # A criterion's column headed with part of its name ("Đoàn kết" for doan-ket-ky-luat), and a score left out.
    plain_openpyxl(target="scores-header-name.xlsx", edits={"E1": "Đoàn kết", "F4": None})
    # The portal fixture's scores, and the same with one branch's scores changed (incremental builds).
    plain_openpyxl(PORTAL_CSV, "portal-2024.xlsx")
    plain_openpyxl(PORTAL_CSV, "portal-2024-changed.xlsx", edits={"B3": 15, "C3": 15, "D3": 30})
    # Not a score table: 10.001 rows of one cell, and a cell in the last column of the sheet.
    book = Workbook()
    for row in range(1, 10_002):
        book.active.cell(row=row, column=1, value=row)
    book.active["XFD1"] = "x"
    book.save(os.path.join(HERE, "too-many-rows.xlsx"))
    # LibreOffice from the CSV itself: ';' separated, '"' quoted, UTF-8 (76).
    shutil.copy(CSV, os.path.join(tempfile.gettempdir(), "scores-libreoffice.csv"))
    soffice_convert(os.path.join(tempfile.gettempdir(), "scores-libreoffice.csv"), "scores-libreoffice.xlsx",
                    infilter="CSV:59,34,76,1")
    # The messy workbook saved again by LibreOffice, which computes the formula and caches its value;
    # the openpyxl original keeps its formula without a value.
    messy = messy_source()
    copy = os.path.join(tempfile.gettempdir(), "scores-messy.xlsx")
    shutil.copy(messy, copy)
    soffice_convert(copy, "scores-messy.xlsx")
