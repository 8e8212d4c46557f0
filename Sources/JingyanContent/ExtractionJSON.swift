import Foundation
import JingyanModel

/// The `jingyan extract --json` document: deterministic (sorted keys), readable, UTF-8.
public enum ExtractionJSON {
    /// The whole document in memory (the command streams it with `write`).
    public static func encode(_ extraction: Extraction) throws -> Data {
        var data = Data()
        try write(extraction) { data.append($0) }
        return data
    }

    /// The document in parts, as `encode` gives it whole: each article and caption is encoded
    /// alone and indented into place, so that a page of tens of thousands of practices never
    /// holds its whole JSON, nor the encoder's tree of it, in memory.
    public static func write(_ extraction: Extraction, to output: (Data) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // The keys in sorted order, as the encoder writes the whole document.
        try output(Data("{\n  \"articles\" : ".utf8))
        try writeArray(extraction.articles, encoder: encoder, to: output)
        try output(Data(",\n  \"captions\" : ".utf8))
        try writeArray(extraction.captions, encoder: encoder, to: output)
        try output(Data(",\n  \"schema\" : ".utf8) + encoder.encode(extraction.schema) + Data("\n}\n".utf8))
    }

    /// An array of the document's top level: elements indented by four spaces, an empty array
    /// as `[`, an empty line and `  ]`, as JSONEncoder prints it.
    static func writeArray<Element: Encodable>(
        _ elements: [Element], encoder: JSONEncoder, to output: (Data) throws -> Void
    ) throws {
        guard !elements.isEmpty else { return try output(Data("[\n\n  ]".utf8)) }
        try output(Data("[\n".utf8))
        for (index, element) in elements.enumerated() {
            var part = indented(try encoder.encode(element))
            part.append(contentsOf: (index == elements.count - 1 ? "\n" : ",\n").utf8)
            try output(Data(part))
        }
        try output(Data("  ]".utf8))
    }

    /// Every line four spaces in, but the empty line JSONEncoder prints in an empty array
    /// (strings hold no raw line feed).
    static func indented(_ encoded: Data) -> [UInt8] {
        let indent: [UInt8] = [0x20, 0x20, 0x20, 0x20]
        var part = indent
        part.reserveCapacity(encoded.count + encoded.count / 4)
        encoded.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var start = 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                part += bytes[start...newline]
                if newline + 1 < bytes.count, bytes[newline + 1] != 0x0A { part += indent }
                start = newline + 1
            }
            part += bytes[start...]
        }
        return part
    }
}
