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

Written with titled_workbooks.py (zipfile, no openpyxl).
Run from this folder: python3 make_other_year_workbooks.py. The tests read the committed files.
"""
from titled_workbooks import THIS_PERIOD, write

write("scores-last-year-sheet.xlsx", [("Năm 2023", [], THIS_PERIOD)])
write("scores-last-year-title.xlsx", [("Sheet1", ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2023"], THIS_PERIOD)])
write("scores-signed-next-year.xlsx", [("Sheet1", ["BẢNG TỔNG HỢP ĐIỂM THI ĐUA CHI BỘ NĂM 2024",
                                                  "Xã Mẫu, ngày 10 tháng 01 năm 2025"], THIS_PERIOD)])
write("scores-term-sheet.xlsx", [("NK 2020-2025", [], THIS_PERIOD)])
write("scores-old-term-sheet.xlsx", [("NK 2015-2020", [], THIS_PERIOD)])
