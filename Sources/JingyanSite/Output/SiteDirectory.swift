import CRenameExchange
import Foundation
import JingyanSupport

/// Writing a site folder so that readers see the old one or the new one, never half of each,
/// even when the build is killed (`kill -9`) at any instant.
///
/// The new site is written to a staging folder next to the destination, then the two are
/// exchanged in one atomic step (renameat2 RENAME_EXCHANGE on Linux). Where the system cannot
/// exchange, two renames are used, and a build interrupted between them is rolled back by the
/// next build. Leftovers of interrupted builds are removed at the start of the next one.
public enum SiteDirectory {
    /// Puts a site of `files` (path → bytes) where `destination` is, in one swap.
    public static func replace(_ destination: URL, with files: [String: Data]) throws {
        try replace(destination) { staging in
            let sink = DirectorySink(root: staging)
            for (path, data) in files.sorted(by: { $0.key < $1.key }) { try sink.write(data, to: path) }
        }
    }

    /// Runs `write` on an empty staging folder, then puts that folder where `destination` was.
    /// A destination that is a link to a folder (a deploy folder) is that folder: the link stays.
    public static func replace(_ link: URL, write: (_ staging: URL) throws -> Void) throws {
        let destination = link.resolvingSymlinksInPath()
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
        // One build at a time (a lock on the folder that holds the site): another's staging
        // folder is no leftover.
        let lock = try FolderLock(on: parent) { message in
            FileHandle.standardError.write(Data((message + "\n").utf8))
        }
        defer { withExtendedLifetime(lock) {} }
        try recoverInterruptedBuilds(of: destination)
        // Next to the destination, so the final moves are renames within one file system.
        let token = UUID().uuidString
        let staging = parent.appendingPathComponent("\(stagingPrefix(destination))\(token)")
        let retired = parent.appendingPathComponent("\(retiredPrefix(destination))\(token)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
            try write(staging)
            if !fileManager.fileExists(atPath: destination.path) {
                try fileManager.moveItem(at: staging, to: destination)
            } else if jingyan_rename_exchange(staging.path, destination.path) == 0 {
                try? fileManager.removeItem(at: staging)  // now the old site
            } else {
                try fileManager.moveItem(at: destination, to: retired)
                do {
                    try fileManager.moveItem(at: staging, to: destination)
                } catch {
                    try? fileManager.moveItem(at: retired, to: destination)
                    throw error
                }
                try? fileManager.removeItem(at: retired)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            throw error
        }
    }

    static func stagingPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).building-" }
    static func retiredPrefix(_ destination: URL) -> String { ".\(destination.lastPathComponent).old-" }

    /// Puts back a site a killed build had moved aside, and removes half-written staging folders.
    static func recoverInterruptedBuilds(of destination: URL) throws {
        let fileManager = FileManager.default
        let parent = destination.deletingLastPathComponent()
        let names = (try? fileManager.contentsOfDirectory(atPath: parent.path))?.sorted() ?? []
        for name in names where name.hasPrefix(retiredPrefix(destination)) {
            let retired = parent.appendingPathComponent(name)
            if fileManager.fileExists(atPath: destination.path) {
                try fileManager.removeItem(at: retired)
            } else {
                try fileManager.moveItem(at: retired, to: destination)
            }
        }
        for name in names where name.hasPrefix(stagingPrefix(destination)) {
            try fileManager.removeItem(at: parent.appendingPathComponent(name))
        }
    }
}
