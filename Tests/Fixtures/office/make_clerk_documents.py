#!/usr/bin/env python3
"""Writes bien-ban-van-phong.docx: minutes as a commune office clerk keeps them in Word, in
Times New Roman, the committee's name in the page header, the sections typed as bold paragraphs
numbered by hand ("I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9", "1. Ưu điểm"), not in Word's heading styles,
footnotes citing the directive and the conclusion it carries out, the attendance as
"Vắng mặt: 2 đồng chí (có lý do)". Ordinary text numbered by hand, a speaker's name in bold at
the start of a paragraph and resolutions typed in bold must stay what they are. And
bien-ban-tu-dong-danh-so.docx: the same sections numbered by Word itself, as its AutoFormat
makes "I. " typed at the start of a line into a list (I., II., III. with 1., 2. below). Then
each saved as .odt by LibreOffice, into opendocument/ (footnotes become text:note).

Run from this folder: python3 make_clerk_documents.py (needs python-docx and LibreOffice's
soffice). The tests read the committed files.
"""
import os, shutil, subprocess, tempfile, zipfile
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bien-ban-van-phong"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NOTES = [
    "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh.",
    "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
]


def footnote_reference(paragraph, number):
    """A footnote mark as Word writes it: a run in the Footnote Reference style, superscript."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    properties.append(align)
    run.append(properties)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run.append(reference)
    paragraph._p.append(run)


def paragraph(doc, *parts, bold=False):
    """A paragraph of `parts`: text, (text, bold) or a footnote's number."""
    p = doc.add_paragraph()
    for part in parts:
        if isinstance(part, int):
            footnote_reference(p, part)
        elif isinstance(part, tuple):
            p.add_run(part[0]).bold = part[1]
        else:
            p.add_run(part).bold = bold
    return p


def numbered(doc, text, level, bold=False, number_id=20):
    """A paragraph of Word's own numbering `number_id` at `level` (0: I., II.; 1: 1., 2.)."""
    p = doc.add_paragraph()
    p.add_run(text).bold = bold
    properties = p._p.get_or_add_pPr()
    numbering = OxmlElement("w:numPr")
    for tag, value in [("w:ilvl", level), ("w:numId", number_id)]:
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(value))
        numbering.append(element)
    properties.append(numbering)
    return p


def numbering_level(number, style, text):
    """One level of a list definition: its number format (`style`) and text ("%1.")."""
    return (f'<w:lvl w:ilvl="{number}"><w:start w:val="1"/><w:numFmt w:val="{style}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/></w:lvl>')


def with_sections_numbering(path):
    """The saved package with a list definition for the sections (numId 20: upper Roman, then
    decimal) and one for the resolutions (numId 21: decimal)."""
    level = numbering_level
    definitions = (f'<w:abstractNum w:abstractNumId="20">{level(0, "upperRoman", "%1.")}{level(1, "decimal", "%2.")}</w:abstractNum>'
                   f'<w:abstractNum w:abstractNumId="21">{level(0, "decimal", "%1.")}</w:abstractNum>')
    instances = ('<w:num w:numId="20"><w:abstractNumId w:val="20"/></w:num>'
                 '<w:num w:numId="21"><w:abstractNumId w:val="21"/></w:num>')
    with_numbering(path, definitions, instances)


def with_numbering(path, definitions, instances):
    """The saved package with the list definitions (`w:abstractNum`) and lists (`w:num`) added
    to word/numbering.xml."""
    temporary = path + ".tmp"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/numbering.xml":
                text = data.decode("utf-8")
                first = text.index("<w:abstractNum ")
                text = text[:first] + definitions + text[first:]
                text = text.replace("</w:numbering>", instances + "</w:numbering>")
                data = text.encode("utf-8")
            target.writestr(item, data)
    os.replace(temporary, path)


def footnotes_part(texts):
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for number, text in enumerate(texts, 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{notes}</w:footnotes>')


def with_footnotes(path, texts=NOTES):
    """The saved package with word/footnotes.xml added, as Word keeps footnotes, the notes `texts`."""
    temporary = path + ".tmp"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
            elif item.filename == "word/_rels/document.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                                    b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
            target.writestr(item, data)
        target.writestr("word/footnotes.xml", footnotes_part(texts))
    os.replace(temporary, path)


def saved_as_odt(path):
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", out, path], check=True, capture_output=True)
    name = os.path.splitext(os.path.basename(path))[0] + ".odt"
    shutil.move(os.path.join(out, name), os.path.join(HERE, "opendocument", name))
    shutil.rmtree(out)


def opening(doc):
    """The page as every minutes of the office starts it, up to the attendance."""
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    doc.sections[0].header.paragraphs[0].text = "ĐẢNG BỘ XÃ HÒA THUẬN - CHI BỘ ẤP 1"
    header = doc.add_table(rows=2, cols=2)
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text, header.cell(1, 1).text = "CHI BỘ ẤP 1", "Hòa Thuận, ngày 05 tháng 10 năm 2024"
    paragraph(doc, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10", bold=True)
    paragraph(doc, "Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024.")
    paragraph(doc, "Địa điểm: Nhà văn hóa ấp 1.")
    paragraph(doc, "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.")
    paragraph(doc, "Thư ký: đồng chí Trần Thị Mai.")
    paragraph(doc, "Tổng số đảng viên: 28 đồng chí; có mặt: 26 đồng chí; Vắng mặt: 2 đồng chí (có lý do).")


def closing(doc):
    paragraph(doc, "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.")
    signatures = doc.add_table(rows=2, cols=2)
    signatures.cell(0, 0).text, signatures.cell(0, 1).text = "THƯ KÝ", "CHỦ TRÌ"
    signatures.cell(1, 0).text, signatures.cell(1, 1).text = "Trần Thị Mai", "Nguyễn Văn Hùng"


def numbered_by_word():
    doc = Document()
    opening(doc)
    numbered(doc, "ĐÁNH GIÁ TÌNH HÌNH THÁNG 9", 0, bold=True)
    numbered(doc, "Ưu điểm", 1, bold=True)
    paragraph(doc, "Chi bộ triển khai học tập Chỉ thị số 05-CT/TW đến 100% đảng viên.")
    numbered(doc, "Hạn chế", 1, bold=True)
    paragraph(doc, "Việc thu gom rác tại ngõ 15 còn chậm.")
    numbered(doc, "PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10", 0, bold=True)
    numbered(doc, "Tiếp tục thực hiện Kết luận số 01-KL/TW.", 1)
    numbered(doc, "Vận động hội viên tham gia ngày chủ nhật xanh.", 1)
    paragraph(doc, "Ý kiến của đảng viên:")
    numbered(doc, "Đề nghị sớm nạo vét kênh nội đồng.", 1)
    numbered(doc, "NGHỊ QUYẾT", 0, bold=True)
    numbered(doc, "Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024", 0, bold=True, number_id=21)
    numbered(doc, "Vận động 100% hộ gia đình ký cam kết", 0, bold=True, number_id=21)
    closing(doc)
    path = os.path.join(HERE, "bien-ban-tu-dong-danh-so.docx")
    doc.save(path)
    with_sections_numbering(path)
    saved_as_odt(path)


def typed_by_hand():
    doc = Document()
    opening(doc)
    paragraph(doc, "I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9", bold=True)
    paragraph(doc, "1. Ưu điểm", bold=True)
    paragraph(doc, "Chi bộ triển khai học tập Chỉ thị số 05-CT/TW", 1, " đến 100% đảng viên.")
    paragraph(doc, ("Đồng chí Lê Văn Tám:", True), (" đề nghị chi bộ sớm nạo vét kênh nội đồng.", False))
    paragraph(doc, "2. Hạn chế", bold=True)
    paragraph(doc, "Việc thu gom rác tại ngõ 15 còn chậm.")
    paragraph(doc, "II. PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10", bold=True)
    paragraph(doc, "1. Tiếp tục thực hiện Kết luận số 01-KL/TW", 2, ".")
    paragraph(doc, "2. Vận động hội viên tham gia ngày chủ nhật xanh.")
    paragraph(doc, "III. NGHỊ QUYẾT", bold=True)
    paragraph(doc, "1. Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024", bold=True)
    paragraph(doc, "2. Vận động 100% hộ gia đình ký cam kết", bold=True)
    closing(doc)
    path = os.path.join(HERE, NAME + ".docx")
    doc.save(path)
    with_footnotes(path)
    saved_as_odt(path)


def main():
    typed_by_hand()
    numbered_by_word()


if __name__ == "__main__":
    main()
