import JingyanLayout
import JingyanModel

/// Reports a page continues from another ("标题（上接第5版）"): their ends, read alone, may name
/// no place; the report they go on from, on another page of the same run, gives its place.
extension Extractor {
    /// For each page holding a continued end with no place: that end's title → the place of the
    /// report on another page whose title holds most of its characters ("某某镇：渔港里开起“说事船”"
    /// for "渔港里开起“说事船”").
    static func continuationHints(_ articles: [Article]) -> [String: [String: Place]] {
        var hints: [String: [String: Place]] = [:]
        for article in articles
        where article.review.contains(ArticleDraft.continuationNote)
            && article.place.isUnknown
        {
            let candidates = articles.filter { other in
                other.source.file != article.source.file && !other.place.isUnknown
            }
            if let begun = ContinuedTitle.begun(article.title, among: candidates.map(\.title)) {
                hints[article.source.file, default: [:]][article.title] = candidates[begun].place
            }
        }
        return hints
    }
}

/// How a continued end's heading names the report it goes on from.
enum ContinuedTitle {
    /// The index of the title the heading goes on under: whole, shortened or reworded ("“五议”工作法
    /// 议出……" as "“五议”议出……", "……四万新居民在这里住得安心" as "新居民在分水住得安心"), the one
    /// holding most of its characters, when that is most of them, a run of them.
    static func begun(_ heading: String, among titles: [String]) -> Int? {
        let characters = Array(heading)
        let shared = titles.map { sharedCharacters(characters, $0) }
        guard characters.count >= minContinuedTitle, let best = shared.indices.max(by: { shared[$0] < shared[$1] }),
            shared[best] * 5 >= characters.count * 4,
            longestCommonRun(characters, Array(titles[best])) >= minContinuedTitle
        else { return nil }
        return best
    }

    /// How many of the heading's characters the title holds.
    static func sharedCharacters(_ heading: [Character], _ title: String) -> Int {
        let characters = Set(title)
        return heading.count { characters.contains($0) }
    }

    /// The length of the longest run of characters the two texts share.
    static func longestCommonRun(_ first: [Character], _ second: [Character]) -> Int {
        var previous = [Int](repeating: 0, count: second.count + 1)
        var longest = 0
        for character in first {
            var current = [Int](repeating: 0, count: second.count + 1)
            for (index, other) in second.enumerated() where other == character {
                current[index + 1] = previous[index] + 1
                longest = max(longest, current[index + 1])
            }
            previous = current
        }
        return longest
    }

    /// A continued end's title this short may be any report's words.
    static let minContinuedTitle = 4
}

extension Extractor {
    /// The run's articles, each page that holds a continued end `continuationHints` can place
    /// read again with that hint. `pages`: the text of each page holding a continued end, by file
    /// (one too big to be kept has none, and is left as read).
    func placingContinuedEnds(_ articles: [Article], pages: [String: String]) -> [Article] {
        let hints = Self.continuationHints(articles)
        guard !hints.isEmpty else { return articles }
        var placed = articles
        for (file, continued) in hints.sorted(by: { $0.key < $1.key }) {
            guard let text = pages[file], !text.isEmpty,
                let again = try? extract(PageText(file: file, text: text), progress: { _ in }, continued: continued),
                let start = placed.firstIndex(where: { $0.source.file == file })
            else { continue }
            let end = placed[start...].firstIndex { $0.source.file != file } ?? placed.endIndex
            placed.replaceSubrange(start..<end, with: again.articles)
        }
        return placed
    }
}
