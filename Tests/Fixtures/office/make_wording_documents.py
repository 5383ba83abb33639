#!/usr/bin/env python3
"""Writes the Word fixtures of the tests of clerks' attendance wordings, in the layout of
make_attendance_documents.py (its `minutes`), apart from it so that its fixtures keep their bytes.

Run from this folder: python3 make_wording_documents.py (needs python-docx only). The tests
read the committed .docx files and need nothing.

- bien-ban-truong-thon-nam.docx: one absent, the head of village Nam with no name, ill
  ("vắng 01 đồng chí: Trưởng thôn Nam (ốm)"), imported for a branch one of whose committee is
  named Nam: the village is no member.
- bien-ban-vang-hon-so-ly-do.docx: "Vắng 02 đồng chí, trong đó 03 đồng chí ốm": the counts by
  reason over the absent, which the import warns of quoting the clerk's words.
"""
from make_attendance_documents import minutes

if __name__ == "__main__":
    minutes("bien-ban-truong-thon-nam.docx", 26, ["Tổng số đảng viên: 99; miễn sinh hoạt: 16.",
                                                   "Có mặt: 82/83 đồng chí; vắng 01 đồng chí: Trưởng thôn Nam (ốm)."])
    minutes("bien-ban-vang-hon-so-ly-do.docx", 26, ["Tổng số đảng viên: 99; miễn sinh hoạt: 16.",
                                                     "Có mặt: 81/83 đồng chí; Vắng 02 đồng chí, trong đó 03 đồng chí ốm."])
