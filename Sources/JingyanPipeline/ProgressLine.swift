import Foundation
import JingyanSupport

/// A status line for long runs ("build: 120/340 pages · 30 entries · 1.2 s") on standard error.
/// On a terminal it is rewritten in place; where standard error is not a terminal (CI, a pipe, a
/// log file) it stays silent, unless verbose, and then prints plain lines now and then.
public struct ProgressLine {
    /// Nothing, one line rewritten in place (a terminal), or plain lines now and then (verbose).
    public enum Mode: Sendable, Equatable {
        case silent, inPlace, lines
    }

    public let mode: Mode
    private let label: String
    private let write: (String) -> Void
    /// Time since the run began.
    private let elapsed: () -> Duration
    private var lastShown: Duration?
    private var lastStatus: String?

    /// In place on a terminal; else plain lines when verbose, or nothing.
    public static func mode(verbose: Bool, isTerminal: Bool) -> Mode {
        isTerminal ? .inPlace : verbose ? .lines : .silent
    }

    /// `elapsed` tells the time since the run began (tests give their own).
    public init(
        label: String, verbose: Bool, isTerminal: Bool = isatty(STDERR_FILENO) == 1,
        elapsed: @escaping () -> Duration = ProgressLine.sinceNow(),
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.mode = Self.mode(verbose: verbose, isTerminal: isTerminal)
        self.label = label
        self.write = write
        self.elapsed = elapsed
    }

    /// The time since this is called, on the continuous clock.
    public static func sinceNow() -> () -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        return { clock.now - start }
    }

    /// Shows `status` unless the last one was shown a moment ago: a terminal redraws at most ten
    /// times a second, a log gets at most a line a second.
    public mutating func update(_ status: String) {
        guard mode != .silent else { return }
        lastStatus = status
        let now = elapsed()
        if let lastShown, now - lastShown < (mode == .inPlace ? .milliseconds(100) : .seconds(1)) { return }
        lastShown = now
        show(status)
    }

    /// Shows the last status as it ended, then leaves the line to what the command prints next.
    public mutating func finish() {
        guard mode != .silent, let lastStatus else { return }
        show(lastStatus)
        if mode == .inPlace { write("\n") }
        self.lastStatus = nil
    }

    private func show(_ status: String) {
        let line = "\(label): \(status) · \(String(format: "%.1f", elapsed().seconds)) s"
        // "\r" and "erase to end of line" redraw the same line; a log gets whole lines.
        write(mode == .inPlace ? "\r\(line)\u{1B}[K" : line + "\n")
    }
}
