import Foundation
import Testing

@testable import jingyan_bench

/// The disk a run states before it starts: what it counts per size, how the options change it,
/// and how a finished size corrects it. No run is made.
@Suite struct DiskNeedTests {
    static let unit = DiskFootprint(
        seeds: 1, content: 10, site: 100, hugoContent: 1_000, hugoSite: 10_000, pagefindIndex: 100_000)

    static func plan(buildRuns: Int = 3, hugo: Bool = false, pagefind: Bool = false, free: Bool = false) -> DiskPlan {
        DiskPlan(buildRuns: buildRuns, withHugo: hugo, withPagefind: pagefind, freeBetweenSizes: free, footprint: unit)
    }

    @Test func countsEveryFolderASizeKeeps() {
        // seeds 1, content ×3 (content, preview copy, cp floor) 30, sites ×3 300, preview site 100.
        #expect(Self.plan().need(practices: 1).bytes == 431)
        #expect(Self.plan().need(practices: 1000).bytes == 431_000)
        // Hugo: its content once, its public folder per build run; Pagefind's index once.
        #expect(Self.plan(hugo: true).need(practices: 1).bytes == 431 + 1_000 + 30_000)
        #expect(Self.plan(hugo: true, pagefind: true).need(practices: 1).bytes == 431 + 31_000 + 100_000)
    }

    @Test func eachBuildRunKeepsItsSite() {
        #expect(Self.plan(buildRuns: 1).need(practices: 10).bytes == 10 * (1 + 30 + 100 + 100))
        #expect(Self.plan(buildRuns: 5).need(practices: 10).bytes == 10 * (1 + 30 + 500 + 100))
    }

    @Test func sizesAddUpUnlessFreedBetween() {
        #expect(Self.plan().peak(of: [10, 100]) == 4_310 + 43_100)
        #expect(Self.plan(free: true).peak(of: [10, 100]) == 43_100)
        #expect(Self.plan(free: true).peak(of: [100, 10]) == 43_100)
    }

    @Test func aFinishedSizeScalesTheSizesAfterIt() {
        var plan = Self.plan()
        plan.calibrate(practices: 1000, usedBytes: 862_000)  // twice what the model said
        #expect(plan.need(practices: 10_000).bytes == 8_620_000)
        plan.calibrate(practices: 10_000, usedBytes: 2_155_000)  // half the first model
        #expect(plan.need(practices: 100).bytes == 21_550)
    }

    @Test func theCheckThrowsNamingNeedFreeSpaceAndWhatToDo() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-disk-\(UUID().uuidString)")
        let free = try FreeSpace.of(folder.appendingPathComponent("not/yet"))
        #expect(free.folder.path == FileManager.default.temporaryDirectory.standardizedFileURL.path)
        #expect(free.bytes > 0)
        // More practices than any disk holds at 431 bytes each; then as many as surely fit.
        let check = DiskCheck(plan: Self.plan(), out: folder)
        var printed: [String] = []
        #expect(throws: DiskCheckError.self) {
            try check.verify(sizes: [free.bytes], ignoring: false) { printed.append($0) }
        }
        do {
            try check.verify(sizes: [free.bytes], ignoring: false) { _ in }
        } catch let error as DiskCheckError {
            for phrase in [free.folder.path, "are free there", "--build-runs", "--ignore-disk-check"] {
                #expect(error.message.contains(phrase), "\(phrase)")
            }
        }
        #expect(printed.count == 2 && printed[1].contains("peak"))
        try check.verify(sizes: [free.bytes], ignoring: true) { _ in }
        try check.verify(sizes: [1], ignoring: false) { _ in }
    }

    @Test func bytesReadAsAPersonReadsThem() {
        #expect(ByteText.format(950_000) == "950 KB")
        #expect(ByteText.format(12_340_000) == "12.3 MB")
        #expect(ByteText.format(1_234_000_000) == "1.23 GB")
    }
}

/// What `run --skip` leaves out of the disk need, from the options as a user types them.
@Suite struct SkippedPhasesDiskTests {
    static func plan(_ arguments: [String]) throws -> DiskPlan {
        var plan = try RunCommand.parse(arguments).diskPlan()
        plan.footprint = DiskNeedTests.unit
        return plan
    }

    @Test func aSkippedPreviewLeavesOutItsContentAndSite() throws {
        // seeds 1, content 10, cp floor 10, one site 100: no preview content, no preview site.
        let plan = try Self.plan(["--build-runs", "1", "--skip", "preview"])
        #expect(plan.need(practices: 1).bytes == 121)
        #expect(!plan.need(practices: 1).parts.contains { $0.name.hasPrefix("preview") })
    }

    @Test func skippedFloorsLeaveOutTheCopy() throws {
        let plan = try Self.plan(["--build-runs", "1", "--skip", "floors"])
        #expect(plan.need(practices: 1).bytes == 1 + 10 + 10 + 100 + 100)
        #expect(!plan.need(practices: 1).parts.contains { $0.name == "cp floor" })
    }

    @Test func bothSkippedKeepSeedsContentAndTheSites() throws {
        let plan = try Self.plan(["--skip", "preview,floors"])
        #expect(plan.need(practices: 1).parts.map(\.name) == ["seeds", "content", "site ×3"])
        #expect(plan.need(practices: 1000).bytes == 311_000)
        // Rebuilding and the index alone write no folder of their own.
        #expect(try Self.plan(["--skip", "rebuild,index-alone"]).need(practices: 1).bytes == 431)
    }

    @Test func theBrowserAloneAddsNeitherHugoNorPagefind() throws {
        let browser = try RunCommand.parse(["--browser", "--build-runs", "1", "--skip", "preview,floors"])
        #expect(!browser.withHugo)
        var plan = try browser.diskPlan()
        plan.footprint = DiskNeedTests.unit
        #expect(plan.need(practices: 1).bytes == 111)
        #expect(try RunCommand.parse(["--pagefind"]).withHugo)
        var both = try RunCommand.parse(["--pagefind", "--browser", "--build-runs", "1"]).diskPlan()
        both.footprint = DiskNeedTests.unit
        #expect(both.need(practices: 1).bytes == 231 + 1_000 + 10_000 + 100_000)
    }

    @Test func aMillionWithOneBuildAndNoCopiesAtTheMeasuredWeight() throws {
        let plan = try RunCommand.parse(["--sizes", "1000000", "--build-runs", "1", "--skip", "preview,floors"])
            .diskPlan()
        let measured = DiskFootprint.measured
        #expect(plan.need(practices: 1_000_000).bytes == Int((measured.seeds + measured.content + measured.site) * 1e6))
    }
}
