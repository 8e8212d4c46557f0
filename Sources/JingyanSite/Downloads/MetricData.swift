import Foundation

/// One script of the metrics page's rows (`data/metrics/…js`). The page loads the scripts of the
/// county chosen, or all of them, and shows the rows a page at a time, so neither the page nor
/// any file grows without bound with the corpus. docs/metrics-data.md is the format.
struct MetricChunk: Sendable, Hashable {
    /// The script's path from the site root; the script names itself by it.
    var path: String
    var county: PlaceKey
    /// Indices into `SiteModel.practices`, in order, each with at least one metric.
    var practiceIndices: [Int]

    static let folder = "data/metrics/"
    /// The function every script calls; metrics.js defines it.
    static let registration = "JingyanMetrics.add"
    /// A script is closed once it holds this many metrics (a practice is never split).
    static let maximumMetrics = 2000

    /// Each county's practices with metrics, townships' included, in practice order, cut into
    /// scripts of at most about `maximumMetrics` metrics: "county-1.js", "county-2.js"…
    static func layout(of model: SiteModel, maximumMetrics: Int = maximumMetrics) -> [MetricChunk] {
        let byCounty = Dictionary(
            grouping: model.practices.indices.filter { !model.practices[$0].practice.metrics.isEmpty }
        ) {
            model.practices[$0].place.county
        }
        return byCounty.keys.sorted().flatMap { county in
            var chunks: [[Int]] = [[]]
            var metrics = 0
            for index in byCounty[county]! {
                if metrics >= maximumMetrics {
                    chunks.append([])
                    metrics = 0
                }
                chunks[chunks.count - 1].append(index)
                metrics += model.practices[index].practice.metrics.count
            }
            return chunks.enumerated().map { number, indices in
                MetricChunk(
                    path: "\(folder)\(SitePaths.fileName(county.countySlug))-\(number + 1).js", county: county,
                    practiceIndices: indices)
            }
        }
    }

    /// The format the scripts name; metrics.js refuses any other.
    static let format = "jingyan.metrics/2"

    /// `JingyanMetrics.add("<path>", "jingyan.metrics/2", "<base64>");`: the base64 of the
    /// gzip-compressed JSON array `[practice, …]`, where a practice is `[place path, practice
    /// path, title, [mechanism key, …], [metric, …], id, [place name, county, township],
    /// [sentence, …]]` and a metric `[subject, value as written, normalized value, unit, period,
    /// text, sentence number]`: the metrics page's rows and every column of the CSV it makes, each
    /// sentence once however many metrics quote it. Written by hand: it runs once per practice on
    /// the build's hot path, where JSONEncoder's generic encoding is slow.
    func javaScript(model: SiteModel) throws -> Data {
        var json = ScriptJSON()
        json.raw("[")
        for (position, index) in practiceIndices.enumerated() {
            json.raw(position == 0 ? "[" : ",\n[")
            Self.practice(index, model: model, into: &json)
            json.raw("]")
        }
        json.raw("]")
        var compressed = Data()
        try GzipWriter.stream(into: { compressed.append($0) }) { append in try append(Data(json.bytes)) }
        var out = ScriptJSON()
        out.raw(Self.registration + "(")
        out.string(path)
        out.raw(",")
        out.string(Self.format)
        out.raw(",\"" + compressed.base64EncodedString() + "\");\n")
        return Data(out.bytes)
    }

    private static func practice(_ index: Int, model: SiteModel, into out: inout ScriptJSON) {
        let entry = model.practices[index]
        let place = model.articles[entry.articleIndex].place
        func strings(_ values: [String]) {
            for (number, value) in values.enumerated() {
                if number > 0 { out.raw(",") }
                out.string(value)
            }
        }
        strings([model.place(entry.place).path, entry.path, entry.title])
        out.raw(",[")
        strings(entry.mechanisms.map { model.mechanism($0).slug })
        out.raw("],[")
        var sentences: [String] = []
        for (number, metric) in model.fullPractice(index).metrics.enumerated() {
            out.raw(number == 0 ? "[" : ",[")
            out.string(metric.subject)
            out.raw(",")
            out.string(SitePages.valueLabel(metric))
            // JSON has no infinity, which a hand-edited entry could hold.
            out.raw(",\(metric.valueNormalized.value.isFinite ? metric.valueNormalized.description : "0"),")
            strings([metric.unit, metric.period ?? "", metric.text])
            let sentence = sentences.firstIndex(of: metric.sentence) ?? sentences.count
            if sentence == sentences.count { sentences.append(metric.sentence) }
            out.raw(",\(sentence)]")
        }
        out.raw("],")
        out.string(entry.practice.id)
        out.raw(",[")
        strings([place.displayName, place.county, place.township ?? ""])
        out.raw("],[")
        strings(sentences)
        out.raw("]")
    }
}
