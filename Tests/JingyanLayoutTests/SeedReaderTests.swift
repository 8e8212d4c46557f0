import Foundation
import Testing

@testable import JingyanLayout

/// Pages saved by other tools: every encoding an office produces reads as the same text.
@Suite struct SeedReaderTests {
    let text = "近年来，某县划分网格1665个。\n"

    @Test func readsUTF8WithAndWithoutBOM() throws {
        #expect(try SeedReader.decode(Data(text.utf8), file: "a.txt") == text)
        #expect(try SeedReader.decode(Data([0xEF, 0xBB, 0xBF] + Array(text.utf8)), file: "a.txt") == text)
    }

    @Test func readsUTF16WithBOM() throws {
        let little = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
        let big = Data([0xFE, 0xFF]) + text.data(using: .utf16BigEndian)!
        #expect(try SeedReader.decode(little, file: "a.txt") == text)
        #expect(try SeedReader.decode(big, file: "a.txt") == text)
    }

    @Test func readsGB18030() throws {
        // "近年来，某县" in GB18030, as a Chinese Windows tool saves it.
        let gbk = Data([0xBD, 0xFC, 0xC4, 0xEA, 0xC0, 0xB4, 0xA3, 0xAC, 0xC4, 0xB3, 0xCF, 0xD8])
        #expect(try SeedReader.decode(gbk, file: "a.txt") == "近年来，某县")
    }

    @Test func namesFileAndByteOffsetOfUndecodableBytes() {
        let bytes = Data(Array("近年来".utf8) + [0xFF, 0xFF, 0x80])
        let error = #expect(throws: SeedReader.DecodingError.self) {
            try SeedReader.decode(bytes, file: "seeds/bad.txt")
        }
        #expect(error?.byteOffset == 9)
        #expect(error?.description.contains("seeds/bad.txt") == true)
        #expect(error?.description.contains("offset 9") == true)
    }
}
