#!/usr/bin/env python3
"""Writes bien-ban-hop-van-ban.docx: minutes whose number, time and date sit in a text box beside
the title, as LibreOffice saves a text frame to .docx (the box written twice, as a drawing in
mc:Choice and as VML in mc:Fallback).

Run from this folder: python3 make_textbox_documents.py (needs LibreOffice's soffice). The tests
read the committed .docx.
"""
import os, shutil, subprocess, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2"
 office:mimetype="application/vnd.oasis.opendocument.text">
<office:body><office:text>
<text:p>BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10<draw:frame draw:name="Khung1" text:anchor-type="paragraph"
 svg:width="7cm" svg:height="2cm" svg:x="10cm" svg:y="0cm"><draw:text-box>
<text:p>Số: 09-BB/CB</text:p>
<text:p>Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024</text:p>
</draw:text-box></draw:frame></text:p>
<text:p>Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.</text:p>
<text:p>Thư ký: đồng chí Trần Thị Mai.</text:p>
<text:p>Có mặt: 25/28 đồng chí; vắng 03 (có lý do: 03).</text:p>
<text:p>Buổi sinh hoạt kết thúc vào lúc 21 giờ 15 phút.</text:p>
</office:text></office:body></office:document>
"""


def main():
    out = tempfile.mkdtemp()
    source = os.path.join(out, "bien-ban-hop-van-ban.fodt")
    with open(source, "w", encoding="utf-8") as f:
        f.write(FODT)
    subprocess.run(["soffice", "--headless", "--convert-to", "docx", "--outdir", out, source], check=True, capture_output=True)
    shutil.move(os.path.join(out, "bien-ban-hop-van-ban.docx"), os.path.join(HERE, "bien-ban-hop-van-ban.docx"))
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
