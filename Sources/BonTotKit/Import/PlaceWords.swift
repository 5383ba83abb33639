/// Where an absent member is, as a clerk writes it in the bracket after the count ("vắng 01 đồng
/// chí (Hà Nội)", "(Tại Hà Nội)", "(Thành phố Đà Nẵng)", "(Trung Quốc)"): capitalised words that
/// name a place, not the absent. Told by the words a place opens with ("tại", "thành phố",
/// "huyện" …) or by a closed list of provinces, cities and countries, which leaves out those a
/// person's name may be too ("Hà Nam", "Thái Bình", "Huế", "Vinh", "Anh", "Đức", "Nga", "Mỹ", and the given
/// names "Khánh Hòa", "Hải Dương", "Hòa Bình", "Vĩnh Long", "Long An", "Vĩnh Phúc"), and tells apart
/// those that are often given names too ("Bình Dương", "Thái Nguyên", "Phú Thọ": `mayBeAGivenName`).
/// Typed without tone marks ("Ha Noi", "Cao Bang", "Da Nang") a place is told as its toned form is
/// (`Listed`), so that it is no full name a toneless surname opens ("Ha", "Cao", "Ho": `FullNames`).
enum PlaceWords {
    /// A closed list of words in lower case, told also when typed with no tone mark at all and
    /// folded (`TonelessWords.fold`) to one of them: "ha noi" is "hà nội".
    private struct Listed: ExpressibleByArrayLiteral {
        let toned: Set<String>
        let folded: Set<String>

        init(arrayLiteral toned: String...) {
            self.toned = Set(toned)
            folded = Set(toned.map(TonelessWords.fold)).subtracting(PlaceWords.unmarkedGivenNames)
        }

        /// True when `words` (lower case, one space apart) are one of the list, as written or, with no mark, folded.
        func contains(_ words: String) -> Bool {
            toned.contains(words) || (TonelessWords.isUnmarked(words) && folded.contains(TonelessWords.fold(words)))
        }
    }

    /// Places typed without marks that are given names written with all of theirs ("Thanh Hoa",
    /// "Quang Nam"): names still, as they were.
    private static let unmarkedGivenNames: Set<String> = ["thanh hoa", "quang nam"]


    /// The words, in lower case, that open where someone is: a preposition, an administrative unit.
    private static let openers: Set<String> = [
        "tại", "thành phố", "tp", "tỉnh", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "ấp", "thôn", "tổ dân phố",
        "nước ngoài", "miền", "trong nam", "ngoài bắc", "khu công nghiệp", "kcn",
    ]

    /// Provinces, cities and countries, in lower case, that are no person's name.
    private static let places: Listed = [
        "hà nội", "hồ chí minh", "sài gòn", "hải phòng", "đà nẵng", "cần thơ", "bà rịa", "vũng tàu", "bà rịa vũng tàu",
        "bạc liêu", "bắc giang", "bắc kạn", "bắc cạn", "bắc ninh", "bến tre", "cà mau", "đắk lắk", "đắc lắc", "đắk nông",
        "điện biên", "đồng nai", "đồng tháp", "gia lai", "hà tĩnh", "hậu giang", "kon tum", "lai châu", "lạng sơn", "lào cai",
        "nghệ an", "ninh thuận", "quảng nam", "quảng ngãi", "quảng trị", "sóc trăng", "sơn la", "tây ninh", "thừa thiên huế",
        "tiền giang", "trà vinh", "tuyên quang", "yên bái", "nha trang", "đà lạt",
        "thanh hóa", "thanh hoá", "hưng yên", "nam định", "kiên giang", "an giang", "quảng ninh",
        "buôn ma thuột", "biên hòa", "biên hoà", "tây nguyên", "cao bằng", "lâm đồng", "hà giang",
        "trung quốc", "nhật bản", "hàn quốc", "đài loan", "lào", "campuchia", "thái lan", "singapore", "malaysia", "liên bang nga",
        "hoa kỳ", "ô-xtrây-li-a", "châu âu",
    ]

    /// Provinces, in lower case, that are given names too ("Bình Dương", "Thái Nguyên", "Phú Thọ"):
    /// someone with a reason or among other names ("vắng: Bình Dương (ốm)", "Lan, Bình Dương"), where
    /// the absent is only when the words say so ("đi công tác Bình Dương"), and unsaid alone in
    /// brackets ("vắng 01 đồng chí (Bình Dương)").
    private static let givenNamesToo: Listed = [
        "bình dương", "bình định", "bình phước", "bình thuận", "thái nguyên", "phú thọ", "phú yên", "quảng bình", "ninh bình",
    ]

    /// Places, in lower case, left out of `places` because they are given names more often than
    /// not ("Huế", "Vinh", "Thái Bình"): a person, unless the words around say where someone is.
    private static let placesMostlyGivenNames: Listed = [
        "huế", "vinh", "hà nam", "thái bình", "khánh hòa", "khánh hoà", "hải dương", "hòa bình", "hoà bình", "vĩnh long", "long an",
        "vĩnh phúc",
    ]

    /// Districts, towns and streets, in lower case, that open with a surname and so read as a
    /// person's full name ("Hà Đông", "Cao Lãnh", "Lê Lợi"): as `givenNamesToo` are, someone with a
    /// reason or among other names, a place after the words of a place or a journey ("tại Hà
    /// Đông", "đi công tác Cao Lãnh", "đường Lê Lợi"), and alone neither (`unsure`).
    private static let placesLikeFullNames: Listed = [
        "hà đông", "hoàng mai", "cao lãnh", "hà tiên", "châu đốc", "đồng hới", "đồng xoài", "phan thiết", "phan rang", "lê chân",
        "ngô quyền", "từ sơn", "vũ thư", "lục ngạn", "lục nam", "cao lộc", "đồng văn", "lương sơn", "mai châu", "mai sơn",
        "lâm hà", "cao phong", "đồng hỷ", "lê lợi", "trần hưng đạo", "lý thường kiệt", "phan đình phùng", "lê thánh tông",
        "lý thái tổ", "đinh tiên hoàng", "trần quốc toản", "võ thị sáu", "phan bội châu", "phan chu trinh", "tôn đức thắng",
        "võ nguyên giáp", "lê hồng phong", "nguyễn thị minh khai",
    ]

    /// True when `text` is a district, town or street that reads as a person's full name too
    /// ("Hà Đông", "Lê Lợi"): alone after "vắng", which the minutes mean is unsure.
    static func mayBeAFullName(_ text: String) -> Bool {
        placesLikeFullNames.contains(text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " "))
    }

    /// The words before a place that say it is one ("tại Hà Đông", "đi công tác Cao Lãnh", "đường
    /// Lê Lợi"): the last word of a preposition, a journey or an administrative unit.
    private static let wordsBeforeAPlace: Listed = [
        "tại", "ở", "đi", "về", "đến", "tác", "đường", "phố", "ngõ", "hẻm", "kiệt", "thôn", "xóm", "bản", "ấp", "khu", "xã",
        "phường", "quận", "huyện", "tỉnh", "trấn", "tp", "ra", "vào", "từ", "học", "viện",
    ]

    /// The places that read as full names (`placesLikeFullNames`) in `text`, as written, where no
    /// word before them says they are places: "Hà Đông" in "Vắng: Hà Đông", not in "vắng mặt tại Hà
    /// Đông" nor "đi công tác Hà Đông".
    static func unsurePlacesOrNames(in text: String) -> [String] {
        let words = text.split(whereSeparator: { !$0.isLetter })
        var found: [String] = []
        var index = 0
        while index < words.count {
            let taken = (2...4).reversed().first { length in
                index + length <= words.count && words[index..<index + length].allSatisfy { $0.first?.isUppercase == true }
                    && mayBeAFullName(words[index..<index + length].joined(separator: " "))
            }
            guard let taken else {
                index += 1
                continue
            }
            if index == 0 || !wordsBeforeAPlace.contains(words[index - 1].lowercased()) {
                found.append(words[index..<index + taken].joined(separator: " "))
            }
            index += taken
        }
        return found
    }

    /// True when `text` may name where someone is although it may be a given name too: "Huế",
    /// "Thái Bình", "Bình Dương" (not "Hoa", nor a country: "Đức", "Anh" are names first).
    static func mayBeAPlace(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")
        return placesMostlyGivenNames.contains(words) || givenNamesToo.contains(words)
    }

    /// True when `text` is a province that is a given name too ("Bình Dương"), or a place that
    /// reads as a full name ("Hà Đông"): a person's name where the words leave no doubt
    /// (`givenNamesToo`, `placesLikeFullNames`).
    static func mayBeAGivenName(_ text: String) -> Bool {
        givenNamesToo.contains(text.lowercased().split(whereSeparator: { !$0.isLetter }).joined(separator: " ")) || mayBeAFullName(text)
    }

    /// True when `text` names a place rather than someone: "Hà Nội", "Tại Hà Nội", "Thành phố Đà
    /// Nẵng", "Huyện Củ Chi"; not "Hà Văn Nam", "Hà Nam", "Huế".
    static func namesAPlace(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "-" }).joined(separator: " ")
        guard !words.isEmpty else { return false }
        if places.contains(words) || givenNamesToo.contains(words) || placesLikeFullNames.contains(words) { return true }
        // An opener names a place only with words after it ("Tại Hà Nội", not "Tại").
        if openers.contains(where: { words.hasPrefix($0 + " ") }) { return true }
        // Typed without marks, an opener may be a given name ("Huyen", "Phuong", "Tai" for "Huyền",
        // "Phương", "Tài"): a place only before one ("Tai Ha Noi", "Thanh pho Da Nang").
        guard TonelessWords.isUnmarked(words) else { return false }
        return foldedOpeners.contains { words.hasPrefix($0 + " ") && namesAPlace(String(words.dropFirst($0.count + 1))) }
    }

    /// `openers` folded, as typed without tone marks.
    private static let foldedOpeners = Set(openers.map(TonelessWords.fold))
}
