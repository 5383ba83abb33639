#!/usr/bin/env python3
"""Writes the minutes of one meeting (8 October 2026) whose date line a clerk wrote in other
ways, each with a resolution due on 30/11/2026, which is no meeting date. The title gives the
month and year, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026"; the header gives no date.

- bien-ban-ngay-hop-nam-hai-so.docx: "Thời gian: 19 giờ 30, ngày 08/10/26", a two-digit year.
- bien-ban-ngay-hop-khong-nam.docx: "ngày 8 tháng 10", no year (the title's is the year).
- bien-ban-ngay-hop-chu-o.docx: "ngày 08/10/2O26", a letter O typed for a zero.
- bien-ban-ngay-hop-khong-ngay.docx: "Thời gian: 19 giờ 30", no date at all.
- bien-ban-ngay-hop-trong-than.docx: no date in the opening; the body says "ngày 15/9/2026 chi
  bộ đã…", an earlier day.
- bien-ban-ngay-hop-lech-tieu-de.docx: "Thời gian: 19 giờ 30, ngày 08/11/2026" under the title
  "… THÁNG 10/2026": last month's document copied, only the date changed.
- bien-ban-ngay-hop-dong-dau.docx: "Ngày 15/9/2026" alone above the header, and "Thời gian:
  ngày 08/10/2026." without the hour.
- bien-ban-ngay-hop-bang-chu-lech-tieu-de.docx: the date in words, "Thời gian: 19 giờ 30, ngày
  tám tháng mười một năm hai nghìn không trăm hai mươi sáu", under the title "… THÁNG 10/2026".

Run from this folder: python3 make_meeting_date_documents.py [NAME…] (needs python-docx); with
names, only those documents are written. The tests read the committed files.
"""
import sys

from docx import Document
from docx.shared import Pt
from minutes_documents import closing, filled, paragraph, saved

VARIANTS = {
    "bien-ban-ngay-hop-nam-hai-so": ("Thời gian: 19 giờ 30, ngày 08/10/26", None),
    "bien-ban-ngay-hop-khong-nam": ("Thời gian: 19 giờ 30, ngày 8 tháng 10", None),
    "bien-ban-ngay-hop-chu-o": ("Thời gian: 19 giờ 30, ngày 08/10/2O26", None),
    "bien-ban-ngay-hop-khong-ngay": ("Thời gian: 19 giờ 30", None),
    "bien-ban-ngay-hop-trong-than": ("Thời gian: 19 giờ 30",
                                     "Thực hiện nghị quyết tháng 9, ngày 15/9/2026 chi bộ đã ra quân phát quang đường xóm."),
    "bien-ban-ngay-hop-lech-tieu-de": ("Thời gian: 19 giờ 30, ngày 08/11/2026", None),
    "bien-ban-ngay-hop-dong-dau": ("Thời gian: ngày 08/10/2026.", None),
    "bien-ban-ngay-hop-bang-chu-lech-tieu-de": (
        "Thời gian: 19 giờ 30, ngày tám tháng mười một năm hai nghìn không trăm hai mươi sáu", None),
}
# A line above the header, at the very top of the page.
TOP = {"bien-ban-ngay-hop-dong-dau": "Ngày 15/9/2026"}

for name, (time_line, body) in VARIANTS.items():
    if len(sys.argv) > 1 and name not in sys.argv[1:]:
        continue
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    if name in TOP:
        # python-docx's blank document opens with no paragraph: this one comes first.
        paragraph(doc, TOP[name])
    filled(doc.add_table(rows=2, cols=2), [("ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("CHI BỘ ẤP 1", "")])
    paragraph(doc, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10/2026", bold=True)
    paragraph(doc, time_line)
    paragraph(doc, "Địa điểm: Nhà văn hóa ấp 1.")
    paragraph(doc, "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.")
    paragraph(doc, "Thư ký: đồng chí Trần Thị Mai.")
    paragraph(doc, "Tổng số đảng viên: 28 đồng chí; có mặt: 26 đồng chí; Vắng mặt: 2 đồng chí (có lý do).")
    paragraph(doc, "I. NỘI DUNG SINH HOẠT", bold=True)
    paragraph(doc, "Chi bộ đánh giá tình hình tháng 9, thảo luận nhiệm vụ tháng 10.")
    if body:
        paragraph(doc, body)
    paragraph(doc, "II. NGHỊ QUYẾT", bold=True)
    paragraph(doc, "1. Hoàn thành làm đường bê tông xóm Trại trước ngày 30/11/2026.")
    paragraph(doc, "2. Vận động hội viên tham gia ngày công.")
    closing(doc)
    saved(doc, name, odt=False)
