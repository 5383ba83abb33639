/// The rhymes of Vietnamese syllables as written, without their tone: the glide ("o", "u"),
/// the nucleus and the final after the initial consonant ("oan" of "Đoàn", "ương" of
/// "trường", "uyên" of "Nguyễn"). Which of them follow an initial depends on how it is
/// spelled: "iê" is written "yê" with no initial ("yên"), "qu" holds the glide "u" ("quyết":
/// "qu" and "yêt"), "gi" swallows the "i" of "iê" ("giếng": "gi" and "êng").
enum VietnameseRhymes {
    /// The rhymes with no glide, "iê" written so (after an initial consonant).
    private static let plain = [
        "a", "ac", "ach", "ai", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay",
        "ăc", "ăm", "ăn", "ăng", "ăp", "ăt",
        "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây",
        "e", "ec", "em", "en", "eng", "eo", "ep", "et",
        "ê", "êch", "êm", "ên", "êng", "ênh", "êp", "êt", "êu",
        "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu",
        "iêc", "iêm", "iên", "iêng", "iêp", "iêt", "iêu",
        "o", "oc", "oi", "om", "on", "ong", "op", "ot", "ooc", "oong",
        "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt",
        "ơ", "ơi", "ơm", "ơn", "ơp", "ơt",
        "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut",
        "uôc", "uôi", "uôm", "uôn", "uông", "uôt",
        "ư", "ưa", "ưc", "ưi", "ưm", "ưn", "ưng", "ưt", "ưu",
        "ươc", "ươi", "ươm", "ươn", "ương", "ươp", "ươt", "ươu",
        "y",
    ]

    /// The rhymes of "iê" with no initial consonant, written "yê" ("yêu", "yên", "yểng").
    private static let bare = ["yêm", "yên", "yêng", "yêt", "yêu"]

    /// The rhymes with the glide "o" ("hoa", "xoăn", "khoẻ").
    private static let glideO = [
        "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay",
        "oăc", "oăm", "oăn", "oăng", "oăt", "oe", "oec", "oen", "oeo", "oet",
    ]

    /// The rhymes with the glide "u" ("xuân", "thuế", "huỳnh", "khuya", "nguyễn").
    private static let glideU = [
        "uân", "uâng", "uât", "uây", "uê", "uêch", "uên", "uênh", "uơ", "uy", "uya", "uych", "uynh", "uyp", "uyt",
        "uyu", "uyên", "uyêt",
    ]

    /// The rhymes after an initial consonant other than "qu" and "gi".
    private static let afterConsonant = Rhymes(plain + glideO + glideU)
    /// The rhymes with no initial consonant ("anh", "yêu", "oanh", "uyên").
    private static let afterNone = Rhymes(plain.filter { !$0.hasPrefix("iê") } + bare + glideO + glideU)
    /// The rhymes after "qu", which holds the glide "u": "qua", "quốc", "quyết" ("uyêt").
    private static let afterQu = Rhymes(plain.filter { !["o", "u", "ư"].contains($0.first) } + glideU.map { String($0.dropFirst()) })
    /// The rhymes after "gi", which swallows the "i" of "iê": "gia", "giữ", "giếng" ("êng").
    private static let afterGi = Rhymes(plain.filter { !$0.hasPrefix("i") } + plain.filter { $0.hasPrefix("iê") }.map { String($0.dropFirst()) })

    /// The rhymes that may follow `initial` ("" for none).
    static func after(_ initial: String) -> Rhymes {
        switch initial {
        case "": afterNone
        case "qu": afterQu
        case "gi": afterGi
        default: afterConsonant
        }
    }

    /// A set of rhymes, looked up as a whole or, with letters lost, among those of a length.
    struct Rhymes {
        let all: Set<String>
        let byLength: [Int: [String]]

        init(_ rhymes: [String]) {
            all = Set(rhymes)
            byLength = Dictionary(grouping: Array(Set(rhymes)).sorted(), by: \.count)
        }
    }
}
