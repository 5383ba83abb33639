#!/usr/bin/env python3
"""Writes the Word fixtures of the attendance import tests: minutes whose members exempt from
meetings (miễn sinh hoạt) are given apart from the total, as offices type them.

Run from this folder: python3 make_attendance_documents.py (needs python-docx only). The tests
read the committed .docx files and need nothing.

- bien-ban-mien-sinh-hoat.docx: 99 members, 16 exempt on a line of their own, 78 present,
  05 absent (04 excused): the figures add up, 83 expected.
- bien-ban-so-lieu-lech.docx: the same branch a week later, "16 đồng chí được miễn sinh hoạt"
  in brackets after the total, and 60 present + 05 absent, which is not the 83 expected.
- bien-ban-bang-so-lieu.docx: the figures in a two-column table without a header row
  ("Tổng số đảng viên | 40", "Có mặt | 36", …), as many offices lay them out.
- bien-ban-ly-do-khong-ten.docx: one absent, excused, the reason given without a name
  ("Vắng 01 đồng chí (có lý do: ốm)").
- bien-ban-vang-lech-ly-do.docx: "vắng 01 đồng chí" with two excused named: the count and the
  names disagree.
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def minutes(name, day, attendance_lines, attendance_table=(), table_across=None, below=()):
    """Minutes of ấp 1 on `day`/11/2026 with the `attendance_lines`, then a table of figures by
    label (`attendance_table`: label, figure) or across (`table_across`: title, figure), then the
    lines `below` it."""
    doc = Document()
    header = doc.add_table(rows=2, cols=2)  # the Party header, laid out in a table as offices do
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text, header.cell(1, 1).text = "CHI BỘ ẤP 1", f"Hòa Thuận, ngày {day:02d} tháng 11 năm 2026"
    doc.add_heading("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026", level=0)
    doc.add_heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", level=1)
    for line in [f"Thời gian: 19 giờ 30 phút, ngày {day:02d} tháng 11 năm 2026.",
                 "Địa điểm: Nhà văn hóa ấp 1.",
                 "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.",
                 "Thư ký: đồng chí Trần Thị Mai, Phó Bí thư chi bộ."] + attendance_lines:
        doc.add_paragraph(line)
    if attendance_table:
        table = doc.add_table(rows=len(attendance_table), cols=2)
        for row, (label, figure) in enumerate(attendance_table):
            table.cell(row, 0).text, table.cell(row, 1).text = label, figure
    if table_across:
        table = doc.add_table(rows=2, cols=len(table_across))
        for column, (title, figure) in enumerate(table_across):
            table.cell(0, column).text, table.cell(1, column).text = title, figure
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
    minutes("bien-ban-mien-sinh-hoat.docx", 5, [
        "Tổng số đảng viên: 99; có mặt: 78; vắng: 05 (có lý do: 04).",
        "Đảng viên miễn sinh hoạt: 16.",
    ])
    minutes("bien-ban-so-lieu-lech.docx", 12, [
        "Tổng số đảng viên của chi bộ: 99 đồng chí (16 đồng chí được miễn sinh hoạt).",
        "Có mặt: 60 đồng chí; vắng: 05 đồng chí (có lý do: 04; không lý do: 01).",
    ])
    minutes("bien-ban-bang-so-lieu.docx", 19, ["Thành phần dự họp:"], attendance_table=[
        ("Tổng số đảng viên", "40"),
        ("Có mặt", "36"),
        ("Vắng", "04"),
        ("Có lý do", "03 (Lê Văn Cường – ốm; Đỗ Thị Dung – đi công tác; Hà Văn Em – việc gia đình)"),
        ("Không lý do", "01 (Phạm Văn Đức)"),
    ])
    new_documents()


def new_documents():
    """The fixtures added after the first three, written alone so that those keep their bytes."""
    minutes("bien-ban-ly-do-khong-ten.docx", 26, ["Tổng số đảng viên: 99; miễn sinh hoạt: 16.",
                                                   "Có mặt: 82/83 đồng chí. Vắng 01 đồng chí (có lý do: ốm)."])
    minutes("bien-ban-vang-lech-ly-do.docx", 26, [
        "Tổng số đảng viên: 99; miễn sinh hoạt: 16.",
        "Có mặt: 82/83 đồng chí, vắng 01 đồng chí (có lý do: đồng chí Nguyễn Văn An – ốm, đồng chí Trần Thị Bình – đi công tác).",
    ])
