#!/usr/bin/env bash
# Saves every minutes (.docx) and score workbook (.xlsx) fixture of this folder again in
# LibreOffice's own formats, into opendocument/ (.odt, .ods), as a clerk working in LibreOffice
# Writer or Calc would keep them. Needs LibreOffice (apt-get install libreoffice-writer-nogui
# libreoffice-calc-nogui); the tests need only the files it wrote, which are committed.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p opendocument
soffice --headless --convert-to odt --outdir opendocument bien-ban-*.docx
soffice --headless --convert-to ods --outdir opendocument scores-*.xlsx
