import Foundation
import JingyanModel

/// One thing the extractor was unsure of, located where a person checks it: the seed page and
/// line it concerns (the first line of the article's or practice's source), and the content file
/// that carries the note in its `review:` field.
public struct ReviewNote: Hashable, Sendable {
    /// The seed page, as sources name it ("seeds/page.txt").
    public var seedFile: String
    /// 1-based line on the seed page.
    public var line: Int
    /// What to check, e.g. "没有署名：请核对作者".
    public var note: String
    /// The content file the note is in, relative to content/ ("songtao/songtao-a.md").
    public var contentPath: String

    public init(seedFile: String, line: Int, note: String, contentPath: String) {
        self.seedFile = seedFile
        self.line = line
        self.note = note
        self.contentPath = contentPath
    }

    /// `seeds/page.txt:12: 没有署名：请核对作者 (content/songtao/songtao-a.md)`: the
    /// `file:line: message` shape editors and terminals jump to; `contentFolder` as the user named it.
    public func line(contentFolder: String) -> String {
        "\(seedFile):\(line): \(note) (\(contentFolder)/\(contentPath))"
    }
}

/// The review list `jingyan extract` ends with: every note of an extraction, as written to content/.
public enum ReviewList {
    /// The notes of `extraction`, sorted by seed file and line (then content file, then as the
    /// extraction gives them, so that the list is the same on every run).
    ///
    /// A file kept as a hand edit (`report.keptEdits`) holds what the person left, not what this
    /// extraction wrote: of its notes only those the kept file still has in its `review:` field
    /// are listed. Deleting an entry, or the whole field, is how a person marks it checked; a kept
    /// file that cannot be read keeps all its notes listed.
    public static func notes(
        of extraction: Extraction, report: ContentWriter.Report, in directory: URL
    ) -> [ReviewNote] {
        let kept = Set(report.keptEdits + report.keptOrphans)
        var notes: [ReviewNote] = []
        func add(_ review: [String], source: SourceRef, path: String) {
            guard !review.isEmpty else { return }
            let remaining = kept.contains(path) ? keptReview(at: directory.appendingPathComponent(path)) : nil
            for note in review where remaining?.contains(note) ?? true {
                notes.append(ReviewNote(seedFile: source.file, line: source.firstLine, note: note, contentPath: path))
            }
        }
        for article in extraction.articles {
            add(article.review, source: article.source, path: ContentPaths.article(article))
            for practice in article.practices {
                add(practice.review, source: practice.source, path: ContentPaths.practice(practice, of: article))
            }
        }
        return sorted(notes)
    }

    /// By seed file and line, then content file; notes of one file keep their order.
    static func sorted(_ notes: [ReviewNote]) -> [ReviewNote] {
        notes.enumerated().sorted { left, right in
            (left.element.seedFile, left.element.line, left.element.contentPath, left.offset)
                < (right.element.seedFile, right.element.line, right.element.contentPath, right.offset)
        }.map(\.element)
    }

    /// The `review:` notes of the content file at `url` as it stands (none when it has no such
    /// field); nil when the file cannot be read or parsed.
    static func keptReview(at url: URL) -> Set<String>? {
        guard let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8),
            let parsed = try? ContentLoader.parse(text, file: url.lastPathComponent)
        else { return nil }
        switch parsed.entry {
        case .article(let header): return Set(header.review ?? [])
        case .practice(let header): return Set(header.review ?? [])
        case .caption: return []
        }
    }
}
