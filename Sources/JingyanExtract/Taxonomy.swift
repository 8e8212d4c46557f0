import Foundation
import JingyanLayout

/// The editable taxonomy of practice categories (content/taxonomy.yml), and the spellings of a
/// named scheme that are one scheme (`aliases`: canonical name → its other spellings). Extraction
/// reads only the categories; the site shows each scheme under its canonical name.
public struct Taxonomy: Sendable {
    /// A category of practice and the keywords that put a practice in it (at least `minHits`).
    public struct Category: Decodable, Hashable, Sendable {
        public var name: String
        public var keywords: [String]
        public var minHits: Int?

        enum CodingKeys: String, CodingKey {
            case name, keywords
            case minHits = "min_hits"
        }
    }

    struct File: Decodable {
        var categories: [Category]
        var aliases: [String: [String]]?
    }

    public let categories: [Category]
    /// Canonical scheme name → its other spellings, as the file lists them.
    public let aliases: [String: [String]]
    /// Every category's keywords in one counter, category after category.
    let keywords: KeywordIndex

    public static let fileName = "taxonomy.yml"

    /// The text of the taxonomy shipped with Jingyan, which extract copies into content/.
    public static func bundledText() throws -> String { try BundledData.text(named: "taxonomy") }

    /// Reads a taxonomy.yml and checks its aliases; `source` names the file in errors.
    public init(yaml: String, source: String) throws {
        let file = try BundledData.decode(File.self, yaml: yaml, source: source)
        categories = file.categories
        aliases = file.aliases ?? [:]
        if let problem = Self.aliasProblem(aliases) { throw ExtractionError.badDataFile(source, problem) }
        keywords = KeywordIndex(keywords: categories.flatMap(\.keywords))
    }

    /// Why `aliases` cannot be read as one name per scheme, or nil: a spelling listed twice, or a
    /// canonical name that is another's spelling (a chain the reader would have to follow).
    static func aliasProblem(_ aliases: [String: [String]]) -> String? {
        var canonicalOf: [String: String] = [:]
        for name in aliases.keys.sorted() {
            for spelling in aliases[name]! where spelling != name {
                if let other = canonicalOf[spelling] {
                    return "aliases: '\(spelling)' is listed under both '\(other)' and '\(name)'; keep it under one"
                }
                canonicalOf[spelling] = name
            }
        }
        if let chained = aliases.keys.sorted().first(where: { canonicalOf[$0] != nil }) {
            return
                """
                aliases: '\(chained)' is a canonical name and a spelling \
                of '\(canonicalOf[chained]!)'; list its spellings there
                """
        }
        return nil
    }

    /// The categories whose keywords occur often enough in the text, in taxonomy order.
    public func categories(of text: String) -> [String] {
        var counts = keywords.counts(in: text[...])[...]
        return categories.filter { category in
            let hits = counts.prefix(category.keywords.count).reduce(0, +)
            counts = counts.dropFirst(category.keywords.count)
            return hits >= max(category.minHits ?? 1, 1)
        }.map(\.name)
    }
}

/// Where the taxonomy lives: content/taxonomy.yml once extract has written it, else the bundled one.
public enum TaxonomyFile {
    /// Where a content folder's taxonomy.yml is.
    public static func url(in contentDirectory: URL) -> URL {
        contentDirectory.appendingPathComponent(Taxonomy.fileName)
    }

    /// The content folder's taxonomy, else the bundled one. A taxonomy.yml that is a link to a
    /// file outside the content folder is refused, as content files are.
    public static func load(contentDirectory: URL) throws -> Taxonomy {
        let url = url(in: contentDirectory)
        let folder = contentDirectory.resolvingSymlinksInPath().path
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil,
            !url.resolvingSymlinksInPath().path.hasPrefix(folder + "/")
        {
            throw ExtractionError.badDataFile(
                url.path, "is a link to a file outside the content folder; replace it with the file itself")
        }
        if let text = try? String(contentsOf: url, encoding: .utf8) {
            return try Taxonomy(yaml: text, source: url.path)
        }
        return try Taxonomy(yaml: Taxonomy.bundledText(), source: Taxonomy.fileName)
    }
}
