import Foundation
import JingyanModel
import Testing

@testable import JingyanSite

/// The entries download is one gzip member of deflate segments (`EntriesDownload`): it must
/// unpack to the entries document, read with any gunzip, and come out the same from an update
/// as from a full build.
@Suite struct EntriesDownloadTests {
    /// The fixture's articles 30 times over: 150 articles, three segments of 64.
    static func builder() throws -> SiteBuilder {
        var builder = try Fixture.builder()
        builder.input.articles = Fixture.copies(of: builder.input.articles, count: 30)
        return builder
    }

    static func document(_ input: SiteInput) throws -> Data {
        var json = Data()
        try Exports.entriesJSON(
            articleCount: input.articles.count, articles: { try Exports.encoded(input.articles[$0]) },
            captions: input.captions, into: { json.append($0) })
        return json
    }

    @Test func theDownloadUnpacksToTheEntriesDocument() throws {
        let builder = try Self.builder()
        let files = try builder.files()
        let gzip = try #require(files[SitePaths.entriesExport])
        #expect(try gunzip(gzip) == (try Self.document(builder.input)))
    }

    @Test func gunzipReadsTheDownload() throws {
        let builder = try Self.builder()
        let gzip = try #require(try builder.files()[SitePaths.entriesExport])
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("entries-\(UUID()).json.gz")
        try gzip.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "gzip -t \"$0\" && gzip -dc \"$0\"", file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let unpacked = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(unpacked == (try Self.document(builder.input)))
    }

    /// Streamed a batch at a time, or made from the whole JSON, the segments are the same.
    @Test(arguments: [1, 2, 64]) func streamingMakesTheSameBytes(articlesPerSegment: Int) throws {
        let input = try Self.builder().input
        let json = try Exports.encoded(input.articles[...])
        var streamed = Data()
        try EntriesDownload.stream(
            articleCount: json.count, articles: { Array(json[$0]) }, captions: input.captions,
            articlesPerSegment: articlesPerSegment, into: { streamed.append($0) })
        var whole = Data()
        try EntriesDownload(articleJSON: json, captions: input.captions, articlesPerSegment: articlesPerSegment)
            .write(into: { whole.append($0) })
        #expect(streamed == whole)
        #expect(try gunzip(whole) == (try Self.document(input)))
    }

    /// An edit of one practice compresses its article's segment again, and the update writes the
    /// bytes a full build of the edited input makes.
    @Test func anUpdateWritesWhatAFullBuildWrites() throws {
        var builder = try Self.builder()
        let site = MemorySink()
        let state = try builder.writeKeepingState(to: site)
        SiteUpdateTests.practice("sinan-02-14", in: &builder.input.articles) { $0.text += "\n\n该做法已在全县推广。" }
        let updated = try #require(try builder.update(state, in: site))
        let changed = zip(state.entries.articleSegments, updated.entries.articleSegments).map { $0 != $1 }
        #expect(changed == [false, true, false])
        let fresh = try builder.files()
        #expect(site.files[SitePaths.entriesExport] == fresh[SitePaths.entriesExport])
        #expect(try gunzip(try #require(site.files[SitePaths.entriesExport])) == (try Self.document(builder.input)))
    }
}
