#!/usr/bin/env python3
"""Writes the workbooks of the office tests whose score table puts the emulation cluster (cụm thi
đua) in a column before the branch's name, as offices do: "STT | Cụm thi đua | Tên chi bộ | …",
the cluster's name merged down over its branches' rows, from the CSV of the minimal fixture site
(ap-1 and ap-2 declare `cluster: cum-ap`, "Cụm thi đua các ấp"; the others no cluster).

- scores-cluster-column.xlsx: "Cụm thi đua các ấp" merged over ap-1 and ap-2, nothing beside the
  others: as their branch files say.
- scores-cluster-column-differs.xlsx: "Cụm 2" merged over ap-1 and ap-2, and "Cụm các ấp" beside
  cong-an-xa, which declares none.
- scores-cluster-before-number.xlsx: as scores-cluster-column.xlsx, the cluster column first,
  before the row numbers and titled "Cụm": "Cụm | STT | Tên chi bộ | …".

Run from this folder: python3 make_cluster_column_workbooks.py (needs openpyxl). The tests read
the committed .xlsx files.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number
from make_clerk_workbooks import BRANCH_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))


def workbook(name, clusters, cluster_first=False):
    """The minimal fixture's scores under the Party header, the header on row 4; `clusters` maps a
    branch to the cluster written beside it, or ("merged", name) over ap-1 and ap-2; the cluster
    column before the row numbers when `cluster_first`, else after them."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Điểm"
    sheet["A1"] = "ĐẢNG BỘ XÃ HÒA THUẬN"
    sheet.merge_cells("A1:D1")
    sheet["A2"] = "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024"
    sheet.merge_cells("A2:M2")
    header, *data = rows()
    sheet.append([])
    lead = (lambda number, cluster: [cluster, number]) if cluster_first else (lambda number, cluster: [number, cluster])
    sheet.append(lead("STT", "Cụm" if cluster_first else "Cụm thi đua") + ["Tên chi bộ"] + header[1:-2] + ["Xếp loại", "Ghi chú"])
    for index, record in enumerate(data, 1):
        sheet.append(lead(index, clusters.get(record[0])) + [BRANCH_NAMES[record[0]]]
                     + [number(c) for c in record[1:-2]] + [record[-2] or None, record[-1] or None])
    if "merged" in clusters:
        column = "A" if cluster_first else "B"
        sheet[column + "5"] = clusters["merged"]
        sheet[column + "6"] = None
        sheet.merge_cells(f"{column}5:{column}6")
    book.save(os.path.join(HERE, name))


if __name__ == "__main__":
    workbook("scores-cluster-column.xlsx", {"merged": "Cụm thi đua các ấp"})
    workbook("scores-cluster-column-differs.xlsx", {"merged": "Cụm 2", "cong-an-xa": "Cụm các ấp"})
    workbook("scores-cluster-before-number.xlsx", {"merged": "Cụm thi đua các ấp"}, cluster_first=True)
