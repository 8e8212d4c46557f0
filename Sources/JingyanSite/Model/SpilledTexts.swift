import Foundation
import JingyanModel
import JingyanSupport

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The practices' texts and their metrics' sentences, most of the content's bytes, kept in a
/// temporary file rather than in memory while a site is built (`SiteInput.spillingTexts`): the
/// practice pages, the feed, the search documents and the downloads read them back a practice
/// at a time, as they are made a batch at a time. The file is unlinked once it is open for
/// reading; the system frees it when the build ends, however it ends.
final class SpilledTexts: Sendable {
    private let descriptor: Int32
    /// Where each practice's record starts in the file, in the model's practice order, then
    /// where the last one ends. A record is the text, then each metric's sentence, each as its
    /// length in UTF-8 bytes (four bytes, little-endian) and its bytes.
    private let starts: [Int]
    /// The number of each article's first practice: an article's practices are numbered in turn.
    private let firstPractices: [Int]

    /// Writes the texts and sentences of `articles` into a file in `folder`; `articles` are left
    /// as they were.
    init(of articles: [Article], in folder: URL = FileManager.default.temporaryDirectory) throws {
        let path = folder.appendingPathComponent("jingyan-texts-\(getpid())-\(UUID().uuidString)").path
        var starts = [0]
        var firstPractices: [Int] = []
        do {
            try UnsyncedFile.stream(to: path) { append in
                for article in articles {
                    firstPractices.append(starts.count - 1)
                    for practice in article.practices {
                        var record = Data()
                        for text in [practice.text] + practice.metrics.map(\.sentence) {
                            withUnsafeBytes(of: UInt32(text.utf8.count).littleEndian) { record.append(contentsOf: $0) }
                            record.append(contentsOf: text.utf8)
                        }
                        try append(record)
                        starts.append(starts.last! + record.count)
                    }
                }
            }
        } catch {
            try? UnsyncedFile.remove(path)
            throw error
        }
        let opened = open(path, O_RDONLY | O_CLOEXEC)
        let failure = POSIXErrorCode(rawValue: errno)
        do { try UnsyncedFile.remove(path) } catch {
            if opened >= 0 { close(opened) }
            throw error
        }
        guard opened >= 0 else { throw POSIXError(failure ?? .EIO) }
        descriptor = opened
        self.starts = starts
        self.firstPractices = firstPractices
    }

    deinit { close(descriptor) }

    /// Empties the practice's text and its metrics' sentences, as they are held while spilled.
    static func strip(_ practice: inout Practice) {
        practice.text = ""
        for index in practice.metrics.indices { practice.metrics[index].sentence = "" }
    }

    /// Practice `number` (in the model's order), stripped, with its text and sentences read back.
    func restored(_ practice: Practice, number: Int) -> Practice {
        let record = read(starts[number]..<starts[number + 1])
        var practice = practice
        var offset = 0
        func next() -> String {
            let length = record[offset..<offset + 4].reversed().reduce(0) { $0 << 8 | Int($1) }
            defer { offset += 4 + length }
            return String(decoding: record[offset + 4..<offset + 4 + length], as: UTF8.self)
        }
        practice.text = next()
        for index in practice.metrics.indices { practice.metrics[index].sentence = next() }
        return practice
    }

    /// Article `number`, stripped, with its practices' texts and sentences read back.
    func restored(_ article: Article, number: Int) -> Article {
        var article = article
        var practice = firstPractices[number]
        for section in article.sections.indices {
            for index in article.sections[section].practices.indices {
                article.sections[section].practices[index] = restored(
                    article.sections[section].practices[index], number: practice)
                practice += 1
            }
        }
        return article
    }

    /// The bytes at `range` of the file. The file was written by this process and stays open
    /// until the build ends: a read that fails is the disk failing, which no build can go on from.
    private func read(_ range: Range<Int>) -> [UInt8] {
        var bytes = [UInt8](repeating: 0, count: range.count)
        var done = 0
        while done < range.count {
            let count = bytes.withUnsafeMutableBytes {
                pread(descriptor, $0.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
            }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                fatalError("cannot read back the build's temporary file: \(String(cString: strerror(errno)))")
            }
            done += count
        }
        return bytes
    }
}
