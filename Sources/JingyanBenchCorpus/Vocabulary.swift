import Foundation
import JingyanExtract

/// A county from the gazetteer and, usually, a made-up township in it.
public struct CorpusPlace: Hashable, Sendable {
    public var county: String
    public var short: String
    /// A made-up township name ending in 镇 or 乡; nil for a county-wide report.
    public var township: String?

    /// As the text names it: county and township run together.
    public var fullName: String { county + (township ?? "") }
    /// As the place tag under a title prints it: short county name and township without its suffix.
    public var tag: String { short + (township.map { String($0.dropLast()) } ?? "") }
}

/// The words of `Resources/corpus-vocabulary.json`: language data stays out of the code.
struct CorpusWords: Decodable, Sendable {
    var townshipCharacters: String
    var numerals: String
    var schemeActions: String
    var schemeRoles: [String]
    var schemeModifiers: [String]
    var schemeEndings: [String]
    var givenNames: [String]
    var titlePhrases: [String]
    var ledeOpenings: [String]

    static func bundled() throws -> CorpusWords {
        guard let url = Bundle.module.url(forResource: "corpus-vocabulary", withExtension: "json") else {
            throw CocoaError(
                .fileNoSuchFile,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "corpus-vocabulary.json is missing from the JingyanBenchCorpus bundle; rebuild jingyan-bench"
                ])
        }
        return try JSONDecoder().decode(CorpusWords.self, from: Data(contentsOf: url))
    }
}

/// The names the corpus varies beyond the seed: places, people and named schemes. Every list is
/// built in a fixed order from fixed seeds, so it is the same in every run.
public struct Vocabulary: Sendable {
    var words: CorpusWords
    public var places: [CorpusPlace]
    public var surnames: [Character]
    /// Named schemes shared across the corpus, most common first.
    public var schemes: [String]

    /// Words from the bundled gazetteer, lexicon and corpus words: up to `townshipsPerCounty`
    /// townships a county and `schemeCount` scheme names.
    public init(townshipsPerCounty: Int = 16, schemeCount: Int = 3000) throws {
        let gazetteer = try Gazetteer.bundled()
        let lexicon = try Lexicon.bundled()
        words = try CorpusWords.bundled()
        var places: [CorpusPlace] = []
        for (countyIndex, county) in gazetteer.counties.enumerated() {
            var generator = SplitMix64.stream(0x706C_6163_6573, index: countyIndex)
            places.append(CorpusPlace(county: county.name, short: county.short, township: nil))
            for township in Self.townships(count: townshipsPerCounty, from: words, using: &generator) {
                places.append(CorpusPlace(county: county.name, short: county.short, township: township))
            }
        }
        self.places = places
        surnames = lexicon.surnames.sorted()  // a Set: sorted, or every process would draw differently
        var generator = SplitMix64(seed: 0x7363_6865_6D65)
        var schemes: [String] = []
        var seen = Set<String>()
        while schemes.count < schemeCount {
            let scheme = Self.scheme(from: words, using: &generator)
            if seen.insert(scheme).inserted { schemes.append(scheme) }
        }
        self.schemes = schemes
    }

    /// Two characters and 镇 or 乡; the characters include no function word the place reader stops at.
    static func townships(count: Int, from words: CorpusWords, using generator: inout SplitMix64) -> [String] {
        let characters = Array(words.townshipCharacters)
        var names: [String] = []
        while names.count < count {
            let first = characters.pick(using: &generator)
            let second = characters.pick(using: &generator)
            guard first != second else { continue }
            let name = "\(first)\(second)\(generator.chance(0.7) ? "镇" : "乡")"
            if !names.contains(where: { $0.dropLast() == name.dropLast() }) { names.append(name) }
        }
        return names
    }

    /// A scheme name in one of the shapes reports use: numbered (numeral, action, numeral,
    /// action), combined (two or three roles joined by "+") or named by its ending.
    static func scheme(from words: CorpusWords, using generator: inout SplitMix64) -> String {
        let numerals = Array(words.numerals)
        let actions = Array(words.schemeActions)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            return "\(numerals.pick(using: &generator))\(actions.pick(using: &generator))"
                + "\(numerals.pick(using: &generator))\(actions.pick(using: &generator))"
        case 1:
            let parts = words.schemeRoles.shuffled(using: &generator).prefix(Int.random(in: 2...3, using: &generator))
            return parts.joined(separator: "+")
        default:
            return words.schemeModifiers.pick(using: &generator) + words.schemeEndings.pick(using: &generator)
        }
    }

    /// A surname from the lexicon and a common given name.
    func personName(using generator: inout SplitMix64) -> String {
        "\(surnames.pick(using: &generator))\(words.givenNames.pick(using: &generator))"
    }
}
