import Foundation

/// The search index the site ships as `search/index.js`; docs/search-index.md is its schema.
///
/// Postings only narrow the candidates: the page then checks that each query term really occurs
/// in a candidate (bigrams of "楼栋长" can all occur without the word) and ranks title hits above
/// mechanism hits above body hits.
struct SearchIndex: Encodable, Equatable {
    static let schemaVersion = "jingyan.search/1"
    /// The global the index script assigns; search.js reads it.
    static let globalName = "JINGYAN_SEARCH_INDEX"

    struct Facet: Encodable, Equatable {
        var key: String
        var name: String
        var url: String
        /// "scheme" or "category" for mechanisms; absent for places.
        var kind: String?
    }

    struct Document: Encodable, Equatable {
        var url: String
        var title: String
        /// Index into `places`.
        var place: Int
        /// Indices into `mechanisms`.
        var mechanisms: [Int]
        /// The practice text; paragraphs separated by "\n".
        var text: String
    }

    var schema = Self.schemaVersion
    var places: [Facet]
    var mechanisms: [Facet]
    var documents: [Document]
    /// Token → ascending indices into `documents` whose title, mechanism names, place name or text
    /// contain it.
    var postings: [String: [Int]]

    init(model: SiteModel) {
        places = model.places.map { Facet(key: $0.path, name: $0.name, url: $0.path, kind: nil) }
        mechanisms = model.mechanisms.map {
            Facet(key: SitePaths.mechanismSlug($0.key), name: $0.key.name, url: $0.path, kind: $0.key.kind.rawValue)
        }
        let placeIndex = Dictionary(uniqueKeysWithValues: model.places.enumerated().map { ($1.key, $0) })
        let mechanismIndex = Dictionary(uniqueKeysWithValues: model.mechanisms.enumerated().map { ($1.key, $0) })

        var postings: [String: [Int]] = [:]
        documents = model.practices.enumerated().map { documentIndex, entry in
            let text = Self.plainText(entry.practice.text)
            let searchable = [entry.title, model.place(entry.place).name] + entry.mechanisms.map(\.name) + [text]
            for token in Set(searchable.flatMap(SearchTokenizer.tokens(in:))) {
                postings[token, default: []].append(documentIndex)
            }
            return Document(
                url: entry.path, title: entry.title, place: placeIndex[entry.place]!,
                mechanisms: entry.mechanisms.map { mechanismIndex[$0]! }, text: text)
        }
        self.postings = postings
    }

    /// Documents that contain every token of `term`; every document when the term has no token
    /// (a single Han character, punctuation), which the page then scans.
    func candidates(for term: String) -> [Int] {
        let tokens = SearchTokenizer.tokens(in: term)
        guard let first = tokens.first else { return Array(documents.indices) }
        var result = Set(postings[first] ?? [])
        for token in tokens.dropFirst() { result.formIntersection(postings[token] ?? []) }
        return result.sorted()
    }

    /// The index as a script that assigns the global: a `<script src>` loads it, which works from
    /// `file://` where `fetch()` does not.
    func javaScript() throws -> Data {
        let json = try JavaScriptLiteral.json(self)
        return Data("window.\(Self.globalName) = \(json);\n".utf8)
    }

    /// Paragraphs joined by one newline: the index shows snippets, not layout.
    static func plainText(_ markdownish: String) -> String {
        markdownish.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: "\n")
    }
}

/// JSON that is safe to put into JavaScript, even inline in HTML.
enum JavaScriptLiteral {
    /// Sorted keys for byte-identical builds. JSONEncoder leaves `<`, `>` and `&` alone (so
    /// `</script>` or `<!--` could end or bend an inline script) and U+2028/U+2029 (line breaks in
    /// older JavaScript); each becomes a `\u` escape, which is equal JSON.
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let raw = String(decoding: try encoder.encode(value), as: UTF8.self)
        var escaped = ""
        escaped.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "<": escaped += "\\u003c"
            case ">": escaped += "\\u003e"
            case "&": escaped += "\\u0026"
            case "\u{2028}": escaped += "\\u2028"
            case "\u{2029}": escaped += "\\u2029"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }
}
