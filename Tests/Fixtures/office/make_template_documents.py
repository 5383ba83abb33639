#!/usr/bin/env python3
"""Writes bien-ban-mau-xa.docx: minutes made from a commune office's Word template, where the
formatting and the numbers come from styles, not from the text:

- the Party header is a table in a table style "Bảng tiêu đề" whose run properties are bold, the
  date in it turning bold off itself (`w:b w:val="0"`) and italic on;
- the votes are a table in Word's built-in "Light List Accent 1", its header row bold only
  through the style's `w:tblStylePr w:type="firstRow"` (the table's `w:tblLook` turning the
  first row and first column on);
- the signatures are a table in a style "Bảng chữ ký" bold in its first row, the table's
  `w:tblLook` saying so only in its `w:val` bits ("0020");
- the sections "I. ĐÁNH GIÁ…" and "1. Ưu điểm" are paragraphs in styles "Mục La Mã" and
  "Mục nhỏ" that carry the numbering (`w:pPr/w:numPr`, "Mục nhỏ" at level 1, as Word writes a
  multilevel list linked to styles; the levels of list definition 43 name the styles with `w:pStyle`);
- the tasks are numbered through a numbering style "Danh sách nhiệm vụ": their list definition
  (44) only links to it (`w:numStyleLink`), the style points at list 41, whose definition (40)
  holds the levels "1." and "a)";
- the resolutions are paragraphs in a style "Nghị quyết" that carries list 42 ("1."), and
  "Nghị quyết con" based on it at level 1 ("a)");
- the template's guidance to the clerk is hidden text (`w:vanish`): " (ghi rõ tháng)" after the
  title, and a paragraph "Hướng dẫn: …".

Then saved as .odt by LibreOffice, into opendocument/ (the hidden text as `text:display="none"`).

Run from this folder: python3 make_template_documents.py (needs python-docx and LibreOffice's
soffice). The tests read the committed files.
"""
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from minutes_documents import filled, listed, numbering_level, saved, table_style, with_numbering, with_styles

NAME = "bien-ban-mau-xa"

STYLES = (
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangTieuDe"><w:name w:val="Bảng tiêu đề"/>'
    '<w:basedOn w:val="TableNormal"/><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangChuKy"><w:name w:val="Bảng chữ ký"/>'
    '<w:basedOn w:val="TableNormal"/><w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="TieuDeBienBan"><w:name w:val="Tiêu đề biên bản"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucLaMa"><w:name w:val="Mục La Mã"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="43"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="MucNho"><w:name w:val="Mục nhỏ"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="43"/></w:numPr></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="numbering" w:customStyle="1" w:styleId="DanhSachNhiemVu"><w:name w:val="Danh sách nhiệm vụ"/>'
    '<w:pPr><w:numPr><w:numId w:val="41"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NghiQuyet"><w:name w:val="Nghị quyết"/>'
    '<w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="42"/></w:numPr></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="NghiQuyetCon"><w:name w:val="Nghị quyết con"/>'
    '<w:basedOn w:val="NghiQuyet"/><w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr></w:pPr></w:style>'
)


def level(number, style, text, paragraph_style=None):
    """A level of a list definition, linked to `paragraph_style` where given."""
    plain = numbering_level(number, style, text)
    if paragraph_style is None:
        return plain
    return plain.replace('<w:numFmt', f'<w:pStyle w:val="{paragraph_style}"/><w:numFmt', 1)


DEFINITIONS = (
    '<w:abstractNum w:abstractNumId="40"><w:styleLink w:val="DanhSachNhiemVu"/>'
    f'{level(0, "decimal", "%1.")}{level(1, "lowerLetter", "%2)")}</w:abstractNum>'
    '<w:abstractNum w:abstractNumId="44"><w:numStyleLink w:val="DanhSachNhiemVu"/></w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="42">{level(0, "decimal", "%1.")}{level(1, "lowerLetter", "%2)")}</w:abstractNum>'
    f'<w:abstractNum w:abstractNumId="43">{level(0, "upperRoman", "%1.", "MucLaMa")}'
    f'{level(1, "decimal", "%2.", "MucNho")}</w:abstractNum>'
)
LISTS = ''.join(f'<w:num w:numId="{n}"><w:abstractNumId w:val="{a}"/></w:num>'
                for n, a in [(41, 40), (44, 44), (42, 42), (43, 43)])


def styled(doc, style_id, text):
    """A paragraph in the style `style_id` (added to styles.xml after saving)."""
    p = doc.add_paragraph(text)
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), style_id)
    p._p.get_or_add_pPr().insert(0, style)
    return p


def hidden(run):
    """`run` hidden as Word hides a template's guidance (`w:vanish`)."""
    run._r.get_or_add_rPr().append(OxmlElement("w:vanish"))


def main():
    doc = Document()
    doc.styles["Normal"].font.name = "Times New Roman"
    doc.styles["Normal"].font.size = Pt(14)

    header = doc.add_table(rows=2, cols=2)
    table_style(header, "BangTieuDe")
    header.cell(0, 0).text, header.cell(0, 1).text = "ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"
    header.cell(1, 0).text = "CHI BỘ ẤP 1"
    date = header.cell(1, 1).paragraphs[0].add_run("Hòa Thuận, ngày 05 tháng 12 năm 2024")
    date.bold, date.italic = False, True
    title = styled(doc, "TieuDeBienBan", "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12")
    hidden(title.add_run(" (ghi rõ tháng)"))
    hidden(doc.add_paragraph("Hướng dẫn: ghi đầy đủ ý kiến phát biểu của từng đồng chí.").runs[0])
    doc.add_paragraph("Thời gian: 19 giờ 30 phút, ngày 05 tháng 12 năm 2024.")
    doc.add_paragraph("Địa điểm: Nhà văn hóa ấp 1.")
    doc.add_paragraph("Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.")
    doc.add_paragraph("Thư ký: đồng chí Trần Thị Mai.")
    doc.add_paragraph("Tổng số đảng viên: 28 đồng chí; có mặt: 27 đồng chí; vắng mặt: 1 đồng chí (có lý do).")

    styled(doc, "MucLaMa", "ĐÁNH GIÁ TÌNH HÌNH THÁNG 11")
    styled(doc, "MucNho", "Ưu điểm")
    doc.add_paragraph("Chi bộ hoàn thành thu đảng phí đạt 100%.")
    styled(doc, "MucNho", "Hạn chế")
    doc.add_paragraph("Việc sinh hoạt tổ đảng chưa đều.")
    styled(doc, "MucLaMa", "PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 12")
    listed(doc, "Tổng kết công tác xây dựng Đảng năm 2024.", 44)
    listed(doc, "Đánh giá, xếp loại đảng viên cuối năm.", 44, level=1)
    listed(doc, "Chuẩn bị báo cáo kiểm điểm tập thể chi ủy.", 44, level=1)
    listed(doc, "Vận động nhân dân đón Tết an toàn.", 44)
    styled(doc, "MucLaMa", "NGHỊ QUYẾT")
    styled(doc, "NghiQuyet", "Hoàn thành đánh giá, xếp loại đảng viên trước ngày 20/12/2024")
    styled(doc, "NghiQuyetCon", "Chi ủy chuẩn bị phiếu đánh giá")
    styled(doc, "NghiQuyetCon", "Đảng viên nộp bản kiểm điểm")
    styled(doc, "NghiQuyet", "Tổ chức ngày hội Đại đoàn kết toàn dân tộc")
    votes = doc.add_table(rows=3, cols=3)
    votes.style = doc.styles["Light List Accent 1"]
    filled(votes, [("Nội dung biểu quyết", "Tán thành", "Không tán thành"),
                   ("Nghị quyết tháng 12", "27", "0"), ("Kết nạp quần chúng Lê Văn Bình", "26", "1")])

    doc.add_paragraph("Cuộc họp kết thúc vào lúc 21 giờ 00 phút cùng ngày.")
    signatures = doc.add_table(rows=2, cols=2)
    table_style(signatures, "BangChuKy", {"val": "0020"})
    filled(signatures, [("THƯ KÝ", "CHỦ TRÌ"), ("Trần Thị Mai", "Nguyễn Văn Hùng")])

    saved(doc, NAME, lambda path: with_styles(path, STYLES), lambda path: with_numbering(path, DEFINITIONS, LISTS))


if __name__ == "__main__":
    main()
