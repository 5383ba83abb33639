"""Writes the workbooks of a commune of the district fixture (Tests/Fixtures/sites/district/xa-a,
Đảng bộ xã Bình Minh) that keeps its branch scores in Excel, under a merged title row:

- commune-scores-2024.xlsx: the scores of its content/evaluations/2024.yaml;
- commune-scores-2024-edited.xlsx: the same, Chi bộ ấp Hai's raised (28, 28, 19, 19);
- commune-scores-2024-errors.xlsx: a score typed in words (C3) and a branch the commune lacks (A4);
- commune-scores-2024-cut.xlsx: the first, its sheet's XML cut short after Chi bộ ấp Một's row (the
  zip itself sound, as a program that stopped halfway through writing the sheet leaves it).

Run from this folder: python3 make_commune_workbooks.py (needs openpyxl). The tests read the
committed files and need neither."""
import io
import zipfile

from openpyxl import Workbook

HEADER = ["branch", "chinh-tri", "sinh-hoat", "doan-ket", "dang-vien"]
SCORES = [["ap-1", 27, 27, 18, 18], ["ap-2", 25, 25, 17, 17]]


def workbook(rows):
    book = Workbook()
    sheet = book.active
    sheet.title = "Điểm"
    sheet.append(["KẾT QUẢ CHẤM ĐIỂM CHI BỘ NĂM 2024 — ĐẢNG BỘ XÃ BÌNH MINH"])
    sheet.merge_cells("A1:E1")
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    data = io.BytesIO()
    book.save(data)
    return data.getvalue()


def cut(data, part, row):
    """The package `data` with `part` cut short just after the end of the row `row` begins."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info)
            if info.filename == part:
                end = content.index(b"</row>", content.index(row)) + len(b"</row>")
                content = content[:end]
            target.writestr(info, content)
    return out.getvalue()


def save(name, data):
    with open(name, "wb") as f:
        f.write(data)


save("commune-scores-2024.xlsx", workbook(SCORES))
save("commune-scores-2024-edited.xlsx", workbook([SCORES[0], ["ap-2", 28, 28, 19, 19]]))
save("commune-scores-2024-errors.xlsx", workbook([["ap-1", 27, "hai bảy", 18, 18], ["ap-9", 25, 25, 17, 17]]))
save("commune-scores-2024-cut.xlsx", cut(workbook(SCORES), "xl/worksheets/sheet1.xml", b'<row r="3"'))
