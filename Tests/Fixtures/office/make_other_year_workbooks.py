#!/usr/bin/env python3
"""Writes the workbooks of a year rolled over (OtherYearScoreSheetTests), each the minimal
fixture's 2024 scores, read as content/evaluations/2024.xlsx:

- scores-last-year-sheet.xlsx: its one sheet named "Năm 2023", as last year's workbook copied
  to start the new one;
- scores-last-year-title.xlsx: a sheet "Sheet1" under the title "BẢNG TỔNG HỢP ĐIỂM THI ĐUA
  CHI BỘ NĂM 2023" (merged across the table);
- scores-signed-next-year.xlsx: the title "… NĂM 2024" and the line of the day it was signed,
  "Xã Mẫu, ngày 10 tháng 01 năm 2025", the year after the one scored, as offices sign it;
- scores-term-sheet.xlsx: its one sheet named for the term, "NK 2020-2025", which spans 2024;
- scores-old-term-sheet.xlsx: its one sheet named for a past term, "NK 2015-2020", which does not.

Written part by part with zipfile (no openpyxl), so the bytes do not depend on its version.
Run from this folder: python3 make_other_year_workbooks.py. The tests read the committed files.
"""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["branch", "nhiem-vu-chinh-tri.chi-tieu", "nhiem-vu-chinh-tri.tien-do", "sinh-hoat", "doan-ket-ky-luat",
          "dang-vien", "bonus", "penalty", "violations", "note"]
ROWS = [
    ["ap-1", 14, 14, 28, 19, 18, 1.5, 0, 0, "Tặng Giấy khen"],
    ["ap-2", 12, 12, 25, 17, 16, 0, 0, 0, None],
    ["truong-thcs", 11, 11, 21, 15, 15, 0, 0, 0, None],
    ["cong-an-xa", 10, 9, 17, 13, 12, 0, 0, 1, None],
]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def cell(ref, value):
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet(titles):
    """The scores under `titles`, each a row of one cell merged across the table, and a blank row."""
    lines = [[title] for title in titles] + ([[]] if titles else []) + [HEADER] + ROWS
    rows = []
    for number, values in enumerate(lines, 1):
        cells = "".join(cell(f"{chr(65 + column)}{number}", value) for column, value in enumerate(values))
        rows.append(f'<row r="{number}">{cells}</row>')
    last = chr(65 + len(HEADER) - 1)
    merges = "".join(f'<mergeCell ref="A{number}:{last}{number}"/>' for number in range(1, len(titles) + 1))
    merged = f'<mergeCells count="{len(titles)}">{merges}</mergeCells>' if titles else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">'
            f'<sheetData>{"".join(rows)}</sheetData>{merged}</worksheet>')


def write(name, sheet_name, titles):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
            f'<sheets><sheet name="{escape(sheet_name)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet(titles),
    }
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as book:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 12, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(info, text)


write("scores-last-year-sheet.xlsx", "Năm 2023", [])
write("scores-last-year-title.xlsx", "Sheet1", ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2023"])
write("scores-signed-next-year.xlsx", "Sheet1", ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2024",
                                                 "Xã Mẫu, ngày 10 tháng 01 năm 2025"])
write("scores-term-sheet.xlsx", "NK 2020-2025", [])
write("scores-old-term-sheet.xlsx", "NK 2015-2020", [])
