#!/usr/bin/env python3
"""Writes the Word fixtures of the tests of the absent named under a table of counts they do not
match, and of a place that reads as a full name alone after "vắng" (AbsenceNotesImportTests).

Run from this folder: python3 make_names_under_counts_documents.py (needs python-docx only). The
tests read the committed .docx file and need nothing.

- bien-ban-ten-vang-lech-so.docx: the figures in a table across ("Tổng số đảng viên | Có mặt |
  Vắng có lý do | Vắng không lý do" over "28 | 25 | 02 | 01"), then "Vắng có lý do: đồng chí Lê
  Văn Cường (ốm), đồng chí Đỗ Thị Dung (đi công tác), đồng chí Hà Văn Em (việc gia đình)" and
  "Vắng không lý do: đồng chí Phạm Văn Đức": four names for three absent, three excused for two.
- bien-ban-vang-dia-danh.docx: "Có mặt: 27/28 đồng chí; vắng: 01 đồng chí: Hà Đông.": Hà Đông is a
  district and may be a member's name; the minutes do not say which.
"""
from make_attendance_documents import minutes

if __name__ == "__main__":
    minutes("bien-ban-ten-vang-lech-so.docx", 26, ["Thành phần dự họp:"], table_across=[("Tổng số đảng viên", "28"), ("Có mặt", "25"), ("Vắng có lý do", "02"), ("Vắng không lý do", "01")],
            below=["Vắng có lý do: đồng chí Lê Văn Cường (ốm), đồng chí Đỗ Thị Dung (đi công tác), đồng chí Hà Văn Em (việc gia đình).",
             "Vắng không lý do: đồng chí Phạm Văn Đức."])
    minutes("bien-ban-vang-dia-danh.docx", 26, ["Có mặt: 27/28 đồng chí; vắng: 01 đồng chí: Hà Đông."])
