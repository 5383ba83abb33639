#!/usr/bin/env python3
"""Writes bien-ban-theo-doi-thay-doi.docx: minutes edited with Track Changes on, as a secretary's
draft comes back from the Bí thư: a sentence moved (w:moveFrom at its old place, w:moveTo at the
new), a word deleted (w:del) and one inserted (w:ins).

Run from this folder: python3 make_tracked_documents.py (needs python-docx). The tests read the
committed .docx.
"""
import os, re, shutil, tempfile, zipfile
import docx

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'w:author="Bí thư" w:date="2024-10-06T08:00:00Z"'


def main():
    out = tempfile.mkdtemp()
    plain = os.path.join(out, "plain.docx")
    d = docx.Document()
    d.add_paragraph("BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ")
    d.add_paragraph("Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024.")
    d.add_paragraph("MOVEFROM")
    d.add_paragraph("Có mặt: 25/28 đồng chí; vắng 03 (có lý do: 03).")
    d.add_paragraph("MOVETO")
    d.add_paragraph("Chi bộ thống nhất DELETED INSERTED.")
    d.save(plain)
    with zipfile.ZipFile(plain) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    xml = parts["word/document.xml"].decode("utf-8")
    moved = "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ."
    xml = re.sub(r"<w:r>(?:(?!<w:r>).)*?MOVEFROM</w:t></w:r>",
                 f'<w:moveFrom w:id="1" {W}><w:r><w:t>{moved}</w:t></w:r></w:moveFrom>', xml, flags=re.S)
    xml = re.sub(r"<w:r>(?:(?!<w:r>).)*?MOVETO</w:t></w:r>",
                 f'<w:moveTo w:id="2" {W}><w:r><w:t>{moved}</w:t></w:r></w:moveTo>', xml, flags=re.S)
    xml = re.sub(r"<w:r>(?:(?!<w:r>).)*?Chi bộ thống nhất DELETED INSERTED.</w:t></w:r>",
                 '<w:r><w:t xml:space="preserve">Chi bộ thống nhất </w:t></w:r>'
                 f'<w:del w:id="3" {W}><w:r><w:delText>bác bỏ</w:delText></w:r></w:del>'
                 f'<w:ins w:id="4" {W}><w:r><w:t>thông qua</w:t></w:r></w:ins>'
                 '<w:r><w:t xml:space="preserve"> nghị quyết.</w:t></w:r>', xml, flags=re.S)
    parts["word/document.xml"] = xml.encode("utf-8")
    target = os.path.join(HERE, "bien-ban-theo-doi-thay-doi.docx")
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as result:
        for name, data in parts.items():
            result.writestr(name, data)
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
