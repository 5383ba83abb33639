#!/usr/bin/env python3
"""Writes the score workbooks of a year scored on a former scale, as an office keeps them in Excel:
a merged title row, then a header naming the criteria by the names of the scale of that year
(not their ids), the branches or units by their names.

- former-scale-branches-2021.xlsx: the former-rubric fixture's 2021 scores (Tests/Fixtures/sites/
  former-rubric/content/evaluations/2021.csv), under the criteria of content/rubrics/2020.yaml.
- former-scale-units-2021.xlsx: the former-unit-rubric fixture's 2021 unit scores (Tests/Fixtures/
  sites/former-unit-rubric/content/unit-evaluations/2021.csv), under the criteria of
  content/unit-rubrics/2020.yaml.

Run from this folder: python3 make_former_scale_workbooks.py (needs openpyxl). The tests read
the committed .xlsx files.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number

HERE = os.path.dirname(os.path.abspath(__file__))
SITES = os.path.join(HERE, "..", "sites")

# The criteria of each former scale by id, named as the scale's YAML names them.
BRANCH_CRITERIA = {"lanh-dao": "Lãnh đạo thực hiện nhiệm vụ chính trị", "sinh-hoat": "Sinh hoạt chi bộ",
                   "xay-dung-dang": "Công tác xây dựng Đảng", "bonus": "Điểm thưởng"}
UNIT_CRITERIA = {"lanh-dao": "Lãnh đạo thực hiện nhiệm vụ chính trị", "xay-dung-dang": "Công tác xây dựng Đảng",
                 "can-bo": "Đội ngũ cán bộ, đảng viên"}
BRANCH_NAMES = {"ap-bac": "Chi bộ ấp Ấp Bắc", "binh-minh": "Chi bộ ấp Bình Minh", "dong-tam": "Chi bộ ấp Đồng Tâm",
                "eo-gio": "Chi bộ ấp Eo Gió", "truong-thcs": "Chi bộ Trường THCS Hòa Thuận"}
UNIT_NAMES = {"xa-a": "Đảng bộ xã Bình Minh", "xa-b": "Đảng bộ xã Ấp Bắc", "xa-c": "Đảng bộ xã Long Thạnh"}


def workbook(csv_path, title, name_header, names, criteria, target):
    """The CSV's scores under `title`, each row's first cell replaced by its name, each column
    headed by its criterion's name."""
    header, *data = rows(csv_path)
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    width = len(header) + 1
    sheet.append([title])
    sheet.merge_cells(start_row=1, end_row=1, start_column=1, end_column=width)
    sheet.append(["STT", name_header] + [criteria[column] for column in header[1:]])
    for index, record in enumerate(data, 1):
        sheet.append([index, names[record[0]]] + [number(cell) for cell in record[1:]])
    book.save(os.path.join(HERE, target))


workbook(os.path.join(SITES, "former-rubric/content/evaluations/2021.csv"),
         "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM CÁC CHI BỘ NĂM 2021", "Tên chi bộ", BRANCH_NAMES, BRANCH_CRITERIA,
         "former-scale-branches-2021.xlsx")
workbook(os.path.join(SITES, "former-unit-rubric/content/unit-evaluations/2021.csv"),
         "KẾT QUẢ CHẤM ĐIỂM ĐẢNG BỘ CƠ SỞ NĂM 2021", "Đơn vị", UNIT_NAMES, UNIT_CRITERIA,
         "former-scale-units-2021.xlsx")
