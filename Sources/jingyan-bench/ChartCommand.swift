import ArgumentParser
import Foundation

struct ChartCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chart",
        abstract: "Draw how build time, peak RSS and site bytes per practice grow with practices, as an SVG.",
        discussion: """
            Reads one or more results.json files of `jingyan-bench run` and draws every size in \
            them on a logarithmic practice axis, Jingyan beside Hugo where Hugo was measured. \
            A size found in two files is taken from the later one. The same files give the same SVG.
            """
    )

    @Option(help: "A results.json of `jingyan-bench run`; repeat for several.")
    var results: [String] = []

    @Option(help: "The SVG file to write.")
    var out: String

    func validate() throws {
        guard !results.isEmpty else { throw ValidationError("--results needs at least one results.json") }
    }

    func run() throws {
        let reports = try results.map { path in
            do {
                return try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            } catch {
                throw ValidationError("cannot read \(path) as the results.json of `jingyan-bench run`: \(error)")
            }
        }
        let chart = try GrowthChart(reports: reports)
        let file = URL(fileURLWithPath: out)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(chart.svg.render.utf8).write(to: file)
        print("chart: \(file.path) (\(chart.sizes.count) sizes)")
    }
}

/// The growth figures of every size in some runs: full build seconds and peak RSS (logarithmic,
/// where a straight line of slope 1 is linear growth) and site bytes per practice (linear).
struct GrowthChart {
    /// One result per planned practice count, in increasing order.
    var sizes: [SizeResult]

    static let jingyanColor = "#1f77b4"
    static let hugoColor = "#d62728"

    init(reports: [RunReport]) throws {
        var byPlan: [Int: SizeResult] = [:]
        for size in reports.flatMap(\.sizes) { byPlan[size.corpus.practicesPlanned] = size }
        sizes = byPlan.keys.sorted().map { byPlan[$0]! }
        guard !sizes.isEmpty else { throw ValidationError("the results hold no sizes to draw") }
    }

    var panels: [ChartPanel] {
        [
            panel("full build, s", logarithmic: true) { $0.build.seconds },
            panel("build peak RSS, MB", logarithmic: true) { Double($0.build.peakRSSBytes) / 1e6 },
            panel("site on disk per practice, KB", logarithmic: false, perPractice: true) { Double($0.bytes) / 1e3 },
        ]
    }

    var svg: SVGChart { SVGChart(panels: panels, xTitle: "practices") }

    /// Jingyan's figure at every size and Hugo's where it was measured, optionally per practice.
    func panel(
        _ title: String, logarithmic: Bool, perPractice: Bool = false, _ figure: (SizeResult.Site) -> Double
    ) -> ChartPanel {
        func points(_ site: (SizeResult) -> SizeResult.Site?) -> [ChartPoint] {
            sizes.compactMap { size in
                let practices = Double(size.corpus.practicesExtracted)
                return site(size).map { ChartPoint(x: practices, y: figure($0) / (perPractice ? practices : 1)) }
            }
        }
        var series = [ChartSeries(name: "Jingyan", color: Self.jingyanColor, dashed: false, points: points(\.jingyan))]
        let hugo = points(\.hugo)
        if !hugo.isEmpty { series.append(ChartSeries(name: "Hugo", color: Self.hugoColor, dashed: true, points: hugo)) }
        return ChartPanel(title: title, logarithmicY: logarithmic, series: series)
    }
}
