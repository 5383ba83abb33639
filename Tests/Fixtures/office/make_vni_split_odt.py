"""Writes vni-tach-span.odt for LegacyFontRunTests: a line typed in VNI-Times in
LibreOffice Writer whose mark "ù" of "ký" was made bold, a span of its own after "Thö ky".
Only Python's standard library: python3 make_vni_split_odt.py"""
import os, zipfile

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

with zipfile.ZipFile(os.path.join(HERE, "vni-tach-span.odt"), "w") as odt:
    odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    odt.writestr("content.xml", CONTENT, compress_type=zipfile.ZIP_DEFLATED)
    odt.writestr("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
""", compress_type=zipfile.ZIP_DEFLATED)
