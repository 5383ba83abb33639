"""Writes unit-scores-2024.xlsx: the district fixture's unit scores of 2024 (Tests/Fixtures/sites/
district/content/unit-evaluations/2024.yaml) as an office keeps them in Excel, under a merged
title row. Run from this folder: python3 make_unit_workbook.py (needs openpyxl)."""
from openpyxl import Workbook

book = Workbook()
sheet = book.active
sheet.title = "Điểm"
sheet.append(["KẾT QUẢ CHẤM ĐIỂM ĐẢNG BỘ CƠ SỞ NĂM 2024"])
sheet.merge_cells("A1:E1")
sheet.append(["unit", "chinh-tri", "xay-dung-dang", "doan-ket", "can-bo"])
sheet.append(["xa-a", 26, 26, 17, 17])
sheet.append(["xa-b", "25", 27, 17, 17])
sheet.append(["xa-c", 28, 28, 18, 18])
book.save("unit-scores-2024.xlsx")
