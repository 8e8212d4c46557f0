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

    /// The running head and foot and the folios at the page's edges, dropped; the lines a folio
    /// runs on into, without it.
    func headsAndFolios(_ lines: [TextLine]) -> Furniture {
        var found = Furniture()
        found.removed = Set((repeatedHeadAndFoot(lines) + folios(lines)).map(\.number))
        found.replaced = Self.runOnFolios(lines)
        return found
    }

    /// The lines a folio and date run on into (`droppingRunOnFolio`), each without them, by line number.
    static func runOnFolios(_ lines: [TextLine]) -> [Int: String] {
        var kept: [Int: String] = [:]
        for (index, line) in lines.enumerated() {
            kept[line.number] = droppingRunOnFolio(line, before: lines[(index + 1)...].first)
        }
        return kept
    }

    /// "……和睦。7 2026年7月9日": the folio and date a PDF runs on into a column's last line, after
    /// its last sentence; the line without them. Nil for any other line, and for a line the text
    /// goes on under (a sentence opening with a date).
    static func droppingRunOnFolio(_ line: TextLine, before next: TextLine?) -> String? {
        guard next?.isBlank ?? true else { return nil }
        let scalars = Array(line.text.unicodeScalars)
        guard let end = scalars.lastIndex(where: { Typography.sentenceEnderScalars.contains($0) || $0 == "”" }),
            end > 0,
            isFolioAndDate(scalars[(end + 1)...])
        else { return nil }
        return Typography.string(scalars[...end])
    }

    /// "7　2026年7月9日", "2026年7月10日　星期五6": a page's number (up to three digits, a space
    /// after it) before a date, or after it and its weekday.
    static func isFolioAndDate(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        var rest = scalars.drop(while: Typography.isPrintedSpace)
        func digits(_ range: ClosedRange<Int>) -> Bool {
            let count = rest.prefix(while: Typography.isASCIIDigit).count
            guard range.contains(count) else { return false }
            rest = rest.dropFirst(count).drop(while: Typography.isPrintedSpace)
            return true
        }
        func mark(_ scalar: Unicode.Scalar) -> Bool {
            guard rest.first == scalar else { return false }
            rest = rest.dropFirst().drop(while: Typography.isPrintedSpace)
            return true
        }
        let folio = rest.prefix(while: Typography.isASCIIDigit)
        let folioBefore = folio.count <= 3 && rest.dropFirst(folio.count).first.map(Typography.isPrintedSpace) == true
        if folioBefore { _ = digits(1...3) }
        guard digits(4...4), mark("年"), digits(1...2), mark("月"), digits(1...2), mark("日") else { return false }
        if mark("星"), !mark("期") || rest.popFirst() == nil { return false }
        rest = rest.drop(while: Typography.isPrintedSpace)
        if !folioBefore { _ = digits(0...3) }
        return rest.isEmpty
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
