import Foundation
import JingyanModel
import JingyanSupport

/// The entries download as one gzip member (`SegmentedGzip`) of deflate segments: a head (the
/// document's start), one segment per `articlesPerSegment` articles, and a tail (the captions and
/// the schema). Unpacked, it is `Exports.entriesJSON`'s document. After an edit only the segments
/// of the edited articles are compressed again (`updating`); a full build makes the same
/// segments, so both write the same bytes.
struct EntriesDownload: Sendable {
    /// Large enough that compressing each segment alone costs little of the ratio.
    static let articlesPerSegment = 64

    let articlesPerSegment: Int
    var head: DeflateSegment
    var articleSegments: [DeflateSegment]
    var tail: DeflateSegment

    /// The segments of every article, from each article's JSON (`Exports.encoded`).
    init(articleJSON: [Data], captions: [Caption], articlesPerSegment: Int = Self.articlesPerSegment) throws {
        self.articlesPerSegment = articlesPerSegment
        head = try GzipWriter.segment([Exports.entriesHead])
        tail = try GzipWriter.segment(Exports.entriesTail(captions: captions))
        let count = articleJSON.count
        articleSegments = try Concurrent.map((count + articlesPerSegment - 1) / articlesPerSegment) { number in
            let range = Self.articles(ofSegment: number, count: count, articlesPerSegment: articlesPerSegment)
            return try Self.segment(range, json: Array(articleJSON[range]))
        }
    }

    /// The same download after the JSON of `articles` changed (`articleJSON`: every article's,
    /// their count unchanged): their segments compressed again, the others kept.
    func updating(articles: some Sequence<Int>, articleJSON: [Data]) throws -> EntriesDownload {
        let numbers = Set(articles.map { $0 / articlesPerSegment }).sorted()
        let count = articleJSON.count
        let segments = try Concurrent.map(numbers.count) { index in
            let range = Self.articles(ofSegment: numbers[index], count: count, articlesPerSegment: articlesPerSegment)
            return try Self.segment(range, json: Array(articleJSON[range]))
        }
        var updated = self
        for (number, segment) in zip(numbers, segments) { updated.articleSegments[number] = segment }
        return updated
    }

    /// The gzip member, into `output`.
    func write(into output: (Data) throws -> Void) throws {
        try withoutActuallyEscaping(output) { output in
            var member = try SegmentedGzip(into: output)
            for segment in [head] + articleSegments + [tail] { try member.append(segment) }
            try member.finish()
        }
    }

    /// The same bytes as `init(articleJSON:captions:)` then `write(into:)`, holding no more than
    /// a batch of articles' JSON and segments at a time: a base of 100,000 practices makes the
    /// whole JSON too big to hold. `articles` gives their JSON a range at a time.
    static func stream(
        articleCount: Int, articles: (Range<Int>) throws -> [Data], captions: [Caption],
        articlesPerSegment: Int = Self.articlesPerSegment, into output: (Data) throws -> Void
    ) throws {
        try withoutActuallyEscaping(output) { output in
            var member = try SegmentedGzip(into: output)
            try appendSegments(
                articleCount: articleCount, articles: articles, captions: captions, perSegment: articlesPerSegment,
                to: &member)
            try member.finish()
        }
    }

    /// The head, the articles' segments a batch at a time, and the tail, into `member`.
    private static func appendSegments(
        articleCount: Int, articles: (Range<Int>) throws -> [Data], captions: [Caption], perSegment: Int,
        to member: inout SegmentedGzip
    ) throws {
        let perBatch = perSegment * 8
        try member.append(try GzipWriter.segment([Exports.entriesHead]))
        for batch in stride(from: 0, to: articleCount, by: perBatch) {
            let json = try articles(batch..<min(batch + perBatch, articleCount))
            let segments = try Concurrent.map((json.count + perSegment - 1) / perSegment) { number in
                let start = number * perSegment
                let range = batch + start..<batch + min(start + perSegment, json.count)
                return try segment(range, json: Array(json[start..<start + range.count]))
            }
            for segment in segments { try member.append(segment) }
        }
        try member.append(try GzipWriter.segment(Exports.entriesTail(captions: captions)))
    }

    private static func articles(ofSegment number: Int, count: Int, articlesPerSegment: Int) -> Range<Int> {
        number * articlesPerSegment..<min((number + 1) * articlesPerSegment, count)
    }

    /// The articles `range` (`json`: theirs), each after the separator but the first of all.
    private static func segment(_ range: Range<Int>, json: [Data]) throws -> DeflateSegment {
        var pieces: [Data] = []
        pieces.reserveCapacity(json.count * 2)
        for (article, item) in zip(range, json) {
            if article > 0 { pieces.append(Exports.entriesSeparator) }
            pieces.append(item)
        }
        return try GzipWriter.segment(pieces)
    }
}
