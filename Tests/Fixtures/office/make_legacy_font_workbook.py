#!/usr/bin/env python3
"""Writes scores-vntime-mac-dinh.xlsx, a score sheet of LegacyFontWorkbookTests: typed with the
ABC keyboard in an Excel whose default font is .VnTime, so the workbook's first font is .VnTime
and the cells carry no style of their own (no s attribute); two notes partly bold, whose first
run names no font (as Excel writes it), and a VNI letter split between a run and a bold one.

Run from this folder: python3 make_legacy_font_workbook.py (needs openpyxl and glibc's iconv for
the TCVN3 table). The tests read the committed .xlsx and need neither.
"""
import os, shutil, subprocess, zipfile
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = os.path.join(HERE, "scores-vntime-mac-dinh.xlsx")


def tcvn3(text):
    """Unicode → the Latin-1 characters a .VnTime cell holds (TCVN3 bytes), via iconv."""
    data = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout
    return data.decode("latin-1")


def main():
    book = Workbook()
    sheet = book.active
    sheet.append(["branch", "nhiem-vu-chinh-tri", "sinh-hoat", "level", "note"])
    sheet.append(["ap-1", 28, 27, tcvn3("Tốt"), tcvn3("Tặng Giấy khen của Đảng ủy xã")])
    bold = InlineFont(rFont=".VnTime", b=True)
    sheet.append(["ap-2", 25, 24, tcvn3("Tốt"), CellRichText(tcvn3("Tặng "), TextBlock(bold, tcvn3("Giấy khen")))])
    vni, vni_bold = InlineFont(rFont="VNI-Times"), InlineFont(rFont="VNI-Times", b=True)
    sheet.append(["ap-3", 20, 20, "", CellRichText(TextBlock(vni, "Thö ky"), TextBlock(vni_bold, "ù"))])
    book.save(NAME)
    # The default font (the first, which the first cell style uses) becomes .VnTime.
    patched = NAME + ".tmp"
    with zipfile.ZipFile(NAME) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/styles.xml":
                data = data.decode().replace('<name val="Calibri"/>', '<name val=".VnTime"/>', 1).encode()
            target.writestr(item, data)
    shutil.move(patched, NAME)


if __name__ == "__main__":
    main()
