import Foundation
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
        var best: (county: County, start: String.Index, end: String.Index)?
        for county in counties {
            var candidates: [Range<String.Index>] = []
            if let range = text.range(of: county.name) { candidates.append(range) }
            for suffix in suffixes {
                if let range = text.range(of: county.short + suffix) { candidates.append(range) }
            }
            for range in candidates where best == nil || range.lowerBound < best!.start {
                best = (county, range.lowerBound, range.upperBound)
            }
        }
        return best.map { ($0.county, $0.end) }
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
        counties.compactMap { county in text.range(of: county.short).map { (county, $0.lowerBound) } }
            .min { $0.1 < $1.1 }?.0
    }
}

/// ASCII slugs for Chinese names: pinyin without tones, lower case, hyphen-free.
public enum Slug {
    /// "新店" → "xindian"; ASCII letters and digits are kept, everything else dropped.
    public static func pinyin(_ text: String) -> String {
        let latin = text.applyingTransform(.mandarinToLatin, reverse: false)?
            .applyingTransform(.stripDiacritics, reverse: false) ?? text
        return String(latin.lowercased().unicodeScalars.filter { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }.map(Character.init))
    }

    /// Joins non-empty parts with hyphens.
    public static func join(_ parts: [String]) -> String {
        parts.filter { !$0.isEmpty }.joined(separator: "-")
    }
}
