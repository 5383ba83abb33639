#!/usr/bin/env python3
"""Writes the workbooks of a sheet a quarter or month, and of sheet names site.yaml's
xlsx_sheet: chooses among (PeriodSheetTests, OtherPeriodScoreSheetTests, ChosenSheetNameTests).
THIS_PERIOD is the minimal fixture's 2024 scores; OTHER_PERIOD other scores of the same
branches, ranked differently (cong-an-xa first), so a test sees which sheet was read:

- scores-quarter-sheets.xlsx: "Quý I 2024" (OTHER_PERIOD) then "Quý II 2024" (THIS_PERIOD);
- scores-month-sheets.xlsx: "T5-2024" (OTHER_PERIOD) then "T6-2024" (THIS_PERIOD);
- scores-quarter-sheets-no-year.xlsx: "Quý I" (OTHER_PERIOD) then "Quý II" (THIS_PERIOD);
- scores-quarter-and-whole-year.xlsx: "Quý IV" (OTHER_PERIOD) then "Cả năm" (THIS_PERIOD);
- scores-quarter-and-unnamed-sheet.xlsx: "Sheet1" (OTHER_PERIOD) then "Quý II 2024" (THIS_PERIOD);
- scores-last-quarter-title.xlsx: "Sheet1" under the title "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024";
- scores-last-quarter-sheet.xlsx: one sheet "Quý I" under that title (last quarter's workbook copied);
- scores-last-month-title.xlsx: "Sheet1" under "KẾT QUẢ CHẤM ĐIỂM THI ĐUA THÁNG 5 NĂM 2024" and
  the line it was signed, "Hòa Thuận, ngày 30 tháng 6 năm 2024";
- scores-sheet-bang-diem.xlsx, scores-sheet-bang-diem-2025.xlsx, scores-sheet-trailing-space.xlsx:
  THIS_PERIOD on one sheet "Bảng điểm", "Bảng điểm 2025", "Bảng điểm " (a space after it).

Written part by part with zipfile (no openpyxl), so the bytes do not depend on its version.
Run from this folder: python3 make_period_workbooks.py. The tests read the committed files.
"""
import os, zipfile
from xml.sax.saxutils import escape, quoteattr

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["branch", "nhiem-vu-chinh-tri.chi-tieu", "nhiem-vu-chinh-tri.tien-do", "sinh-hoat", "doan-ket-ky-luat",
          "dang-vien", "bonus", "penalty", "violations", "note"]
THIS_PERIOD = [
    ["ap-1", 14, 14, 28, 19, 18, 1.5, 0, 0, "Tặng Giấy khen"],
    ["ap-2", 12, 12, 25, 17, 16, 0, 0, 0, None],
    ["truong-thcs", 11, 11, 21, 15, 15, 0, 0, 0, None],
    ["cong-an-xa", 10, 9, 17, 13, 12, 0, 0, 1, None],
]
OTHER_PERIOD = [
    ["ap-1", 9, 9, 16, 12, 11, 0, 0, 0, None],
    ["ap-2", 10, 10, 18, 13, 12, 0, 0, 0, None],
    ["truong-thcs", 12, 12, 24, 16, 16, 0, 0, 0, None],
    ["cong-an-xa", 14, 14, 28, 19, 18, 0, 0, 0, None],
]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def cell(ref, value):
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet(titles, rows):
    """`rows` under `titles`, each a row of one cell merged across the table, and a blank row."""
    lines = [[title] for title in titles] + ([[]] if titles else []) + [HEADER] + rows
    xml_rows = []
    for number, values in enumerate(lines, 1):
        cells = "".join(cell(f"{chr(65 + column)}{number}", value) for column, value in enumerate(values))
        xml_rows.append(f'<row r="{number}">{cells}</row>')
    last = chr(65 + len(HEADER) - 1)
    merges = "".join(f'<mergeCell ref="A{number}:{last}{number}"/>' for number in range(1, len(titles) + 1))
    merged = f'<mergeCells count="{len(titles)}">{merges}</mergeCells>' if titles else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MAIN}">'
            f'<sheetData>{"".join(xml_rows)}</sheetData>{merged}</worksheet>')


def write(name, sheets):
    """`sheets`: (sheet name, title rows, score rows) in tab order."""
    numbers = range(1, len(sheets) + 1)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            f'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{SHEET_TYPE}"/>' for n in numbers) + '</Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
            f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}"><sheets>'
            + "".join(f'<sheet name={quoteattr(sheet_name)} sheetId="{n}" r:id="rId{n}"/>'
                      for n, (sheet_name, _, _) in zip(numbers, sheets)) + '</sheets></workbook>',
        "xl/_rels/workbook.xml.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELS}">'
            + "".join(f'<Relationship Id="rId{n}" Type="{RELS}/worksheet" Target="worksheets/sheet{n}.xml"/>' for n in numbers)
            + '</Relationships>',
    }
    for n, (_, titles, rows) in zip(numbers, sheets):
        parts[f"xl/worksheets/sheet{n}.xml"] = sheet(titles, rows)
    with zipfile.ZipFile(os.path.join(HERE, name), "w", zipfile.ZIP_DEFLATED) as book:
        for part, text in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2024, 12, 15, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            book.writestr(info, text)


LAST_QUARTER = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024"
write("scores-quarter-sheets.xlsx", [("Quý I 2024", [], OTHER_PERIOD), ("Quý II 2024", [], THIS_PERIOD)])
write("scores-month-sheets.xlsx", [("T5-2024", [], OTHER_PERIOD), ("T6-2024", [], THIS_PERIOD)])
write("scores-quarter-sheets-no-year.xlsx", [("Quý I", [], OTHER_PERIOD), ("Quý II", [], THIS_PERIOD)])
write("scores-quarter-and-whole-year.xlsx", [("Quý IV", [], OTHER_PERIOD), ("Cả năm", [], THIS_PERIOD)])
write("scores-quarter-and-unnamed-sheet.xlsx", [("Sheet1", [], OTHER_PERIOD), ("Quý II 2024", [], THIS_PERIOD)])
write("scores-last-quarter-title.xlsx", [("Sheet1", [LAST_QUARTER], THIS_PERIOD)])
write("scores-last-quarter-sheet.xlsx", [("Quý I", [LAST_QUARTER], THIS_PERIOD)])
write("scores-last-month-title.xlsx", [("Sheet1", ["KẾT QUẢ CHẤM ĐIỂM THI ĐUA THÁNG 5 NĂM 2024",
                                                   "Hòa Thuận, ngày 30 tháng 6 năm 2024"], THIS_PERIOD)])
write("scores-sheet-bang-diem.xlsx", [("Bảng điểm", [], THIS_PERIOD)])
write("scores-sheet-bang-diem-2025.xlsx", [("Bảng điểm 2025", [], THIS_PERIOD)])
write("scores-sheet-trailing-space.xlsx", [("Bảng điểm ", [], THIS_PERIOD)])
