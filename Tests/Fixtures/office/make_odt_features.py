"""Writes odt-features.odt: minutes typed in LibreOffice Writer with what its own format keeps
apart from Word's (a heading by outline level, bold from an automatic style, spaces as
<text:s/>, a footnote, a comment, a deletion kept by tracked changes, a numbered list with a
bulleted sub-list, a table with a header row and repeated empty cells, a paragraph in .VnTime).
Only Python's standard library: python3 make_odt_features.py"""
from odt_package import write_text_document

CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
 <office:font-face-decls>
  <style:font-face style:name="VnTime" svg:font-family="'.VnTime'"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name="VnTime"/></style:style>
  <text:list-style style:name="L1">
   <text:list-level-style-number text:level="1" style:num-format="1"/>
   <text:list-level-style-bullet text:level="2" text:bullet-char="-"/>
  </text:list-style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:tracked-changes>
    <text:changed-region text:id="ct1"><text:deletion><office:change-info><dc:creator>Mai</dc:creator></office:change-info>
     <text:p>Câu đã xóa khi sửa biên bản.</text:p></text:deletion></text:changed-region>
   </text:tracked-changes>
   <text:h text:outline-level="1">BIÊN BẢN SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 10</text:h>
   <text:p><text:span text:style-name="T1">Thời gian:</text:span> 19 giờ 30 phút, ngày 05 tháng 10 năm 2024<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>Lời chú thích chân trang.</text:p></text:note-body></text:note></text:p>
   <text:p>Chủ trì:<text:s/>đồng chí Nguyễn Văn Hùng,<text:s text:c="3"/>Bí thư chi bộ.<office:annotation><dc:creator>Hùng</dc:creator><text:p>Lời bình của người sửa.</text:p></office:annotation></text:p>
   <text:p>Thư ký: đồng chí <text:span text:style-name="T2">Trần Thị Mai</text:span>.<text:change text:change-id="ct1"/></text:p>
   <text:p text:style-name="P1">Chi bé khu d©n c­ sè 1</text:p>
   <text:h text:outline-level="2">Nghị quyết</text:h>
   <text:list text:style-name="L1">
    <text:list-item><text:p>Hoàn thành cải tạo điểm đen rác thải ngõ 15 trước ngày 30/10/2024</text:p>
     <text:list><text:list-item><text:p>Giao tổ 3 thực hiện</text:p></text:list-item></text:list>
    </text:list-item>
    <text:list-item><text:p>Vận động 100% hộ gia đình ký cam kết</text:p></text:list-item>
   </text:list>
   <table:table table:name="Bảng1">
    <table:table-column table:number-columns-repeated="3"/>
    <table:table-header-rows><table:table-row>
     <table:table-cell><text:p>Có mặt</text:p></table:table-cell><table:table-cell><text:p>Vắng</text:p></table:table-cell><table:table-cell><text:p>Ghi chú</text:p></table:table-cell>
    </table:table-row></table:table-header-rows>
    <table:table-row>
     <table:table-cell><text:p>25</text:p></table:table-cell><table:table-cell><text:p>3</text:p></table:table-cell><table:table-cell/>
    </table:table-row>
   </table:table>
  </office:text>
 </office:body>
</office:document-content>
"""

write_text_document("odt-features.odt", CONTENT)
