#!/usr/bin/env python3
"""Writes the workbook fixtures of the office tests from the CSV of the minimal fixture site.

Run from this folder: python3 make_workbooks.py (needs openpyxl and LibreOffice's soffice).
The tests read the committed .xlsx files and need neither tool.
"""
import csv, os, shutil, subprocess, tempfile
from openpyxl import Workbook

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


if __name__ == "__main__":
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
