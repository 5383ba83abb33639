"""The package of a Writer text document (.odt) around its content.xml, as the fixture scripts
write it: the mimetype first and stored, the content and the manifest compressed."""
import zipfile


def write_text_document(path, content):
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
        odt.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
""", compress_type=zipfile.ZIP_DEFLATED)
