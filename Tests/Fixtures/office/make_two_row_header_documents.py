#!/usr/bin/env python3
"""Writes the Word fixtures of the tests of tables of resolutions with a header of two rows and
with a deadline merged down over two tasks (ResolutionTableHeaderTests).

Run from this folder: python3 make_two_row_header_documents.py (needs python-docx). The tests
read the committed files and need nothing.

- bien-ban-nghi-quyet-thoi-han-hai-cot.docx: "TT | Nội dung | Thời hạn" over "| | Bắt đầu |
  Hoàn thành" ("TT" and "Nội dung" merged down, "Thời hạn" merged across): the deadline is the
  finishing date's column.
- bien-ban-nghi-quyet-nguoi-thuc-hien-hai-cot.docx: "TT | Nội dung công việc | Thời gian hoàn
  thành | Người thực hiện" over "| | | Chủ trì | Phối hợp": the rows have a cell more than the
  first row of titles.
- bien-ban-nghi-quyet-han-gop.docx: "TT | Nội dung công việc | Thời gian hoàn thành | Người phụ
  trách", the deadline "30/11/2024" merged down over the first two tasks.
"""
from minutes_documents import closing, filled, merged, saved, up_to_the_resolutions

LEAD = "Đồng chí Bí thư báo cáo kết quả tháng 9; có 5 đảng viên phát biểu."


def minutes():
    return up_to_the_resolutions(LEAD, lead_in="Chi bộ thống nhất các nhiệm vụ sau:")


if __name__ == "__main__":
    doc = minutes()
    table = filled(doc.add_table(rows=5, cols=4), [
        ("", "", "", ""),
        ("", "", "Bắt đầu", "Hoàn thành"),
        ("1", "Hoàn thành thu đảng phí quý IV", "01/10/2024", "30/11/2024"),
        ("2", "Vận động hộ dân tham gia ngày chủ nhật xanh", "01/10/2024", "Thường xuyên"),
        ("3", "Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã", "15/11/2024", "15/12/2024"),
    ])
    table.style = "Table Grid"
    merged(table, (0, 0), (1, 0), "TT")
    merged(table, (0, 1), (1, 1), "Nội dung")
    merged(table, (0, 2), (0, 3), "Thời hạn")
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-thoi-han-hai-cot", odt=False)

    doc = minutes()
    table = filled(doc.add_table(rows=4, cols=5), [
        ("", "", "", "", ""),
        ("", "", "", "Chủ trì", "Phối hợp"),
        ("1", "Hoàn thành thu đảng phí quý IV", "30/11/2024", "Đ/c Mai", "Các tổ đảng"),
        ("2", "Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã", "Trước 15/12/2024", "Đ/c Hùng", "Đ/c Mai"),
    ])
    table.style = "Table Grid"
    merged(table, (0, 0), (1, 0), "TT")
    merged(table, (0, 1), (1, 1), "Nội dung công việc")
    merged(table, (0, 2), (1, 2), "Thời gian hoàn thành")
    merged(table, (0, 3), (0, 4), "Người thực hiện")
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-nguoi-thuc-hien-hai-cot", odt=False)

    doc = minutes()
    table = filled(doc.add_table(rows=4, cols=4), [
        ("TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"),
        ("1", "Hoàn thành thu đảng phí quý IV", "", "Đ/c Mai"),
        ("2", "Rà soát, cập nhật sổ theo dõi đảng viên", "", "Đ/c Hùng"),
        ("3", "Vận động hộ dân tham gia ngày chủ nhật xanh", "Thường xuyên", "Chi hội Phụ nữ"),
    ])
    table.style = "Table Grid"
    merged(table, (1, 2), (2, 2), "30/11/2024")
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-han-gop", odt=False)
