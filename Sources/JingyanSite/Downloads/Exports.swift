import Foundation
import JingyanModel
import JingyanSupport

/// The entries download: every entry as JSON, gzip-compressed in segments (`EntriesDownload`;
/// unpacked, the same bytes `jingyan extract --json` prints). The metrics' spreadsheet is made by the metrics
/// page from its data scripts (`MetricChunk`), which hold every column of it.
enum Exports {
    /// The same document `jingyan extract --json` prints (schema jingyan.extract/1), keys sorted,
    /// without the indentation, written an entry at a time: a base of 100,000 practices makes a
    /// file too big to build whole in memory. The articles come encoded (`encoded`) a range at a
    /// time.
    static func entriesJSON(
        articleCount: Int, articles: (Range<Int>) throws -> [Data], captions: [Caption],
        into append: (Data) throws -> Void
    ) throws {
        func array(count: Int, _ encoded: (Range<Int>) throws -> [Data]) throws {
            try append(Data("[".utf8))
            for batch in stride(from: 0, to: count, by: 512) {
                for (offset, item) in try encoded(batch..<min(batch + 512, count)).enumerated() {
                    if batch + offset > 0 { try append(Data(",\n".utf8)) }
                    try append(item)
                }
            }
            try append(Data("]".utf8))
        }
        // The keys of `Extraction`, sorted.
        try append(Data("{\"articles\":".utf8))
        try array(count: articleCount, articles)
        try append(Data(",\n\"captions\":".utf8))
        try array(count: captions.count) { try encoded(captions[$0]) }
        try append(Data(",\n\"schema\":".utf8) + (try encoder.encode(Extraction.schemaVersion)) + Data("}\n".utf8))
    }

    /// The document's start, up to its first article (`entriesJSON`).
    static let entriesHead = Data("{\"articles\":[".utf8)
    /// What comes before each article but the first.
    static let entriesSeparator = Data(",\n".utf8)

    /// The document after its last article: the captions and the schema (`entriesJSON`).
    static func entriesTail(captions: [Caption]) throws -> [Data] {
        var pieces = [Data("],\n\"captions\":[".utf8)]
        for (number, caption) in try encoded(captions[...]).enumerated() {
            if number > 0 { pieces.append(entriesSeparator) }
            pieces.append(caption)
        }
        pieces.append(Data("],\n\"schema\":".utf8) + (try encoder.encode(Extraction.schemaVersion)) + Data("}\n".utf8))
        return pieces
    }

    /// Items as the entries download holds them. JSONEncoder is most of the time: they are
    /// encoded on all cores.
    static func encoded<T: Encodable & Sendable>(_ items: ArraySlice<T>) throws -> [Data] {
        let encoder = encoder
        return try Concurrent.map(items.count) { try encoder.encode(items[items.startIndex + $0]) }
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
