/// The conversion tables of the legacy Vietnamese encodings, as data: which Unicode text each
/// byte stands for. Made from the standards (TCVN 5712:1993 VN3, Microsoft's code page 1258) and
/// checked against glibc's iconv and Python's codecs; VNI is a base letter followed by mark bytes.
enum LegacyTables {
    /// TCVN3 ("ABC", the `.Vn…` fonts), bytes 0xA1–0xFF; the bytes below are ASCII. The `…H`
    /// fonts (`.VnTimeH`) show the capital of each letter at the same code.
    static let tcvn3: [Unicode.Scalar?] = [
        /* 0xA1 */ "\u{0102}", "\u{00C2}", "\u{00CA}", "\u{00D4}", "\u{01A0}", "\u{01AF}", "\u{0110}", "\u{0103}",
        /* 0xA9 */ "\u{00E2}", "\u{00EA}", "\u{00F4}", "\u{01A1}", "\u{01B0}", "\u{0111}", "\u{1EB0}", "\u{0300}",
        /* 0xB1 */ "\u{0309}", "\u{0303}", "\u{0301}", "\u{0323}", "\u{00E0}", "\u{1EA3}", "\u{00E3}", "\u{00E1}",
        /* 0xB9 */ "\u{1EA1}", "\u{1EB2}", "\u{1EB1}", "\u{1EB3}", "\u{1EB5}", "\u{1EAF}", "\u{1EB4}", "\u{1EAE}",
        /* 0xC1 */ "\u{1EA6}", "\u{1EA8}", "\u{1EAA}", "\u{1EA4}", "\u{1EC0}", "\u{1EB7}", "\u{1EA7}", "\u{1EA9}",
        /* 0xC9 */ "\u{1EAB}", "\u{1EA5}", "\u{1EAD}", "\u{00E8}", "\u{1EC2}", "\u{1EBB}", "\u{1EBD}", "\u{00E9}",
        /* 0xD1 */ "\u{1EB9}", "\u{1EC1}", "\u{1EC3}", "\u{1EC5}", "\u{1EBF}", "\u{1EC7}", "\u{00EC}", "\u{1EC9}",
        /* 0xD9 */ "\u{1EC4}", "\u{1EBE}", "\u{1ED2}", "\u{0129}", "\u{00ED}", "\u{1ECB}", "\u{00F2}", "\u{1ED4}",
        /* 0xE1 */ "\u{1ECF}", "\u{00F5}", "\u{00F3}", "\u{1ECD}", "\u{1ED3}", "\u{1ED5}", "\u{1ED7}", "\u{1ED1}",
        /* 0xE9 */ "\u{1ED9}", "\u{1EDD}", "\u{1EDF}", "\u{1EE1}", "\u{1EDB}", "\u{1EE3}", "\u{00F9}", "\u{1ED6}",
        /* 0xF1 */ "\u{1EE7}", "\u{0169}", "\u{00FA}", "\u{1EE5}", "\u{1EEB}", "\u{1EED}", "\u{1EEF}", "\u{1EE9}",
        /* 0xF9 */ "\u{1EF1}", "\u{1EF3}", "\u{1EF7}", "\u{1EF9}", "\u{00FD}", "\u{1EF5}", "\u{1ED0}",
    ]

    /// Windows-1258, bytes 0x80–0xFF: Latin-1-like letters plus the five tone marks as combining
    /// characters typed after their vowel (0xCC, 0xEC, 0xD2, 0xDE, 0xF2); nil where undefined.
    static let windows1258: [Unicode.Scalar?] = [
        /* 0x80 */ "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        /* 0x88 */ "\u{02C6}", "\u{2030}", nil, "\u{2039}", "\u{0152}", nil, nil, nil,
        /* 0x90 */ nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        /* 0x98 */ "\u{02DC}", "\u{2122}", nil, "\u{203A}", "\u{0153}", nil, nil, "\u{0178}",
        /* 0xA0 */ "\u{00A0}", "\u{00A1}", "\u{00A2}", "\u{00A3}", "\u{00A4}", "\u{00A5}", "\u{00A6}", "\u{00A7}",
        /* 0xA8 */ "\u{00A8}", "\u{00A9}", "\u{00AA}", "\u{00AB}", "\u{00AC}", "\u{00AD}", "\u{00AE}", "\u{00AF}",
        /* 0xB0 */ "\u{00B0}", "\u{00B1}", "\u{00B2}", "\u{00B3}", "\u{00B4}", "\u{00B5}", "\u{00B6}", "\u{00B7}",
        /* 0xB8 */ "\u{00B8}", "\u{00B9}", "\u{00BA}", "\u{00BB}", "\u{00BC}", "\u{00BD}", "\u{00BE}", "\u{00BF}",
        /* 0xC0 */ "\u{00C0}", "\u{00C1}", "\u{00C2}", "\u{0102}", "\u{00C4}", "\u{00C5}", "\u{00C6}", "\u{00C7}",
        /* 0xC8 */ "\u{00C8}", "\u{00C9}", "\u{00CA}", "\u{00CB}", "\u{0300}", "\u{00CD}", "\u{00CE}", "\u{00CF}",
        /* 0xD0 */ "\u{0110}", "\u{00D1}", "\u{0309}", "\u{00D3}", "\u{00D4}", "\u{01A0}", "\u{00D6}", "\u{00D7}",
        /* 0xD8 */ "\u{00D8}", "\u{00D9}", "\u{00DA}", "\u{00DB}", "\u{00DC}", "\u{01AF}", "\u{0303}", "\u{00DF}",
        /* 0xE0 */ "\u{00E0}", "\u{00E1}", "\u{00E2}", "\u{0103}", "\u{00E4}", "\u{00E5}", "\u{00E6}", "\u{00E7}",
        /* 0xE8 */ "\u{00E8}", "\u{00E9}", "\u{00EA}", "\u{00EB}", "\u{0301}", "\u{00ED}", "\u{00EE}", "\u{00EF}",
        /* 0xF0 */ "\u{0111}", "\u{00F1}", "\u{0323}", "\u{00F3}", "\u{00F4}", "\u{01A1}", "\u{00F6}", "\u{00F7}",
        /* 0xF8 */ "\u{00F8}", "\u{00F9}", "\u{00FA}", "\u{00FB}", "\u{00FC}", "\u{01B0}", "\u{20AB}", "\u{00FF}",
    ]

    /// VNI Windows (`VNI-Times`…): letters that are one byte of their own.
    static let vniLetters: [UInt8: Unicode.Scalar] = [
        0xD1: "\u{0110}", 0xF1: "\u{0111}",  // Đ đ
        0xD4: "\u{01A0}", 0xF4: "\u{01A1}",  // Ơ ơ
        0xD6: "\u{01AF}", 0xF6: "\u{01B0}",  // Ư ư
        0xCD: "\u{00CD}", 0xED: "\u{00ED}",  // Í í
        0xCC: "\u{00CC}", 0xEC: "\u{00EC}",  // Ì ì
        0xC6: "\u{1EC8}", 0xE6: "\u{1EC9}",  // Ỉ ỉ
        0xD3: "\u{0128}", 0xF3: "\u{0129}",  // Ĩ ĩ
        0xD2: "\u{1ECA}", 0xF2: "\u{1ECB}",  // Ị ị
        0xCE: "\u{1EF4}", 0xEE: "\u{1EF5}",  // Ỵ ỵ
    ]

    /// VNI Windows: bytes typed after a vowel, and the combining marks they add to it (the
    /// capital and the small form of each byte mean the same).
    static let vniMarks: [UInt8: [Unicode.Scalar]] = [
        0xD9: ["\u{0301}"], 0xF9: ["\u{0301}"],                  // sắc
        0xD8: ["\u{0300}"], 0xF8: ["\u{0300}"],                  // huyền
        0xDB: ["\u{0309}"], 0xFB: ["\u{0309}"],                  // hỏi
        0xD5: ["\u{0303}"], 0xF5: ["\u{0303}"],                  // ngã
        0xCF: ["\u{0323}"], 0xEF: ["\u{0323}"],                  // nặng
        0xC2: ["\u{0302}"], 0xE2: ["\u{0302}"],                  // â ê ô
        0xC1: ["\u{0302}", "\u{0301}"], 0xE1: ["\u{0302}", "\u{0301}"],
        0xC0: ["\u{0302}", "\u{0300}"], 0xE0: ["\u{0302}", "\u{0300}"],
        0xC5: ["\u{0302}", "\u{0309}"], 0xE5: ["\u{0302}", "\u{0309}"],
        0xC3: ["\u{0302}", "\u{0303}"], 0xE3: ["\u{0302}", "\u{0303}"],
        0xC4: ["\u{0302}", "\u{0323}"], 0xE4: ["\u{0302}", "\u{0323}"],
        0xCA: ["\u{0306}"], 0xEA: ["\u{0306}"],                  // ă
        0xC9: ["\u{0306}", "\u{0301}"], 0xE9: ["\u{0306}", "\u{0301}"],
        0xC8: ["\u{0306}", "\u{0300}"], 0xE8: ["\u{0306}", "\u{0300}"],
        0xDA: ["\u{0306}", "\u{0309}"], 0xFA: ["\u{0306}", "\u{0309}"],
        0xDC: ["\u{0306}", "\u{0303}"], 0xFC: ["\u{0306}", "\u{0303}"],
        0xCB: ["\u{0306}", "\u{0323}"], 0xEB: ["\u{0306}", "\u{0323}"],
    ]
}
