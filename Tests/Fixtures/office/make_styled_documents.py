#!/usr/bin/env python3
"""Writes bien-ban-kieu-dinh-dang.docx: minutes whose clerk set bold in Word's styles rather
than on the text, as a template kept by a district office does: the title in a paragraph style
"Tiêu đề biên bản" that is bold, the sections in a bold style "Mục" ("I. ĐÁNH GIÁ…") and
"Mục nhỏ" based on it ("1. Ưu điểm", bold only through "Mục"), a speaker's name in a bold
character style "Người phát biểu", a directive's name in an italic character style "Trích dẫn",
text in a style "Nội dung mục" based on "Mục" that turns bold off (`w:b w:val="0"`), and in a
"Mục" paragraph a run that turns it off itself. The attendance is a table of figures by label
("Có mặt | 26") with a footnote's mark after a figure. The lists share one definition
(abstractNumId 30) as Word leaves them after a copy and paste: numId 30, then numId 31 after a
paragraph (Word goes on: 3.), then numId 32 that starts it afresh (`w:startOverride`: 1., 2.),
then numId 30 again (Word goes on from 32's: 3.).

Run from this folder: python3 make_styled_documents.py (needs python-docx). The tests read the
committed file.
"""
import os
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt

from minutes_documents import HERE, closing, footnote_reference, numbered, numbering_level, with_footnotes, with_numbering

NOTES = ["Đồng chí Lê Văn Tám và đồng chí Phạm Thị Hoa đi công tác, có báo cáo chi bộ."]


def style(doc, name, kind, base=None, bold=None, italic=None):
    """A style `name` of `kind`, based on `base`, its bold and italic as given (None: not set)."""
    made = doc.styles.add_style(name, kind)
    if base is not None:
        made.base_style = doc.styles[base]
    made.font.bold = bold
    made.font.italic = italic
    return made


def styled(doc, style_name, *parts):
    """A paragraph in `style_name` of `parts`: text, (text, character style) or (text, bold set on the run)."""
    p = doc.add_paragraph(style=style_name)
    for part in parts:
        if isinstance(part, int):
            footnote_reference(p, part)
        elif isinstance(part, tuple) and isinstance(part[1], bool):
            p.add_run(part[0]).bold = part[1]
        elif isinstance(part, tuple):
            p.add_run(part[0], style=part[1])
        else:
            p.add_run(part)
    return p


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)
    style(doc, "Tiêu đề biên bản", WD_STYLE_TYPE.PARAGRAPH, base="Normal", bold=True)
    style(doc, "Mục", WD_STYLE_TYPE.PARAGRAPH, base="Normal", bold=True)
    style(doc, "Mục nhỏ", WD_STYLE_TYPE.PARAGRAPH, base="Mục")
    style(doc, "Nội dung mục", WD_STYLE_TYPE.PARAGRAPH, base="Mục", bold=False)
    style(doc, "Người phát biểu", WD_STYLE_TYPE.CHARACTER, bold=True)
    style(doc, "Trích dẫn", WD_STYLE_TYPE.CHARACTER, italic=True)

    header = doc.add_table(rows=2, cols=2)
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text, header.cell(1, 1).text = "CHI BỘ ẤP 1", "Hòa Thuận, ngày 05 tháng 11 năm 2024"
    styled(doc, "Tiêu đề biên bản", "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11")
    styled(doc, "Normal", "Thời gian: 19 giờ 30 phút, ngày 05 tháng 11 năm 2024.")
    styled(doc, "Normal", "Địa điểm: Nhà văn hóa ấp 1.")
    styled(doc, "Normal", "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.")
    styled(doc, "Normal", "Thư ký: đồng chí Trần Thị Mai.")
    figures = doc.add_table(rows=3, cols=2)
    figures.cell(0, 0).text, figures.cell(0, 1).text = "Tổng số đảng viên", "28"
    figures.cell(1, 0).text, figures.cell(1, 1).text = "Có mặt", "26"
    figures.cell(2, 0).text, figures.cell(2, 1).text = "Vắng mặt", "2 đồng chí (có lý do)"
    footnote_reference(figures.cell(2, 1).paragraphs[0], 1)

    styled(doc, "Mục", "I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 10")
    styled(doc, "Mục nhỏ", "1. Ưu điểm")
    styled(doc, "Normal", "Chi bộ học tập ", ("Chỉ thị số 05-CT/TW", "Trích dẫn"), " đến 100% đảng viên.")
    styled(doc, "Normal", ("Đồng chí Lê Văn Tám:", "Người phát biểu"), " đề nghị sửa chữa nhà văn hóa ấp.")
    styled(doc, "Nội dung mục", "Việc thu gom rác tại ngõ 15 còn chậm.")
    styled(doc, "Mục", "Kết luận: ", ("chi bộ thống nhất các ý kiến trên.", False))
    styled(doc, "Mục", "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 11")
    numbered(doc, "Hoàn thành thu đảng phí quý IV.", 0, number_id=30)
    numbered(doc, "Tổ chức kết nạp quần chúng Nguyễn Văn An.", 0, number_id=30)
    styled(doc, "Normal", "Ý kiến thảo luận:")
    numbered(doc, "Đề nghị sửa chữa nhà văn hóa ấp.", 0, number_id=31)
    styled(doc, "Mục", "III. NGHỊ QUYẾT")
    numbered(doc, "Hoàn thành thu đảng phí quý IV trước ngày 31/12/2024", 0, number_id=32)
    numbered(doc, "Kết nạp quần chúng Nguyễn Văn An", 0, number_id=32)
    styled(doc, "Mục", "IV. PHÂN CÔNG")
    numbered(doc, "Đồng chí Nguyễn Văn Hùng phụ trách công tác kết nạp.", 0, number_id=30)
    closing(doc)

    path = os.path.join(HERE, "bien-ban-kieu-dinh-dang.docx")
    doc.save(path)
    definition = f'<w:abstractNum w:abstractNumId="30">{numbering_level(0, "decimal", "%1.")}</w:abstractNum>'
    lists = ('<w:num w:numId="30"><w:abstractNumId w:val="30"/></w:num>'
             '<w:num w:numId="31"><w:abstractNumId w:val="30"/></w:num>'
             '<w:num w:numId="32"><w:abstractNumId w:val="30"/>'
             '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>')
    with_numbering(path, definition, lists)
    with_footnotes(path, NOTES)


if __name__ == "__main__":
    main()
