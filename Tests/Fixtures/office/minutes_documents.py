"""What the scripts writing the office's minutes documents share (make_clerk_documents.py,
make_styled_documents.py, make_template_documents.py, make_sub_item_documents.py,
make_group_documents.py, make_lead_in_documents.py,
make_meeting_date_documents.py, make_two_row_header_documents.py, make_district_variant_documents.py): the page as the office opens and closes
its minutes, paragraphs and list items as Word writes them, table styles, and the parts added
to a package python-docx saved (lists, styles, footnotes), then the copy LibreOffice saves as .odt.

Not a script: the make_*.py scripts import it (python-docx and LibreOffice's soffice).
"""
import os, shutil, subprocess, tempfile, zipfile
from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def footnote_reference(paragraph, number):
    """A footnote mark as Word writes it: a run in the Footnote Reference style, superscript."""
    run = OxmlElement("w:r")
    properties = OxmlElement("w:rPr")
    align = OxmlElement("w:vertAlign")
    align.set(qn("w:val"), "superscript")
    properties.append(align)
    run.append(properties)
    reference = OxmlElement("w:footnoteReference")
    reference.set(qn("w:id"), str(number))
    run.append(reference)
    paragraph._p.append(run)


def paragraph(doc, *parts, bold=False):
    """A paragraph of `parts`: text, (text, bold) or a footnote's number."""
    p = doc.add_paragraph()
    for part in parts:
        if isinstance(part, int):
            footnote_reference(p, part)
        elif isinstance(part, tuple):
            p.add_run(part[0]).bold = part[1]
        else:
            p.add_run(part).bold = bold
    return p


def in_list(p, number_id, level):
    """`p` an item of list `number_id` at `level` (`w:numPr` last in its properties)."""
    numbering = OxmlElement("w:numPr")
    for tag, value in [("w:ilvl", level), ("w:numId", number_id)]:
        element = OxmlElement(tag)
        element.set(qn("w:val"), str(value))
        numbering.append(element)
    p._p.get_or_add_pPr().append(numbering)
    return p


def numbered(doc, text, level, bold=False, number_id=20):
    """A paragraph of Word's own numbering `number_id` at `level` (0: I., II.; 1: 1., 2.)."""
    p = doc.add_paragraph()
    p.add_run(text).bold = bold
    return in_list(p, number_id, level)


def listed(doc, text, number_id, level=0):
    """A paragraph of list `number_id` at `level`, as Word writes an item of a list style."""
    return in_list(doc.add_paragraph(text, style="List Paragraph"), number_id, level)


def filled(table, rows):
    """`table` with the texts of `rows` (a tuple of cells, or one text a row) in its cells."""
    for row, cells in enumerate(rows):
        for column, text in enumerate((cells,) if isinstance(cells, str) else cells):
            table.cell(row, column).text = text
    return table


def merged(table, first, last, text):
    """The cells of `table` from `first` to `last` (row, column) merged into one holding `text`."""
    table.cell(*first).merge(table.cell(*last)).text = text


def table_style(table, style_id, look=None):
    """`table` in the style `style_id`, its `w:tblLook` replaced by `look` (attributes) where given."""
    properties = table._tbl.tblPr
    style = properties.find(qn("w:tblStyle"))
    if style is None:
        style = OxmlElement("w:tblStyle")
        properties.insert(0, style)
    style.set(qn("w:val"), style_id)
    if look is not None:
        old = properties.find(qn("w:tblLook"))
        if old is not None:
            properties.remove(old)
        element = OxmlElement("w:tblLook")
        for key, value in look.items():
            element.set(qn("w:" + key), value)
        properties.append(element)


def numbering_level(number, style, text):
    """One level of a list definition: its number format (`style`) and text ("%1.")."""
    return (f'<w:lvl w:ilvl="{number}"><w:start w:val="1"/><w:numFmt w:val="{style}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/></w:lvl>')


def rewritten(path, change, added=None):
    """The saved package with each part's bytes passed through `change(name, data)`, and the
    parts `added` (name: text) written after them."""
    temporary = path + ".tmp"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            target.writestr(item, change(item.filename, source.read(item.filename)))
        for name, text in (added or {}).items():
            target.writestr(name, text)
    os.replace(temporary, path)


def with_numbering(path, definitions, instances):
    """The saved package with the list definitions (`w:abstractNum`) and lists (`w:num`) added
    to word/numbering.xml."""
    def change(name, data):
        if name != "word/numbering.xml":
            return data
        text = data.decode("utf-8")
        first = text.index("<w:abstractNum ")
        text = text[:first] + definitions + text[first:]
        return text.replace("</w:numbering>", instances + "</w:numbering>").encode("utf-8")
    rewritten(path, change)


def with_lists(path, lists):
    """The saved package with `lists` (number: its levels, each a number format and text, from
    level 0) added to word/numbering.xml, each a list definition and a list of that number."""
    definitions = "".join(f'<w:abstractNum w:abstractNumId="{number}">'
                          + "".join(numbering_level(level, style, text) for level, (style, text) in enumerate(levels))
                          + '</w:abstractNum>' for number, levels in lists.items())
    instances = "".join(f'<w:num w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>' for number in lists)
    with_numbering(path, definitions, instances)


def with_styles(path, styles):
    """The saved package with the styles `styles` (XML) added to word/styles.xml."""
    def change(name, data):
        return data.replace(b"</w:styles>", styles.encode("utf-8") + b"</w:styles>") if name == "word/styles.xml" else data
    rewritten(path, change)


def footnotes_part(texts):
    notes = "".join(
        f'<w:footnote w:id="{number}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
        for number, text in enumerate(texts, 1))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            f'{notes}</w:footnotes>')


def with_footnotes(path, texts):
    """The saved package with word/footnotes.xml added, as Word keeps footnotes, the notes `texts`."""
    def change(name, data):
        if name == "[Content_Types].xml":
            return data.replace(b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                                b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
        if name == "word/_rels/document.xml.rels":
            return data.replace(b"</Relationships>", b'<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/'
                                b'officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
        return data
    rewritten(path, change, {"word/footnotes.xml": footnotes_part(texts)})


def saved_as_odt(path):
    """The document at `path` saved as .odt by LibreOffice, into opendocument/."""
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "odt", "--outdir", out, path], check=True, capture_output=True)
    name = os.path.splitext(os.path.basename(path))[0] + ".odt"
    shutil.move(os.path.join(out, name), os.path.join(HERE, "opendocument", name))
    shutil.rmtree(out)


def saved(doc, name, *changes, odt=True):
    """`doc` saved as `name`.docx in this folder, each of `changes` (a function of the path)
    made to the package, then saved as .odt where `odt`; the .docx's path."""
    path = os.path.join(HERE, name + ".docx")
    doc.save(path)
    for change in changes:
        change(path)
    if odt:
        saved_as_odt(path)
    return path


def opening(doc):
    """The page as every minutes of the office starts it, up to the attendance."""
    normal = doc.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(14)
    doc.sections[0].header.paragraphs[0].text = "ĐẢNG BỘ XÃ HÒA THUẬN - CHI BỘ ẤP 1"
    filled(doc.add_table(rows=2, cols=2), [("ĐẢNG BỘ XÃ HÒA THUẬN", "ĐẢNG CỘNG SẢN VIỆT NAM"),
                                           ("CHI BỘ ẤP 1", "Hòa Thuận, ngày 05 tháng 10 năm 2024")])
    paragraph(doc, "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10", bold=True)
    paragraph(doc, "Thời gian: 19 giờ 30 phút, ngày 05 tháng 10 năm 2024.")
    paragraph(doc, "Địa điểm: Nhà văn hóa ấp 1.")
    paragraph(doc, "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.")
    paragraph(doc, "Thư ký: đồng chí Trần Thị Mai.")
    paragraph(doc, "Tổng số đảng viên: 28 đồng chí; có mặt: 26 đồng chí; Vắng mặt: 2 đồng chí (có lý do).")


def opened():
    """A new document, opened as every minutes of the office."""
    doc = Document()
    opening(doc)
    return doc


def up_to_the_resolutions(discussion, lead_in=None):
    """A new minutes, its discussion (`discussion`) under "I. NỘI DUNG SINH HOẠT", then the
    heading "II. NGHỊ QUYẾT" and the sentence `lead_in` where given, the resolutions to follow."""
    doc = opened()
    paragraph(doc, "I. NỘI DUNG SINH HOẠT", bold=True)
    paragraph(doc, discussion)
    paragraph(doc, "II. NGHỊ QUYẾT", bold=True)
    if lead_in is not None:
        paragraph(doc, lead_in)
    return doc


def closing(doc):
    """The end of every minutes of the office: the closing time and the signatures."""
    paragraph(doc, "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày.")
    filled(doc.add_table(rows=2, cols=2), [("THƯ KÝ", "CHỦ TRÌ"), ("Trần Thị Mai", "Nguyễn Văn Hùng")])
