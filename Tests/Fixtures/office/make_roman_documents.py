#!/usr/bin/env python3
"""Writes bien-ban-la-ma-khong-dam.docx: minutes whose sections Word numbers itself in upper Roman
numerals ("I.", "II.", "III.", its AutoFormat's list), typed in capitals but not in bold, so they
are no headings: each must keep the numeral Word shows, as "I. ĐÁNH GIÁ…" typed by hand is kept,
not become an item "1." of a list. The items below them, numbered 1., 2. by Word, stay a list.

Run from this folder: python3 make_roman_documents.py (needs python-docx). The tests read the
committed file.
"""
from minutes_documents import closing, numbered, opened, paragraph, saved, with_lists


def main():
    doc = opened()
    numbered(doc, "ĐÁNH GIÁ TÌNH HÌNH THÁNG 9", 0)
    paragraph(doc, "Chi bộ triển khai học tập Chỉ thị số 05-CT/TW đến 100% đảng viên.")
    numbered(doc, "PHƯƠNG HƯỚNG NHIỆM VỤ THÁNG 10", 0)
    numbered(doc, "Tiếp tục thực hiện Kết luận số 01-KL/TW.", 1)
    numbered(doc, "Vận động hội viên tham gia ngày chủ nhật xanh.", 1)
    numbered(doc, "NGHỊ QUYẾT", 0)
    paragraph(doc, "- Nạo vét kênh nội đồng trước ngày 30/10/2024")
    closing(doc)
    saved(doc, "bien-ban-la-ma-khong-dam",
          lambda path: with_lists(path, {20: [("upperRoman", "%1."), ("decimal", "%2.")]}), odt=False)


if __name__ == "__main__":
    main()
