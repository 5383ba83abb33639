#!/usr/bin/env python3
"""Writes the Word fixtures of the minutes import tests from bien-ban.txt.

Run from this folder: python3 make_documents.py (needs python-docx, LibreOffice's soffice and
glibc's iconv for the TCVN3 table). The tests read the committed .docx files and need none of them.
"""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
LINES = open(os.path.join(HERE, "bien-ban.txt"), encoding="utf-8").read().splitlines()


def tcvn3(text):
    """Unicode → the Latin-1 characters a .VnTime run holds (TCVN3 bytes), via iconv."""
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    return data.decode("latin-1")


def python_docx():
    """The minutes as an office types them in Word: title, headings, bold and italic, a table,
    the resolutions as a bulleted list."""
    doc = Document()
    header = doc.add_table(rows=2, cols=2)  # the Party header, laid out in a table as offices do
    header.cell(0, 0).text, header.cell(0, 1).text = LINES[0], LINES[2]
    header.cell(1, 0).text, header.cell(1, 1).text = LINES[1], LINES[3]
    doc.add_heading(LINES[4], level=0)
    for line in LINES[5:]:
        if line.startswith(("I.", "II.", "III.")):
            doc.add_heading(line, level=1)
        elif line.startswith("1. "):
            doc.add_heading(line[3:], level=2)
        elif line.startswith("- "):
            doc.add_paragraph(line[2:], style="List Bullet")
        elif line.startswith("Đồng chí Bí thư báo cáo"):
            p = doc.add_paragraph()
            p.add_run("Đồng chí Bí thư báo cáo: ").bold = True
            p.add_run("chi bộ đã hoàn thành 5/6 chỉ tiêu; ")
            p.add_run("riêng việc thu gom rác tại ngõ 15 còn chậm.").italic = True
            table = doc.add_table(rows=3, cols=3)
            for r, row in enumerate([["STT", "Chỉ tiêu", "Kết quả"], ["1", "Thu gom rác", "Chưa đạt"],
                                     ["2", "Nạo vét kênh", "Đạt"]]):
                for c, value in enumerate(row):
                    table.cell(r, c).text = value
        else:
            doc.add_paragraph(line)
    signatures = doc.add_table(rows=2, cols=2)
    signatures.cell(0, 0).text, signatures.cell(0, 1).text = "THƯ KÝ", "CHỦ TRÌ"
    signatures.cell(1, 0).text, signatures.cell(1, 1).text = "Trần Thị Mai", "Nguyễn Văn Hùng"
    doc.save(os.path.join(HERE, "bien-ban-python-docx.docx"))


def libreoffice():
    """The plain text minutes opened and saved as .docx by LibreOffice Writer."""
    out = tempfile.mkdtemp()
    source = os.path.join(out, "bien-ban-libreoffice.txt")
    shutil.copy(os.path.join(HERE, "bien-ban.txt"), source)
    subprocess.run(["soffice", "--headless", "--infilter=Text (encoded):UTF8", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", out, source], check=True, capture_output=True)
    shutil.move(os.path.join(out, "bien-ban-libreoffice.docx"), os.path.join(HERE, "bien-ban-libreoffice.docx"))
    shutil.rmtree(out)


def vntime():
    """An old minutes typed with the ABC keyboard: body in .VnTime, the title in .VnTimeH (capitals
    shown at the small letters' codes), one line in VNI-Times."""
    doc = Document()
    def paragraph(text, font, bold=False):
        run = doc.add_paragraph().add_run(text)
        run.font.name = font
        run.bold = bold
    paragraph(tcvn3("biên bản sinh hoạt chi bộ"), ".VnTimeH", bold=True)
    paragraph(tcvn3("Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024."), ".VnTime")
    paragraph(tcvn3("Đảng bộ xã Hòa Thuận, chi bộ ấp 1: đảng viên thảo luận Nghị quyết tháng 10."), ".VnTime")
    paragraph("Chñ tr×: ®ång chÝ NguyÔn V¨n Hïng.", ".VnTime")
    paragraph("Thö kyù: ñoàng chí Traàn Thò Mai.", "VNI-Times")
    doc.save(os.path.join(HERE, "bien-ban-vntime.docx"))


if __name__ == "__main__":
    python_docx()
    libreoffice()
    vntime()
