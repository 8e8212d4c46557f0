import Foundation
import JingyanLayout
import Yams

/// The places Jingyan knows by name (gazetteer.yml), with pinyin for stable slugs.
public struct Gazetteer: Sendable {
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

    public static func bundled() throws -> Gazetteer {
        try Gazetteer(yaml: BundledData.text(named: "gazetteer"), source: "gazetteer.yml")
    }

    public init(yaml: String, source: String) throws {
        do {
            let file = try YAMLDecoder().decode(File.self, from: yaml)
            counties = file.counties
            prefecture = file.prefecture
        } catch {
            throw ExtractionError.badDataFile(source, "\(error)")
        }
    }

    /// The first county named in the text (by full name, or by short name followed by a county
    /// suffix), with the position where the name ends.
    func firstCounty(in text: String, suffixes: [String]) -> (county: County, end: String.Index)? {
        let search = TextSearch(text)
        var best: (county: County, start: Int, end: Int)?
        for county in counties {
            for name in [county.name] + suffixes.map({ county.short + $0 }) {
                let pattern = Array(name.utf8)
                if let start = search.firstOffset(of: pattern), best == nil || start < best!.start {
                    best = (county, start, start + pattern.count)
                }
            }
        }
        return best.map { ($0.county, text.utf8.index(text.utf8.startIndex, offsetBy: $0.end)) }
    }

    /// The county whose short or full name the text starts with.
    func county(prefixing text: String) -> County? {
        counties.filter { text.hasPrefix($0.short) || text.hasPrefix($0.name) }.max { $0.short.count < $1.short.count }
    }

    /// The county whose short or full name is the text.
    func county(named text: String) -> County? {
        counties.first { $0.short == text || $0.name == text }
    }

    /// The first county mentioned anywhere in the text, by short name.
    func firstMention(in text: String) -> County? {
        let search = TextSearch(text)
        return counties.compactMap { county in search.firstOffset(of: Array(county.short.utf8)).map { (county, $0) } }
            .min { $0.1 < $1.1 }?.0
    }
}

/// ASCII slugs for Chinese names: toneless pinyin from the shipped table (Resources/pinyin.txt),
/// so that a slug is the same on every machine.
public struct Slug: Sendable {
    let syllables: [UInt32: String]

    public static func bundled() throws -> Slug {
        var syllables: [UInt32: String] = [:]
        for line in try BundledData.text(named: "pinyin", extension: "txt").split(separator: "\n") where !line.hasPrefix("#") {
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
