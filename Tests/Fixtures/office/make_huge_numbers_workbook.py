#!/usr/bin/env python3
"""Writes scores-huge.xlsx: the minimal fixture's 2024 scores with numbers typed huge, as a key
held down makes them and Excel stores them: a bonus of 1E+300, a score of -1E+308, 1E+20
violations. Written part by part with zipfile (no openpyxl), as make_percent_workbook.py.

Run from this folder: python3 make_huge_numbers_workbook.py. The tests read the committed file.
"""
import os, zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ["branch", "nhiem-vu-chinh-tri.chi-tieu", "nhiem-vu-chinh-tri.tien-do", "sinh-hoat", "doan-ket-ky-luat",
          "dang-vien", "bonus", "penalty", "violations", "note"]
# The numbers as Excel writes them in the sheet's XML.
ROWS = [
    ["ap-1", 14, 14, 28, 19, 18, ("1E+300", 0), 0, 0, None],
    ["ap-2", 12, 12, 25, 17, ("-1E+308", 0), 0, 0, 0, None],
    ["truong-thcs", 11, 11, 21, 15, 15, 0, 0, ("1E+20", 0), None],
    ["cong-an-xa", 10, 9, 17, 13, 12, 0, 0, 1, None],
]


def cell(ref, value):
    if value is None:
        return ""
    if isinstance(value, tuple):
        return f'<c r="{ref}" s="{value[1]}"><v>{value[0]}</v></c>'
    if isinstance(value, (int, float)):
        return f'<c r="{ref}"><v>{value}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'


def sheet():
    rows = []
    for number, values in enumerate([HEADER] + ROWS, 1):
        cells = "".join(cell(f"{chr(65 + column)}{number}", value) for column, value in enumerate(values))
        rows.append(f'<row r="{number}">{cells}</row>')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            f'<sheetData>{"".join(rows)}</sheetData></worksheet>')


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
          '<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
          '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
          '<fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders>'
          '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
          '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
          '<xf numFmtId="9" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
          '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
          '</styleSheet>')
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PARTS = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELS}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{MAIN}" xmlns:r="{RELS}">'
        '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{RELS}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{RELS}/styles" Target="styles.xml"/></Relationships>',
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": sheet(),
}

with zipfile.ZipFile(os.path.join(HERE, "scores-huge.xlsx"), "w", zipfile.ZIP_DEFLATED) as book:
    for name, text in PARTS.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 12, 15, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        book.writestr(info, text)
