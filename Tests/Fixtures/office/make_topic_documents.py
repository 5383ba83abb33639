#!/usr/bin/env python3
"""Writes the Word fixtures of the topic import tests: minutes giving the meeting's topic as
"Nội dung: …", "Nội dung sinh hoạt: …" or "Chủ đề: …", as offices label it, which the import
left as "# topic:" to fill in.

Run from this folder: python3 make_topic_documents.py (needs python-docx only). The tests
read the committed .docx files and need nothing.

- bien-ban-noi-dung.docx: "Nội dung: Sơ kết công tác quý III năm 2026."
- bien-ban-noi-dung-sinh-hoat.docx: "- Nội dung sinh hoạt: “Phát huy vai trò đảng viên nơi cư trú”".
- bien-ban-chu-de.docx: "Chủ đề: Sơ kết công tác quý III năm 2026"; a "II. NỘI DUNG" heading
  follows in every one, which is not the topic.
"""
import os
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))


def minutes(name, topic_line):
    doc = Document()
    header = doc.add_table(rows=2, cols=2)  # the Party header, laid out in a table as offices do
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text, header.cell(1, 1).text = "CHI BỘ ẤP 1", "Hòa Thuận, ngày 08 tháng 10 năm 2026"
    doc.add_heading("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10 NĂM 2026", level=0)
    doc.add_heading("I. THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", level=1)
    for line in ["Thời gian: 19 giờ 30 phút, ngày 08 tháng 10 năm 2026.",
                 "Địa điểm: Nhà văn hóa ấp 1.",
                 "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.",
                 "Thư ký: đồng chí Trần Thị Mai, Phó Bí thư chi bộ.",
                 "Số đảng viên phải dự: 28; có mặt: 26; vắng: 02 (có lý do: 02).",
                 topic_line]:
        doc.add_paragraph(line)
    doc.add_heading("II. NỘI DUNG", level=1)
    doc.add_paragraph("Đồng chí Bí thư báo cáo kết quả thực hiện nghị quyết tháng 9; có 5 đảng viên phát biểu.")
    doc.add_heading("III. NGHỊ QUYẾT", level=1)
    doc.add_paragraph("Hoàn thành thu đảng phí quý IV trước ngày 31/10/2026.", style="List Bullet")
    doc.add_paragraph("Buổi sinh hoạt kết thúc vào lúc 21 giờ cùng ngày.")
    doc.save(os.path.join(HERE, name))


if __name__ == "__main__":
    minutes("bien-ban-noi-dung.docx", "Nội dung: Sơ kết công tác quý III năm 2026.")
    minutes("bien-ban-noi-dung-sinh-hoat.docx", "- Nội dung sinh hoạt: “Phát huy vai trò đảng viên nơi cư trú”")
    minutes("bien-ban-chu-de.docx", "Chủ đề: Sơ kết công tác quý III năm 2026")
