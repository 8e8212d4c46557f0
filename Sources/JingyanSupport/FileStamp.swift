#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What `lstat` says of a file that tells a changed file from an unchanged one: a write changes
/// the time, a replace the inode. `jingyan serve` keeps what it read by stamp and reads a file
/// again only when its stamp changed.
public struct FileStamp: Equatable, Sendable {
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int

    /// Nil for anything but a regular file: links and the like are always read again.
    public init?(path: String) {
        var status = stat()
        guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        inode = UInt64(status.st_ino)
        size = Int64(status.st_size)
        #if canImport(Darwin)
            let modified = status.st_mtimespec
        #else
            let modified = status.st_mtim
        #endif
        seconds = Int(modified.tv_sec)
        nanoseconds = Int(modified.tv_nsec)
    }

    /// The stamp of a regular file that has not changed in the last two seconds, else nil.
    /// A second write within the file system's clock tick could leave size and time as they
    /// were, so a recent file is read again until it has settled (as git does with its
    /// "racily clean" entries).
    public static func settled(path: String) -> FileStamp? {
        FileStamp(path: path).flatMap { $0.isRecent ? nil : $0 }
    }

    public var isRecent: Bool { seconds >= time(nil) - 1 }
}
