#!/usr/bin/env python3
"""Writes the Word fixtures of DistrictMinutesVariantsTests: five minutes of ấp 1 as a district's
clerks type them, near what `import minutes` read wrong (places after the absent, offices with
their village, names under counts, tables of resolutions with merged cells).

Run from this folder: python3 make_district_variant_documents.py (needs python-docx only). The
tests read the committed .docx files and need nothing.

- bien-ban-huyen-1.docx: "có lý do 02 (đồng chí Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông, đi
  công tác Cao Lãnh; …)", and resolutions under "Thời gian" over "Bắt đầu | Kết thúc" and
  "Người thực hiện" over "Chủ trì | Phối hợp".
- bien-ban-huyen-2.docx: a table of figures by label over four names for three absent, and
  resolutions in groups merged across, a deadline merged down over two tasks.
- bien-ban-huyen-3.docx: "đồng chí Hà Văn Đông - đi công tác tại Hà Đông", a street named for a
  hero ("tuyến đường Lê Lợi") in a resolution.
- bien-ban-huyen-4.docx: an office in brackets after a name ("(Chi hội trưởng Phụ nữ ấp 1) đi
  học"), "Tổ trưởng tổ 3, không lý do", a deadline merged down over three tasks.
- bien-ban-huyen-5.docx: a table of figures across, "Danh sách đảng viên vắng:" over a table
  "TT | Họ và tên | Lý do", a reason naming two towns, an absent named Hoàng Mai.
"""
import os
from docx import Document
from minutes_documents import filled, merged

HERE = os.path.dirname(os.path.abspath(__file__))


def doc_open(title="BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 11 NĂM 2026", day=6, month=11):
    doc = Document()
    filled(doc.add_table(rows=3, cols=2), [("ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"), ("CHI BỘ ẤP 1", ""),
                                          ("*", f"Hòa Thuận, ngày {day:02d} tháng {month} năm 2026")])
    doc.add_paragraph(title).runs[0].bold = True
    doc.add_paragraph(f"Thời gian: Vào lúc 19 giờ 00 phút, ngày {day:02d}/{month}/2026.")
    doc.add_paragraph("Địa điểm: Hội trường nhà văn hóa ấp 1.")
    doc.add_paragraph("Chủ trì: đồng chí Đặng Văn Bình - Bí thư Chi bộ.")
    doc.add_paragraph("Thư ký: đồng chí Lê Thị Hoa - Phó Bí thư Chi bộ.")
    return doc


def close(doc):
    doc.add_paragraph("Buổi sinh hoạt kết thúc vào lúc 21 giờ 00 phút cùng ngày.")
    filled(doc.add_table(rows=2, cols=2), [("THƯ KÝ", "CHỦ TRÌ"), ("Lê Thị Hoa", "Đặng Văn Bình")])


if __name__ == "__main__":
    # V1
    doc = doc_open(day=6)
    doc.add_paragraph("Thành phần:")
    doc.add_paragraph("- Tổng số đảng viên: 32 đồng chí; có mặt: 29 đồng chí; vắng: 03 đồng chí, trong đó có lý do 02 (đồng chí Nguyễn Văn Hùng - Bí thư Chi đoàn Thôn Đông, đi công tác Cao Lãnh; đồng chí Trần Thị Lan - ốm), không lý do 01 (đồng chí Trần Văn Nam).")
    doc.add_paragraph("I. NỘI DUNG SINH HOẠT").runs[0].bold = True
    doc.add_paragraph("Đồng chí Bí thư báo cáo kết quả tháng 10; có 7 đảng viên phát biểu.")
    doc.add_paragraph("II. NGHỊ QUYẾT").runs[0].bold = True
    doc.add_paragraph("Chi bộ thống nhất các nhiệm vụ trọng tâm tháng 11 như sau:")
    t = filled(doc.add_table(rows=5, cols=6), [
        ("", "", "", "", "", ""),
        ("", "", "Bắt đầu", "Kết thúc", "Chủ trì", "Phối hợp"),
        ("1", "Hoàn thành thu đảng phí năm 2026", "01/11/2026", "30/11/2026", "Đ/c Hoa", "Các tổ đảng"),
        ("2", "Ra quân làm đường giao thông nông thôn tuyến Thôn Đông", "10/11/2026", "20/12/2026", "Đ/c Bình", "Chi hội Nông dân"),
        ("3", "Tuyên truyền phòng chống cháy nổ", "01/11/2026", "Thường xuyên", "Đ/c Hùng", "Chi đoàn"),
    ])
    t.style = "Table Grid"
    merged(t, (0, 0), (1, 0), "STT"); merged(t, (0, 1), (1, 1), "Nội dung công việc")
    merged(t, (0, 2), (0, 3), "Thời gian"); merged(t, (0, 4), (0, 5), "Người thực hiện")
    close(doc); doc.save(os.path.join(HERE, "bien-ban-huyen-1.docx"))

    # V2
    doc = doc_open(day=13)
    t = filled(doc.add_table(rows=5, cols=2), [("Tổng số đảng viên", "30"), ("Có mặt", "27"), ("Vắng", "03"), ("Có lý do", "02"), ("Không lý do", "01")])
    doc.add_paragraph("Vắng có lý do: đồng chí Lê Văn Cường (ốm); đồng chí Đỗ Thị Dung (đi học).")
    doc.add_paragraph("Vắng không lý do: đồng chí Phạm Văn Đức, đồng chí Hoàng Văn Em.")
    doc.add_paragraph("I. NỘI DUNG").runs[0].bold = True
    doc.add_paragraph("Chi bộ thảo luận; có 5 ý kiến phát biểu.")
    doc.add_paragraph("II. NGHỊ QUYẾT").runs[0].bold = True
    t = filled(doc.add_table(rows=6, cols=4), [
        ("TT", "Nội dung", "Thời hạn", "Người phụ trách"),
        ("I", "", "", ""),
        ("1", "Kiện toàn tổ đảng ấp 1", "", "Đ/c Bình"),
        ("2", "Rà soát đảng viên miễn sinh hoạt", "", "Đ/c Hoa"),
        ("II", "", "", ""),
        ("3", "Vận động hộ dân hiến đất làm đường", "Quý IV/2026", "Đ/c Hùng"),
    ])
    t.style = "Table Grid"
    merged(t, (1, 1), (1, 3), "Công tác xây dựng Đảng")
    merged(t, (4, 1), (4, 3), "Công tác dân vận")
    merged(t, (2, 2), (3, 2), "Trước 15/12/2026")
    close(doc); doc.save(os.path.join(HERE, "bien-ban-huyen-2.docx"))

    # V3
    doc = doc_open(day=20)
    doc.add_paragraph("Tổng số đảng viên: 28; có mặt: 26/28 đồng chí; vắng mặt: 02 đồng chí (đồng chí Hà Văn Đông - đi công tác tại Hà Đông; đồng chí Phạm Thị Mai - con ốm).")
    doc.add_paragraph("I. NỘI DUNG").runs[0].bold = True
    doc.add_paragraph("Chi bộ thảo luận; có 5 ý kiến phát biểu.")
    doc.add_paragraph("II. NGHỊ QUYẾT").runs[0].bold = True
    doc.add_paragraph("- Hoàn thành kiểm điểm tập thể chi bộ trước ngày 10/12/2026.")
    doc.add_paragraph("- Tổ chức ra quân vệ sinh môi trường tuyến đường Lê Lợi trong tháng 12/2026.")
    close(doc); doc.save(os.path.join(HERE, "bien-ban-huyen-3.docx"))

    # V4
    doc = doc_open(day=27)
    doc.add_paragraph("Đảng viên có mặt: 25/27 đồng chí. Vắng: 02 đồng chí - đồng chí Nguyễn Thị Thu (Chi hội trưởng Phụ nữ ấp 1) đi học; đồng chí Lê Văn Tư - Tổ trưởng tổ 3, không lý do.")
    doc.add_paragraph("I. NỘI DUNG").runs[0].bold = True
    doc.add_paragraph("Chi bộ thảo luận; có 6 ý kiến phát biểu.")
    doc.add_paragraph("II. NGHỊ QUYẾT").runs[0].bold = True
    t = filled(doc.add_table(rows=5, cols=4), [
        ("TT", "Nội dung nhiệm vụ", "Thời gian hoàn thành", "Người thực hiện"),
        ("1", "Thu quỹ hội viên", "", "Đ/c Thu"),
        ("2", "Rà soát hộ nghèo, cận nghèo", "", "Đ/c Tư"),
        ("3", "Nộp báo cáo tổng kết năm", "", "Đ/c Bình"),
        ("4", "Tổ chức hội nghị nhân dân", "Tháng 12/2026", "Đ/c Hoa"),
    ])
    t.style = "Table Grid"
    merged(t, (1, 2), (3, 2), "Trước 20/12/2026")
    close(doc); doc.save(os.path.join(HERE, "bien-ban-huyen-4.docx"))

    # V5
    doc = doc_open(day=4, month=12, title="BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 12 NĂM 2026")
    t = filled(doc.add_table(rows=2, cols=5), [("Tổng số đảng viên", "Phải dự", "Có mặt", "Vắng có lý do", "Vắng không lý do"),
                                               ("30", "28", "26", "02", "0")])
    doc.add_paragraph("Danh sách đảng viên vắng:")
    t = filled(doc.add_table(rows=3, cols=3), [("TT", "Họ và tên", "Lý do"),
                                               ("1", "Nguyễn Văn Hùng", "Đi công tác Cao Lãnh, Hà Tiên"),
                                               ("2", "Hoàng Mai", "Ốm")])
    doc.add_paragraph("I. NỘI DUNG").runs[0].bold = True
    doc.add_paragraph("Chi bộ thảo luận; có 4 ý kiến phát biểu.")
    doc.add_paragraph("II. NGHỊ QUYẾT").runs[0].bold = True
    doc.add_paragraph("- Tổng kết công tác năm 2026 trước ngày 25/12/2026.")
    close(doc); doc.save(os.path.join(HERE, "bien-ban-huyen-5.docx"))
