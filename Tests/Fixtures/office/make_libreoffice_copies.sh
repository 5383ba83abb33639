#!/usr/bin/env bash
# Saves fixtures of this folder again with LibreOffice, as a clerk's machine would have them:
# every minutes (.docx) and score workbook (.xlsx) in LibreOffice's own formats, into
# opendocument/ (.odt, .ods), and two minutes in old Word's .doc and in RTF and three workbooks in
# Excel 97–2003's .xls (one of a district's unit scores), into legacy-office/.
# Needs LibreOffice (apt-get install libreoffice-writer-nogui libreoffice-calc-nogui); the tests
# need only the files it wrote, which are committed.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p opendocument legacy-office
soffice --headless --convert-to odt --outdir opendocument bien-ban-*.docx
soffice --headless --convert-to ods --outdir opendocument scores-*.xlsx
soffice --headless --convert-to 'doc:MS Word 97' --outdir legacy-office bien-ban-libreoffice.docx bien-ban-vntime.docx
soffice --headless --convert-to rtf --outdir legacy-office bien-ban-python-docx.docx
soffice --headless --convert-to 'xls:MS Excel 97' --outdir legacy-office scores-libreoffice.xlsx scores-vntime.xlsx
soffice --headless --convert-to 'xls:MS Excel 97' --outdir legacy-office unit-scores-2024.xlsx
