import JingyanLayout

/// The shape of a personal name as bylines and photo credits print it: two to four Han
/// characters ("张三", "欧阳明"), or a transliterated name whose parts a middle dot joins
/// ("阿依古丽·买买提", "叶尔兰·努尔兰"), as papers print Uyghur, Kazakh, Tibetan and foreign names.
enum PersonalNames {
    /// The dots that join a transliterated name's parts.
    static let nameDots = ScalarSet(["·", "•", "・", "‧"])
    /// A dotted name's length in scalars, dots included, and its parts' length in Han.
    static let maxDottedLength = 16
    static let maxPartLength = 8

    /// True for two to four Han, or a dotted name.
    static func isNameShaped(_ name: Substring.UnicodeScalarView) -> Bool {
        if (2...Lexicon.maxNameLength).contains(name.count), name.allSatisfy(Typography.isHan) { return true }
        return isDottedName(name)
    }

    /// Two to four parts of Han, one to `maxPartLength` each, joined by single name dots.
    static func isDottedName(_ name: Substring.UnicodeScalarView) -> Bool {
        guard name.count <= maxDottedLength, name.count >= 3 else { return false }
        var parts = 1
        var part = 0
        for scalar in name {
            if Typography.isHan(scalar) {
                part += 1
                if part > maxPartLength { return false }
            } else if nameDots.contains(scalar), part > 0 {
                parts += 1
                part = 0
            } else {
                return false
            }
        }
        return part > 0 && (2...4).contains(parts)
    }

    /// The name a text ends with ("……田林 摄" less its marker → "田林"): its last run of Han and
    /// name dots, when name-shaped; nil otherwise.
    static func trailingName(of text: Substring) -> Substring? {
        let scalars = text.unicodeScalars
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let previous = scalars[scalars.index(before: start)]
            guard Typography.isHan(previous) || nameDots.contains(previous) else { break }
            start = scalars.index(before: start)
        }
        let name = scalars[start...]
        return isNameShaped(name) ? Substring(name) : nil
    }
}
