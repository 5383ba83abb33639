"""Writes bien-ban-dau-trang.odt: LibreOffice Writer minutes whose document head ("CHI BỘ ẤP 2 …
Hòa Thuận, ngày 05 tháng 8 năm 2024") is in the first page's header (`style:header-first` of
the master page in styles.xml), the body giving the hour and not the day, as
bien-ban-dau-trang.docx does (make_page_header_documents.py). Only Python's standard library.

Two more .odt are LibreOffice's own, saved from the .docx fixtures (make_page_header_documents.py):
  cp bien-ban-dau-trang.docx /tmp/bien-ban-dau-trang-libreoffice.docx
  soffice --headless --convert-to odt --outdir . bien-ban-dau-trang-cu.docx /tmp/bien-ban-dau-trang-libreoffice.docx
- bien-ban-dau-trang-libreoffice.odt: the first paragraph's style starts the "First Page" master
  page, whose header holds "ngày 05 tháng 8".
- bien-ban-dau-trang-cu.odt: LibreOffice keeps the Word document's hidden first-page header
  ("ngày 05 tháng 8") as a "First Page" master page no paragraph starts; the pages are
  "Standard", whose header says "ngày 05 tháng 9"."""
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

HEAD = ('<table:table><table:table-row><table:table-cell><text:p>ĐẢNG BỘ XÃ HÒA THUẬN</text:p></table:table-cell>'
        '<table:table-cell><text:p>ĐẢNG CỘNG SẢN VIỆT NAM</text:p></table:table-cell></table:table-row>'
        '<table:table-row><table:table-cell><text:p>CHI BỘ ẤP 2</text:p></table:table-cell>'
        '<table:table-cell><text:p>Hòa Thuận, ngày 05 tháng 8 năm 2024</text:p></table:table-cell></table:table-row></table:table>')
STYLES = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {NS}><office:master-styles>'
          '<style:master-page style:name="Standard"><style:header><text:p>Biên bản sinh hoạt chi bộ ấp 2 tháng 8/2024</text:p>'
          f'</style:header><style:header-first>{HEAD}</style:header-first></style:master-page>'
          '</office:master-styles></office:document-styles>')
BODY = ''.join(f'<text:p>{line}</text:p>' for line in [
    "BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ", "Thời gian: bắt đầu lúc 19 giờ 30 phút.", "Địa điểm: Nhà văn hóa ấp 2.",
    "Chủ trì: đồng chí Nguyễn Văn Hùng, Bí thư chi bộ.", "Thư ký: đồng chí Trần Thị Mai, Phó Bí thư chi bộ.",
    "Tổng số đảng viên: 28; có mặt: 26; vắng: 02 (có lý do: 02).", "Cuộc họp kết thúc vào lúc 21 giờ 15 phút cùng ngày."])
CONTENT = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body><office:text>{BODY}'
           '</office:text></office:body></office:document-content>')

with zipfile.ZipFile("bien-ban-dau-trang.odt", "w") as package:
    package.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    package.writestr("content.xml", CONTENT, compress_type=zipfile.ZIP_DEFLATED)
    package.writestr("styles.xml", STYLES, compress_type=zipfile.ZIP_DEFLATED)
