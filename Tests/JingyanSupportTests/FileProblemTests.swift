import Foundation
import Testing

@testable import JingyanSupport

/// Files that cannot be read or written are told as `file: what (why); what to do`.
@Suite struct FileProblemTests {
    struct OtherError: Error {}

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-problem-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aFoundationWriteFailureNamesTheFileAndReason() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        let target = blocker.appendingPathComponent("inside.md")
        let error = try #require(throws: (any Error).self) { try Data("y".utf8).write(to: target) }
        let message = try #require(FileProblem.describe(error))
        #expect(message.hasPrefix(target.path + ": cannot be written ("), "\(message)")
        #expect(!message.contains("NSCocoaErrorDomain") && !message.contains("Code="), "\(message) \(error as NSError)")
    }

    @Test func aReadOnlyFileSystemSaysWhatToDo() {
        let error = CocoaError(.fileWriteVolumeReadOnly, userInfo: [NSFilePathErrorKey: "/srv/site"])
        #expect(
            FileProblem.describe(error)
                == "/srv/site: cannot be written (read-only file system); run where the folder can be written, or make its file system writable"
        )
        let posix = NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC), userInfo: [NSFilePathErrorKey: "/srv/a.md"])
        #expect(FileProblem.describe(posix)?.hasSuffix("; the disk is full; free some space and run again") == true)
        // The project's own errors stand as they are; others are not file problems.
        #expect(
            FileProblem.describe(CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: "own words"]))
                == "own words")
        #expect(FileProblem.describe(OtherError()) == nil)
    }

    @Test func encodingProblemsAreLocatedByLine() {
        #expect(FileProblem.encoding(of: Data("甲\n乙\n".utf8)) == nil)
        #expect(FileProblem.encoding(of: Data("甲\n乙\0丙\n".utf8))?.line == 2)
        #expect(
            FileProblem.encoding(of: Data("甲\n乙\n".utf8) + Data([0xFF]))?.message.contains(
                "not UTF-8 text (a byte that is not UTF-8 at offset 8, line 3)") == true)
    }
}
