#!/usr/bin/env python3
"""Writes the workbooks whose text cells hold a score typed "1.000": a thousand in Vietnamese,
one in English, told by how the sheet's other text cells write decimals. From the minimal
fixture's CSV, numbers as numbers (plain_openpyxl), with text typed into some cells:
- scores-thousands-comma.xlsx: the bonus G2 typed "1,5", and D3 (ap-2's sinh-hoat) "1.000";
- scores-thousands-point.xlsx: the bonus G2 typed "1.5", and D3 "25.000" (25, as the CSV has);
- scores-thousands-lone.xlsx: D3 typed "25.000", no other decimal typed; B4 (truong-thcs's
  chi-tieu) the stored number 11.125, which the sheet writes as a number, not typed text.

Run from this folder: python3 make_thousands_workbooks.py (needs openpyxl). The tests read the
committed .xlsx files.
"""
from make_workbooks import plain_openpyxl

plain_openpyxl(target="scores-thousands-comma.xlsx", edits={"G2": "1,5", "D3": "1.000"})
plain_openpyxl(target="scores-thousands-point.xlsx", edits={"G2": "1.5", "D3": "25.000"})
plain_openpyxl(target="scores-thousands-lone.xlsx", edits={"D3": "25.000", "B4": 11.125})
