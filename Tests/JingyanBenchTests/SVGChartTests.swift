import Foundation
import Testing

@testable import jingyan_bench

/// The growth chart the bench draws from results.json: its scales, where points land, and that
/// the same results give the same text.
@Suite struct SVGChartTests {
    @Test func logarithmicScaleCoversWholeDecades() {
        let scale = ChartScale.fitting([1_015, 10_018, 100_030], logarithmic: true)
        #expect(scale == ChartScale(lower: 1_000, upper: 1_000_000, logarithmic: true))
        #expect(scale.ticks == [1_000, 10_000, 100_000, 1_000_000])
        #expect(abs(scale.fraction(10_000) - 1.0 / 3) < 1e-9)
        // One value still gets a decade; values at or below zero do not count.
        #expect(ChartScale.fitting([0, 3], logarithmic: true) == ChartScale(lower: 1, upper: 10, logarithmic: true))
    }

    @Test func linearScaleStartsAtZeroAndEndsRound() {
        let scale = ChartScale.fitting([37.6, 4.1], logarithmic: false)
        #expect(scale == ChartScale(lower: 0, upper: 40, logarithmic: false))
        #expect(scale.ticks == [0, 10, 20, 30, 40])
        #expect(scale.fraction(10) == 0.25)
        #expect(ChartScale.fitting([], logarithmic: false).upper == 1)
    }

    static func report(_ sizes: [(practices: Int, seconds: Double, hugo: Double?)]) -> RunReport {
        func site(_ seconds: Double, practices: Int) -> SizeResult.Site {
            SizeResult.Site(
                build: Measurement(seconds: seconds, peakRSSBytes: practices * 10_000),
                rebuild: .init(seconds: 1, peakRSSBytes: 1),
                files: practices, bytes: practices * 40_000)
        }
        let measurement = Measurement(seconds: 1, peakRSSBytes: 1)
        return RunReport(
            environment: [:], queries: [],
            sizes: sizes.map { size in
                SizeResult(
                    corpus: .init(
                        pages: 1, rawBytes: 1, practicesPlanned: size.practices, practicesExtracted: size.practices,
                        markdownBytes: 1, markdownFiles: 1),
                    extract: measurement,
                    extractOneCore: ExtractThroughput(rawBytes: 1, seconds: 1, cpuSeconds: 1, runs: 1),
                    jingyan: site(size.seconds, practices: size.practices),
                    hugo: size.hugo.map { site($0, practices: size.practices) },
                    cmarkFloor: measurement, copyFloor: measurement)
            })
    }

    @Test func pointsLandWhereTheScalesPutThem() throws {
        let chart = try GrowthChart(reports: [Self.report([(1_000, 1, 1), (100_000, 100, nil)])])
        let svg = chart.svg.render
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"750.0\" height=\"244.0\""))
        #expect(svg.hasSuffix("</svg>\n"))
        // x: 1k is the panel's left edge (52), 100k its right edge (236); y: 1 s is the bottom
        // (178) of a 1–100 s scale, 100 s the top (30).
        #expect(svg.contains("points=\"52.0,178.0 236.0,30.0\""))
        // Hugo was measured at one size only: one point, dashed, in each of the three panels.
        #expect(svg.components(separatedBy: "stroke-dasharray").count - 1 == 3 + 1)
        #expect(svg.contains(">Hugo</text>") && svg.contains(">Jingyan</text>"))
        #expect(svg.contains(">1k</text>") && svg.contains(">100k</text>"))
        // 40,000 bytes per practice at both sizes: 40 KB, the top of its scale.
        #expect(svg.contains("points=\"52.0,30.0 236.0,30.0\""))
    }

    @Test func theSameResultsGiveTheSameTextAndTheLaterFileWins() throws {
        let first = Self.report([(10_000, 4, 10), (1_000, 1, 1)])
        let later = Self.report([(10_000, 8, nil)])
        let once = try GrowthChart(reports: [first, later])
        #expect(once.sizes.map(\.corpus.practicesPlanned) == [1_000, 10_000])
        #expect(once.sizes[1].jingyan?.build.seconds == 8)
        #expect(once.svg.render == (try GrowthChart(reports: [first, later])).svg.render)
        #expect(throws: (any Error).self) { try GrowthChart(reports: [Self.report([])]) }
    }
}
