#!/usr/bin/env python3
"""Writes the Word fixtures of the page header tests: minutes whose document head (the Party's
header, the chi bộ, the place and date) is typed in the first page's header, not in the body, as
many offices do.

Run from this folder: python3 make_page_header_documents.py (needs python-docx only). The tests
read the committed .docx files and need nothing.

- bien-ban-dau-trang.docx: the head in a first-page header ("CHI BỘ ẤP 2 … Hòa Thuận, ngày 05
  tháng 8 năm 2024", laid in a table), a default header with the title alone; the body's time
  line gives the hour, not the day.
- bien-ban-dau-trang-ngay-rieng.docx: the head in the default header only ("ngày 05 tháng 8"),
  and the body's time line gives its own day (06/8/2024), which wins.
- bien-ban-dau-trang-cu.docx: a first-page header left behind ("ngày 05 tháng 8") after "Different
  first page" was unticked (no w:titlePg), so Word shows the default header on every page: the head
  of "ngày 05 tháng 9 năm 2024", which is the meeting's.
"""
import os
from docx import Document
from docx.shared import Cm

HERE = os.path.dirname(os.path.abspath(__file__))


def head(container, day, month=8):
    """The document head, in a two-column table of the header `container`."""
    table = container.add_table(rows=2, cols=2, width=Cm(16))
    table.cell(0, 0).text, table.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(1, 0).text, table.cell(1, 1).text = "CHI BỘ ẤP 2", f"Hòa Thuận, ngày {day:02d} tháng {month} năm 2024"


def minutes(name, time_line, first_page, stale_first_page=False):
    doc = Document()
    section = doc.sections[0]
    if stale_first_page:
        section.different_first_page_header_footer = True
        head(section.first_page_header, 5)
        section.different_first_page_header_footer = False
        head(section.header, 5, month=9)
    elif first_page:
        section.different_first_page_header_footer = True
        head(section.first_page_header, 5)
        section.header.paragraphs[0].text = "Biên bản sinh hoạt chi bộ ấp 2 tháng 8/2024"
    else:
        head(section.header, 5)
    doc.add_heading("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", level=0)
    for line in [time_line,
                 "Địa điểm: Nhà văn hóa ấp 2.",
                 "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.",
                 "Thư ký: đồng chí Trần Thị Mai, Phó Bí thư chi bộ.",
                 "Tổng số đảng viên: 28; có mặt: 26; vắng: 02 (có lý do: 02).",
                 "Nội dung trọng tâm: Chuẩn bị đại hội chi bộ nhiệm kỳ 2025–2027.",
                 "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày."]:
        doc.add_paragraph(line)
    doc.save(os.path.join(HERE, name))


minutes("bien-ban-dau-trang.docx", "Thời gian: bắt đầu lúc 19 giờ 30 phút.", first_page=True)
minutes("bien-ban-dau-trang-ngay-rieng.docx", "Thời gian: 19 giờ 30 phút, ngày 06/8/2024.", first_page=False)
minutes("bien-ban-dau-trang-cu.docx", "Thời gian: bắt đầu lúc 19 giờ 30 phút.", first_page=False, stale_first_page=True)
