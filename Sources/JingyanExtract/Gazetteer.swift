import Foundation
import JingyanLayout

/// The places Jingyan knows by name (gazetteer.yml), with pinyin for stable slugs.
public struct Gazetteer: Sendable {
    /// A county of the home prefecture: its full and short names and the pinyin of its slug.
    public struct County: Decodable, Hashable, Sendable {
        public var name: String
        public var short: String
        public var pinyin: String
    }

    struct File: Decodable {
        var prefecture: County?
        var counties: [County]
    }

    public let counties: [County]
    public let prefecture: County?
    /// The counties by short name, for captions.
    let shortNames: CountyNames
    /// Short and full names to counties, the first listed winning.
    let countiesByName: [String: County]

    /// The gazetteer shipped with Jingyan.
    public static func bundled() throws -> Gazetteer {
        try Gazetteer(yaml: BundledData.text(named: "gazetteer"), source: "gazetteer.yml")
    }

    /// Reads a gazetteer.yml; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        let file = try BundledData.decode(File.self, yaml: yaml, source: source)
        counties = file.counties
        prefecture = file.prefecture
        shortNames = CountyNames(counties.map { ($0.short, $0) })
        var byName: [String: County] = [:]
        for county in counties {
            for name in [county.short, county.name] where byName[name] == nil { byName[name] = county }
        }
        countiesByName = byName
    }

    /// The counties' full names and their short names followed by a county suffix, to find
    /// where a text first names one (see `CountyNames.first(in:)`).
    func names(suffixes: [String]) -> CountyNames {
        CountyNames(
            counties.flatMap { county in ([county.name] + suffixes.map { county.short + $0 }).map { ($0, county) } })
    }

    /// The county whose short or full name the text starts with.
    func county(prefixing text: String) -> County? {
        // Typography.hasPrefix: String's, on bytes where that is the same (this runs on every short Han line).
        counties.filter { Typography.hasPrefix(text, $0.short) || Typography.hasPrefix(text, $0.name) }.max {
            $0.short.count < $1.short.count
        }
    }

    /// The county whose short or full name is the text.
    func county(named text: String) -> County? { countiesByName[text] }

    /// The first county mentioned anywhere in the text, by short name.
    func firstMention(in text: String) -> County? { shortNames.first(in: text)?.county }
}

/// Names of counties looked up together: one pass over a text finds the first named.
struct CountyNames: Sendable {
    let index: KeywordIndex
    let counties: [Gazetteer.County]

    init(_ names: [(name: String, county: Gazetteer.County)]) {
        index = KeywordIndex(keywords: names.map(\.name))
        counties = names.map(\.county)
    }

    /// The earliest name in the text (of two at one place, the first listed), with where it ends.
    func first(in text: String) -> (county: Gazetteer.County, end: String.Index)? {
        guard let found = index.firstOccurrence(in: text[...]) else { return nil }
        return (counties[found.keyword], text.utf8.index(text.utf8.startIndex, offsetBy: found.range.upperBound))
    }
}

/// ASCII slugs for Chinese names: toneless pinyin from the shipped table (Resources/pinyin.txt),
/// so that a slug is the same on every machine.
public struct Slug: Sendable {
    let syllables: [UInt32: String]

    /// Slugs from the bundled pinyin table.
    public static func bundled() throws -> Slug {
        var syllables: [UInt32: String] = [:]
        for line in try BundledData.text(named: "pinyin", extension: "txt").split(separator: "\n")
        where !line.hasPrefix("#") {
            let fields = line.split(separator: " ")
            if fields.count == 2, let code = UInt32(fields[0], radix: 16) { syllables[code] = String(fields[1]) }
        }
        return Slug(syllables: syllables)
    }

    /// "江口" → "jiangkou"; ASCII letters and digits are kept (lower-cased), everything else dropped.
    public func pinyin(_ text: String) -> String {
        var slug = ""
        for scalar in text.unicodeScalars {
            if let syllable = syllables[scalar.value] {
                slug += syllable
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
            }
        }
        return slug
    }

    /// Joins non-empty parts with hyphens.
    public static func join(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: "-")
    }
}
