import Foundation
import JingyanSupport
import Synchronization

/// Changes a built site's folder in place: a file is replaced whole (written beside it, then
/// renamed over it) and only when its bytes differ, so that readers see each file old or new
/// and unchanged files keep their time. For the preview's folder, which `jingyan serve` alone
/// writes; `jingyan build` replaces its folder as a whole instead (`SiteDirectory`).
public final class InPlaceSink: SiteUpdateSink {
    public let root: URL
    private let tally = Mutex(FileCounts(written: 0, total: 0))

    /// A sink replacing files in place below `root`, each whole.
    public init(root: URL) { self.root = root }

    /// Files handed over, and of those written because they changed (removals included).
    public var counts: FileCounts { tally.withLock { $0 } }

    public func write(_ data: Data, to path: String) throws {
        let file = root.appendingPathComponent(path).path
        let unchanged = FileManager.default.contents(atPath: file) == data
        if !unchanged { try replace(file) { try UnsyncedFile.write(data, to: $0) } }
        tally.withLock {
            $0.total += 1
            if !unchanged { $0.written += 1 }
        }
    }

    /// Streamed files are the downloads, which every edit changes: written without comparing.
    public func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try replace(root.appendingPathComponent(path).path) { try UnsyncedFile.stream(to: $0, produce) }
        tally.withLock {
            $0.total += 1
            $0.written += 1
        }
    }

    /// Writes the file beside `file`, then renames it over `file`.
    private func replace(_ file: String, write: (_ temporary: String) throws -> Void) throws {
        try FileManager.default.createDirectory(
            atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let temporary = file + ".jingyan-new"
        try write(temporary)
        guard rename(temporary, file) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw CocoaError(
                .fileWriteUnknown, userInfo: [NSFilePathErrorKey: file, NSLocalizedDescriptionKey: reason])
        }
    }

    public func remove(_ path: String) throws {
        try UnsyncedFile.remove(root.appendingPathComponent(path).path)
        tally.withLock { $0.written += 1 }
    }
}
