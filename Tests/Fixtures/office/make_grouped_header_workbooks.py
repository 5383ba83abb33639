#!/usr/bin/env python3
"""Writes the workbooks of a header on two rows whose groups hold more than the criteria's names,
from the CSV of the minimal fixture site, the other names merged down over both rows:

- scores-criterion-subtotal.xlsx (GroupSubtotalTests): "Lãnh đạo hoàn thành tốt nhiệm vụ chính
  trị (30đ)" merged over its two items and a "Cộng" column of their sum.
- scores-self-and-committee.xlsx (ScorerColumnsTests): each criterion's name merged over "Tự chấm
  | Đảng ủy chấm", the branch's own score (a point higher) beside the Party committee's.

Run from this folder: python3 make_grouped_header_workbooks.py (needs openpyxl). The tests read
the committed .xlsx files.
"""
import os
from openpyxl import Workbook
from make_workbooks import rows, number
from make_clerk_workbooks import BRANCH_NAMES
from make_points_row_workbooks import ITEMS, OTHERS

HERE = os.path.dirname(os.path.abspath(__file__))


def book_with(groups, down, scores_of):
    """A sheet whose header is "STT | Tên chi bộ", then each (name, sub-names) of `groups` merged
    over its sub-names, then the names `down` merged down over both rows; each branch's row its
    number, name, `scores_of(its scores)`, then its bonus, penalty, violations, level and note."""
    book = Workbook()
    sheet = book.active
    column = 3
    for name, parts in groups:
        sheet.cell(row=1, column=column, value=name)
        sheet.merge_cells(start_row=1, end_row=1, start_column=column, end_column=column + len(parts) - 1)
        for offset, part in enumerate(parts):
            sheet.cell(row=2, column=column + offset, value=part)
        column += len(parts)
    for at, name in [(1, "STT"), (2, "Tên chi bộ")] + [(column + i, name) for i, name in enumerate(down)]:
        sheet.cell(row=1, column=at, value=name)
        sheet.merge_cells(start_row=1, end_row=2, start_column=at, end_column=at)
    _, *data = rows()
    for index, record in enumerate(data):
        scores = [number(c) for c in record[1:9]]
        values = [index + 1, BRANCH_NAMES[record[0]]] + scores_of(scores) + scores[5:] + [record[9] or None, record[10] or None]
        for at, value in enumerate(values, 1):
            sheet.cell(row=3 + index, column=at, value=value)
    return book


if __name__ == "__main__":
    subtotal = book_with([("Lãnh đạo hoàn thành tốt nhiệm vụ chính trị (30đ)", ITEMS + ["Cộng"])], OTHERS,
                         lambda s: [s[0], s[1], s[0] + s[1]] + s[2:5])
    subtotal.save(os.path.join(HERE, "scores-criterion-subtotal.xlsx"))
    scorer = book_with([(name, ["Tự chấm", "Đảng ủy chấm"]) for name in ITEMS + OTHERS[:3]], OTHERS[3:],
                       lambda s: [value for score in s[:5] for value in (score + 1, score)])
    scorer.save(os.path.join(HERE, "scores-self-and-committee.xlsx"))
