import Foundation
import Synchronization

/// Where a build puts the site's files. Pages arrive from several threads at once.
public protocol SiteSink: Sendable {
    func write(_ data: Data, to path: String) throws
    /// A file too big to hold whole: `produce` hands it over in pieces, in order.
    func stream(to path: String, _ produce: (_ append: (Data) throws -> Void) throws -> Void) throws
}

/// A site folder changed in place by `SiteBuilder.update`.
public protocol SiteUpdateSink: SiteSink {
    /// Removes a file the site no longer has; a file already gone is no error.
    func remove(_ path: String) throws
}

/// Keeps the files in memory: for tests and tools that look at a site without writing it.
public final class MemorySink: SiteUpdateSink {
    private let storage = Mutex<[String: Data]>([:])

    public init() {}

    public var files: [String: Data] { storage.withLock { $0 } }

    public func write(_ data: Data, to path: String) throws {
        storage.withLock { $0[path] = data }
    }

    public func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        var whole = Data()
        try produce { whole.append($0) }
        try write(whole, to: path)
    }

    public func remove(_ path: String) throws {
        storage.withLock { _ = $0.removeValue(forKey: path) }
    }
}

/// Files a build made: all of them, and those it wrote rather than linked unchanged.
public struct FileCounts: Sendable, Equatable {
    public var written: Int
    public var total: Int

    public init(written: Int, total: Int) {
        self.written = written
        self.total = total
    }
}
