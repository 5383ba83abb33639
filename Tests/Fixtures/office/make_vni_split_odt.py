"""Writes vni-tach-span.odt for LegacyFontRunTests: a line typed in VNI-Times in
LibreOffice Writer whose mark "ù" of "ký" was made bold, a span of its own after "Thö ky".
Only Python's standard library: python3 make_vni_split_odt.py"""
import os
from odt_package import write_text_document

HERE = os.path.dirname(os.path.abspath(__file__))
CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.3">
 <office:font-face-decls>
  <style:font-face style:name="VNI-Times" svg:font-family="'VNI-Times'"/>
 </office:font-face-decls>
 <office:automatic-styles>
  <style:style style:name="P1" style:family="paragraph"><style:text-properties style:font-name="VNI-Times"/></style:style>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:body>
  <office:text>
   <text:p text:style-name="P1">Thö ky<text:span text:style-name="T1">ù</text:span>: ñoàng chí Traàn Thò Mai.</text:p>
  </office:text>
 </office:body>
</office:document-content>
"""

write_text_document(os.path.join(HERE, "vni-tach-span.odt"), CONTENT)
