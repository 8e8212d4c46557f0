import Foundation
import JingyanSupport
import Testing

@testable import JingyanContent

/// What the loader says of a file it cannot read.
@Suite struct LoaderProblemTests {
    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-problem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func theProjectsOwnErrorsAreNotFileProblems() {
        #expect(FileProblem.describe(ContentError(file: "a", line: 1, message: "b")) == nil)
    }

    /// A FIFO would block a read forever; a raw NUL is not "not UTF-8".
    @Test func theLoaderTellsWhatIsWrongWithAFile() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(mkfifo(folder.appendingPathComponent("pipe.md").path, 0o644) == 0)
        try Data("---\ntype: caption\n---\n甲\0乙\n".utf8).write(to: folder.appendingPathComponent("nul.md"))
        let errors = try #require(throws: ContentErrors.self) { try ContentLoader.load(from: folder) }
        let messages = errors.errors.map(\.description)
        let name = folder.lastPathComponent
        #expect(messages.contains("\(name)/nul.md:4: holds a NUL character on line 4; remove it"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("\(name)/pipe.md: is not a regular file") }, "\(messages)")
    }
}
