import JingyanPipeline
import Testing

/// Shared by the closures below: what a progress line wrote.
final class Written: @unchecked Sendable {
    var text = ""
}

/// A clock the test moves by hand.
final class TestClock: @unchecked Sendable {
    var now = Duration.zero
}

@Suite struct ProgressLineTests {
    @Test func quietWhenNotATerminalUnlessVerbose() {
        let written = Written()
        var progress = ProgressLine(label: "build", verbose: false, isTerminal: false, write: { written.text += $0 })
        progress.update("1/2 pages")
        progress.update("2/2 pages")
        progress.finish()
        #expect(progress.mode == .silent)
        #expect(written.text.isEmpty)
    }

    @Test func verboseWithoutATerminalPrintsPlainLines() {
        let written = Written()
        let clock = TestClock()
        var progress = ProgressLine(label: "extract", verbose: true, isTerminal: false, elapsed: { clock.now }) {
            written.text += $0
        }
        progress.update("1/4 pages · 4 entries")
        clock.now = .milliseconds(900)
        progress.update("2/4 pages · 9 entries")  // within a second of the last: skipped
        clock.now = .milliseconds(1_000)
        progress.update("3/4 pages · 10 entries")
        clock.now = .milliseconds(1_500)
        progress.update("4/4 pages · 12 entries")  // skipped, but the last state is always shown
        progress.finish()
        #expect(
            written.text == """
                extract: 1/4 pages · 4 entries · 0.0 s
                extract: 3/4 pages · 10 entries · 1.0 s
                extract: 4/4 pages · 12 entries · 1.5 s

                """)
    }

    @Test func aTerminalGetsOneLineRewrittenInPlace() {
        let written = Written()
        let clock = TestClock()
        var progress = ProgressLine(label: "build", verbose: false, isTerminal: true, elapsed: { clock.now }) {
            written.text += $0
        }
        progress.update("1/2 pages")
        clock.now = .milliseconds(50)
        progress.update("2/2 pages")  // a terminal redraws at most ten times a second
        clock.now = .milliseconds(120)
        progress.finish()
        #expect(written.text == "\rbuild: 1/2 pages · 0.0 s\u{1B}[K\rbuild: 2/2 pages · 0.1 s\u{1B}[K\n")
    }
}
