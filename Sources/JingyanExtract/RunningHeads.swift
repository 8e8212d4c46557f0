import JingyanLayout

/// The lines a newspaper page prints at its head and foot, and the short labels of its sections.
extension PageSegmenter {
    /// The page's first and last printed lines when they are the same short line with no sentence
    /// in it ("乡村振兴周刊·善治　5" atop the page and at its foot): the running head and foot.
    func repeatedHeadAndFoot(_ lines: [TextLine]) -> [TextLine] {
        guard let first = lines.first(where: { !$0.isBlank }), let last = lines.last(where: { !$0.isBlank }),
            first.number != last.number, first.text == last.text,
            first.text.unicodeScalars.count <= Self.maxRepeatedHead, !first.endsSentence
        else { return [] }
        return [first, last]
    }

    static let maxRepeatedHead = 24

    /// The page's first and last printed lines that are its folio: the page's number before or
    /// after a running head's words, Han alone or two names joined by a middle dot
    /// ("6　某某日报·基层之声", "善治周刊　5"). A title that opens with a figure ("3个村的新变化") has
    /// no dot and is kept.
    func folios(_ lines: [TextLine]) -> [TextLine] {
        let edges = [lines.first(where: { !$0.isBlank }), lines.last(where: { !$0.isBlank })].compactMap { $0 }
        return edges.filter { line in
            let scalars = Array(line.text.unicodeScalars)
            let leading = scalars.prefix(while: Typography.isASCIIDigit).count
            let trailing = scalars.reversed().prefix(while: Typography.isASCIIDigit).count
            guard (1...3).contains(leading + trailing), leading == 0 || trailing == 0 else { return false }
            let words = scalars[leading..<(scalars.count - trailing)].filter { $0 != " " && $0 != "　" }
            let names = String(String.UnicodeScalarView(words)).split(
                whereSeparator: TitleBlockReading.middleDots.contains)
            guard names.allSatisfy({ $0.unicodeScalars.allSatisfy(Typography.isHan) }),
                (2...Self.maxRepeatedHead).contains(words.count), names.count == 2 || names.count == 1 && trailing > 0,
                names.joined().unicodeScalars.count == words.count - names.count + 1
            else { return false }
            return !roles.role(of: line.text).isAnchor
        }
    }

    /// A short line of words alone: no mark, no digit but a page's number ("基层之声 ⑦", "基层之声 6"),
    /// no byline or place.
    func isRunningHeadLabel(_ line: TextLine) -> Bool {
        var scalars = Array(line.text.unicodeScalars)
        // The page's number after the words ("基层之声　6", its space dropped by cleaning), or
        // before them ("2　社会治理").
        let digits = scalars.reversed().prefix(while: Typography.isASCIIDigit).count
        if (1...3).contains(digits) { scalars.removeLast(digits) }
        let leading = scalars.prefix(while: Typography.isASCIIDigit).count
        if (1...3).contains(leading) { scalars.removeFirst(leading) }
        // Bullets set around the words ("■ 某某·某某 ■") are ornament.
        scalars.removeAll { Typography.isBullet($0) }
        return !line.isBlank && scalars.count <= Self.maxRunningHeadLabel
            && scalars.contains(where: Typography.isHan)
            && scalars.allSatisfy {
                Typography.isHan($0) || $0 == " " || $0 == "　" || Self.circledNumbers.contains($0)
                    || TitleBlockReading.middleDots.contains(Character($0))
            }
            && !roles.role(of: line.text).isAnchor
    }

    /// ① to ⑳.
    static let circledNumbers: ClosedRange<Unicode.Scalar> = "\u{2460}"..."\u{2473}"

    static let maxRunningHeadLabel = 8
}
