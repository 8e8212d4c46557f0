import JingyanPipeline
import Testing

/// Shared by the closures below: what a progress line wrote.
final class Written: @unchecked Sendable {
    var text = ""
}

@Suite struct ProgressLineTests {
    @Test func quietWhenNotATerminalUnlessVerbose() {
        let written = Written()
        var progress = ProgressLine(label: "build", verbose: false, isTerminal: false) { written.text += $0 }
        progress.update("1/2 pages")
        progress.update("2/2 pages")
        progress.finish()
        #expect(progress.mode == .silent)
        #expect(written.text.isEmpty)
    }

    @Test func verboseWithoutATerminalPrintsPlainLines() {
        let written = Written()
        var progress = ProgressLine(label: "extract", verbose: true, isTerminal: false) { written.text += $0 }
        progress.update("1/3 pages · 4 entries")
        progress.update("2/3 pages · 9 entries")  // within a second: skipped
        progress.update("3/3 pages · 12 entries")
        progress.finish()  // the last state is always shown
        let lines = written.text.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("extract: 1/3 pages · 4 entries · ") == true)
        #expect(lines.last?.hasPrefix("extract: 3/3 pages · 12 entries · ") == true)
        #expect(!written.text.contains("\r"))
    }

    @Test func aTerminalGetsOneLineRewrittenInPlace() {
        let written = Written()
        var progress = ProgressLine(label: "build", verbose: false, isTerminal: true) { written.text += $0 }
        progress.update("1/2 pages")
        progress.finish()
        #expect(written.text.hasPrefix("\rbuild: 1/2 pages · "))
        #expect(written.text.contains("\u{1B}[K"))
        #expect(written.text.hasSuffix("\n"))
    }
}
