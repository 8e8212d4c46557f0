/// Lines a PDF sets letter-spaced, a space after every character: a title set with wide
/// tracking, a loosely justified column.
extension Typography {
    /// "山 沟 里 的 矛 盾" → "山沟里的矛盾": a line set letter-spaced — four characters or more, each
    /// one apart from the next by a single space, most of them Han. Any other text is returned as
    /// it is.
    public static func closingLetterSpacing(_ text: String) -> String {
        // Most lines asked hold no space at all: refused before any copy of their scalars.
        guard text.unicodeScalars.contains(where: { $0 == " " || $0 == "\u{3000}" }) else { return text }
        return letterSpacedCharacters(Array(text.unicodeScalars)[...]).map(string) ?? text
    }

    /// The characters of a letter-spaced line without the spaces between them (`closingLetterSpacing`);
    /// nil for any other line.
    static func letterSpacedCharacters(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar]? {
        guard scalars.count >= 2 * minLetterSpaced - 1, scalars.count % 2 == 1 else { return nil }
        var kept: [Unicode.Scalar] = []
        var han = 0
        for (index, scalar) in scalars.enumerated() {
            let isSpace = scalar == " " || scalar == "\u{3000}"
            guard isSpace == (index % 2 == 1) else { return nil }
            if !isSpace {
                kept.append(scalar)
                if isHan(scalar) { han += 1 }
            }
        }
        return han * 2 > kept.count ? kept : nil
    }

    static let minLetterSpaced = 4
}
