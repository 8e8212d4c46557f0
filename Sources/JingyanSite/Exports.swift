import Foundation
import JingyanModel

/// The downloads: every entry as JSON, every metric as a spreadsheet.
enum Exports {
    /// The same document `jingyan extract --json` prints (schema jingyan.extract/1), keys sorted.
    static func entriesJSON(articles: [Article], captions: [Caption]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(Extraction(articles: articles, captions: captions))
        data.append(0x0A)
        return data
    }

    static let metricsColumns = [
        "地点", "县", "乡镇", "做法编号", "做法", "指标原文", "数值", "单位", "标准化数值", "约数", "时间", "统计对象", "原句", "页面",
    ]

    /// UTF-8 with a byte order mark and CRLF line ends: what Excel needs to open Chinese text
    /// correctly with a double click.
    static func metricsCSV(model: SiteModel) -> Data {
        var lines = [metricsColumns]
        for entry in model.practices {
            let place = model.articles[entry.articleIndex].place
            for metric in entry.practice.metrics {
                lines.append([
                    place.displayName, place.county, place.township ?? "", entry.practice.id, entry.title, metric.text,
                    metric.value.description, metric.unit, metric.valueNormalized.description, metric.approx ? "是" : "否",
                    metric.period ?? "", metric.subject, metric.sentence, entry.path,
                ])
            }
        }
        let text = lines.map { $0.map(csvField).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
    }

    /// RFC 4180: quote fields holding a comma, quote or line break, doubling inner quotes.
    static func csvField(_ value: String) -> String {
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
