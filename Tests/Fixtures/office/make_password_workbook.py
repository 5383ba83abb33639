"""Makes scores-password.xlsx: scores-openpyxl.xlsx encrypted with a password to open
("matkhau"), as Excel saves a workbook under File > Info > Protect > Encrypt with Password.
Excel keeps such a file in the old compound-file container, not a zip.

    pip install --break-system-packages msoffcrypto-tool
    python3 make_password_workbook.py
"""
from msoffcrypto.format.ooxml import OOXMLFile

with open("scores-openpyxl.xlsx", "rb") as plain, open("scores-password.xlsx", "wb") as encrypted:
    OOXMLFile(plain).encrypt("matkhau", encrypted)
