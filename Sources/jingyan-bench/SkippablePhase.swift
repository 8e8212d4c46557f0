import ArgumentParser
import Foundation

/// A part of a size's measurement that `run --skip` can leave out when the size cannot afford it:
/// at a million practices the preview's copies alone would take 45 GB and its build most of
/// the machine's memory. What is skipped is recorded as not measured, never as zero.
enum SkippablePhase: String, CaseIterable, Comparable {
    /// The rebuild after one edit (`jingyan build` again, and Hugo's): a second full build's time.
    case rebuild
    /// The search index built alone, in-process (`IndexTiming`): holds the whole index in the bench.
    case indexAlone = "index-alone"
    /// The in-process preview (`jingyan serve`) and `hugo server` rebuilds, on copies of content/.
    case preview
    /// cmark over content/ and the `cp -r` copy of it.
    case floors

    static func < (left: Self, right: Self) -> Bool {
        allCases.firstIndex(of: left)! < allCases.firstIndex(of: right)!
    }

    /// The figures (results.json keys, dotted) this phase would have given.
    var figures: [String] {
        switch self {
        case .rebuild: ["jingyan.rebuild", "hugo.rebuild"]
        case .indexAlone: ["jingyan.indexBuildSeconds"]
        case .preview: ["jingyan.previewRebuildSeconds", "hugo.previewRebuildSeconds"]
        case .floors: ["cmarkFloor", "copyFloor"]
        }
    }

    /// "rebuild, index-alone, preview, floors": what `--skip` accepts.
    static var names: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The phases in a comma-separated list such as "preview,floors"; an empty list skips none.
    static func parse(_ list: String) throws -> Set<SkippablePhase> {
        var phases = Set<SkippablePhase>()
        for item in list.split(separator: ",") {
            let name = item.trimmingCharacters(in: .whitespaces)
            guard let phase = SkippablePhase(rawValue: name) else {
                throw ValidationError("--skip: '\(name)' is not a phase; name some of \(names), comma-separated")
            }
            phases.insert(phase)
        }
        return phases
    }
}
