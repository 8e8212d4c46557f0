import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// An exclusive lock on a folder a run writes (content/ for extract, the folder that holds the
/// site for build), taken on the folder itself: a second run waits for the first instead of
/// mixing its files with it. The lock goes with the process (flock), so a killed run leaves
/// none behind, and no lock file is left either.
public final class FolderLock {
    private let descriptor: Int32

    /// Takes the lock on `folder` (made if missing), waiting while another run holds it;
    /// `waiting` hears once if so.
    public init(on folder: URL, waiting: (String) -> Void = { _ in }) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw CocoaError(
                .fileWriteUnknown,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(folder.path): cannot take the lock: \(String(cString: strerror(errno)))"
                ])
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting("another jingyan run is writing \(folder.path); waiting for it to finish")
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
