import JingyanLayout
import JingyanModel

/// Finds every quantitative fact in a text: an Arabic number with a unit or measure word
/// ("860人", "300余户", "2.6万元", "6.5%"), with what makes it approximate, the period
/// the sentence states, what is counted, and the sentence itself.
///
/// Not metrics: years and dates ("2024年"), numbers inside quoted scheme names ("“5+1”",
/// "“345”"), numbers joined by "+" and ordinals ("第3"). A hand-written scanner: it runs over
/// every sentence of every page (see the note on `Regex` in Typography).
struct MetricFinder {
    let lexicon: Lexicon
    /// The lexicon's words as scalars, compared at every number of every text.
    private let approxAfter: [(word: String, scalars: [Unicode.Scalar])]
    private let approxBefore: [(scalars: [Unicode.Scalar], reach: Int)]
    private let unitsByFirstScalar: [Unicode.Scalar: [(word: String, scalars: [Unicode.Scalar])]]
    /// The scalars that start a unit, a multiplier or (nil if a word is empty) an approximating
    /// word after a number: a scalar starting none is passed over without hashing it.
    private let unitStarts: ScalarBitmap
    private let multiplierScalars: ScalarSet
    private let approxAfterStarts: ScalarSet?
    /// The lexicon's date units, asked at every number with a unit: a scan, not a hash.
    private let dateUnits: ScalarSet

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        approxAfter = lexicon.approxAfter.map { ($0, Array($0.unicodeScalars)) }
        var namedBits: [ScalarClass.Named: [UInt64]] = [:]
        unitStarts = ScalarBitmap(
            ScalarClass(items: lexicon.unitsByFirstScalar.keys.map(ScalarClass.Item.scalar), negated: false),
            namedBits: &namedBits)
        multiplierScalars = ScalarSet(Set(lexicon.multipliers.keys.map(Character.init)))
        dateUnits = ScalarSet(Set(lexicon.dateUnits.map(Character.init)))
        let approxStarts = approxAfter.map(\.scalars.first)
        approxAfterStarts =
            approxStarts.contains(nil) ? nil : ScalarSet(Set(approxStarts.compactMap { $0 }.map(Character.init)))
        // "近" only right before: "近两年来" is a period.
        approxBefore = lexicon.approxBefore.map {
            (Array($0.unicodeScalars), $0 == "近" ? 0 : lexicon.approxBeforeReach)
        }
        unitsByFirstScalar = lexicon.unitsByFirstScalar.mapValues { $0.map { ($0, Array($0.unicodeScalars)) } }
    }

    func metrics(in text: String) -> [Metric] {
        // A loop, not flatMap(metrics(inSentence:)): the method as a value copied the finder,
        // lexicon and all, at every call.
        var metrics: [Metric] = []
        var scratch: LexiconPattern.Scratch?  // the period search's, made once for all the sentences
        for sentence in sentencesWithDigits(of: text) {
            metrics += self.metrics(inSentence: sentence, scratch: &scratch)
        }
        return metrics
    }

    /// The sentences that hold an ASCII digit, with their enders; paragraph breaks end a
    /// sentence too. A metric starts with a digit: the other sentences are never copied out.
    func sentencesWithDigits(of text: String) -> [String] {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        // Byte ranges first, copied out of the text after: a copy of a String's own bytes needs
        // no validation, where String(decoding:) validated every sentence again.
        let enders = Typography.sentenceEnderScalars  // read once: each static's access checks its initialisation
        let closers = Typography.closerScalars
        let ranges = text.withUTF8 { bytes in  // scalars decoded from the bytes: the scalar view cost 4× more
            var sentences: [Range<Int>] = []
            var start = 0
            var index = 0
            var hasDigit = false
            // The last sentence, kept or not: 。” belongs to the sentence before.
            var lastEndsWithEnder = false
            var lastKept = false
            func close(_ end: Int, endsWithEnder: Bool) {
                if hasDigit { sentences.append(start..<end) }
                lastKept = hasDigit
                lastEndsWithEnder = endsWithEnder
                hasDigit = false
            }
            while index < bytes.count {
                // Most scalars are U+4000–U+9FFF, led by E4–E9: neither break, closer nor digit.
                if (0xE4...0xE9).contains(bytes[index]) {
                    index += 3
                    continue
                }
                let (scalar, length) = Typography.scalar(in: bytes, at: index)
                let next = index + length
                if scalar == "\n" {
                    if start < index { close(index, endsWithEnder: false) }
                    start = next
                } else if enders.contains(scalar) {
                    close(next, endsWithEnder: true)
                    start = next
                } else if start == index, lastEndsWithEnder, closers.contains(scalar) {
                    // The sentence before ended here.
                    if lastKept { sentences[sentences.count - 1] = sentences[sentences.count - 1].lowerBound..<next }
                    lastEndsWithEnder = false
                    start = next
                } else if Typography.isASCIIDigit(scalar) {
                    hasDigit = true
                }
                index = next
            }
            if start < bytes.count { close(bytes.count, endsWithEnder: false) }
            return sentences
        }
        let utf8 = text.utf8
        return ranges.map {
            String(
                Substring(
                    utf8[
                        utf8.index(
                            utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(
                                utf8.startIndex, offsetBy: $0.upperBound)]))
        }
    }

    /// Scans the sentence's scalars: positions below are offsets into them. `scratch` is the
    /// period pattern's, made at its first search and kept for the next sentence.
    func metrics(inSentence sentence: String, scratch: inout LexiconPattern.Scratch?) -> [Metric] {
        let scanned = ScannedText(sentence)
        let scalars = scanned.scalars
        var periods = PeriodReader(scratch: scratch)  // matched only as far as the metrics found need
        scratch = nil  // the reader's the only reference while it searches: no copy on write
        defer { scratch = periods.scratch }
        var metrics: [Metric] = []
        var quotes = QuoteNesting()
        var index = 0
        var previousEnd = 0  // end of the last metric found in this clause, for "20余场600余户"
        var previousSubject: String?
        while index < scalars.count {
            let scalar = scalars[index]
            if Typography.isHan(scalar) {  // most scalars: neither quote, boundary nor digit
                index += 1
                continue
            }
            quotes.read(scalars, at: index)
            if Self.isBoundary(scalar) {
                previousEnd = index + 1
                previousSubject = nil
            }
            guard Typography.isASCIIDigit(scalar) else {
                index += 1
                continue
            }
            var end = numberEnd(scalars, from: index)
            defer { index = max(end, index + 1) }
            // The unit first: a year or date ("2024年") is ruled out before its number is parsed.
            guard !quotes.hidesNumbers,
                let reading = readUnit(scalars, from: end) ?? span(scalars, number: index..<end),
                let value = Self.number(scalars[index..<end]),
                !isExcluded(scalars, number: index..<end),
                !isRangeEnd(scalars, number: index..<end), !isRangeStart(scalars, after: reading.end),
                !isStaffing(scalars, number: index, value: value, after: reading),
                !isPairedTerm(scalars, number: index),
                !isManner(scalars, number: index, value: value, after: reading),
                !isExchangeTerm(scalars, number: index..<end, after: reading)
            else { continue }
            let clauseStart = max(previousEnd, clauseStart(scalars, before: index))
            let before = scalars[clauseStart..<index]
            let approx = reading.approx || approxBefore(scalars, clauseStart: clauseStart, number: index)
            let after = noun(after: scalars, from: reading.end)
            var subject = cleanSubject(after.isEmpty ? before : after, in: scanned)
            if subject.isEmpty { subject = previousSubject ?? cleanSubject(before, in: scanned) }
            if subject.isEmpty { subject = reading.unit }
            let text = scanned.string(clauseStart..<(reading.end + after.count))
            let period = periods.nearest(endingBy: index, in: scalars, lexicon.periods).map(scanned.string)
            metrics.append(
                Metric(
                    text: text, value: Quantity(value), valueNormalized: Quantity(value * reading.multiplier),
                    unit: reading.unit, approx: approx, period: period, subject: subject, sentence: sentence))
            previousEnd = reading.end
            previousSubject = subject
            end = reading.end
        }
        return metrics
    }

    /// Han first, here: the walks over a clause meet mostly Han scalars, which end none.
    static func isBoundary(_ scalar: Unicode.Scalar) -> Bool {
        !Typography.isHan(scalar) && Typography.endsClause(scalar)
    }

    /// Where the number starting at `start` ends: its digits, points and thousands separators,
    /// less any points it ends with.
    func numberEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var end = start
        while end < scalars.count,
            Typography.isASCIIDigit(scalars[end]) || scalars[end] == "." || isThousandsSeparator(scalars, at: end)
        {
            end += 1
        }
        while end > start + 1, scalars[end - 1] == "." { end -= 1 }
        return end
    }

    /// The number's value, thousands separators left out (a number without one is not copied
    /// to leave them out).
    static func number(_ scalars: ArraySlice<Unicode.Scalar>) -> Double? {
        scalars.contains(",")
            ? Double(Typography.string(scalars.filter { $0 != "," })) : Double(Typography.string(scalars))
    }

    /// "12,000": a comma followed by exactly three digits inside a number.
    func isThousandsSeparator(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard scalars[index] == ",", index + 3 < scalars.count else { return false }
        let after = index + 4 < scalars.count ? scalars[index + 4] : " "
        return scalars[(index + 1)...(index + 3)].allSatisfy(Typography.isASCIIDigit) && !Typography.isASCIIDigit(after)
    }

    struct UnitReading {
        var unit: String
        var multiplier: Double
        var approx: Bool
        var end: Int
    }

    /// Reads "[余|多][万|亿][余|多]unit[以上|左右…]" after a number.
    func readUnit(_ scalars: [Unicode.Scalar], from start: Int) -> UnitReading? {
        var position = start
        var approx = false
        var multiplier = 1.0
        // The multiplier as written before the unit ("万" of "2.6万元"): the unit as written is
        // it and the lexicon's word, which is then no new String of its own.
        var written: Unicode.Scalar?
        func skipApproxSuffix() {
            while position < scalars.count, let word = approxWord(scalars, at: position), word.scalars.count == 1 {
                approx = true
                position += 1
            }
        }
        skipApproxSuffix()
        if position < scalars.count, multiplierScalars.contains(scalars[position]),
            let factor = lexicon.multipliers[scalars[position]]
        {
            multiplier = factor
            written = scalars[position]
            position += 1
            skipApproxSuffix()
        }
        var unit =
            position < scalars.count && unitStarts.contains(scalars[position])
                && (!dateUnits.contains(scalars[position]) || written != nil)
            ? unitsByFirstScalar[scalars[position]]?.first(where: { matches($0.scalars, scalars, at: position) })
            : nil
        if let split = unitAroundMore(scalars, at: position, read: unit) {
            unit = split
            approx = true
            position += 1
        }
        // "受益群众6.2万": the multiplier alone is the unit as written.
        guard unit != nil || written != nil else { return nil }
        let unitScalars = unit?.scalars ?? []
        if written == nil, let first = unitScalars.first, multiplierScalars.contains(first),
            let factor = lexicon.multipliers[first]
        {
            multiplier = factor
        }
        position += unitScalars.count
        // A measure word and 次 count occasions: "2.3万辆次", "件次".
        let perOccasion =
            unitScalars.count == 1 && position < scalars.count && scalars[position] == "次"
            && !dateUnits.contains(unitScalars[0]) && unitScalars[0] != "次"
        if perOccasion { position += 1 }
        let rate = unit == nil ? nil : rateUnit(scalars, at: position)
        position += rate.map { 1 + $0.scalars.count } ?? 0
        if let word = approxWord(scalars, at: position), word.scalars.count > 1 || word.word == "多" {
            approx = true
            position += word.scalars.count
        }
        let word = (unit?.word ?? "") + (perOccasion ? "次" : "") + (rate.map { "/" + $0.word } ?? "")
        return UnitReading(
            unit: written.map { String($0) + word } ?? word, multiplier: multiplier, approx: approx, end: position)
    }

    /// "3个多月", "2个多百分点": 多 between a measure word and the rest of a unit that opens with it.
    func unitAroundMore(
        _ scalars: [Unicode.Scalar], at position: Int, read: (word: String, scalars: [Unicode.Scalar])?
    ) -> (word: String, scalars: [Unicode.Scalar])? {
        guard let read, read.scalars.count == 1, position + 2 < scalars.count, scalars[position + 1] == "多" else {
            return nil
        }
        return unitsByFirstScalar[read.scalars[0]]?.first { unit in
            unit.scalars.count > 1 && matches(Array(unit.scalars.dropFirst()), scalars, at: position + 2)
        }
    }

    /// The unit after a rate's slash ("900元/亩", "0.2万元/户"): the lexicon's unit there, or nil.
    func rateUnit(_ scalars: [Unicode.Scalar], at position: Int) -> (word: String, scalars: [Unicode.Scalar])? {
        guard position + 1 < scalars.count, scalars[position] == "/" || scalars[position] == "／" else { return nil }
        let next = position + 1
        return unitsByFirstScalar[scalars[next]]?.first { matches($0.scalars, scalars, at: next) }
    }

    /// The first approximating word after a number (in the lexicon's order) standing at `position`.
    func approxWord(_ scalars: [Unicode.Scalar], at position: Int) -> (word: String, scalars: [Unicode.Scalar])? {
        if let starts = approxAfterStarts, position < scalars.count, !starts.contains(scalars[position]) { return nil }
        return approxAfter.first(where: { matches($0.scalars, scalars, at: position) })
    }

    /// True when the word stands in `scalars` at `position` (an offset from its start).
    func matches(_ word: [Unicode.Scalar], _ scalars: ArraySlice<Unicode.Scalar>, at position: Int) -> Bool {
        let start = scalars.startIndex + position
        return position >= 0 && scalars.count - position >= word.count
            && scalars[start..<(start + word.count)].elementsEqual(word)
    }

    func matches(_ word: [Unicode.Scalar], _ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        matches(word, scalars[...], at: position)
    }

    /// "100至500人": the number after a range mark that follows a number, with its unit or not.
    /// A verb between them ("由58%提升到95%") makes the second a figure of its own.
    func isRangeEnd(_ scalars: [Unicode.Scalar], number: Range<Int>) -> Bool {
        let mark = number.lowerBound - 1
        guard mark > 0, Self.rangeMarks.contains(scalars[mark]),
            let digit = scalars[max(0, mark - Self.rangeUnitReach - 1)..<mark].lastIndex(where: Typography.isASCIIDigit)
        else { return false }
        return digit + 1 == mark || readUnit(scalars, from: digit + 1)?.end == mark
    }

    /// "100人至500人": a number whose unit is followed by a range mark and another number.
    func isRangeStart(_ scalars: [Unicode.Scalar], after end: Int) -> Bool {
        end + 1 < scalars.count && Self.rangeMarks.contains(scalars[end]) && Typography.isASCIIDigit(scalars[end + 1])
    }

    static let rangeMarks = ScalarSet(["至", "到", "~", "～", "-", "—", "–"])
    /// A range's first number may carry a unit this long before the mark: "100平方米至".
    static let rangeUnitReach = 3

    func clauseStart(_ scalars: [Unicode.Scalar], before index: Int) -> Int {
        var start = index
        while start > 0, !Self.isBoundary(scalars[start - 1]) { start -= 1 }
        return start
    }

    func approxBefore(_ scalars: [Unicode.Scalar], clauseStart: Int, number: Int) -> Bool {
        let window = scalars[max(clauseStart, number - lexicon.approxBeforeReach - 2)..<number]
        return approxBefore.contains { word, reach in
            (0...reach).contains { gap in
                window.count >= gap + word.count && matches(word, window, at: window.count - gap - word.count)
            }
        }
    }

    /// The noun a measure word counts, when it follows ("8项工作规范" → "工作规范").
    func noun(after scalars: [Unicode.Scalar], from start: Int) -> ArraySlice<Unicode.Scalar> {
        var end = start
        while end < scalars.count, end - start < Self.maxSubjectLength, !Self.isBoundary(scalars[end]),
            !Typography.isASCIIDigit(scalars[end])
        {
            end += 1
        }
        return end > start && Typography.isHan(scalars[start]) ? scalars[start..<end] : []
    }

    static let maxSubjectLength = 14

    /// `text` is a slice of the sentence's scalars.
    func cleanSubject(_ text: ArraySlice<Unicode.Scalar>, in sentence: ScannedText) -> String {
        var subject = text
        if let period = lexicon.periods.prefixMatch(of: subject) { subject = subject.dropFirst(period) }
        subject = subject.drop { Self.isBoundary($0) || $0 == " " }
        return sentence.string(subject.startIndex..<subject.endIndex)
    }
}

/// A sentence's period expressions, as `LexiconPattern.matches` finds them (left to right, none
/// overlapping; the lexicon lists longer forms first, so "今年以来" is found where "今年" would
/// also match), matched only as far as the metrics read so far need: each takes the nearest
/// period before it, and the text after a sentence's last metric is never searched.
struct PeriodReader {
    /// The matches found so far, as scalar offsets.
    private(set) var found: [Range<Int>] = []
    /// No match starts before this but those in `found`.
    private var searched = 0
    /// Made at the first search (most sentences read state no metric), or handed on from a
    /// reader before.
    private(set) var scratch: LexiconPattern.Scratch?

    init(scratch: LexiconPattern.Scratch? = nil) { self.scratch = scratch }

    /// The last period that ends by `index`. `index` never decreases from one call to the next.
    mutating func nearest(endingBy index: Int, in scalars: [Unicode.Scalar], _ periods: LexiconPattern) -> Range<Int>? {
        // A match starting at `index` or after ends after it: only those starting before are needed.
        guard searched < index else { return found.last { $0.upperBound <= index } }
        var scratch = self.scratch ?? periods.scratch()
        self.scratch = nil  // the only reference while it is used: no copy on write
        defer { self.scratch = scratch }
        while searched < index, searched <= scalars.count,
            let match = periods.firstMatch(in: scalars, from: searched, startingBefore: index, scratch: &scratch)
        {
            found.append(match.range)
            searched = match.range.isEmpty ? match.range.upperBound + 1 : match.range.upperBound
        }
        searched = max(searched, index)
        return found.last { $0.upperBound <= index }
    }
}

/// A text's scalars with where each starts in its UTF-8: a run of scalars becomes a String by
/// copying the text's bytes, with no encoding or validation.
struct ScannedText {
    let text: String
    let scalars: [Unicode.Scalar]
    /// UTF-8 offset of each scalar, and of the end.
    let offsets: [Int]

    init(_ text: String) {
        self.text = text
        var scalars: [Unicode.Scalar] = []
        var utf8 = text  // withUTF8 needs it mutable; a native text is read in place
        // Decoded by hand into arrays of the text's byte count (a scalar takes at least one
        // byte), written in place: appending checked each array's storage at every scalar.
        offsets = utf8.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: bytes.count + 1) { offsets, offsetCount in
                scalars = Array(unsafeUninitializedCapacity: bytes.count) { scalars, scalarCount in
                    var offset = 0
                    while offset < bytes.count {
                        let (scalar, length) = Typography.scalar(in: bytes, at: offset)
                        scalars[scalarCount] = scalar
                        offsets[scalarCount] = offset
                        scalarCount += 1
                        offset += length
                    }
                    offsets[scalarCount] = offset
                    offsetCount = scalarCount + 1
                }
            }
        }
        self.scalars = scalars
    }

    /// The text's scalars, decoded from its UTF-8 into an array of its byte count (a scalar takes
    /// at least one byte): a String's scalar view walks them once to count them and again to copy.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        return text.withUTF8 { bytes in
            Array(unsafeUninitializedCapacity: bytes.count) { scalars, count in
                var offset = 0
                while offset < bytes.count {
                    let (scalar, length) = Typography.scalar(in: bytes, at: offset)
                    scalars[count] = scalar
                    count += 1
                    offset += length
                }
            }
        }
    }

    /// The scalars in `range` (offsets into `scalars`) as a String.
    func string(_ range: Range<Int>) -> String {
        let utf8 = text.utf8
        return String(
            Substring(
                utf8[
                    utf8.index(
                        utf8.startIndex, offsetBy: offsets[range.lowerBound])..<utf8.index(
                            utf8.startIndex, offsetBy: offsets[range.upperBound])]))
    }
}

/// The quotes a scan of a sentence is inside. A quote that names something ("“5+1”", "“345”")
/// hides the numbers in it; a quote of speech does not ("说：“……每棚多收了200多斤。”"): it
/// follows a colon, or holds a clause mark or a sentence ender, which no name does.
struct QuoteNesting {
    /// Per open quote, outermost first: true for speech.
    private var speech: [Bool] = []

    var hidesNumbers: Bool { speech.contains(false) }

    mutating func read(_ scalars: [Unicode.Scalar], at index: Int) {
        switch scalars[index] {
        case Typography.openingQuote: speech.append(Self.opensSpeech(scalars, at: index))
        case Typography.closingQuote: if !speech.isEmpty { speech.removeLast() }
        default: break
        }
    }

    static func opensSpeech(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        if index > 0, scalars[index - 1] == "：" || scalars[index - 1] == ":" { return true }
        var next = index + 1
        while next < scalars.count, scalars[next] != Typography.closingQuote, scalars[next] != Typography.openingQuote {
            if Typography.endsClause(scalars[next]) { return true }
            next += 1
        }
        return false
    }
}
