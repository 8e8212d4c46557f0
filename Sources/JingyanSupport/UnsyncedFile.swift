import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files with plain POSIX calls. Foundation's `Data.write(to:)` flushes every file to
/// disk (an fsync each), which for the tens of thousands of files of a large site is slow;
/// callers that need durability flush once for all their files instead.
public enum UnsyncedFile {
    /// A file that could not be written or removed, and the system's reason.
    public struct WriteError: Error, CustomStringConvertible, Equatable {
        public var path: String
        public var reason: String
        public var description: String { "\(path): cannot be written: \(reason)" }
    }

    /// Creates or truncates the file at `path` and writes `data` into it.
    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let descriptor = try create(path)
        defer { close(descriptor) }
        try write(data, to: descriptor, path: path)
    }

    /// Creates or truncates the file at `path` and writes what `produce` hands over, in order.
    /// Pieces can be a line each: they are written a megabyte at a time.
    public static func stream(to path: String, _ produce: (_ append: (Data) throws -> Void) throws -> Void) throws {
        let descriptor = try create(path)
        defer { close(descriptor) }
        var buffer = Data()
        try produce { piece in
            guard buffer.count + piece.count >= 1 << 20 else { return buffer.append(piece) }
            try write(buffer, to: descriptor, path: path)
            buffer.removeAll(keepingCapacity: true)
            try write(piece, to: descriptor, path: path)
        }
        try write(buffer, to: descriptor, path: path)
    }

    /// Removes the file at `path`; a file already gone is no error.
    public static func remove(_ path: String) throws(WriteError) {
        guard unlink(path) == 0 || errno == ENOENT else {
            throw WriteError(path: path, reason: String(cString: strerror(errno)))
        }
    }

    /// A new file at `path`: whatever stood there is unlinked first (a link planted there is
    /// removed, not followed), and the file is created exclusively, never through a link.
    private static func create(_ path: String) throws(WriteError) -> Int32 {
        try remove(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        return descriptor
    }

    private static func write(_ data: Data, to descriptor: Int32, path: String) throws(WriteError) {
        let failure: WriteError? = data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                guard written > 0 else { return WriteError(path: path, reason: String(cString: strerror(errno))) }
                offset += written
            }
            return nil
        }
        if let failure { throw failure }
    }
}

/// The C library's `write`, which `UnsyncedFile.write` would shadow.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}
