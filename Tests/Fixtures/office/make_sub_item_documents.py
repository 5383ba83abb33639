#!/usr/bin/env python3
"""Writes two minutes documents for the import:

- bien-ban-nghi-quyet-con.docx: resolutions in a Word numbered list ("1.", with "a)" one level
  under it), the deadlines written only in the sub-items of the first ("a) Tổ 1 dọn ngõ 15,
  thời hạn: 20/10/2024", "b) … hoàn thành trước ngày 31/10/2024"), the second with its own
  deadline and an earlier one in its sub-item, the third without any;
- bien-ban-bang-xen-ke.docx: tables whose bold and italic come from a table style's banded
  rows (`w:tblStylePr w:type="band1Horz"`, "band2Horz"), turned on by the tables' `w:tblLook`
  (`w:noHBand="0"`, and the bits of `w:val="0420"`), counted from the row under the header
  row: the opinions, a speaker's name in a bold row over their words in an italic one; the
  dues, every other row bold under a header row in italic. A row and a cell of the dues carry
  a stale `w:cnfStyle` saying "first row", which Word does not follow (nor LibreOffice: the
  .odt has them plain). LibreOffice does not follow a style's banded columns or its
  `w:tblStyleRowBandSize`, and starts the bands of a table without a header row at its second
  row (Word, at its first): these are in a third document, not saved as .odt, as the .odt is
  compared with the .docx;
- bien-ban-bang-xen-ke-cot.docx: a table banded by columns ("band1Vert" bold, "band2Vert"
  italic, no header row or first column), and one by two rows at a time
  (`w:tblStyleRowBandSize w:val="2"`) without a header row.

Then each saved as .odt by LibreOffice, into opendocument/.

Run from this folder: python3 make_sub_item_documents.py (needs python-docx and LibreOffice's
soffice). The tests read the committed files.
"""
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from minutes_documents import (closing, filled, listed, opened, paragraph, saved, table_style, up_to_the_resolutions, with_lists,
                               with_styles)

STYLES = (
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangYKien"><w:name w:val="Bảng ý kiến"/>'
    '<w:basedOn w:val="TableNormal"/>'
    '<w:tblStylePr w:type="band1Horz"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    '<w:tblStylePr w:type="band2Horz"><w:rPr><w:i/></w:rPr></w:tblStylePr></w:style>'
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangXenKe"><w:name w:val="Bảng xen kẽ"/>'
    '<w:basedOn w:val="TableNormal"/>'
    '<w:tblStylePr w:type="firstRow"><w:rPr><w:i/></w:rPr></w:tblStylePr>'
    '<w:tblStylePr w:type="band1Horz"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>'
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangCot"><w:name w:val="Bảng cột xen kẽ"/>'
    '<w:basedOn w:val="TableNormal"/>'
    '<w:tblStylePr w:type="band1Vert"><w:rPr><w:b/></w:rPr></w:tblStylePr>'
    '<w:tblStylePr w:type="band2Vert"><w:rPr><w:i/></w:rPr></w:tblStylePr></w:style>'
    '<w:style w:type="table" w:customStyle="1" w:styleId="BangHaiDong"><w:name w:val="Bảng hai dòng"/>'
    '<w:basedOn w:val="TableNormal"/><w:tblPr><w:tblStyleRowBandSize w:val="2"/></w:tblPr>'
    '<w:tblStylePr w:type="band1Horz"><w:rPr><w:b/></w:rPr></w:tblStylePr></w:style>'
)


def stale_first_row(properties):
    """A `w:cnfStyle` saying "first row", first in the row's or cell's properties."""
    element = OxmlElement("w:cnfStyle")
    element.set(qn("w:firstRow"), "1")
    properties.insert(0, element)


def sub_items():
    doc = up_to_the_resolutions("Chi bộ thảo luận công tác vệ sinh môi trường và Quỹ vì người nghèo.")
    listed(doc, "Ra quân tổng vệ sinh môi trường khu dân cư", 45)
    listed(doc, "Tổ 1 dọn ngõ 15, thời hạn: 20/10/2024", 45, level=1)
    listed(doc, "Tổ 2 dọn ngõ 17, hoàn thành trước ngày 31/10/2024", 45, level=1)
    listed(doc, "Vận động đảng viên ủng hộ Quỹ vì người nghèo, hoàn thành trước ngày 15/11/2024", 45)
    listed(doc, "Các tổ đảng tổng hợp danh sách trước ngày 10/11/2024", 45, level=1)
    listed(doc, "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", 45)
    closing(doc)
    saved(doc, "bien-ban-nghi-quyet-con", lambda path: with_lists(path, {45: [("decimal", "%1."), ("lowerLetter", "%2)")]}))


def styled_table(doc, rows, style_id, look):
    """A table of `rows` (a tuple of cells, or one text a row) in the style `style_id`, its
    `w:tblLook` the attributes `look`."""
    table = doc.add_table(rows=len(rows), cols=1 if isinstance(rows[0], str) else len(rows[0]))
    table_style(table, style_id, look)
    return filled(table, rows)


def banded_tables():
    doc = opened()
    paragraph(doc, "I. Ý KIẾN THẢO LUẬN", bold=True)
    styled_table(doc, ["Ý kiến của đảng viên", "Đồng chí Lê Văn Tám", "Đề nghị sớm sửa đèn đường ngõ 15.",
                       "Đồng chí Phạm Thị Hoa", "Đề nghị vận động các hộ phân loại rác tại nguồn."],
                 "BangYKien", {"firstRow": "1", "lastRow": "0", "firstColumn": "0", "lastColumn": "0",
                               "noHBand": "0", "noVBand": "1"})
    paragraph(doc, "II. KẾT QUẢ THU ĐẢNG PHÍ", bold=True)
    dues = styled_table(doc, [("Tổ đảng", "Tỷ lệ"), ("Tổ 1", "100%"), ("Tổ 2", "100%"), ("Tổ 3", "95%"), ("Tổ 4", "90%")],
                        "BangXenKe", {"val": "0420"})
    stale_first_row(dues.rows[2]._tr.get_or_add_trPr())
    stale_first_row(dues.cell(4, 1)._tc.get_or_add_tcPr())
    closing(doc)
    saved(doc, "bien-ban-bang-xen-ke", lambda path: with_styles(path, STYLES))


def banded_by_word_alone():
    doc = opened()
    styled_table(doc, [("Tổ 1", "Tổ 2", "Tổ 3"), ("100%", "95%", "90%")],
                 "BangCot", {"firstRow": "0", "lastRow": "0", "firstColumn": "0", "lastColumn": "0",
                             "noHBand": "1", "noVBand": "0"})
    styled_table(doc, ["Đồng chí Lê Văn Tám", "Đồng chí Phạm Thị Hoa", "Đồng chí Hoàng Văn Nam",
                       "Đồng chí Bùi Thị Thủy", "Đồng chí Đặng Văn Bình"],
                 "BangHaiDong", {"firstRow": "0", "lastRow": "0", "firstColumn": "0", "lastColumn": "0",
                                 "noHBand": "0", "noVBand": "1"})
    closing(doc)
    saved(doc, "bien-ban-bang-xen-ke-cot", lambda path: with_styles(path, STYLES), odt=False)


if __name__ == "__main__":
    sub_items()
    banded_tables()
    banded_by_word_alone()
