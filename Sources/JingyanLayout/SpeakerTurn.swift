/// A turn of an interview: "问：……", "答：……", "记者：……". The speaker's mark, one character or
/// the interviewer's role, and a colon open a paragraph of the body, never a title, byline or
/// heading.
public enum SpeakerTurn {
    public static func opens(_ text: String) -> Bool {
        var text = text  // withUTF8 needs it mutable; a native text is read in place
        return text.withUTF8(opens)
    }

    /// Read on the bytes: most lines have no colon right after their first character and are
    /// refused on two bytes.
    static func opens(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // One Han character (U+4000–U+9FFF: three bytes, led by E4–E9), then a colon.
        guard bytes.count >= 4, (0xE4...0xE9).contains(bytes[0]) else { return false }
        if isColon(bytes, at: 3) { return true }
        return bytes.count >= interviewer.count + 1 && bytes.prefix(interviewer.count).elementsEqual(interviewer)
            && isColon(bytes, at: interviewer.count)
    }

    /// "：" (EF BC 9A) or ":" at `index`.
    static func isColon(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == 0x3A
            || index + 2 < bytes.count && bytes[index] == 0xEF && bytes[index + 1] == 0xBC
                && bytes[index + 2] == 0x9A
    }

    /// The interviewer's role, the one mark of more than one character: 记者.
    static let interviewer: [UInt8] = Array("记者".utf8)
}
