import Foundation

/// Bytes on disk per practice of each folder one size of `run` writes: allocated blocks
/// (`du --block-size=1`), folders included, not file lengths, since free space is counted in
/// blocks and most of the files are a few KB.
///
/// `du -s --block-size=1` of each folder divided by the practices: seeds, content and site on
/// the 1M corpus (1,001,627 practices extracted) of `jingyan-bench run --sizes 1000000
/// --build-runs 1` at commit `3709508`; Hugo's and Pagefind's on the 10k corpus (10,018) of
/// `--sizes 1000,10000 --hugo --pagefind` at `1d390e1`. Small sizes use more per practice (the
/// site's fixed assets; BENCHMARKS.md, "National scale"). A change to the site's weight changes
/// them: measure again when the "site on disk" row moves.
struct DiskFootprint: Equatable {
    /// Raw pages (seeds/).
    var seeds: Double
    /// Jingyan's content/ (Markdown and front matter); also the preview's copy and the `cp -r` floor.
    var content: Double
    /// One `jingyan build` (site/); also the preview's site.
    var site: Double
    /// Hugo's converted content/.
    var hugoContent: Double
    /// One `hugo` build (public/), without Pagefind's index.
    var hugoSite: Double
    /// Pagefind's index (public/pagefind/).
    var pagefindIndex: Double

    static let measured = DiskFootprint(
        seeds: 1_053, content: 7_382, site: 22_890, hugoContent: 4_153, hugoSite: 11_407, pagefindIndex: 4_688)
}

/// One folder's share of a size's disk need.
struct DiskPart: Equatable {
    var name: String
    var bytes: Int
}

/// What one size keeps on disk at its peak, part by part.
struct SizeNeed: Equatable {
    var practices: Int
    var parts: [DiskPart]

    var bytes: Int { parts.reduce(0) { $0 + $1.bytes } }

    /// "10000 practices: 1.73 GB (seeds 10.5 MB, content 73.5 MB, …)".
    var summary: String {
        let detail = parts.map { "\($0.name) \(ByteText.format($0.bytes))" }.joined(separator: ", ")
        return "\(practices) practices: \(ByteText.format(bytes)) (\(detail))"
    }
}

/// The disk a run needs, from the options it was given: every folder a size writes stays until
/// the size is over, and the trash keeps each build's folder until the whole run ends (see
/// `Trash`); with `freeBetweenSizes` a finished size's folder and the trash are deleted before
/// the next size, so the run needs its largest size, not the sum. A skipped preview or skipped
/// floors (`run --skip`) leave out their copies.
struct DiskPlan {
    var buildRuns: Int
    var withHugo: Bool
    var withPagefind: Bool
    var freeBetweenSizes: Bool
    /// The preview's copy of content/ and its site.
    var withPreview = true
    /// The `cp -r` floor's copy of content/.
    var withFloors = true
    var footprint = DiskFootprint.measured
    /// What the last finished size used on disk ÷ what the model said for it; 1 before any.
    private(set) var calibration = 1.0

    /// The folders of one size: seeds, content and its two copies (the preview's, the `cp -r`
    /// floor), each Jingyan build and the preview's site, and Hugo's project, builds and index;
    /// the preview's and the floor's only when they are measured.
    func need(practices: Int) -> SizeNeed {
        let count = Double(practices) * calibration
        func part(_ name: String, _ perPractice: Double, times: Int = 1) -> DiskPart {
            DiskPart(
                name: times > 1 ? "\(name) ×\(times)" : name, bytes: Int((perPractice * count).rounded(.up)) * times)
        }
        var parts = [part("seeds", footprint.seeds), part("content", footprint.content)]
        if withPreview { parts.append(part("preview content", footprint.content)) }
        if withFloors { parts.append(part("cp floor", footprint.content)) }
        parts.append(part("site", footprint.site, times: buildRuns))
        if withPreview { parts.append(part("preview site", footprint.site)) }
        if withHugo {
            parts.append(part("hugo content", footprint.hugoContent))
            parts.append(part("hugo public", footprint.hugoSite, times: buildRuns))
        }
        if withPagefind { parts.append(part("pagefind index", footprint.pagefindIndex)) }
        return SizeNeed(practices: practices, parts: parts)
    }

    /// The most the run holds at once over `sizes`, run in that order.
    func peak(of sizes: [Int]) -> Int {
        let needs = sizes.map { need(practices: $0).bytes }
        return freeBetweenSizes ? needs.max() ?? 0 : needs.reduce(0, +)
    }

    /// Scales the model for the sizes still to come by what a finished size actually used.
    mutating func calibrate(practices: Int, usedBytes: Int) {
        let said = Double(need(practices: practices).bytes) / calibration
        guard said > 0, usedBytes > 0 else { return }
        calibration = Double(usedBytes) / said
    }
}

/// Free bytes for an unprivileged writer on the file system of a folder (or its nearest
/// existing parent, when the folder is still to be made).
struct FreeSpace: Equatable {
    var folder: URL
    var bytes: Int

    static func of(_ target: URL) throws -> FreeSpace {
        var folder = target.standardizedFileURL
        while !FileManager.default.fileExists(atPath: folder.path) && folder.path != "/" {
            folder = folder.deletingLastPathComponent()
        }
        var info = statvfs()
        guard statvfs(folder.path, &info) == 0 else {
            throw DiskCheckError(
                message: "cannot read the free space of \(folder.path): \(String(cString: strerror(errno)))")
        }
        return FreeSpace(folder: folder, bytes: Int(info.f_bavail) * Int(info.f_frsize))
    }
}

/// The check made before a run and before each size: the need of the sizes still to run against
/// the free space of `--out`'s file system.
struct DiskCheck {
    var plan: DiskPlan
    var out: URL

    /// Prints the need per size and in all; throws when it exceeds the free space.
    func verify(sizes: [Int], ignoring: Bool, print: (String) -> Void) throws {
        let free = try FreeSpace.of(out)
        let peak = plan.peak(of: sizes)
        let how = plan.freeBetweenSizes ? "the largest size (--free-between-sizes)" : "every size kept to the end"
        for size in sizes { print("  \(plan.need(practices: size).summary)") }
        print(
            "  peak: \(ByteText.format(peak)), \(how); free on \(free.folder.path): \(ByteText.format(free.bytes))")
        guard peak > free.bytes, !ignoring else { return }
        throw DiskCheckError(
            message: """
                the run needs about \(ByteText.format(peak)) on the file system of \(free.folder.path) \
                for \(sizes.map(String.init).joined(separator: ",")) practices, and \
                \(ByteText.format(free.bytes)) are free there. Ask for fewer or smaller --sizes, \
                fewer --build-runs (each keeps a site), no --hugo, --skip preview,floors (their \
                copies), --free-between-sizes, or an --out \
                on a larger disk; --ignore-disk-check runs anyway.
                """)
    }
}

struct DiskCheckError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Byte counts as a person reads them: "950 KB", "12.3 MB", "1.23 GB" (powers of 1000).
enum ByteText {
    static func format(_ bytes: Int) -> String {
        let value = Double(bytes)
        switch value {
        case ..<1e6: return String(format: "%.0f KB", value / 1e3)
        case ..<1e9: return String(format: "%.1f MB", value / 1e6)
        default: return String(format: "%.2f GB", value / 1e9)
        }
    }
}
