#!/usr/bin/env python3
"""Writes the workbooks of the office tests that keep a sheet a cluster (cụm thi đua), as a
district office does: "Cụm 1" (ap-1, ap-2) and "Cụm 2" (truong-thcs, cong-an-xa), each sheet with
the Party header, its own title and its own header row, the second numbering its rows (STT).

- scores-clusters-clerk.xlsx: the two sheets' header rows name the same columns: both are read.
- scores-clusters-errors.xlsx: the same, with a score above its maximum on "Cụm 2" and ap-1
  scored again there.
- scores-clusters-differ.xlsx: "Cụm 2" has no "Ghi chú" column: only the first sheet is read.
- scores-clusters-summary.xlsx: a sheet "Tổng hợp" of every branch in front of the clusters'
  sheets: it is read alone, the clusters' branches not scored twice.

Run from this folder: python3 make_cluster_workbooks.py (needs openpyxl). The tests read the
committed .xlsx files.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number

HERE = os.path.dirname(os.path.abspath(__file__))
CLUSTERS = [("Cụm 1", ["ap-1", "ap-2"]), ("Cụm 2", ["truong-thcs", "cong-an-xa"])]


def cluster_sheet(sheet, title, ids, numbered=False, drop_note=False, changes=None):
    """The scores of the branches `ids` on `sheet`, under the Party header and the cluster's
    title, from row 6; `changes` replaces cells of a branch's record (column → value) or adds a
    branch's row (id → record)."""
    header, *data = rows()
    records = {record[0]: record for record in data}
    records.update(changes or {})
    sheet["A1"] = "ĐẢNG BỘ XÃ HÒA THUẬN"
    sheet.merge_cells("A1:D1")
    sheet["G1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
    sheet.merge_cells("G1:K1")
    sheet["A3"] = f"BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024 - {title.upper()}"
    sheet.merge_cells("A3:K3")
    columns = ["Chi bộ"] + header[1:-2] + ["Xếp loại"] + ([] if drop_note else ["Ghi chú"])
    sheet.append([])
    sheet.append([])
    sheet.append((["STT"] if numbered else []) + columns)
    for number_, branch in enumerate(ids + [id for id in (changes or {}) if id not in ids], 1):
        record = records[branch]
        values = [branch] + [number(c) for c in record[1:-2]] + [record[-2] or None] + ([] if drop_note else [record[-1] or None])
        sheet.append(([number_] if numbered else []) + values)


def workbook(name, summary=False, **second):
    book = Workbook()
    if summary:
        book.active.title = "Tổng hợp"
        cluster_sheet(book.active, "Tổng hợp", [id for _, ids in CLUSTERS for id in ids])
    for index, (title, ids) in enumerate(CLUSTERS):
        sheet = book.active if index == 0 and not summary else book.create_sheet(title)
        sheet.title = title
        cluster_sheet(sheet, title, ids, **(second if index == 1 else {}), **({"numbered": True} if index == 1 else {}))
    book.save(os.path.join(HERE, name))


if __name__ == "__main__":
    workbook("scores-clusters-clerk.xlsx")
    over = rows()[3][:]
    over[3] = "31"  # sinh-hoat above its 30
    workbook("scores-clusters-errors.xlsx", changes={"truong-thcs": over, "ap-1": rows()[1]})
    workbook("scores-clusters-differ.xlsx", drop_note=True)
    workbook("scores-clusters-summary.xlsx", summary=True)
