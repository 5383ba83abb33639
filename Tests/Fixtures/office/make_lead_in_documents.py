#!/usr/bin/env python3
"""Writes two minutes documents whose resolutions lead into their parts, as clerks write a task
and list what it is made of: "Ra quân tổng vệ sinh toàn ấp, cụ thể:" over "- Tổ 1 dọn ngõ 15,
thời hạn: 20/10/2024" (also "… như sau:", "… bao gồm:"), each one resolution, beside a group
heading naming a field of work ("Về công tác xây dựng Đảng:"), whose tasks are resolutions of
their own.

- bien-ban-nghi-quyet-cu-the.docx: Word's lists. The tasks and the group are items of a
  numbered list ("1."), with "-" bullets one level under them; the parts of the third task are
  a bullet list of their own at the first level, as Word's AutoFormat makes "- " typed at the
  start of a line.
- bien-ban-nghi-quyet-cu-the-go-tay.docx: the same typed by hand, numbers and dashes as text,
  the group in bold, the last lead-in without a comma before it.

Then each saved as .odt by LibreOffice, into opendocument/.

Run from this folder: python3 make_lead_in_documents.py (needs python-docx and LibreOffice's
soffice). The tests read the committed files.
"""
from minutes_documents import closing, listed, paragraph, saved, up_to_the_resolutions, with_lists

DISCUSSION = "Chi bộ đánh giá tình hình tháng 9, thảo luận nhiệm vụ tháng 10."
LEAD_IN = "Chi bộ thống nhất các nội dung sau:"
CLEAN_UP = ["Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024", "Tổ 2 dọn ngõ 17, thời hạn: 31/10/2024"]
PARTY = ["Tiếp tục kiện toàn tổ đảng, hoàn thành trước ngày 30/10/2024.", "Phân công đảng viên phụ trách hộ."]
FUND = ["Tổ 1 vận động 2 triệu đồng.", "Tổ 2 vận động 3 triệu đồng, hoàn thành trước ngày 15/11/2024."]
FESTIVAL = ["Hội thi văn nghệ giữa các tổ.", "Giải bóng chuyền nam nữ."]


def in_word_lists():
    doc = up_to_the_resolutions(DISCUSSION, LEAD_IN)
    listed(doc, "Ra quân tổng vệ sinh toàn ấp, cụ thể:", 48)
    for part in CLEAN_UP:
        listed(doc, part, 48, level=1)
    listed(doc, "Về công tác xây dựng Đảng:", 48)
    for task in PARTY:
        listed(doc, task, 48, level=1)
    listed(doc, "Vận động ủng hộ Quỹ vì người nghèo như sau:", 48)
    for part in FUND:
        listed(doc, part, 49)
    listed(doc, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc, bao gồm:", 48)
    for part in FESTIVAL:
        listed(doc, part, 48, level=1)
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-cu-the",
          lambda path: with_lists(path, {48: [("decimal", "%1."), ("bullet", "-")], 49: [("bullet", "-")]}))


def typed_by_hand():
    doc = up_to_the_resolutions(DISCUSSION, LEAD_IN)
    for number, (head, lines) in enumerate([("Ra quân tổng vệ sinh toàn ấp, cụ thể:", CLEAN_UP), ("Về công tác xây dựng Đảng:", PARTY),
                                            ("Vận động ủng hộ Quỹ vì người nghèo như sau:", FUND),
                                            ("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc bao gồm:", FESTIVAL)], start=1):
        paragraph(doc, f"{number}. {head}", bold=head.startswith("Về "))
        for line in lines:
            paragraph(doc, "- " + line)
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-cu-the-go-tay")


if __name__ == "__main__":
    in_word_lists()
    typed_by_hand()
