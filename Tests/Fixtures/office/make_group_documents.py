#!/usr/bin/env python3
"""Writes two minutes documents whose resolutions are grouped under headings, as clerks write
the "Nghị quyết" part: a numbered line naming a field of work ("1. Về công tác xây dựng Đảng:")
and the tasks under it ("- Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024"),
each task with its own deadline. Beside them, a numbered task whose lines under it are its
parts ("3. Ra quân tổng vệ sinh toàn ấp", "- Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024"): one
resolution, as before.

- bien-ban-nghi-quyet-nhom.docx: Word's lists. The groups are items of a numbered list ("1.",
  with "-" bullets one level under it for the first group's tasks); the second group's tasks
  are a bullet list of their own at the first level, as Word's AutoFormat makes "- " typed at
  the start of a line; the third item is a task with its parts one level under it.
- bien-ban-nghi-quyet-nhom-go-tay.docx: the same typed by hand, numbers and dashes as text,
  the groups in bold; the second group names its field without a colon ("2. Đối với công tác
  an sinh xã hội") and a task of it has a part typed with "+".

Then each saved as .odt by LibreOffice, into opendocument/.

Run from this folder: python3 make_group_documents.py (needs python-docx and LibreOffice's
soffice). The tests read the committed files.
"""
from minutes_documents import closing, listed, paragraph, saved, up_to_the_resolutions, with_lists

DISCUSSION = "Chi bộ đánh giá tình hình tháng 9, thảo luận nhiệm vụ tháng 10."
LEAD_IN = "Chi bộ thống nhất các nội dung sau:"


def in_word_lists():
    doc = up_to_the_resolutions(DISCUSSION, LEAD_IN)
    listed(doc, "Về công tác xây dựng Đảng:", 46)
    listed(doc, "Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024.", 46, level=1)
    listed(doc, "Phân công đảng viên phụ trách hộ.", 46, level=1)
    listed(doc, "Về phát triển kinh tế:", 46)
    listed(doc, "Vận động các hộ chuyển đổi cây trồng, thời hạn: 30/11/2024.", 47)
    listed(doc, "Hoàn thành thu Quỹ vì người nghèo trước ngày 15/11/2024.", 47)
    listed(doc, "Ra quân tổng vệ sinh toàn ấp", 46)
    listed(doc, "Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024", 46, level=1)
    listed(doc, "Tổ 2 dọn ngõ 17, thời hạn: 31/10/2024", 46, level=1)
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-nhom",
          lambda path: with_lists(path, {46: [("decimal", "%1."), ("bullet", "-")], 47: [("bullet", "-")]}))


def typed_by_hand():
    doc = up_to_the_resolutions(DISCUSSION, LEAD_IN)
    paragraph(doc, "1. Về công tác xây dựng Đảng:", bold=True)
    paragraph(doc, "- Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024.")
    paragraph(doc, "- Phân công đảng viên phụ trách hộ.")
    paragraph(doc, "2. Đối với công tác an sinh xã hội", bold=True)
    paragraph(doc, "- Hoàn thành thu Quỹ vì người nghèo trước ngày 15/11/2024.")
    paragraph(doc, "+ Các tổ đảng tổng hợp danh sách trước ngày 10/11/2024.")
    paragraph(doc, "- Thăm hỏi, tặng quà các gia đình chính sách.")
    paragraph(doc, "3. Ra quân tổng vệ sinh toàn ấp")
    paragraph(doc, "- Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024")
    paragraph(doc, "- Tổ 2 dọn ngõ 17, thời hạn: 31/10/2024")
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-nhom-go-tay")


if __name__ == "__main__":
    in_word_lists()
    typed_by_hand()
