import Foundation

/// The modification time and size of every file under a folder. Comparing two snapshots taken a
/// moment apart is how `serve` notices edits: portable (no inotify or FSEvents) and cheap for the
/// few thousand files a knowledge base has. Hidden files are left out: editors' swap files and
/// extract's own manifest (`.jingyan/`) are no edit of the inputs.
public struct FolderSnapshot: Equatable, Sendable {
    /// What tells a changed file: its modification time and size.
    public struct Stamp: Equatable, Sendable {
        public var modified: Date
        public var size: Int
    }

    /// Path relative to the folder → stamp. A missing folder has no files.
    public private(set) var stamps: [String: Stamp] = [:]

    public init(stamps: [String: Stamp]) { self.stamps = stamps }

    /// The stamps of every file below `folder` but hidden ones; empty when it cannot be read.
    public init(of folder: URL) {
        let keys: [URLResourceKey] = [.isRegularFileKey, .contentModificationDateKey, .fileSizeKey]
        guard
            let files = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles])
        else { return }
        let root = folder.standardizedFileURL.path
        for case let file as URL in files {
            guard let values = try? file.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else {
                continue
            }
            let path = file.standardizedFileURL.path
            let relative = path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : path
            stamps[relative] = Stamp(
                modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
        }
    }

    /// Files added, removed or changed since `earlier`, sorted.
    public func changes(since earlier: FolderSnapshot) -> [String] {
        Set(stamps.keys).union(earlier.stamps.keys).filter { stamps[$0] != earlier.stamps[$0] }.sorted()
    }
}

/// The folders `serve` and `build --watch` watch, each with what a change to it calls for.
public struct WatchedFolders: Sendable {
    /// Which input a folder is (ordered by name, so that changes are handled in a fixed order).
    public enum Role: String, Sendable, CaseIterable, Comparable {
        /// Re-extract, then rebuild.
        case seeds
        /// Rebuild.
        case content, theme

        public static func < (lhs: Role, rhs: Role) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public var folders: [Role: URL]

    public init(folders: [Role: URL]) { self.folders = folders }

    /// Every watched folder's files as they are now.
    public func snapshot() -> [Role: FolderSnapshot] { folders.mapValues(FolderSnapshot.init(of:)) }

    /// The roles whose folder changed between two snapshots.
    public static func changedRoles(
        from earlier: [Role: FolderSnapshot], to later: [Role: FolderSnapshot]
    ) -> Set<Role> {
        Set(later.keys.filter { role in later[role] != earlier[role] })
    }
}

/// The watched folders as last seen: what `serve` and `build --watch` poll between builds.
public struct FolderWatch: Sendable {
    public let folders: WatchedFolders
    private var seen: [WatchedFolders.Role: FolderSnapshot]

    /// Watching from now: what the folders hold now is seen.
    public init(_ folders: WatchedFolders) {
        self.folders = folders
        seen = folders.snapshot()
    }

    /// The roles whose folder changed since the last look; what is there now is then seen.
    public mutating func changes() -> Set<WatchedFolders.Role> {
        let now = folders.snapshot()
        defer { seen = now }
        return WatchedFolders.changedRoles(from: seen, to: now)
    }

    /// Takes what the folders hold now as seen: a run's own writes (extract's into content/)
    /// are no new edit.
    public mutating func acceptCurrent() {
        seen = folders.snapshot()
    }
}
