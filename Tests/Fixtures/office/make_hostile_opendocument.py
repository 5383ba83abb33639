"""Writes hostile.ods and hostile.odt: OpenDocument files that a damaged or hostile copy could
be, with counts no office file holds (a row repeated 2^63-1 times, a cell spanning as many
columns, "text:s" of a million spaces, a heading of outline level 2^63-1). The readers must
bound them, not lay them out or overflow. Only Python's standard library."""
import zipfile

HUGE = "9223372036854775807"
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def write(name, mimetype, body):
    content = f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS}><office:body>{body}</office:body></office:document-content>'
    with zipfile.ZipFile(name, "w") as package:
        package.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        package.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)


write("hostile.ods", "application/vnd.oasis.opendocument.spreadsheet",
      '<office:spreadsheet><table:table table:name="Sheet1">'
      '<table:table-row><table:table-cell office:value-type="string"><text:p>branch</text:p></table:table-cell>'
      f'<table:table-cell table:number-columns-repeated="{HUGE}" table:number-columns-spanned="{HUGE}" '
      f'table:number-rows-spanned="{HUGE}"><text:p>x<text:s text:c="{HUGE}"/>y</text:p></table:table-cell></table:table-row>'
      f'<table:table-row table:number-rows-repeated="{HUGE}"><table:table-cell><text:p>ap-1</text:p></table:table-cell></table:table-row>'
      f'<table:table-row table:number-rows-repeated="{HUGE}"><table:table-cell/></table:table-row>'
      '</table:table></office:spreadsheet>')
write("hostile.odt", "application/vnd.oasis.opendocument.text",
      f'<office:text><text:h text:outline-level="{HUGE}">BIÊN BẢN</text:h>'
      f'<text:p>Thời gian:<text:s text:c="{HUGE}"/>ngày 05 tháng 10 năm 2024</text:p>'
      f'<table:table><table:table-row><table:table-cell table:number-columns-repeated="{HUGE}"><text:p>a</text:p></table:table-cell>'
      '</table:table-row></table:table></office:text>')
