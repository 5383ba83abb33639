#!/usr/bin/env python3
"""Writes six score workbooks laid out as district offices make them, each with the scores of the
minimal fixture site's CSV (so each must rank as that CSV does), each mixing habits seen in real
sheets: the Party header in two blocks, a title merged across, a header on two rows, the
committee's score beside the branch's own, hidden columns and rows, a sheet per cluster, a total
and an average row at the bottom, numbers stored as text with a decimal comma ("1,5"), a
percentage column, a rank column, a 4-tốt column, the signatures under the table.

- scores-district-scorers.xlsx: under each criterion's name (merged across two columns), "Tự chấm |
  Đảng ủy chấm"; the branch's own score one point higher; a "Tổng điểm" column of both; a total row.
- scores-district-hidden.xlsx: a hidden column of last year's totals and a hidden row holding an
  old copy of ap-2 with other scores; a shown "Tỷ lệ đạt" column formatted as a percentage (0.0%).
- scores-district-clusters.xlsx: a sheet per cluster ("Cụm các ấp", "Cụm cơ quan"), each with its
  Party header, title, header, "Cộng" and "Bình quân" rows, and signatures.
- scores-district-text-comma.xlsx: every score typed as text, decimals with a comma ("1,5"),
  some with a space after them; a "TỔNG CỘNG" row of SUM formulas saved without their values.
- scores-district-percent.xlsx: "Tỷ lệ đạt (%)" as a number (91,5), "Xếp hạng" and "Chi bộ 4 tốt"
  columns written right, the place and date and signatures under the table.
- scores-district-cluster-first.xlsx: "Cụm | STT | Tên chi bộ | …", the cluster merged over ap-1 and
  ap-2, the criteria numbered "TC1.1", "TC1.2", "TC2"…, numbers with one decimal place shown; and
  scores-district-cluster-first.csv, as LibreOffice exports it ("0.0" violations), made as the
  item-scorers CSV below.
- scores-district-scorer-groups.xlsx: "Chi bộ tự chấm" merged over the five criteria, then "Đảng ủy
  chấm" merged over them again; the branch's own scores one point higher.
- scores-district-item-scorers.xlsx: a header on three rows: each criterion merged over its items,
  each item (or a criterion without items) merged over "Tự chấm | Đảng ủy chấm"; and
  scores-district-item-scorers.csv, as LibreOffice exports it (no merge left to tell the header's
  three rows), made by: soffice --headless --convert-to 'csv:Text - txt - csv (StarCalc):59,34,76,1'
  scores-district-item-scorers.xlsx
- scores-district-count-total.xlsx: a total row labelled "Cộng: 04 chi bộ", and a column headed
  "%" alone holding "94,5%" as text.

Run from this folder: python3 make_district_office_workbooks.py (needs openpyxl). The tests read
the committed .xlsx files (DistrictOfficeWorkbookTests).
"""
import os
from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from make_workbooks import rows, number
from make_clerk_workbooks import BRANCH_NAMES

HERE = os.path.dirname(os.path.abspath(__file__))
CRITERIA = ["Hoàn thành các chỉ tiêu được giao", "Tiến độ, chất lượng lãnh đạo", "Chất lượng sinh hoạt tốt",
            "Đoàn kết, kỷ luật tốt", "Cán bộ, đảng viên tốt"]
TOTALS = {"ap-1": 94.5, "ap-2": 82, "truong-thcs": 73, "cong-an-xa": 61}
RANKS = {"ap-1": 1, "ap-2": 2, "truong-thcs": 3, "cong-an-xa": 4}
FOUR_GOOD = {"ap-1": "x", "ap-2": "x", "truong-thcs": None, "cong-an-xa": None}


def data():
    """The minimal fixture's records by branch, in its order: (id, five scores, bonus, penalty, violations, note)."""
    _, *records = rows()
    return [(r[0], [number(c) for c in r[1:6]], number(r[6]), number(r[7]), number(r[8]), r[10] or None) for r in records]


def party_header(sheet, title, width):
    sheet["A1"] = "ĐẢNG BỘ HUYỆN GIỒNG RIỀNG"
    sheet.merge_cells("A1:D1")
    sheet["A2"] = "ĐẢNG ỦY XÃ HÒA THUẬN"
    sheet.merge_cells("A2:D2")
    last = get_column_letter(width)
    sheet[f"{get_column_letter(width - 4)}1"] = "ĐẢNG CỘNG SẢN VIỆT NAM"
    sheet.merge_cells(f"{get_column_letter(width - 4)}1:{last}1")
    sheet[f"{get_column_letter(width - 4)}2"] = "Hòa Thuận, ngày 20 tháng 12 năm 2024"
    sheet.merge_cells(f"{get_column_letter(width - 4)}2:{last}2")
    sheet["A4"] = title
    sheet.merge_cells(f"A4:{last}4")


def signatures(sheet, row, width):
    sheet.cell(row=row + 1, column=2, value="NGƯỜI LẬP BIỂU")
    sheet.cell(row=row + 1, column=width - 2, value="T/M ĐẢNG ỦY")
    sheet.cell(row=row + 2, column=width - 2, value="BÍ THƯ")
    sheet.cell(row=row + 5, column=2, value="Nguyễn Văn Bình")
    sheet.cell(row=row + 5, column=width - 2, value="Trần Văn Hùng")


def scorers_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Chấm điểm"
    width = 2 + 2 * len(CRITERIA) + 5
    party_header(sheet, "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC CHI BỘ NĂM 2024", width)
    upper, lower = ["STT", "Tên chi bộ"], [None, None]
    for name in CRITERIA:
        upper += [name, None]
        lower += ["Tự chấm", "Đảng ủy chấm"]
    upper += ["Điểm thưởng", "Điểm trừ", "Vi phạm", "Tổng điểm", "Ghi chú"]
    lower += [None] * 5
    sheet.append([])
    sheet.append(upper)
    sheet.append(lower)
    for column in range(3, 3 + 2 * len(CRITERIA), 2):
        sheet.merge_cells(start_row=6, start_column=column, end_row=6, end_column=column + 1)
    for column in [1, 2] + list(range(3 + 2 * len(CRITERIA), width + 1)):
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        pairs = []
        for score in scores:
            pairs += [score + 1, score]
        sheet.append([index, BRANCH_NAMES[branch]] + pairs + [bonus, penalty, violations, TOTALS[branch], note])
    sheet.append([None, "Tổng cộng"] + [None] * (2 * len(CRITERIA) + 3) + [sum(TOTALS.values()), None])
    book.save(os.path.join(HERE, "scores-district-scorers.xlsx"))


def plain_header():
    return ["STT", "Tên chi bộ"] + CRITERIA + ["Điểm thưởng", "Điểm trừ", "Vi phạm"]


def hidden_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Năm 2024"
    header = plain_header() + ["Tổng điểm năm 2023", "Tổng điểm", "Tỷ lệ đạt", "Ghi chú"]
    party_header(sheet, "KẾT QUẢ CHẤM ĐIỂM THI ĐUA NĂM 2024", len(header))
    sheet.append([])
    sheet.append(header)
    row = 6
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        if branch == "ap-2":
            row += 1
            sheet.append([None, BRANCH_NAMES[branch]] + [s - 2 for s in scores] + [0, 0, 0, 90, 70, 0.7, "bản cũ"])
            sheet.row_dimensions[row].hidden = True
        row += 1
        sheet.append([index, BRANCH_NAMES[branch]] + scores + [bonus, penalty, violations, 88, TOTALS[branch],
                                                               TOTALS[branch] / 100, note])
        sheet.cell(row=row, column=len(header) - 1).number_format = "0.0%"
    sheet.column_dimensions[get_column_letter(len(header) - 3)].hidden = True
    book.save(os.path.join(HERE, "scores-district-hidden.xlsx"))


def clusters_book():
    book = Workbook()
    groups = [("Cụm các ấp", ["ap-1", "ap-2"]), ("Cụm cơ quan", ["truong-thcs", "cong-an-xa"])]
    records = {record[0]: record for record in data()}
    for position, (title, ids) in enumerate(groups):
        sheet = book.active if position == 0 else book.create_sheet()
        sheet.title = title
        header = plain_header() + ["Tổng điểm", "Ghi chú"]
        party_header(sheet, f"BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024 — {title.upper()}", len(header))
        sheet.append([])
        sheet.append(header)
        for index, branch in enumerate(ids, 1):
            _, scores, bonus, penalty, violations, note = records[branch]
            sheet.append([index, BRANCH_NAMES[branch]] + scores + [bonus, penalty, violations, TOTALS[branch], note])
        sums = [sum(records[b][1][i] for b in ids) for i in range(5)]
        sheet.append([None, "Cộng"] + sums + [None, None, None, sum(TOTALS[b] for b in ids), None])
        sheet.append([None, "Bình quân"] + [s / len(ids) for s in sums] + [None, None, None, sum(TOTALS[b] for b in ids) / len(ids), None])
        signatures(sheet, sheet.max_row + 1, len(header))
    book.save(os.path.join(HERE, "scores-district-clusters.xlsx"))


def as_text(value):
    text = f"{value:g}".replace(".", ",")
    return text


def text_comma_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = plain_header() + ["Ghi chú"]
    party_header(sheet, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024", len(header))
    sheet.append([])
    sheet.append(header)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        cells = [as_text(s) + (" " if i % 2 else "") for i, s in enumerate(scores)] + [as_text(bonus), as_text(penalty), as_text(violations)]
        sheet.append([str(index), BRANCH_NAMES[branch]] + cells + [note])
    last = sheet.max_row
    sheet.append([None, "TỔNG CỘNG"] + [f"=SUM({get_column_letter(c)}7:{get_column_letter(c)}{last})" for c in range(3, 11)] + [None])
    book.save(os.path.join(HERE, "scores-district-text-comma.xlsx"))


def percent_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Tổng hợp"
    header = plain_header() + ["Tổng điểm", "Tỷ lệ đạt (%)", "Xếp hạng", "Chi bộ 4 tốt", "Ghi chú"]
    party_header(sheet, "TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM, XẾP LOẠI CHI BỘ NĂM 2024", len(header))
    sheet.append([])
    sheet.append(header)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        sheet.append([index, BRANCH_NAMES[branch]] + scores + [bonus, penalty, violations, TOTALS[branch],
                                                               round(TOTALS[branch] / 105 * 100, 1), RANKS[branch],
                                                               FOUR_GOOD[branch], note])
    signatures(sheet, sheet.max_row + 1, len(header))
    book.save(os.path.join(HERE, "scores-district-percent.xlsx"))


def cluster_first_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Điểm thi đua"
    header = ["Cụm", "STT", "Tên chi bộ", "TC1.1", "TC1.2", "TC2", "TC3", "TC4", "Điểm thưởng", "Điểm trừ", "Vi phạm",
              "Tổng điểm", "Ghi chú"]
    party_header(sheet, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024", len(header))
    sheet.append([])
    sheet.append(header)
    clusters = {"ap-1": "Cụm các ấp", "ap-2": None, "truong-thcs": None, "cong-an-xa": None}
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        sheet.append([clusters[branch], index, BRANCH_NAMES[branch]] + scores + [bonus, penalty, violations, TOTALS[branch], note])
        for column in range(4, 13):
            sheet.cell(row=sheet.max_row, column=column).number_format = "0.0"
    sheet.merge_cells("A7:A8")
    book.save(os.path.join(HERE, "scores-district-cluster-first.xlsx"))


def scorer_groups_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    count = len(CRITERIA)
    upper = ["STT", "Tên chi bộ", "Chi bộ tự chấm"] + [None] * (count - 1) + ["Đảng ủy chấm"] + [None] * (count - 1) \
        + ["Điểm thưởng", "Điểm trừ", "Vi phạm", "Tổng điểm"]
    party_header(sheet, "BẢNG CHẤM ĐIỂM THI ĐUA CÁC CHI BỘ NĂM 2024", len(upper))
    sheet.append([])
    sheet.append(upper)
    sheet.append([None, None] + CRITERIA + CRITERIA + [None] * 4)
    sheet.merge_cells(start_row=6, start_column=3, end_row=6, end_column=2 + count)
    sheet.merge_cells(start_row=6, start_column=3 + count, end_row=6, end_column=2 + 2 * count)
    for column in [1, 2] + list(range(3 + 2 * count, len(upper) + 1)):
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        sheet.append([index, BRANCH_NAMES[branch]] + [s + 1 for s in scores] + scores + [bonus, penalty, violations, TOTALS[branch]])
    book.save(os.path.join(HERE, "scores-district-scorer-groups.xlsx"))


def item_scorers_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    first = ["STT", "Tên chi bộ", "Lãnh đạo hoàn thành tốt nhiệm vụ chính trị", None, None, None, "Chất lượng sinh hoạt tốt", None,
             "Đoàn kết, kỷ luật tốt", None, "Cán bộ, đảng viên tốt", None, "Điểm thưởng", "Điểm trừ", "Vi phạm", "Tổng điểm"]
    party_header(sheet, "BẢNG CHẤM ĐIỂM THI ĐUA CÁC CHI BỘ NĂM 2024", len(first))
    sheet.append([])
    sheet.append(first)
    sheet.append([None, None, CRITERIA[0], None, CRITERIA[1], None] + [None] * 10)
    sheet.append([None, None] + ["Tự chấm", "Đảng ủy chấm"] * 5 + [None] * 4)
    sheet.merge_cells("C6:F6")
    sheet.merge_cells("C7:D7")
    sheet.merge_cells("E7:F7")
    for column in (7, 9, 11):
        sheet.merge_cells(start_row=6, start_column=column, end_row=7, end_column=column + 1)
    for column in [1, 2, 13, 14, 15, 16]:
        sheet.merge_cells(start_row=6, start_column=column, end_row=8, end_column=column)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        pairs = []
        for score in scores:
            pairs += [score + 1, score]
        sheet.append([index, BRANCH_NAMES[branch]] + pairs + [bonus, penalty, violations, TOTALS[branch]])
    book.save(os.path.join(HERE, "scores-district-item-scorers.xlsx"))


def count_total_book():
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    header = plain_header() + ["Tổng điểm", "%"]
    party_header(sheet, "BẢNG CHẤM ĐIỂM THI ĐUA NĂM 2024", len(header))
    sheet.append([])
    sheet.append(header)
    for index, (branch, scores, bonus, penalty, violations, note) in enumerate(data(), 1):
        sheet.append([index, BRANCH_NAMES[branch]] + scores + [bonus, penalty, violations, TOTALS[branch], as_text(TOTALS[branch]) + "%"])
    sheet.append([None, "Cộng: 04 chi bộ", None, None, None, None, None, None, None, None, sum(TOTALS.values()), None])
    book.save(os.path.join(HERE, "scores-district-count-total.xlsx"))


if __name__ == "__main__":
    scorers_book()
    hidden_book()
    clusters_book()
    text_comma_book()
    percent_book()
    cluster_first_book()
    scorer_groups_book()
    count_total_book()
    item_scorers_book()
