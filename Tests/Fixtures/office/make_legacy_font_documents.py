#!/usr/bin/env python3
"""Writes the Word fixtures of LegacyFontRunTests: text in TCVN3 (.VnTime) and VNI fonts as Word
keeps it where the font is not on the run itself, or where a letter is split between runs.

Run from this folder: python3 make_legacy_font_documents.py (needs python-docx, glibc's iconv for
the TCVN3 table and LibreOffice's soffice for the .doc). The tests read the committed .docx files
and legacy-office/bien-ban-vntime-u-moc.doc and need none of them.
"""
import os, shutil, subprocess, tempfile
from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))


def tcvn3(text):
    """Unicode → the Latin-1 characters a .VnTime run holds (TCVN3 bytes), via iconv."""
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    return data.decode("latin-1")


def fonts(run, **attributes):
    """Sets the run's w:rFonts attributes (ascii=…, hAnsi=…, asciiTheme=…)."""
    element = OxmlElement("w:rFonts")
    for name, value in attributes.items():
        element.set(qn("w:" + name), value)
    run._r.get_or_add_rPr().insert(0, element)


def text_element(run, text):
    t = OxmlElement("w:t")
    t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    run._r.append(t)


def template_in_vntime():
    """A document whose Normal style's font is .VnTime, as an office template keeps it."""
    doc = Document()
    normal = doc.styles.element.get_by_id("Normal").get_or_add_rPr()
    element = OxmlElement("w:rFonts")
    for name in ("ascii", "hAnsi", "cs"):
        element.set(qn("w:" + name), ".VnTime")
    normal.insert(0, element)
    return doc


def normal_style():
    """An old minutes whose .VnTime is the Normal style's font, no run naming a font (as Word
    keeps a .doc typed on an office template); one line pasted from a newer document in Unicode,
    keeping its theme font (w:asciiTheme on the run)."""
    doc = template_in_vntime()
    doc.add_paragraph().add_run(tcvn3("Chủ trì: đồng chí Nguyễn Văn Hùng."))
    pasted = doc.add_paragraph().add_run("Khách mời: đồng chí Nguyễn Thị Thanh Yên, Bí thư Đảng ủy xã.")
    fonts(pasted, asciiTheme="minorHAnsi", hAnsiTheme="minorHAnsi")
    doc.save(os.path.join(HERE, "bien-ban-vntime-kieu-normal.docx"))


def split_runs():
    """Old fonts named away from the run, or a letter split between two runs."""
    doc = Document()
    style = doc.styles.add_style("VnText", WD_STYLE_TYPE.CHARACTER)
    style.font.name = ".VnTime"
    # 1. The font only in a character style (w:rStyle).
    doc.add_paragraph().add_run(tcvn3("Chủ trì: đồng chí Nguyễn Văn Hùng."), style="VnText")
    # 2. w:ascii Times New Roman, w:hAnsi .VnTime: Word draws every letter beyond ASCII in .VnTime.
    fonts(doc.add_paragraph().add_run(tcvn3("Địa điểm: Nhà văn hóa ấp 1.")), ascii="Times New Roman", hAnsi=".VnTime")
    # 3. VNI, a spell-check mark between "Thö ky" and "ù", and the mark of "Ñoà" in a bold run.
    p = doc.add_paragraph()
    for index, piece in enumerate(["Thö ky", "ù: ño", "à", "ng chí Traàn Thò Mai."]):
        run = p.add_run(piece)
        fonts(run, ascii="VNI-Times", hAnsi="VNI-Times")
        run.bold = index == 2 or None
        if index == 1:
            mark = OxmlElement("w:proofErr")
            mark.set(qn("w:type"), "spellEnd")
            run._r.addprevious(mark)
    # 4. TCVN3's ư (byte 0xAD) saved by Word as its optional hyphen, <w:softHyphen/>.
    run = doc.add_paragraph().add_run()
    fonts(run, ascii=".VnTime", hAnsi=".VnTime")
    for index, part in enumerate(tcvn3("Thư ký: Phó Bí thư chi bộ.").split("\u00ad")):
        if index:
            run._r.append(OxmlElement("w:softHyphen"))
        text_element(run, part)
    doc.save(os.path.join(HERE, "bien-ban-phong-cu-tach-run.docx"))


def unicode_typed_in_old_font():
    """Minutes typed in Unicode (Unikey set to Unicode) on an office template whose Normal style
    is still .VnTime, no run naming a font: the letters are Unicode already. One paragraph holds a
    real optional hyphen (w:softHyphen) in a word split where the line may break."""
    doc = template_in_vntime()
    doc.add_paragraph().add_run("Chủ trì: đồng chí Nguyễn Văn Hùng - Bí thư chi bộ.")
    doc.add_paragraph().add_run("Thư ký: đồng chí Lê Thị Hòa.")
    run = doc.add_paragraph().add_run()
    text_element(run, "Nội dung: phổ biến nghị quyết về chuyển đổi")
    run._r.append(OxmlElement("w:softHyphen"))
    text_element(run, "số.")
    doc.save(os.path.join(HERE, "bien-ban-unicode-kieu-vntime.docx"))


def u_horn_doc():
    """An old Word 97–2003 minutes (.doc) typed in .VnTime whose ư words (Thư ký, Trương, lưu,
    thường) hold TCVN3's ư, the soft hyphen's byte: written as .docx, then saved as .doc by
    LibreOffice, which keeps it as Word's optional hyphen; only the .doc is kept (needs soffice)."""
    doc = Document()
    for line in ["Thời gian: 19 giờ 30 phút, ngày 12 tháng 11 năm 2024.",
                 "Chủ trì: đồng chí Trương Văn Hùng, Bí thư chi bộ.",
                 "Thư ký: đồng chí Lưu Thị Mai.",
                 "Chi bộ thống nhất duy trì sinh hoạt thường kỳ vào ngày mười lăm hằng tháng."]:
        fonts(doc.add_paragraph().add_run(tcvn3(line)), ascii=".VnTime", hAnsi=".VnTime")
    out = tempfile.mkdtemp()
    source = os.path.join(out, "bien-ban-vntime-u-moc.docx")
    doc.save(source)
    subprocess.run(["soffice", "--headless", "--convert-to", "doc:MS Word 97", "--outdir", out, source],
                   check=True, capture_output=True)
    shutil.move(os.path.join(out, "bien-ban-vntime-u-moc.doc"), os.path.join(HERE, "legacy-office", "bien-ban-vntime-u-moc.doc"))
    shutil.rmtree(out)


if __name__ == "__main__":
    normal_style()
    split_runs()
    unicode_typed_in_old_font()
    u_horn_doc()
