import BonTotOffice

/// The sections of minutes typed as bold numbered paragraphs, as offices keep them in Word
/// without its heading styles, the numbers typed by hand or Word's own (its AutoFormat makes
/// "I. " typed at the start of a line a list): "I. ĐÁNH GIÁ TÌNH HÌNH THÁNG 9" (a Roman numeral,
/// a dot, the words in capitals) is a heading of level 1, and within such a section "1. Ưu điểm"
/// a heading of level 2, as "Heading 1" and "Heading 2" would be. A heading in a heading style
/// that Word numbers shows its number too.
///
/// Only a paragraph bold from end to end counts (a speaker's name in bold before what they said
/// is no heading), and a numbered sub-section only where one stands alone: bold numbered
/// paragraphs one after another ("1. Hoàn thành…", "2. Vận động…" under "III. NGHỊ QUYẾT") are
/// items, not headings. A section Word numbers in Roman numerals that is no heading (not in
/// bold) is a paragraph that keeps its numeral, "I. ĐÁNH GIÁ…", as one typed by hand is kept. Bulleted paragraphs are left as they are, and so are items of a list
/// whose numbers the document does not define.
enum TypedSectionHeadings {
    /// The longest heading: a longer paragraph is text, however it is typed.
    private static let maximumLength = 160

    static func marking(_ document: WordDocument) -> WordDocument {
        var marked = document
        var inSection = false
        for index in marked.blocks.indices {
            guard case .paragraph(var paragraph) = marked.blocks[index] else { continue }
            if paragraph.headingLevel != nil {
                if paragraph.list == nil, let label = paragraph.listLabel {
                    paragraph.runs.insert(WordRun(text: label + " ", bold: true), at: 0)
                    paragraph.listLabel = nil
                    marked.blocks[index] = .paragraph(paragraph)
                }
                inSection = inSection || isRomanNumbered(paragraph.text)
                continue
            }
            let text = numberedText(paragraph)
            if paragraph.list == .numbered, let label = paragraph.listLabel, isRomanNumbered(text),
               !isBoldThroughout(paragraph) || text.count > maximumLength {
                // A section Word numbers but that is no heading keeps the numeral Word shows, as
                // one typed by hand does: a Markdown list would number it "1.".
                paragraph.runs.insert(WordRun(text: label + " ", bold: isBoldThroughout(paragraph)), at: 0)
                paragraph.list = nil
                paragraph.listLabel = nil
                marked.blocks[index] = .paragraph(paragraph)
                continue
            }
            // A list item counts by the number Word shows it with; a bullet, or a number not known, never.
            guard paragraph.list == nil || (paragraph.list == .numbered && paragraph.listLabel != nil),
                  isBoldThroughout(paragraph), text.count <= maximumLength else { continue }
            if isRomanNumbered(text) {
                paragraph.headingLevel = 1
                inSection = true
            } else if inSection, isSubSection(text),
                      !isBoldNumbered(neighbour(of: index, in: marked.blocks, step: -1)),
                      !isBoldNumbered(neighbour(of: index, in: marked.blocks, step: 1)) {
                paragraph.headingLevel = 2
            } else {
                continue
            }
            if paragraph.list != nil, let label = paragraph.listLabel {
                paragraph.runs.insert(WordRun(text: label + " ", bold: true), at: 0)
            }
            paragraph.list = nil
            paragraph.listLabel = nil
            marked.blocks[index] = .paragraph(paragraph)
        }
        return marked
    }

    /// "I. ĐÁNH GIÁ…", "IV. PHƯƠNG HƯỚNG…", "II/ NHIỆM VỤ…": a Roman numeral up to XXXIX, a dot
    /// (or the slash many offices type, then a space: "V/V" is "về việc"), then words with
    /// letters all in capitals.
    static func isRomanNumbered(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.wholeMatch(of: /(X{0,3}(?:IX|IV|V?I{0,3}))(?:\.\s*|\/\s+)(.+)/), !match.output.1.isEmpty else { return false }
        let words = match.output.2
        return words.contains(where: \.isLetter) && words == words.uppercased()
    }

    /// "1. Ưu điểm", "2. Hạn chế:", "3/ Kiến nghị": a number, a dot or a slash, words starting
    /// with a capital, not a sentence (no full stop or semicolon at the end); not "1.5 triệu".
    private static func isSubSection(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let match = trimmed.wholeMatch(of: /\d{1,2}[.\/]\s*(\p{L}.*)/), let first = match.output.1.first else { return false }
        return first.isUppercase && !trimmed.hasSuffix(".") && !trimmed.hasSuffix(";")
    }

    /// The paragraph's text as the page shows it: with the number Word gives a numbered item.
    private static func numberedText(_ paragraph: WordParagraph) -> String {
        guard paragraph.list == .numbered, let label = paragraph.listLabel else { return paragraph.text }
        return label + " " + paragraph.text
    }

    private static func isBoldThroughout(_ paragraph: WordParagraph) -> Bool {
        let written = paragraph.runs.filter { $0.note == nil && $0.text.contains { !$0.isWhitespace } }
        return !written.isEmpty && written.allSatisfy(\.bold)
    }

    /// True for a bold paragraph numbered "1.", as the items of a list typed in bold are.
    private static func isBoldNumbered(_ paragraph: WordParagraph?) -> Bool {
        guard let paragraph, paragraph.headingLevel == nil else { return false }
        return isBoldThroughout(paragraph) && numberedText(paragraph).trimmingCharacters(in: .whitespaces).firstMatch(of: /^\d{1,2}[.\/]\s*\p{L}/) != nil
    }

    /// The nearest paragraph with text before (`step` -1) or after (`step` 1) the block at
    /// `index`; nil past a table or the document's end.
    private static func neighbour(of index: Int, in blocks: [WordBlock], step: Int) -> WordParagraph? {
        var current = index + step
        while blocks.indices.contains(current) {
            guard case .paragraph(let paragraph) = blocks[current] else { return nil }
            if paragraph.text.contains(where: { !$0.isWhitespace }) { return paragraph }
            current += step
        }
        return nil
    }
}
