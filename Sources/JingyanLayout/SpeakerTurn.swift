/// A turn of an interview: "问：……", "答：……", "记者：……". The speaker's mark, one character or
/// the interviewer's role, and a colon open a paragraph of the body, never a title, byline or
/// heading.
public enum SpeakerTurn {
    /// The interviewer's role, the one mark of more than one character.
    static let interviewer = "记者"

    public static func opens(_ text: String) -> Bool {
        // Most lines have no colon among their first bytes ("：" ends in 9A) and are refused on that.
        let head = text.utf8.prefix(maxMarkBytes)
        guard head.contains(where: { $0 == 0x3A || $0 == 0x9A }) else { return false }
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), Typography.isHan(first), let second = scalars.next() else { return false }
        if isColon(second) { return true }
        return Typography.hasPrefix(text, interviewer) && scalars.next().map(isColon) == true
    }

    static func isColon(_ scalar: Unicode.Scalar) -> Bool { scalar == "：" || scalar == ":" }

    /// Bytes of the longest mark and its colon.
    static let maxMarkBytes = 9
}
