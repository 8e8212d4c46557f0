import ArgumentParser
import Foundation
import JingyanExtract
import JingyanScoring

/// `jingyan-bench fit`: the segmentation weights (Resources/segmentation.yml) that make the
/// fewest errors on every page set with a reading, found by coordinate descent: each weight in
/// turn takes the value in the range that lowers the errors most, until a pass changes none.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit the segmentation weights on the page sets with a reading; --write stores them."
    )

    @Option(help: "Folder searched for page sets with an expected.json.")
    var readings = "Tests/JingyanExtractTests/Fixtures"

    @Option(help: "The weights file to start from and, with --write, to update.")
    var weights = "Sources/JingyanExtract/Resources/segmentation.yml"

    @Option(help: "Lowest value tried for a weight.")
    var low = -5

    @Option(help: "Highest value tried for a weight.")
    var high = 6

    @Flag(help: "Write the fitted weights into the weights file.")
    var write = false

    func validate() throws {
        guard low < high else { throw ValidationError("--low must be below --high") }
    }

    func run() throws {
        let sets = try ReadingSet.all(under: URL(fileURLWithPath: readings))
        guard !sets.isEmpty else { throw ValidationError("\(readings): no folder with an expected.json") }
        let file = URL(fileURLWithPath: weights)
        let start = try SegmentationWeights(yaml: String(contentsOf: file, encoding: .utf8), source: weights)
        let fit = try WeightFit(sets: sets)
        print("fit: \(sets.count) sets (\(sets.map(\.name).joined(separator: ", "))), \(fit.pageCount) pages")
        let result = try fit.descend(from: start, values: low...high) { line in print(line) }
        for set in sets {
            print("  \(set.name): \(set.score(with: try fit.extractor(result.weights)).summary)")
        }
        print("errors \(result.startErrors) → \(result.errors) after \(result.evaluations) evaluations")
        if write {
            try WeightFit.write(result.weights, into: file)
            print("wrote \(weights)")
        }
    }
}

/// The search behind `fit`, on parts of the extractor loaded once.
struct WeightFit {
    let sets: [ReadingSet]
    let lexicon: Lexicon
    let gazetteer: Gazetteer
    let divisions: Divisions
    let taxonomy: Taxonomy
    let slug: Slug

    var pageCount: Int { sets.reduce(0) { $0 + $1.pages.count } }

    init(sets: [ReadingSet]) throws {
        self.sets = sets
        lexicon = try .bundled()
        gazetteer = try .bundled()
        divisions = try .bundled(lexicon: lexicon)
        taxonomy = try Taxonomy(yaml: Taxonomy.bundledText(), source: Taxonomy.fileName)
        slug = try .bundled()
    }

    func extractor(_ weights: SegmentationWeights) throws -> Extractor {
        try Extractor(
            lexicon: lexicon, gazetteer: gazetteer, divisions: divisions, taxonomy: taxonomy, slug: slug,
            weights: weights)
    }

    /// Fields wrong, metrics missed and extra, named schemes missed: over all sets.
    func errors(_ weights: SegmentationWeights) throws -> Int {
        let extractor = try extractor(weights)
        return sets.reduce(0) { total, set in
            let score = set.score(with: extractor)
            return total + (score.fields - score.fieldsRight) + score.metricsMissed + score.metricsExtra
                + (score.mechanisms - score.mechanismsHit)
        }
    }

    struct Result {
        var weights: SegmentationWeights
        var startErrors: Int
        var errors: Int
        var evaluations: Int
    }

    /// Coordinate descent from `start`: each weight in turn takes the value that makes the
    /// fewest errors with the others held, when that is fewer than now (ties keep the file's
    /// value); passes repeat until one changes nothing. Then each weight moves to the middle of
    /// the run of values around it that make as few errors (reported: how far it may move
    /// before the readings tell).
    func descend(from start: SegmentationWeights, values: ClosedRange<Int>, report: (String) -> Void) throws -> Result {
        var best = start
        let startErrors = try errors(start)
        var bestErrors = startErrors
        var evaluations = 1
        for _ in 0..<Self.maxPasses {
            var moved = false
            for name in SegmentationWeights.Name.allCases {
                var errorsByValue: [Int: Int] = [best[name]: bestErrors]
                for value in values where value != best[name] {
                    var trial = best
                    trial[name] = value
                    errorsByValue[value] = try errors(trial)
                    evaluations += 1
                }
                let fewest = errorsByValue.values.min() ?? bestErrors
                if fewest < bestErrors, let value = values.first(where: { errorsByValue[$0] == fewest }) {
                    report("  \(name.rawValue): \(best[name]) → \(value), errors \(bestErrors) → \(fewest)")
                    best[name] = value
                    bestErrors = fewest
                    moved = true
                }
            }
            if !moved { break }
        }
        // One last pass puts each weight in the middle of its run, the others held: the farthest
        // from where the errors rise, as a margin for pages unlike these. Kept only if the
        // weights together still make no more errors.
        let descended = best
        for name in SegmentationWeights.Name.allCases {
            var tied: [Int] = []
            for value in values {
                var trial = best
                trial[name] = value
                if try value == best[name] || errors(trial) == bestErrors { tied.append(value) }
                evaluations += value == best[name] ? 0 : 1
            }
            guard let run = Self.runs(of: tied).first(where: { $0.contains(best[name]) }) else { continue }
            best[name] = Int((Double(run.lowerBound + run.upperBound) / 2).rounded(.down))
            report("  \(name.rawValue) = \(best[name]): as few errors for \(run)")
        }
        evaluations += 1
        if try errors(best) > bestErrors {
            report("  the middles together make more errors: keeping the descent's weights")
            best = descended
        }
        return Result(weights: best, startErrors: startErrors, errors: bestErrors, evaluations: evaluations)
    }

    static let maxPasses = 6

    /// Consecutive values as closed ranges: [1, 2, 3, 5] → [1...3, 5...5].
    static func runs(of values: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for value in values {
            if let last = runs.last, last.upperBound + 1 == value {
                runs[runs.count - 1] = last.lowerBound...value
            } else {
                runs.append(value...value)
            }
        }
        return runs
    }

    /// Rewrites each `name: value` line of the weights file, keeping its comments.
    static func write(_ weights: SegmentationWeights, into file: URL) throws {
        var lines = try String(contentsOf: file, encoding: .utf8).components(separatedBy: "\n")
        for name in SegmentationWeights.Name.allCases {
            guard let index = lines.firstIndex(where: { $0.hasPrefix(name.rawValue + ":") }) else { continue }
            let comment = lines[index].firstIndex(of: "#").map { String(lines[index][$0...]) }
            let entry = "\(name.rawValue): \(weights[name])"
            lines[index] =
                comment.map { entry.padding(toLength: max(entry.count + 1, 30), withPad: " ", startingAt: 0) + $0 }
                ?? entry
        }
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
