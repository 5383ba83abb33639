#!/usr/bin/env python3
"""Writes the Word fixture of the test of resolutions laid out as a table (ResolutionTableTests),
and its copy saved as .odt by LibreOffice (opendocument/).

Run from this folder: python3 make_resolution_table_documents.py (needs python-docx and
LibreOffice's soffice). The tests read the committed files and need nothing.

- bien-ban-nghi-quyet-bang.docx: under "II. NGHỊ QUYẾT" and a sentence leading into it, a table
  "TT | Nội dung công việc | Thời gian hoàn thành | Người phụ trách", a row a resolution; one
  deadline is no date ("Thường xuyên").
"""
from minutes_documents import closing, filled, saved, up_to_the_resolutions

if __name__ == "__main__":
    doc = up_to_the_resolutions("Đồng chí Bí thư báo cáo kết quả tháng 9; có 5 đảng viên phát biểu.",
                                lead_in="Chi bộ thống nhất các nhiệm vụ sau:")
    filled(doc.add_table(rows=4, cols=4), [
        ("TT", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"),
        ("1", "Hoàn thành thu đảng phí quý IV", "30/11/2024", "Đ/c Mai"),
        ("2", "Vận động hộ dân tham gia ngày chủ nhật xanh", "Thường xuyên", "Chi hội Phụ nữ"),
        ("3", "Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã", "Trước 15/12/2024", "Đ/c Hùng"),
    ])
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-bang")
