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
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))

def minutes(name, attendance, table=None, below=()):
    """Minutes of ấp 1 on 26/11/2026 with the `attendance` lines, a `table` of figures across
    (titles, figures), and the lines `below` it."""
    doc = Document()
    header = doc.add_table(rows=2, cols=2)
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text, header.cell(1, 1).text = "CHI BỘ ẤP 1", "Hòa Thuận, ngày 26 tháng 11 năm 2026"
    doc.add_heading("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026", level=0)
    doc.add_heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", level=1)
    for line in ["Thời gian: 19 giờ 30 phút, ngày 26 tháng 11 năm 2026.", "Địa điểm: Nhà văn hóa ấp 1.",
                 "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.", "Thư ký: đồng chí Trần Thị Mai, Phó Bí thư chi bộ."] + attendance:
        doc.add_paragraph(line)
    if table:
        cells = doc.add_table(rows=2, cols=len(table))
        for column, (title, figure) in enumerate(table):
            cells.cell(0, column).text, cells.cell(1, column).text = title, figure
    for line in below:
        doc.add_paragraph(line)
    doc.add_paragraph("Nội dung trọng tâm: Chuẩn bị tổng kết công tác xây dựng Đảng năm 2026.")
    doc.add_heading("II. NỘI DUNG", level=1)
    doc.add_paragraph("Đồng chí Bí thư báo cáo kết quả thực hiện nghị quyết tháng 10; có 6 đảng viên phát biểu.")
    doc.add_heading("III. NGHỊ QUYẾT", level=1)
    doc.add_paragraph("Hoàn thành kiểm điểm, đánh giá đảng viên trước ngày 15/12/2026.", style="List Bullet")
    doc.add_paragraph("Buổi sinh hoạt kết thúc vào lúc 21 giờ 15 phút cùng ngày.")
    doc.save(os.path.join(HERE, name))


if __name__ == "__main__":
    minutes("bien-ban-ten-vang-lech-so.docx", ["Thành phần dự họp:"],
            [("Tổng số đảng viên", "28"), ("Có mặt", "25"), ("Vắng có lý do", "02"), ("Vắng không lý do", "01")],
            ["Vắng có lý do: đồng chí Lê Văn Cường (ốm), đồng chí Đỗ Thị Dung (đi công tác), đồng chí Hà Văn Em (việc gia đình).",
             "Vắng không lý do: đồng chí Phạm Văn Đức."])
    minutes("bien-ban-vang-dia-danh.docx", ["Có mặt: 27/28 đồng chí; vắng: 01 đồng chí: Hà Đông."])
