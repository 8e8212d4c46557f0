import Foundation
import JingyanSite

/// Where `build` may put a site: the folder is replaced as a whole, so it must not be, hold or lie
/// inside the folders a person keeps (content/, seeds/, the theme), must not be a file, and an
/// existing folder must be a site an earlier build wrote (its marker file, or a site from before
/// the marker: index.html beside data/entries.json) unless the person says `--force`.
public struct OutputFolder: Sendable {
    public var url: URL

    /// The folder at `path`, as given to `--out`.
    public init(_ path: String) { url = URL(fileURLWithPath: path, isDirectory: true) }

    /// Why the folder is not one `build` may replace, and what to do.
    public struct Refusal: Error, CustomStringConvertible {
        public var description: String
    }

    /// Throws a refusal that says what to do; `kept` are the folders the person keeps.
    public func check(keeping kept: [URL], force: Bool) throws {
        let out = Self.resolved(url)
        for folder in kept {
            let keptPath = Self.resolved(folder)
            if out == keptPath || Self.isInside(keptPath, out) || Self.isInside(out, keptPath) {
                throw Refusal(
                    description:
                        """
                        --out \(url.path) is, holds or lies inside \(folder.path), which \
                        build would replace: choose another folder (the default is site)
                        """
                )
            }
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: out, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Refusal(description: "--out \(url.path) is a file, not a folder: choose a folder for the site")
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? []
        guard !names.isEmpty, !force, !isSite(URL(fileURLWithPath: out, isDirectory: true)) else { return }
        throw Refusal(
            description:
                """
                --out \(url.path) holds files that are not a site jingyan built, and build replaces \
                the whole folder: choose an empty or new folder, or pass --force to replace it
                """
        )
    }

    func isSite(_ folder: URL) -> Bool {
        let manager = FileManager.default
        return manager.fileExists(atPath: folder.appendingPathComponent(SitePaths.marker).path)
            || manager.fileExists(atPath: folder.appendingPathComponent("index.html").path)
                && manager.fileExists(atPath: folder.appendingPathComponent("data/entries.json").path)
    }

    /// Absolute, with links and "..", "." resolved: two spellings of one folder compare equal.
    static func resolved(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        return path
    }

    /// True when `inner` lies strictly inside `outer`.
    static func isInside(_ inner: String, _ outer: String) -> Bool {
        inner.hasPrefix(outer == "/" ? "/" : outer + "/") && inner != outer
    }
}
