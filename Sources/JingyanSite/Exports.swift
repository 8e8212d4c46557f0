import Foundation
import JingyanModel

/// The downloads: every entry as JSON, every metric as a spreadsheet.
enum Exports {
    /// The same document `jingyan extract --json` prints (schema jingyan.extract/1), keys sorted,
    /// without the indentation: written an entry at a time, as a base of 100,000 practices makes
    /// a file too big to build whole in memory.
    static func entriesJSON(articles: [Article], captions: [Caption], into append: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // JSONEncoder is most of the time: items are encoded on all cores, a batch at a time.
        func array<T: Encodable & Sendable>(_ items: [T]) throws {
            try append(Data("[".utf8))
            for batch in stride(from: 0, to: items.count, by: 512) {
                let encoded = try Concurrent.map(min(512, items.count - batch)) { try encoder.encode(items[batch + $0]) }
                for (offset, item) in encoded.enumerated() {
                    try append((batch + offset == 0 ? Data() : Data(",\n".utf8)) + item)
                }
            }
            try append(Data("]".utf8))
        }
        // The keys of `Extraction`, sorted.
        try append(Data("{\"articles\":".utf8))
        try array(articles)
        try append(Data(",\n\"captions\":".utf8))
        try array(captions)
        try append(Data(",\n\"schema\":".utf8) + (try encoder.encode(Extraction.schemaVersion)) + Data("}\n".utf8))
    }

    static let metricsColumns = [
        "地点", "县", "乡镇", "做法编号", "做法", "指标原文", "数值", "单位", "标准化数值", "约数", "时间", "统计对象", "原句", "页面",
    ]

    /// UTF-8 with a byte order mark and CRLF line ends: what Excel needs to open Chinese text
    /// correctly with a double click.
    static func metricsCSV(model: SiteModel, into append: (Data) throws -> Void) throws {
        func line(_ fields: [String]) -> Data { Data((fields.map(csvField).joined(separator: ",") + "\r\n").utf8) }
        try append(Data([0xEF, 0xBB, 0xBF]) + line(metricsColumns))
        for entry in model.practices {
            let place = model.articles[entry.articleIndex].place
            for metric in entry.practice.metrics {
                try append(line([
                    place.displayName, place.county, place.township ?? "", entry.practice.id, entry.title, metric.text,
                    metric.value.description, metric.unit, metric.valueNormalized.description, metric.approx ? "是" : "否",
                    metric.period ?? "", metric.subject, metric.sentence, entry.path,
                ]))
            }
        }
    }

    /// RFC 4180: quote fields holding a comma, quote or line break, doubling inner quotes.
    static func csvField(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
