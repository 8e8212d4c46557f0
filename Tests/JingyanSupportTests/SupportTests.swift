import Foundation
import Synchronization
import Testing

@testable import JingyanSupport

/// The support code every stage leans on: hashing, concurrency, file writing, stamps and locks.
@Suite struct StableHashTests {
    @Test func isSixtyFourBitFNV1a() {
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
        #expect(StableHash.hex("foobar") == "85944171f73967e8")
        #expect(StableHash.hex("一约四会") == "cca6b4675cf4bec9")
    }

    @Test func contiguousAndOtherSequencesHashAlike() {
        let text = "网格化管理，积分制。"
        #expect(StableHash.value(Array(text.utf8)) == StableHash.value(text.utf8.lazy.map { $0 }))
        #expect(StableHash.value(text.utf8) == StableHash.value(Array(text.utf8)))
        #expect(StableHash.hex(of: 0xab) == "00000000000000ab")
    }
}

@Suite struct ConcurrencyTests {
    struct Failure: Error, Equatable {
        var index: Int
    }

    @Test func concurrentMapKeepsOrderAndThrowsTheFirstErrorByPosition() throws {
        let numbers = Array(0..<10_000)
        #expect(numbers.concurrentMap { $0 * 2 } == numbers.map { $0 * 2 })  // never throws: E is Never
        #expect(throws: Failure(index: 3)) {
            _ = try numbers.concurrentMap { (number: Int) throws(Failure) -> Int in
                if number == 3 || number == 7_000 { throw Failure(index: number) }
                return number
            }
        }
        #expect([Int]().concurrentMap { $0 } == [])
    }

    @Test func mapReportsProgressInOrderAndBothRunsTwo() throws {
        var heard: [Int] = []
        let squares = try Concurrent.map(1_000, progress: { heard.append($0) }) { $0 * $0 }
        #expect(squares == (0..<1_000).map { $0 * $0 })
        #expect(heard == heard.sorted() && heard.last == 1_000 && !heard.isEmpty)
        let pair = try Concurrent.both({ "a" }, and: { 2 })
        #expect(pair.0 == "a" && pair.1 == 2)
        #expect(throws: Failure(index: 1)) {
            _ = try Concurrent.both(
                { () throws -> Int in throw Failure(index: 1) }, and: { () throws -> Int in throw Failure(index: 2) })
        }
    }
}

@Suite struct FileSupportTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jingyan-support-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    @Test func unsyncedWritesReplaceALinkInsteadOfFollowingIt() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("target.txt")
        try Data("keep".utf8).write(to: target)
        let file = folder.appendingPathComponent("file.txt")
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: target)
        try UnsyncedFile.write(Data("new".utf8), to: file.path)
        #expect(try Data(contentsOf: target) == Data("keep".utf8))
        #expect(try Data(contentsOf: file) == Data("new".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: file.path)) == nil)
    }

    @Test func streamsManySmallPiecesInOrderAndNamesFailures() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("stream.txt")
        let pieces = (0..<100_000).map { Data("第\($0)行\n".utf8) }
        try UnsyncedFile.stream(to: file.path) { append in for piece in pieces { try append(piece) } }
        #expect(try Data(contentsOf: file) == pieces.reduce(Data(), +))
        try UnsyncedFile.remove(file.path)
        try UnsyncedFile.remove(file.path)  // already gone: no error
        let missing = folder.appendingPathComponent("no/such/folder.txt").path
        #expect(throws: UnsyncedFile.WriteError(path: missing, reason: "No such file or directory")) {
            try UnsyncedFile.write(Data(), to: missing)
        }
    }

    @Test func stampsTellChangedFilesAndOnlyRegularOnes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("a.md")
        try Data("one".utf8).write(to: file)
        let first = try #require(FileStamp(path: file.path))
        #expect(FileStamp(path: file.path) == first)
        #expect(first.isRecent && FileStamp.settled(path: file.path) == nil)
        try Data("three".utf8).write(to: file, options: .atomic)  // a replace: another inode and size
        #expect(FileStamp(path: file.path) != first)
        let link = folder.appendingPathComponent("link.md")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: file)
        #expect(FileStamp(path: link.path) == nil)
        #expect(FileStamp(path: folder.path) == nil)
        #expect(FileStamp(path: folder.appendingPathComponent("missing").path) == nil)
    }

    @Test func aFolderLockMakesItsFolderAndHoldsItUntilReleased() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let locked = folder.appendingPathComponent("site")
        var waited = false
        var lock: FolderLock? = try FolderLock(on: locked) { _ in waited = true }
        #expect(!waited && FileManager.default.fileExists(atPath: locked.path))
        let other = open(locked.path, O_RDONLY | O_DIRECTORY)
        defer { close(other) }
        #expect(flock(other, LOCK_EX | LOCK_NB) != 0)  // another run would wait
        withExtendedLifetime(lock) {}
        lock = nil
        #expect(flock(other, LOCK_EX | LOCK_NB) == 0)
        flock(other, LOCK_UN)
    }
}

@Suite struct DurationSecondsTests {
    @Test func secondsKeepTheFraction() {
        #expect(Duration.milliseconds(1_500).seconds == 1.5)
        #expect(Duration.seconds(3).seconds == 3)
        #expect(Duration.nanoseconds(250).seconds == 250e-9)
    }
}
