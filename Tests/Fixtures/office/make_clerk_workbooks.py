#!/usr/bin/env python3
"""Writes the workbooks of the office tests laid out as a clerk lays out a score sheet, from the
CSV of the minimal fixture site: the Party header on the first row (two merged blocks, "ĐẢNG BỘ …"
and "ĐẢNG CỘNG SẢN VIỆT NAM"), a hidden sheet holding the list behind a drop-down, the table
starting in column B, a "Tổng điểm" column of formulas, levels written as words.

Run from this folder: python3 make_clerk_workbooks.py (needs openpyxl and LibreOffice's soffice,
which computes the formulas as Excel would save them). The tests read the committed .xlsx files.
"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from make_workbooks import rows, number

HERE = os.path.dirname(os.path.abspath(__file__))
LEVEL_WORDS = {"ap-1": "HTXSNV", "ap-2": "Hoàn thành tốt nhiệm vụ", "truong-thcs": "httnv", "cong-an-xa": "Hoàn thành nhiệm vụ"}


def saved_by_libreoffice(book, target):
    """`book` saved, opened and saved again by LibreOffice, so its formulas carry their values."""
    out = tempfile.mkdtemp()
    source = os.path.join(out, "source.xlsx")
    book.save(source)
    converted = os.path.join(out, "converted")
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", converted, source], check=True, capture_output=True)
    shutil.move(os.path.join(converted, "source.xlsx"), os.path.join(HERE, target))
    shutil.rmtree(out)


def scores_sheet(sheet, first_column=1, party_header=False, total=False, levels=False, wrong_total=None):
    """The scores on `sheet` from `first_column`, under the Party header when asked."""
    def cell(row, column, value):
        sheet.cell(row=row, column=first_column + column - 1, value=value)

    header, *data = rows()
    row = 1
    if party_header:
        sheet["A1"] = "ĐẢNG BỘ XÃ HÒA THUẬN"
        sheet.merge_cells("A1:D1")
        sheet["G1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
        sheet.merge_cells("G1:K1")
        sheet["A2"] = "*"
        sheet["G2"] = "Hòa Thuận, ngày 15 tháng 12 năm 2024"
        sheet.merge_cells("G2:K2")
        sheet["A4"] = "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024"
        sheet.merge_cells("A4:K4")
        row = 6
    columns = header[:-2] + (["Tổng điểm"] if total else []) + header[-2:]
    for index, name in enumerate(columns, 1):
        cell(row, index, name)
    for record in data:
        row += 1
        values = [record[0]] + [number(c) for c in record[1:-2]]
        for index, value in enumerate(values, 1):
            cell(row, index, value)
        next_column = len(values) + 1
        if total:
            letter = lambda c: get_column_letter(first_column + c - 1)
            formula = f"=SUM({letter(2)}{row}:{letter(6)}{row})+{letter(7)}{row}-{letter(8)}{row}"
            cell(row, next_column, wrong_total if wrong_total and record[0] == "ap-2" else formula)
            next_column += 1
        cell(row, next_column, LEVEL_WORDS[record[0]] if levels else (record[-2] or None))
        cell(row, next_column + 1, record[-1] or None)


BRANCH_NAMES = {"ap-1": "Chi bộ ấp 1", "ap-2": "Chi bộ ấp 2", "truong-thcs": "Chi bộ Trường THCS Hòa Thuận",
                "cong-an-xa": "Chi bộ Công an xã"}


def tcvn3(text):
    """Unicode → the Latin-1 characters a .VnTime cell holds (TCVN3 bytes), via iconv."""
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    return data.decode("latin-1")


def vntime_sheet(sheet):
    """The scores typed with the ABC keyboard: the title in .VnTimeH (capitals at the small
    letters' codes), the header, branch names and notes in .VnTime."""
    sheet["A1"] = tcvn3("kết quả chấm điểm thi đua năm 2024")
    sheet["A1"].font = Font(name=".VnTimeH", bold=True)
    sheet.merge_cells("A1:K1")
    header, *data = rows()
    words = ["Chi bộ"] + header[1:-2] + ["Xếp loại", "Ghi chú"]
    for column, word in enumerate(words, 1):
        sheet.cell(row=3, column=column, value=tcvn3(word)).font = Font(name=".VnTime", bold=True)
    for row, record in enumerate(data, 4):
        sheet.cell(row=row, column=1, value=tcvn3(BRANCH_NAMES[record[0]])).font = Font(name=".VnTime")
        for column, value in enumerate(record[1:-2], 2):
            sheet.cell(row=row, column=column, value=number(value))
        if record[-1]:
            sheet.cell(row=row, column=len(words), value=tcvn3(record[-1])).font = Font(name=".VnTime")


def main():
    book = Workbook()
    scores_sheet(book.active, party_header=True)
    book.save(os.path.join(HERE, "scores-party-header.xlsx"))

    book = Workbook()
    hidden = book.active
    hidden.title = "DanhMuc"
    hidden.append(["Mã chi bộ", "Tên chi bộ"])
    for record in rows()[1:]:
        hidden.append([record[0], "Chi bộ " + record[0]])
    hidden.sheet_state = "hidden"
    scores_sheet(book.create_sheet("Bảng điểm"))
    book.save(os.path.join(HERE, "scores-hidden-list.xlsx"))

    book = Workbook()
    scores_sheet(book.active, first_column=2)
    book.save(os.path.join(HERE, "scores-margin-column.xlsx"))

    book = Workbook()
    scores_sheet(book.active, total=True)
    saved_by_libreoffice(book, "scores-total-column.xlsx")

    book = Workbook()
    scores_sheet(book.active, total=True, wrong_total=80)
    saved_by_libreoffice(book, "scores-wrong-total.xlsx")

    book = Workbook()
    scores_sheet(book.active, party_header=True, first_column=2, total=True, levels=True)
    saved_by_libreoffice(book, "scores-clerk.xlsx")

    book = Workbook()
    vntime_sheet(book.active)
    saved_by_libreoffice(book, "scores-vntime.xlsx")

    merged_note_workbook()
    sheet_a_year_and_sheet_a_cluster()


def sheet_a_year_and_sheet_a_cluster():
    """A workbook keeping a sheet a year, "Năm 2023" (every criterion one point lower) in front
    of "Năm 2024"; and one keeping a sheet a cluster, "Cụm 1" (ap-1, ap-2) and "Cụm 2"."""
    header, *data = rows()
    book = Workbook()
    older = book.active
    older.title = "Năm 2023"
    older.append(header)
    for record in data:
        older.append([record[0]] + [max(0, number(c) - 1) for c in record[1:6]] + [number(c) for c in record[6:9]] + [None, None])
    scores_sheet(book.create_sheet("Năm 2024"))
    book.save(os.path.join(HERE, "scores-by-year.xlsx"))

    book = Workbook()
    for title, ids in [("Cụm 1", ["ap-1", "ap-2"]), ("Cụm 2", ["truong-thcs", "cong-an-xa"])]:
        sheet = book.active if title == "Cụm 1" else book.create_sheet(title)
        sheet.title = title
        sheet.append(header)
        for record in data:
            if record[0] in ids:
                sheet.append([record[0]] + [number(c) for c in record[1:-2]] + [record[-2] or None, record[-1] or None])
    book.save(os.path.join(HERE, "scores-by-cluster.xlsx"))


def merged_note_workbook():
    """The note "Đề nghị tặng Giấy khen" typed once and merged down over the rows of ap-2 and
    truong-thcs (K3:K4)."""
    book = Workbook()
    sheet = book.active
    scores_sheet(sheet)
    sheet["K3"] = "Đề nghị tặng Giấy khen"
    sheet.merge_cells("K3:K4")
    book.save(os.path.join(HERE, "scores-merged-note.xlsx"))


if __name__ == "__main__":
    main()
