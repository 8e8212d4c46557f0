/// One generated article, before it is typeset: what the extractor should find in it.
public struct ArticlePlan: Hashable, Sendable {
    /// A photo caption placed after the article.
    public struct Caption: Hashable, Sendable {
        public var text: String
        /// The photographer's name and the credit marker.
        public var credit: String
    }

    /// A heading and its practices.
    public struct Section: Hashable, Sendable {
        public var heading: String
        /// Each practice as its paragraphs; in a lead-style article each opens with a lead sentence.
        public var practices: [[String]]
    }

    public var place: CorpusPlace
    /// The title as printed: one or two lines.
    public var titleLines: [String]
    /// A name, a role and a name, or two names.
    public var byline: String
    public var lede: String
    public var sections: [Section]
    /// A photo caption printed after the article.
    public var caption: Caption?

    public var practiceCount: Int { sections.reduce(0) { $0 + $1.practices.count } }
}

/// Recombines seed material into new articles: real sentences, new places, schemes and numbers.
struct ArticleRecombiner {
    let material: SeedMaterial
    let vocabulary: Vocabulary

    func article(using generator: inout SplitMix64) -> ArticlePlan {
        let place = vocabulary.places.pick(using: &generator)
        let usesLeads = generator.chance(0.5)
        let sections = (0..<Int.random(in: 2...4, using: &generator)).map { _ in
            ArticlePlan.Section(
                heading: heading(using: &generator),
                practices: usesLeads
                    ? (0..<Int.random(in: 2...3, using: &generator)).map { _ in leadPractice(using: &generator) }
                    : [
                        (0..<Int.random(in: 1...3, using: &generator)).map { _ in
                            paragraph(sentences: 2...4, using: &generator)
                        }
                    ])
        }
        let lede = material.ledes.pick(using: &generator)
        let opening = generator.chance(0.3) ? vocabulary.words.ledeOpenings.pick(using: &generator) : lede.opening
        return ArticlePlan(
            place: place, titleLines: titleLines(place: place, using: &generator), byline: byline(using: &generator),
            lede: opening + place.fullName + vary(lede.rest, using: &generator), sections: sections,
            caption: generator.chance(0.1) ? caption(using: &generator) : nil)
    }

    /// The first half of one seed heading and the second half of another, joined by "，".
    func heading(using generator: inout SplitMix64) -> String {
        material.headingOpenings.pick(using: &generator) + "，" + material.headingClosings.pick(using: &generator)
    }

    /// A lead paragraph, sometimes followed by paragraphs that carry on the same practice.
    func leadPractice(using generator: inout SplitMix64) -> [String] {
        let first = material.leads.pick(using: &generator) + paragraph(sentences: 1...3, using: &generator)
        let more = (0..<Int.random(in: 0...2, using: &generator)).map { _ in
            paragraph(sentences: 1...3, using: &generator)
        }
        return [first] + more
    }

    func paragraph(sentences count: ClosedRange<Int>, using generator: inout SplitMix64) -> String {
        (0..<Int.random(in: count, using: &generator)).map { _ in
            vary(material.sentences.pick(using: &generator), using: &generator)
        }
        .joined()
    }

    /// A quoted scheme and a phrase, sometimes after the county's short name; long titles are
    /// printed on two lines, broken after the scheme.
    func titleLines(place: CorpusPlace, using generator: inout SplitMix64) -> [String] {
        let prefix = generator.chance(0.25) ? place.short : ""
        let scheme = "\(prefix)“\(generator.skewedElement(of: vocabulary.schemes))”"
        let phrase = vocabulary.words.titlePhrases.pick(using: &generator)
        return generator.chance(0.6) ? [scheme, phrase] : [scheme + phrase]
    }

    func byline(using generator: inout SplitMix64) -> String {
        let name = vocabulary.personName(using: &generator)
        switch Int.random(in: 0..<10, using: &generator) {
        case 0: return "通讯员 \(name)"
        case 1: return "\(name) \(vocabulary.personName(using: &generator))"
        default: return name
        }
    }

    func caption(using generator: inout SplitMix64) -> ArticlePlan.Caption? {
        guard !material.captions.isEmpty else { return nil }
        return ArticlePlan.Caption(
            text: material.captions.pick(using: &generator), credit: vocabulary.personName(using: &generator) + " 摄")
    }

    /// The sentence with new numbers (same number of digits; years stay years) and, now and
    /// then, a scheme of the corpus in place of a quoted phrase.
    func vary(_ sentence: String, using generator: inout SplitMix64) -> String {
        var result = ""
        var digits = ""
        var quoted: String?
        func flushDigits(before next: Character?) {
            guard !digits.isEmpty else { return }
            if digits.count == 4, next == "年" {
                result += String(Int.random(in: 2018...2025, using: &generator))
            } else {
                let low = digits.count == 1 ? 1 : powerOfTen(digits.count - 1)
                result += String(Int.random(in: low...(powerOfTen(digits.count) - 1), using: &generator))
            }
            digits = ""
        }
        for character in sentence {
            if var open = quoted {
                if character == "”" {
                    result += (generator.chance(0.4) ? generator.skewedElement(of: vocabulary.schemes) : open) + "”"
                    quoted = nil
                } else {
                    open.append(character)
                    quoted = open
                }
                continue
            }
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            flushDigits(before: character)
            result.append(character)
            if character == "“" { quoted = "" }
        }
        flushDigits(before: nil)
        return result + (quoted ?? "")
    }

    private func powerOfTen(_ exponent: Int) -> Int { (0..<min(exponent, 18)).reduce(1) { value, _ in value * 10 } }
}
