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
- scores-bang-diem-and-whole-year.xlsx: "Bảng điểm" (OTHER_PERIOD) then "Cả năm" (THIS_PERIOD);
- scores-whole-year-and-half-year.xlsx: "Cả năm" (THIS_PERIOD) then "Sơ kết 6 tháng" (OTHER_PERIOD);
- scores-half-year-sheet.xlsx: one sheet "6 tháng đầu năm" (THIS_PERIOD);
- scores-half-year-and-whole-year.xlsx: "6 tháng đầu năm" (OTHER_PERIOD) then "Cả năm" (THIS_PERIOD);
- scores-half-year-and-quarter.xlsx: "Sơ kết 6 tháng" (THIS_PERIOD) then "Quý I" (OTHER_PERIOD);
- scores-summary-and-quarters.xlsx: "Tổng hợp" (THIS_PERIOD) then "Quý I" to "Quý IV" (OTHER_PERIOD);
- scores-last-quarter-and-bang-diem.xlsx: "Quý I" (OTHER_PERIOD) then "Bảng điểm" (THIS_PERIOD);
- scores-clusters-and-last-quarter.xlsx: "Cụm 1", "Cụm 2" (THIS_PERIOD) then "Quý I" (OTHER_PERIOD);
- scores-months-of-quarter.xlsx: "Tháng 5" (OTHER_PERIOD) then "Tháng 6" (THIS_PERIOD);
- scores-last-quarter-title.xlsx: "Sheet1" under the title "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024";
- scores-last-quarter-sheet.xlsx: one sheet "Quý I" under that title (last quarter's workbook copied);
- scores-last-month-title.xlsx: "Sheet1" under "KẾT QUẢ CHẤM ĐIỂM THI ĐUA THÁNG 5 NĂM 2024" and
  the line it was signed, "Hòa Thuận, ngày 30 tháng 6 năm 2024";
- scores-sheet-bang-diem.xlsx, scores-sheet-bang-diem-2025.xlsx, scores-sheet-trailing-space.xlsx:
  THIS_PERIOD on one sheet "Bảng điểm", "Bảng điểm 2025", "Bảng điểm " (a space after it).

Written with titled_workbooks.py (zipfile, no openpyxl).
Run from this folder: python3 make_period_workbooks.py. The tests read the committed files.
"""
from titled_workbooks import OTHER_PERIOD, THIS_PERIOD, write

LAST_QUARTER = "KẾT QUẢ CHẤM ĐIỂM THI ĐUA QUÝ I NĂM 2024"
write("scores-quarter-sheets.xlsx", [("Quý I 2024", [], OTHER_PERIOD), ("Quý II 2024", [], THIS_PERIOD)])
write("scores-month-sheets.xlsx", [("T5-2024", [], OTHER_PERIOD), ("T6-2024", [], THIS_PERIOD)])
write("scores-quarter-sheets-no-year.xlsx", [("Quý I", [], OTHER_PERIOD), ("Quý II", [], THIS_PERIOD)])
write("scores-quarter-and-whole-year.xlsx", [("Quý IV", [], OTHER_PERIOD), ("Cả năm", [], THIS_PERIOD)])
write("scores-quarter-and-unnamed-sheet.xlsx", [("Sheet1", [], OTHER_PERIOD), ("Quý II 2024", [], THIS_PERIOD)])
write("scores-bang-diem-and-whole-year.xlsx", [("Bảng điểm", [], OTHER_PERIOD), ("Cả năm", [], THIS_PERIOD)])
write("scores-whole-year-and-half-year.xlsx", [("Cả năm", [], THIS_PERIOD), ("Sơ kết 6 tháng", [], OTHER_PERIOD)])
write("scores-half-year-sheet.xlsx", [("6 tháng đầu năm", [], THIS_PERIOD)])
write("scores-half-year-and-whole-year.xlsx", [("6 tháng đầu năm", [], OTHER_PERIOD), ("Cả năm", [], THIS_PERIOD)])
write("scores-half-year-and-quarter.xlsx", [("Sơ kết 6 tháng", [], THIS_PERIOD), ("Quý I", [], OTHER_PERIOD)])
write("scores-summary-and-quarters.xlsx", [("Tổng hợp", [], THIS_PERIOD)]
      + [(f"Quý {roman}", [], OTHER_PERIOD) for roman in ["I", "II", "III", "IV"]])
write("scores-last-quarter-and-bang-diem.xlsx", [("Quý I", [], OTHER_PERIOD), ("Bảng điểm", [], THIS_PERIOD)])
write("scores-clusters-and-last-quarter.xlsx", [("Cụm 1", [], THIS_PERIOD), ("Cụm 2", [], THIS_PERIOD), ("Quý I", [], OTHER_PERIOD)])
write("scores-months-of-quarter.xlsx", [("Tháng 5", [], OTHER_PERIOD), ("Tháng 6", [], THIS_PERIOD)])
write("scores-last-quarter-title.xlsx", [("Sheet1", [LAST_QUARTER], THIS_PERIOD)])
write("scores-last-quarter-sheet.xlsx", [("Quý I", [LAST_QUARTER], THIS_PERIOD)])
write("scores-last-month-title.xlsx", [("Sheet1", ["KẾT QUẢ CHẤM ĐIỂM THI ĐUA THÁNG 5 NĂM 2024",
                                                   "Hòa Thuận, ngày 30 tháng 6 năm 2024"], THIS_PERIOD)])
write("scores-sheet-bang-diem.xlsx", [("Bảng điểm", [], THIS_PERIOD)])
write("scores-sheet-bang-diem-2025.xlsx", [("Bảng điểm 2025", [], THIS_PERIOD)])
write("scores-sheet-trailing-space.xlsx", [("Bảng điểm ", [], THIS_PERIOD)])
