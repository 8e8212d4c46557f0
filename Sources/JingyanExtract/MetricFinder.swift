import Foundation
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

    func metrics(in text: String) -> [Metric] {
        sentences(of: text).flatMap(metrics(inSentence:))
    }

    /// Sentences with their enders; paragraph breaks end a sentence too.
    func sentences(of text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        for character in text {
            if character == "\n" {
                if !current.isEmpty { sentences.append(current) }
                current = ""
                continue
            }
            current.append(character)
            if Typography.sentenceEnders.contains(character) {
                sentences.append(current)
                current = ""
            } else if Typography.closers.contains(character), let last = sentences.last, current.count == 1,
                Typography.sentenceEnders.contains(last.last ?? " ")
            {
                sentences[sentences.count - 1].append(character)  // 。” belongs to the sentence before
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    func metrics(inSentence sentence: String) -> [Metric] {
        let characters = Array(sentence)
        lazy var periods = periodMatches(in: sentence)  // only for sentences that state a metric
        var metrics: [Metric] = []
        var quoteDepth = 0
        var index = 0
        var previousEnd = 0  // end of the last metric found in this clause, for "20余场600余户"
        var previousSubject: String?
        while index < characters.count {
            let character = characters[index]
            if character == "“" { quoteDepth += 1 }
            if character == "”" { quoteDepth = max(0, quoteDepth - 1) }
            if Self.isBoundary(character) {
                previousEnd = index + 1
                previousSubject = nil
            }
            guard character.isASCII, character.isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < characters.count, characters[end].isASCII,
                characters[end].isNumber || characters[end] == "." || isThousandsSeparator(characters, at: end)
            {
                end += 1
            }
            while end > index + 1, characters[end - 1] == "." { end -= 1 }
            defer { index = max(end, index + 1) }
            guard quoteDepth == 0, let value = Double(String(characters[index..<end].filter { $0 != "," })),
                let reading = readUnit(characters, from: end), !isExcluded(characters, number: index..<end)
            else { continue }
            let clauseStart = max(previousEnd, clauseStart(characters, before: index))
            let before = String(characters[clauseStart..<index])
            let approx = reading.approx || approxBefore(characters, clauseStart: clauseStart, number: index)
            let after = noun(after: characters, from: reading.end)
            var subject = cleanSubject(after.isEmpty ? before : after)
            if subject.isEmpty { subject = previousSubject ?? cleanSubject(before) }
            if subject.isEmpty { subject = reading.unit }
            let phraseEnd = reading.end + (after.isEmpty ? 0 : after.count)
            let text = String(characters[clauseStart..<phraseEnd])
            let period = periods.last { $0.range.upperBound <= index }?.text  // the nearest before it
            metrics.append(Metric(
                text: text, value: Quantity(value), valueNormalized: Quantity(value * reading.multiplier),
                unit: reading.unit, approx: approx, period: period, subject: subject, sentence: sentence))
            previousEnd = reading.end
            previousSubject = subject
            end = reading.end
        }
        return metrics
    }

    static func isBoundary(_ character: Character) -> Bool {
        Typography.clauseMarks.contains(character) || Typography.sentenceEnders.contains(character)
    }

    /// "12,000": a comma followed by exactly three digits inside a number.
    func isThousandsSeparator(_ characters: [Character], at index: Int) -> Bool {
        guard characters[index] == ",", index + 3 < characters.count else { return false }
        func isDigit(_ character: Character) -> Bool { character.isASCII && character.isNumber }
        let after = index + 4 < characters.count ? characters[index + 4] : " "
        return characters[(index + 1)...(index + 3)].allSatisfy(isDigit) && !isDigit(after)
    }

    struct UnitReading {
        var unit: String
        var multiplier: Double
        var approx: Bool
        var end: Int
    }

    /// Reads "[余|多][万|亿][余|多]unit[以上|左右…]" after a number.
    func readUnit(_ characters: [Character], from start: Int) -> UnitReading? {
        var position = start
        var approx = false
        var multiplier = 1.0
        var written = ""
        func skipApproxSuffix() {
            while position < characters.count, let word = lexicon.approxAfter.first(where: { matches($0, characters, at: position) }),
                word.count == 1
            {
                approx = true
                position += 1
            }
        }
        skipApproxSuffix()
        if position < characters.count, let factor = lexicon.multipliers[characters[position]] {
            multiplier = factor
            written.append(characters[position])
            position += 1
            skipApproxSuffix()
        }
        let unit = position < characters.count && (!lexicon.dateUnits.contains(characters[position]) || !written.isEmpty)
            ? lexicon.unitsByFirstCharacter[characters[position]]?.first(where: { matches($0, characters, at: position) })
            : nil
        // "受益群众6.2万": the multiplier alone is the unit as written.
        guard let unit = unit ?? (written.isEmpty ? nil : "") else { return nil }
        if written.isEmpty, let first = unit.first, let factor = lexicon.multipliers[first] { multiplier = factor }
        written += unit
        position += unit.count
        if let word = lexicon.approxAfter.first(where: { matches($0, characters, at: position) }), word.count > 1 || word == "多" {
            approx = true
            position += word.count
        }
        return UnitReading(unit: written, multiplier: multiplier, approx: approx, end: position)
    }

    func matches(_ word: String, _ characters: [Character], at position: Int) -> Bool {
        var offset = position
        for character in word {
            guard offset < characters.count, characters[offset] == character else { return false }
            offset += 1
        }
        return true
    }

    /// Ordinals, numbers joined by "+" (scheme names) and list numbering.
    func isExcluded(_ characters: [Character], number: Range<Int>) -> Bool {
        let before = number.lowerBound > 0 ? characters[number.lowerBound - 1] : nil
        let after = number.upperBound < characters.count ? characters[number.upperBound] : nil
        if before == "第" || before == "+" || before == "＋" || after == "+" || after == "＋" { return true }
        return false
    }

    func clauseStart(_ characters: [Character], before index: Int) -> Int {
        var start = index
        while start > 0, !Self.isBoundary(characters[start - 1]) { start -= 1 }
        return start
    }

    func approxBefore(_ characters: [Character], clauseStart: Int, number: Int) -> Bool {
        let window = String(characters[max(clauseStart, number - lexicon.approxBeforeReach - 2)..<number])
        return lexicon.approxBefore.contains { word in
            let reach = word == "近" ? 0 : lexicon.approxBeforeReach  // "近" only right before: "近两年来" is a period
            return (0...reach).contains { gap in window.count >= gap && window.dropLast(gap).hasSuffix(word) }
        }
    }

    /// The noun a measure word counts, when it follows ("8项工作规范" → "工作规范").
    func noun(after characters: [Character], from start: Int) -> String {
        var end = start
        while end < characters.count, end - start < Self.maxSubjectLength, !Self.isBoundary(characters[end]),
            !(characters[end].isASCII && characters[end].isNumber)
        {
            end += 1
        }
        let noun = String(characters[start..<end])
        return noun.unicodeScalars.first.map(Typography.isHan) == true ? noun : ""
    }

    static let maxSubjectLength = 14

    func cleanSubject(_ text: String) -> String {
        var subject = Substring(text)
        for match in periodMatches(in: String(subject)) where match.range.lowerBound == 0 {
            subject = subject.dropFirst(match.text.count)
            break
        }
        return String(subject.drop { Self.isBoundary($0) || $0 == " " })
    }

    struct PeriodMatch {
        var text: String
        /// Character offsets in the sentence.
        var range: Range<Int>
    }

    /// Period expressions in the sentence, in order. The lexicon lists longer forms first, so
    /// "今年以来" is found where "今年" would also match.
    func periodMatches(in sentence: String) -> [PeriodMatch] {
        let range = NSRange(location: 0, length: (sentence as NSString).length)
        return lexicon.periods.matches(in: sentence, range: range).compactMap { result in
            guard let range = Range(result.range, in: sentence) else { return nil }
            let lower = sentence.distance(from: sentence.startIndex, to: range.lowerBound)
            return PeriodMatch(text: String(sentence[range]), range: lower..<(lower + sentence[range].count))
        }
    }
}
