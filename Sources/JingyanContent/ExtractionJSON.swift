import Foundation
import JingyanModel

/// The `jingyan extract --json` document: deterministic (sorted keys), readable, UTF-8.
public enum ExtractionJSON {
    public static func encode(_ extraction: Extraction) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(extraction)
        data.append(0x0A)
        return data
    }
}
