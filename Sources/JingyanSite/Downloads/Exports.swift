import Foundation
import JingyanModel
import JingyanSupport

/// The downloads: every entry as JSON, every metric as a spreadsheet.
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

    static let metricsColumns = [
        "地点", "县", "乡镇", "做法编号", "做法", "指标原文", "数值",
        "单位", "标准化数值", "约数", "时间", "统计对象", "原句", "页面",
    ]

    /// Every metric as a spreadsheet row, each practice's rows (`metricsCSVRows`) made or kept by
    /// the caller. UTF-8 with a byte order mark and CRLF line ends: what Excel needs to open
    /// Chinese text correctly with a double click.
    static func metricsCSV(practices: Int, rows: (Int) throws -> Data, into append: (Data) throws -> Void) throws {
        try append(Data([0xEF, 0xBB, 0xBF]) + line(metricsColumns))
        for practice in 0..<practices { try append(try rows(practice)) }
    }

    /// The rows of one practice's metrics, empty when it has none.
    static func metricsCSVRows(of practice: Int, in model: SiteModel) -> Data {
        let entry = model.practices[practice]
        let place = model.articles[entry.articleIndex].place
        var rows = Data()
        for metric in entry.practice.metrics {
            rows += line([
                place.displayName, place.county, place.township ?? "", entry.practice.id, entry.title, metric.text,
                metric.value.description, metric.unit, metric.valueNormalized.description,
                metric.approx ? "是" : "否",
                metric.period ?? "", metric.subject, metric.sentence, entry.path,
            ])
        }
        return rows
    }

    private static func line(_ fields: [String]) -> Data {
        Data((fields.map(csvField).joined(separator: ",") + "\r\n").utf8)
    }

    /// RFC 4180: quote fields holding a comma, quote or line break, doubling inner quotes.
    static func csvField(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
