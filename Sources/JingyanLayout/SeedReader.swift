import Foundation

/// Reads the raw pages of a seeds folder: every `*.txt`, in file-name order, decoded.
public enum SeedReader {
    /// A page in none of the encodings a seed page may have, and where its first bad byte is.
    public struct DecodingError: Error, CustomStringConvertible {
        public var file: String
        public var byteOffset: Int
        public var description: String {
            """
            \(file): not valid UTF-8, UTF-16 or GB18030 text (first bad byte \
            at offset \(byteOffset)). Save the page as UTF-8 and run again.
            """
        }
    }

    /// Pages as (display name, text). `displayPrefix` is how the folder is named in sources
    /// and messages, e.g. "seeds".
    public static func pages(in folder: URL, displayPrefix: String) throws -> [(file: String, text: String)] {
        try pageNames(in: folder, displayPrefix: displayPrefix).map { name in
            let display = displayPrefix.isEmpty ? name : "\(displayPrefix)/\(name)"
            return (display, try decode(Data(contentsOf: folder.appendingPathComponent(name)), file: display))
        }
    }

    /// The page files' names (`*.txt`, not hidden), in name order.
    public static func pageNames(in folder: URL, displayPrefix: String) throws -> [String] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            var isFolder: ObjCBool = false
            let reason =
                !FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder)
                ? "there is no such folder" : isFolder.boolValue ? "permission denied" : "it is a file, not a folder"
            throw CocoaError(
                .fileReadNoSuchFile,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "\(displayPrefix): cannot read the seeds folder (\(reason)). Pass --seeds DIR."
                ])
        }
        return names.filter { $0.hasSuffix(".txt") && !$0.hasPrefix(".") }.sorted()
    }

    /// GB18030 (a superset of GBK and GB2312), the encoding of pages saved by Chinese Windows tools.
    static let gb18030 = String.Encoding(rawValue: 0x8000_0632)  // kCFStringEncodingGB_18030_2000

    /// UTF-8 (with or without BOM), UTF-16 with BOM, else GB18030.
    public static func decode(_ data: Data, file: String) throws -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)), file: file, offset: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]), let text = String(data: data, encoding: .utf16LittleEndian) {
            return String(text.drop { $0 == "\u{FEFF}" })
        }
        if bytes.starts(with: [0xFE, 0xFF]), let text = String(data: data, encoding: .utf16BigEndian) {
            return String(text.drop { $0 == "\u{FEFF}" })
        }
        do {
            return try utf8(bytes, file: file, offset: 0)
        } catch let error as DecodingError {
            guard let text = String(data: data, encoding: gb18030) else { throw error }
            return text
        }
    }

    static func utf8(_ bytes: [UInt8], file: String, offset: Int) throws -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var position = 0
        var badOffset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                position += UTF8.width(scalar)
            case .emptyInput:
                break loop
            case .error:
                badOffset = position
                break loop
            }
        }
        throw DecodingError(file: file, byteOffset: badOffset + offset)
    }
}
