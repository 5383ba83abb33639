#!/usr/bin/env python3
"""Writes the Word fixture of the test of a table of resolutions with cells merged down
(ResolutionTableMergedCellsTests), and its copy saved as .odt by LibreOffice (opendocument/).

Run from this folder: python3 make_merged_table_documents.py (needs python-docx and
LibreOffice's soffice). The tests read the committed files and need nothing.

- bien-ban-nghi-quyet-bang-gop.docx: under "II. NGHỊ QUYẾT", a table "Lĩnh vực | Nội dung công
  việc | Thời gian hoàn thành | Người phụ trách" whose first cell ("Xây dựng Đảng") is merged
  down over two tasks and whose person in charge ("Đ/c Hùng") is merged down over the last two:
  the .odt writes the cells below as covered cells, which the rows must keep as empty cells
  (as Word's continuing cells are) for the content and the deadline to stay in their columns.
"""
from minutes_documents import closing, filled, saved, up_to_the_resolutions

if __name__ == "__main__":
    doc = up_to_the_resolutions("Đồng chí Bí thư báo cáo kết quả tháng 9; có 5 đảng viên phát biểu.",
                                lead_in="Chi bộ thống nhất các nhiệm vụ sau:")
    table = filled(doc.add_table(rows=4, cols=4), [
        ("Lĩnh vực", "Nội dung công việc", "Thời gian hoàn thành", "Người phụ trách"),
        ("", "Hoàn thành thu đảng phí quý IV", "30/11/2024", "Đ/c Mai"),
        ("", "Chuẩn bị đón đoàn kiểm tra của Đảng ủy xã", "Trước 15/12/2024", ""),
        ("Dân vận", "Vận động hộ dân tham gia ngày chủ nhật xanh", "Thường xuyên", ""),
    ])
    table.style = "Table Grid"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Xây dựng Đảng"
    table.cell(2, 3).merge(table.cell(3, 3)).text = "Đ/c Hùng"
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-bang-gop")
