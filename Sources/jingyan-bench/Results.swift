import Foundation

/// Query figures from the browser script (scripts/bench-browser.py).
struct BrowserQueries: Codable, Equatable {
    struct Query: Codable, Equatable {
        var ms: Double
        var bytes: Double
        var results: Double
    }

    /// `?q=` in the address: from navigation start, the page's own load included.
    var first: Query
    /// Typed after the first.
    var second: Query
    /// The first query typed into a loaded page, nothing of the index fetched before (absent in
    /// results from before it was measured).
    var typedFirst: Query?
}

/// Everything measured for one corpus size. Optional parts are absent when not asked for, or
/// when not measured: then `notMeasured` names them and why.
struct SizeResult: Codable, Equatable {
    struct Corpus: Codable, Equatable {
        var pages: Int
        var rawBytes: Int
        var practicesPlanned: Int
        var practicesExtracted: Int
        var markdownBytes: Int
        var markdownFiles: Int
    }

    struct Site: Codable, Equatable {
        /// The median of `buildRuns` (seconds), with the highest peak RSS of them.
        var build: Measurement
        /// Seconds of each full build, in the order taken (absent in results before runs were repeated).
        var buildRuns: [Double]?
        /// After one edit (absent when skipped or not reached).
        var rebuild: Measurement?
        var files: Int
        var bytes: Int
        /// Search index files on disk: Jingyan's search/ folder (manifest and shards), Pagefind's pagefind/ folder.
        var indexBytes: Int?
        var indexFiles: Int?
        /// Jingyan's index built alone, in-process (`jingyan-bench index`): part of `build`.
        var indexBuildSeconds: Double?
        /// The preview server's rebuild after one edit, median: `jingyan serve` (in-process,
        /// `PreviewTiming`), `hugo server` (its own "Total in … ms").
        var previewRebuildSeconds: Double?
    }

    var corpus: Corpus
    var extract: Measurement
    /// Extraction alone on one core, in-process (no start-up, reading or writing files).
    var extractOneCore: ExtractThroughput?
    var jingyan: Site?
    var hugo: Site?
    var pagefind: Measurement?
    var cmarkFloor: Measurement?
    var copyFloor: Measurement?
    var jingyanBrowser: BrowserQueries?
    var pagefindBrowser: BrowserQueries?
    /// Blocks on disk the size held at its end, its folder and what it put in the trash
    /// (absent in results from before it was measured).
    var diskBytes: Int?
    /// Figures asked for and not in this result, by key ("jingyan.rebuild", "cmarkFloor"), with
    /// why: skipped (`run --skip`), or not reached when the run stopped before its phase.
    /// Absent when every figure asked for was measured.
    var notMeasured: [String: String]?

    static let notReached = "not reached: the run stopped before this phase"

    /// Takes `figures` off the list of what is not measured.
    mutating func markMeasured(_ figures: [String]) {
        for figure in figures { notMeasured?[figure] = nil }
        if notMeasured?.isEmpty == true { notMeasured = nil }
    }

    var extractMegabytesPerSecond: Double { Double(corpus.rawBytes) / 1_000_000 / extract.seconds }
}

/// Repeated measurements of one command.
struct BuildRuns {
    private(set) var runs: [Measurement] = []

    mutating func append(_ run: Measurement) { runs.append(run) }

    var seconds: [Double] { runs.map(\.seconds) }

    /// The median run's time and CPU time (the lower middle of an even count) and the highest peak RSS.
    var median: Measurement {
        let middle = runs.sorted { $0.seconds < $1.seconds }[(runs.count - 1) / 2]
        return Measurement(
            seconds: middle.seconds, peakRSSBytes: runs.map(\.peakRSSBytes).max()!, cpuSeconds: middle.cpuSeconds)
    }
}

struct RunReport: Codable {
    var environment: [String: String]
    var queries: [String]
    var sizes: [SizeResult]
}

/// The side-by-side table: each Jingyan figure, the same figure for Hugo/Pagefind, and their
/// ratio. A Jingyan figure not measured reads "not measured" (the reasons follow the table);
/// Hugo's and Pagefind's, "–" (not asked for) unless listed as not measured.
struct ResultTable {
    var result: SizeResult

    func render() -> String {
        var table = TableRows()
        let corpus = result.corpus
        table.add(
            "corpus", "\(corpus.practicesExtracted) practices (\(corpus.practicesPlanned) planned)",
            "\(corpus.pages) pages, \(mb(Double(corpus.rawBytes))) raw", "")
        table.row("extract MB/s", result.extractMegabytesPerSecond, nil) { String(format: "%.2f", $0) }
        addOneCoreRows(to: &table)
        table.row("extract peak RSS", Double(result.extract.peakRSSBytes), nil, mb)
        addBuildRows(to: &table)
        addQueryRows(to: &table)
        table.row("floor: cmark over content/", result.cmarkFloor?.seconds, nil, seconds)
        table.row("floor: cp -r content/", result.copyFloor?.seconds, nil, seconds)
        table.row("disk used by the size (all it kept)", result.diskBytes.map(Double.init), nil, mb)
        let reasons = (result.notMeasured ?? [:]).sorted { $0.key < $1.key }.map { "  \($0.key): \($0.value)" }
        return ([table.text] + (reasons.isEmpty ? [] : ["not measured:"] + reasons)).joined(separator: "\n")
    }

    func addOneCoreRows(to table: inout TableRows) {
        let sample = result.extractOneCore
        table.row("extract MB/s, one core, in-process", sample?.megabytesPerSecond, nil) { String(format: "%.2f", $0) }
        table.row("  same, per CPU second", sample?.megabytesPerCPUSecond, nil) { String(format: "%.2f", $0) }
        if let sample, let pages = sample.pages, let corpusPages = sample.corpusPages {
            table.add(
                "  pages measured, first by name", "\(pages) of \(corpusPages), \(mb(Double(sample.rawBytes)))", "", "")
        }
    }

    /// Builds, rebuilds, the index and what they leave on disk, beside Hugo's and Pagefind's.
    func addBuildRows(to table: inout TableRows) {
        let ours = result.jingyan
        let hugo = result.hugo
        table.row("build s, median (hugo: pages only)", ours?.build.seconds, hugo?.build.seconds, seconds)
        table.add("  each run, in turn", runs(ours?.buildRuns), runs(hugo?.buildRuns), "")
        table.row(
            "build peak RSS", ours.map { Double($0.build.peakRSSBytes) }, hugo.map { Double($0.build.peakRSSBytes) }, mb
        )
        table.row("rebuild s, one entry changed", ours?.rebuild?.seconds, hugo?.rebuild?.seconds, seconds)
        table.row(
            "preview rebuild s (serve), one entry changed", ours?.previewRebuildSeconds, hugo?.previewRebuildSeconds
        ) {
            String(format: "%.3f", $0)
        }
        table.row(
            "index build s (jingyan: part of build)", ours?.indexBuildSeconds, result.pagefind?.seconds, seconds)
        table.add("index peak RSS (pagefind)", "", result.pagefind.map { mb(Double($0.peakRSSBytes)) } ?? "–", "")
        let hugoPlusPagefind = hugo.flatMap { hugo in result.pagefind.map { hugo.build.seconds + $0.seconds } }
        table.row("pages + index s", ours?.build.seconds, hugoPlusPagefind, seconds)
        table.row("search index on disk", ours?.indexBytes.map(Double.init), hugo?.indexBytes.map(Double.init), mb)
        table.row("site on disk", ours.map { Double($0.bytes) }, hugo.map { Double($0.bytes) }, mb)
        table.row("site files", ours.map { Double($0.files) }, hugo.map { Double($0.files) }) { String(Int($0)) }
    }

    /// The browser's first and second queries, beside Pagefind's.
    func addQueryRows(to table: inout TableRows) {
        let ours = result.jingyanBrowser
        let theirs = result.pagefindBrowser
        table.row("1st query, in the address: bytes fetched", ours?.first.bytes, theirs?.first.bytes, kb)
        table.row("1st query, in the address: ms from navigation", ours?.first.ms, theirs?.first.ms) {
            String(format: "%.0f", $0)
        }
        table.row(
            "1st query, typed into the loaded page: bytes", ours?.typedFirst?.bytes, theirs?.typedFirst?.bytes, kb)
        table.row("1st query, typed into the loaded page: ms", ours?.typedFirst?.ms, theirs?.typedFirst?.ms) {
            String(format: "%.0f", $0)
        }
        table.row("2nd query: bytes fetched", ours?.second.bytes, theirs?.second.bytes, kb)
        table.row("2nd query: ms to results", ours?.second.ms, theirs?.second.ms) { String(format: "%.0f", $0) }
    }

    func seconds(_ value: Double) -> String { String(format: "%.2f", value) }
    func runs(_ values: [Double]?) -> String { values.map { $0.map(seconds).joined(separator: ", ") } ?? "–" }
    func mb(_ bytes: Double) -> String { String(format: "%.1f MB", bytes / 1_000_000) }
    func kb(_ bytes: Double) -> String { String(format: "%.0f KB", bytes / 1000) }
}

/// The rows of the results table: a measure, Jingyan's figure, Hugo's or Pagefind's, and their
/// ratio; printed as columns padded to their widest cell.
struct TableRows {
    var rows: [[String]] = [["", "jingyan", "hugo / pagefind", "ratio"]]

    /// A row of four cells as given.
    mutating func add(_ name: String, _ ours: String, _ theirs: String, _ ratio: String) {
        rows.append([name, ours, theirs, ratio])
    }

    /// A row of two figures and their ratio, ours ÷ theirs: ours "not measured" where missing,
    /// theirs "–" (not asked for, or no such figure).
    mutating func row(_ name: String, _ ours: Double?, _ theirs: Double?, _ format: (Double) -> String) {
        let ratio = ours.flatMap { ours in theirs.map { $0 > 0 ? String(format: "%.2f×", ours / $0) : "–" } } ?? ""
        add(name, ours.map(format) ?? "not measured", theirs.map(format) ?? "–", ratio)
    }

    var text: String {
        let widths = [0, 1, 2, 3].map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { $0.padding(toLength: $1, withPad: " ", startingAt: 0) }.joined(separator: " | ")
        }.joined(separator: "\n")
    }
}
