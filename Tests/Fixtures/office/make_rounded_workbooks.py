#!/usr/bin/env python3
"""Writes the workbooks of the tests of score cells whose number format shows fewer decimals
than they hold, from the CSV of the minimal fixture site: ap-1's "sinh-hoat" holds 27.96 in a
cell formatted "0" (Excel shows 28) and its "dang-vien" 17.75 formatted "0.0" (shown 17.8);
ap-2's "sinh-hoat" holds 25.5 formatted "0.00", shown as stored.

scores-rounded.xlsx is written by openpyxl; opendocument/scores-rounded.ods is the same workbook
saved by LibreOffice Calc, which keeps office:value="27.96" beside the text "28".

Run from this folder: python3 make_rounded_workbooks.py (needs openpyxl and LibreOffice's
soffice). The tests read the committed files.
"""
import os, shutil, subprocess, tempfile
from openpyxl import load_workbook
from make_workbooks import plain_openpyxl, HERE

ROUNDED = {"D2": (27.96, "0"), "F2": (17.75, "0.0"), "D3": (25.5, "0.00")}


def main():
    target = os.path.join(HERE, "scores-rounded.xlsx")
    plain_openpyxl(target="scores-rounded.xlsx", edits={cell: value for cell, (value, _) in ROUNDED.items()})
    book = load_workbook(target)
    for cell, (_, format) in ROUNDED.items():
        book.active[cell].number_format = format
    book.save(target)
    out = tempfile.mkdtemp()
    subprocess.run(["soffice", "--headless", "--convert-to", "ods", "--outdir", out, target], check=True, capture_output=True)
    shutil.move(os.path.join(out, "scores-rounded.ods"), os.path.join(HERE, "opendocument", "scores-rounded.ods"))
    shutil.rmtree(out)


if __name__ == "__main__":
    main()
