import Foundation
import Testing

@testable import jingyan_bench

/// `run --skip`: what it accepts, and how a skipped or unreached figure reads in the results —
/// as not measured, never as zero.
@Suite struct SkippablePhaseTests {
    @Test func parsesACommaSeparatedListOfPhases() throws {
        #expect(try SkippablePhase.parse("") == [])
        #expect(try SkippablePhase.parse("preview,floors") == [.preview, .floors])
        #expect(try SkippablePhase.parse(" rebuild , index-alone") == [.rebuild, .indexAlone])
        #expect(try SkippablePhase.parse("floors,floors") == [.floors])
    }

    @Test func anUnknownPhaseIsRefusedNamingThePhases() throws {
        do {
            _ = try SkippablePhase.parse("preview,hugo")
            Issue.record("'hugo' was accepted")
        } catch {
            let message = String(describing: error)
            #expect(message.contains("'hugo'"))
            for phase in SkippablePhase.allCases { #expect(message.contains(phase.rawValue)) }
        }
        #expect(throws: (any Error).self) { try RunCommand.parse(["--skip", "previews"]) }
    }

    @Test func eachPhaseNamesTheFiguresItGives() {
        #expect(SkippablePhase.preview.figures.contains("jingyan.previewRebuildSeconds"))
        #expect(SkippablePhase.floors.figures == ["cmarkFloor", "copyFloor"])
        #expect(SkippablePhase.allCases.sorted() == [.rebuild, .indexAlone, .preview, .floors])
    }

    static func partial() -> SizeResult {
        let measurement = Measurement(seconds: 2, peakRSSBytes: 3_000_000, cpuSeconds: 1)
        var result = SizeResult(
            corpus: .init(
                pages: 1, rawBytes: 1, practicesPlanned: 10, practicesExtracted: 10, markdownBytes: 1,
                markdownFiles: 1),
            extract: measurement)
        result.notMeasured = ["cmarkFloor": "skipped (--skip floors)", "jingyan": SizeResult.notReached]
        result.jingyan = .init(build: measurement, files: 4, bytes: 5_000_000)
        result.markMeasured(["jingyan"])
        return result
    }

    @Test func aSkippedFigureReadsNotMeasuredInTheTableAndTheJSON() throws {
        let result = Self.partial()
        #expect(result.notMeasured == ["cmarkFloor": "skipped (--skip floors)"])
        let table = ResultTable(result: result).render()
        let floorRow = table.split(separator: "\n").first { $0.hasPrefix("floor: cmark") }
        #expect(floorRow?.contains("not measured") == true)
        #expect(!(floorRow?.contains("0.00") ?? true))
        #expect(table.contains("cmarkFloor: skipped (--skip floors)"))
        let json = String(decoding: try JSONEncoder().encode(result), as: UTF8.self)
        #expect(!json.contains("\"cmarkFloor\":{"))
        #expect(json.contains("\"notMeasured\":{\"cmarkFloor\":\"skipped (--skip floors)\"}"))
        var complete = result
        complete.markMeasured(["cmarkFloor"])
        #expect(complete.notMeasured == nil)
    }

    @Test func theReportFileKeepsEachPhaseAsItComes() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-report-\(UUID().uuidString)")
            .appendingPathComponent("results.json")
        defer { try? FileManager.default.removeItem(at: file.deletingLastPathComponent()) }
        let report = ReportFile(file: file, report: RunReport(environment: [:], queries: ["a", "b"], sizes: []))
        var result = Self.partial()
        try report.record(result, position: 0)
        result.diskBytes = 7
        try report.record(result, position: 0)
        let read = try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: file))
        #expect(read.sizes.count == 1 && read.sizes[0].diskBytes == 7)
        #expect(read.sizes[0].notMeasured?["cmarkFloor"] != nil)
        try report.record(result, position: 1)
        #expect(try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: file)).sizes.count == 2)
    }
}

/// The build figure of several runs: the median run's time and CPU time, the highest peak.
@Suite struct BuildRunsTests {
    @Test func theMedianKeepsItsCPUTimeAndTheHighestPeak() {
        var runs = BuildRuns()
        runs.append(Measurement(seconds: 9, peakRSSBytes: 10, cpuSeconds: 8))
        runs.append(Measurement(seconds: 3, peakRSSBytes: 30, cpuSeconds: 2))
        runs.append(Measurement(seconds: 5, peakRSSBytes: 20, cpuSeconds: 4))
        #expect(runs.median == Measurement(seconds: 5, peakRSSBytes: 30, cpuSeconds: 4))
        #expect(runs.seconds == [9, 3, 5])
    }
}
