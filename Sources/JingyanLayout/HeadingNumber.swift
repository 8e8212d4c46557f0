/// The number a heading opens with: "一、", "（二）", "3." — how articles number their parts.
/// Numbered headings in sequence confirm each other whatever their length and marks.
struct HeadingNumber: Equatable {
    enum Style: Equatable {
        /// "一、"
        case numeralComma
        /// "壹　", "一 ": a numeral, then a space
        case numeralSpaced
        /// "（一）" or "(一)"
        case numeralBracketed
        /// "1、" or "1." or "1．"
        case digit
        /// "01 / ", "02｜": two digits, then a space or a bar
        case digitPair
        /// "镜头一：", "第二招　": a numeral in a word, then a colon or a space; siblings share the word.
        case labelled(String)
    }

    var style: Style
    var value: Int
    /// The scalars the number takes, its marks included: 2 for "一、", 3 for "（一）".
    var length: Int

    /// The number `text` opens with, followed by at least two characters of heading.
    init?(_ text: String) {
        let scalars = Array(text.unicodeScalars.prefix(Self.maxLabel + 5))
        guard let first = scalars.first else { return nil }
        if first == "（" || first == "(" {
            guard scalars.count > 2, let value = Self.numeral(scalars[1]),
                scalars[2] == "）" || scalars[2] == ")", scalars.count >= 5
            else { return nil }
            (style, self.value, length) = (.numeralBracketed, value, 3)
        } else if let value = Self.numeral(first), scalars.count >= 4,
            scalars[1] == "、" || scalars[1] == "　" || scalars[1] == " "
        {
            (style, self.value, length) = (scalars[1] == "、" ? .numeralComma : .numeralSpaced, value, 2)
        } else if let number = Self.digitPair(scalars) {
            self = number
        } else if let digit = first.properties.numericType == .decimal ? first.properties.numericValue : nil,
            first.isASCII
        {
            guard scalars.count >= 4, Self.digitMarks.contains(scalars[1]), !scalars[2].isASCII else { return nil }
            (style, value, length) = (.digit, Int(digit), 2)
        } else if let number = Self.labelled(scalars) {
            self = number
        } else {
            return nil
        }
    }

    /// "镜头一：柳树下", "第一招　议题……", "一问：……", "第二道防线：……": a word around the numeral (at
    /// most `maxLabel` Han before it, `maxAfterNumeral` after it, not both none), then a colon
    /// or a space and two characters of heading.
    static func labelled(_ scalars: [Unicode.Scalar]) -> HeadingNumber? {
        guard let at = scalars.prefix(Self.maxLabel + 1).firstIndex(where: { numeral($0) != nil }),
            scalars[..<at].allSatisfy(Typography.isHan), let value = numeral(scalars[at])
        else { return nil }
        var end = at + 1
        while end < scalars.count, end <= at + Self.maxAfterNumeral, Typography.isHan(scalars[end]),
            numeral(scalars[end]) == nil
        {
            end += 1
        }
        guard at > 0 || end > at + 1, end + 2 < scalars.count, Self.labelSeparators.contains(scalars[end]) else {
            return nil
        }
        let word = Typography.string(scalars[..<at]) + "_" + Typography.string(scalars[(at + 1)..<end])
        return HeadingNumber(style: .labelled(word), value: value, length: end + 1)
    }

    /// "01 / 出租屋谁来管？", "02｜……": two ASCII digits, then spaces or a bar between them and
    /// two characters of heading.
    static func digitPair(_ scalars: [Unicode.Scalar]) -> HeadingNumber? {
        guard scalars.count > 4, let tens = asciiDigit(scalars[0]), let ones = asciiDigit(scalars[1]) else {
            return nil
        }
        var end = 2
        while end < scalars.count, Self.pairSeparators.contains(scalars[end]) { end += 1 }
        guard end > 2, end + 2 <= scalars.count, !scalars[end].isASCII else { return nil }
        return HeadingNumber(style: .digitPair, value: tens * 10 + ones, length: end)
    }

    static let pairSeparators: Set<Unicode.Scalar> = [" ", "　", "/", "／", "|", "｜", "丨"]

    static func asciiDigit(_ scalar: Unicode.Scalar) -> Int? {
        ("0"..."9").contains(scalar) ? Int(scalar.value - 0x30) : nil
    }

    static let maxLabel = 4
    static let maxAfterNumeral = 3
    static let labelSeparators: Set<Unicode.Scalar> = ["：", ":", "　", " "]

    private init(style: Style, value: Int, length: Int) {
        self.style = style
        self.value = value
        self.length = length
    }

    /// Next to `other` in the same numbering: "一、" and "二、".
    func isNext(to other: HeadingNumber) -> Bool { style == other.style && abs(value - other.value) == 1 }

    static let numerals: [Unicode.Scalar] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    static let digitMarks: Set<Unicode.Scalar> = ["、", ".", "．"]

    /// The capital numerals some papers number headings with ("壹　", "贰　").
    static let capitalNumerals: [Unicode.Scalar] = ["壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖", "拾"]

    static func numeral(_ scalar: Unicode.Scalar) -> Int? {
        (numerals.firstIndex(of: scalar) ?? capitalNumerals.firstIndex(of: scalar)).map { $0 + 1 }
    }
}

extension BodyLayout {
    /// "二、……" over "（一）……": a numbered heading right over the first of headings numbered in
    /// another style, a level under it. The report prints it over them with no text of its own.
    public static func isParentHeading(_ heading: String, over next: String) -> Bool {
        guard let parent = HeadingNumber(heading), let child = HeadingNumber(next) else { return false }
        return parent.style != child.style && child.value == 1
    }
}
