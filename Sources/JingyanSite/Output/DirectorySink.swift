import Foundation
import JingyanSupport
import Synchronization

/// Writes the files under a folder, making the folders they need.
///
/// With a `previous` site, a file that is there with the same bytes becomes a hard link to it
/// instead of a new file. A rebuild after a small edit then creates and, once the old site is
/// removed, frees the blocks of only the files that changed (freeing is slow on a disk mounted
/// with `discard`: deleting a 10k-entry site took 5 s to a minute), and unchanged files keep
/// their inode and time, so `rsync` to the intranet server sends only what changed. The old
/// site is never written to: readers see it whole until the swap.
public final class DirectorySink: SiteUpdateSink {
    public let root: URL
    public let previous: URL?
    // Paths joined as strings: `URL.appendingPathComponent` asks the file system whether each
    // path is a folder, a `stat` per file written.
    private let rootPath: String
    private let previousPath: String?
    private let madeFolders = Mutex<Set<Substring>>([])
    private let tally = Mutex(FileCounts(written: 0, total: 0))

    /// A sink writing below `root`; a file the same as in `previous` is hard-linked from there.
    public init(root: URL, previous: URL? = nil) {
        self.root = root
        self.previous = previous
        rootPath = root.path
        previousPath = previous?.path
    }

    public var counts: FileCounts { tally.withLock { $0 } }

    public func write(_ data: Data, to path: String) throws {
        let file = try file(path)
        let reused = previousPath.map { linkUnchanged(data, from: $0 + "/" + path, to: file) } ?? false
        if !reused { try UnsyncedFile.write(data, to: file) }
        tally.withLock {
            $0.total += 1
            if !reused { $0.written += 1 }
        }
    }

    /// Links `old` at `new` when it is a regular file holding exactly `data`. Any failure (no such
    /// file, another file system) just means writing the file.
    private func linkUnchanged(_ data: Data, from old: String, to new: String) -> Bool {
        let descriptor = open(old, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == data.count else {
            return false
        }
        var existing = Data(count: data.count)
        let complete = existing.withUnsafeMutableBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        return complete && existing == data && link(old, new) == 0
    }

    public func stream(to path: String, _ produce: ((Data) throws -> Void) throws -> Void) throws {
        try UnsyncedFile.stream(to: try file(path), produce)
        tally.withLock {
            $0.total += 1
            $0.written += 1
        }
    }

    public func remove(_ path: String) throws { try UnsyncedFile.remove(rootPath + "/" + path) }

    /// The path to write `path` at, its folder made the first time one of its files is written.
    private func file(_ path: String) throws -> String {
        let folder = path.lastIndex(of: "/").map { path[..<$0] } ?? ""
        if madeFolders.withLock({ !$0.contains(folder) }) {
            try FileManager.default.createDirectory(atPath: rootPath + "/" + folder, withIntermediateDirectories: true)
            madeFolders.withLock { _ = $0.insert(folder) }
        }
        return rootPath + "/" + path
    }
}
