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
from minutes_documents import closing, numbered, opened, paragraph, saved, with_footnotes, with_lists

NAME = "bien-ban-van-phong"
NOTES = [
    "Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
    "phong cách Hồ Chí Minh.",
    "Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị.",
]


def with_sections_numbering(path):
    """The saved package with a list definition for the sections (numId 20: upper Roman, then
    decimal) and one for the resolutions (numId 21: decimal)."""
    with_lists(path, {20: [("upperRoman", "%1."), ("decimal", "%2.")], 21: [("decimal", "%1.")]})


def numbered_by_word():
    doc = opened()
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
    saved(doc, "bien-ban-tu-dong-danh-so", with_sections_numbering)


def typed_by_hand():
    doc = opened()
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
    saved(doc, NAME, lambda path: with_footnotes(path, NOTES))


def main():
    typed_by_hand()
    numbered_by_word()


if __name__ == "__main__":
    main()
