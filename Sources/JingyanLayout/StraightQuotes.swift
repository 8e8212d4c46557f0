/// Straight double quotes where a paragraph of Chinese text should have curly ones: a PDF whose
/// font maps its quotation marks to ASCII gives '开起了"板凳会"'.
public enum StraightQuotes {
    /// The paragraph with its straight double quotes made “ and ” in turn, when it holds an even
    /// number of them and no curly double quote (which would say the straight ones are meant);
    /// the text as it was otherwise.
    public static func paired(_ text: String) -> String {
        var counted = text  // withUTF8 needs it mutable; a native text is read in place
        let straight = counted.withUTF8 { bytes -> Int in
            var count = 0
            for (index, byte) in bytes.enumerated() {
                if byte == 0x22 { count += 1 }
                // "“" E2 80 9C and "”" E2 80 9D: curly quotes are there already.
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                    bytes[index + 2] == 0x9C || bytes[index + 2] == 0x9D
                {
                    return 0
                }
            }
            return count
        }
        guard straight > 0, straight % 2 == 0 else { return text }
        var opening = true
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard scalar == "\"" else {
                result.append(scalar)
                continue
            }
            result.append(opening ? "“" : "”")
            opening.toggle()
        }
        return String(result)
    }
}
