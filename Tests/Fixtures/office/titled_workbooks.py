"""Workbooks written part by part with zipfile (no openpyxl), so their bytes do not depend on its
version: the minimal fixture's header and 2024 scores (THIS_PERIOD), other scores of the same
branches ranked differently (OTHER_PERIOD), and `write`, which puts sheets of them, each under
title rows merged across the table, in one .xlsx. Used by make_period_workbooks.py and
make_other_year_workbooks.py.
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
