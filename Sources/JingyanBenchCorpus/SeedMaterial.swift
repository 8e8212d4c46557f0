import Foundation
import JingyanExtract
import JingyanLayout
import JingyanModel

/// The real sentences the corpus is recombined from, read out of a seed page by the real
/// extractor: ledes (with their place cut out), section headings, practice leads, body sentences
/// and photo captions.
public struct SeedMaterial: Sendable {
    /// A lede split around its place: `opening + place + rest`, the place being county and township.
    public struct LedeTemplate: Hashable, Sendable {
        public var opening: String
        public var rest: String
    }

    public var ledes: [LedeTemplate]
    /// Heading halves around "，": a heading "甲，乙" gives 甲 and 乙.
    public var headingOpenings: [String]
    public var headingClosings: [String]
    /// Lead sentences with their ender, as BodyLayout reads them.
    public var leads: [String]
    /// Body sentences that name no county and cannot be mistaken for a lead.
    public var sentences: [String]
    /// Caption texts without their photo credit, place names cut out.
    public var captions: [String]

    /// A seed page with too little of some kind of text to build a corpus from.
    public enum Error: Swift.Error, CustomStringConvertible {
        case tooLittleText(page: String, missing: String)

        public var description: String {
            switch self {
            case .tooLittleText(let page, let missing):
                """
                the seed page \(page) gives no \(missing) to recombine; \
                pass a page with articles in the seed's layout (--seed-page)
                """
            }
        }
    }

    /// Reads the material from one seed page with the standard extractor.
    public init(seedPage text: String, file: String) throws {
        let extractor = try Extractor.standard()
        let extraction = try extractor.extract(page: text, file: file)
        let countyNames = extractor.gazetteer.counties.flatMap { [$0.name, $0.short] }
        func namesNoCounty(_ text: String) -> Bool { !countyNames.contains { text.contains($0) } }

        ledes = extraction.articles.compactMap { Self.ledeTemplate($0.lede, place: $0.place) }
        let headings = extraction.articles.flatMap(\.sections).compactMap(\.heading)
        let halves = headings.map { $0.split(separator: "，", maxSplits: 1).map(String.init) }.filter { $0.count == 2 }
        headingOpenings = Self.unique(halves.map { $0[0] })
        headingClosings = Self.unique(halves.map { $0[1] })

        let practices = extraction.articles.flatMap(\.practices)
        leads = Self.unique(
            practices.compactMap { practice in practice.lead.map { String(practice.text.prefix($0.count + 1)) } })
        let bodies = practices.map { practice in
            practice.lead.map { String(practice.text.dropFirst($0.count + 1)) } ?? practice.text
        }
        sentences = Self.unique(
            bodies.flatMap(Self.sentences(in:)).filter {
                !BodyLayout.opensWithLead($0) && namesNoCounty($0) && $0.count >= 8
            })
        captions = extraction.captions.map { caption in
            countyNames.reduce(caption.text) { text, name in text.replacingOccurrences(of: name, with: "") }
        }

        for (name, pool) in [
            ("lede naming its county", ledes.count), ("heading of the form 甲，乙", headingOpenings.count),
            ("lead sentence", leads.count), ("body sentence", sentences.count),
        ] where pool == 0 {
            throw Error.tooLittleText(page: file, missing: name)
        }
    }

    /// Cuts the place (county, maybe with township) out of a lede that names its county.
    static func ledeTemplate(_ lede: String, place: Place) -> LedeTemplate? {
        let placeName = place.county + (place.township ?? "")
        guard let range = lede.range(of: placeName) ?? lede.range(of: place.county) else { return nil }
        return LedeTemplate(opening: String(lede[..<range.lowerBound]), rest: String(lede[range.upperBound...]))
    }

    /// Sentences with their ender and any closing quote or bracket after it.
    static func sentences(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text where character != "\n" {
            if current.isEmpty, Typography.closers.contains(character), !result.isEmpty {
                result[result.count - 1].append(character)
                continue
            }
            current.append(character)
            if Typography.sentenceEnders.contains(character) {
                result.append(current)
                current = ""
            }
        }
        return result
    }

    /// First occurrences in order: the pools are lists, so draws do not depend on hashing.
    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}
