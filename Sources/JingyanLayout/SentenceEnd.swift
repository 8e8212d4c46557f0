extension Typography {
    /// True when the text ends a sentence, allowing closing quotes or brackets after the ender,
    /// or a bracketed note after it ("……58起。（某县委组织部供稿）"). A copy typed with half-width
    /// marks ends its sentences with a full stop after Han or a closing quote ("……开始了一天."); after
    /// a digit it is a number's or a list's.
    public static func endsSentence(_ text: some StringProtocol) -> Bool {
        let scalars = text.unicodeScalars
        var index = scalars.endIndex
        while index > scalars.startIndex {
            index = scalars.index(before: index)
            let scalar = scalars[index]
            if closerScalars.contains(scalar) { continue }
            if sentenceEnderScalars.contains(scalar) { return true }
            if scalar == ".", index > scalars.startIndex, case let before = scalars[scalars.index(before: index)],
                isHan(before) || closerScalars.contains(before)
            {
                return true
            }
            guard let last = scalars.last, last == "）" || last == ")" else { return false }
            return endsSentenceBeforeNote(scalars)
        }
        return false
    }

    /// The text closes with a bracketed note of at most `maxClosingNote` scalars whose opening
    /// bracket follows a sentence's end.
    static func endsSentenceBeforeNote<S: BidirectionalCollection<Unicode.Scalar>>(_ scalars: S) -> Bool {
        var seen = 0
        var index = scalars.index(before: scalars.endIndex)
        while index > scalars.startIndex, seen <= maxClosingNote {
            index = scalars.index(before: index)
            seen += 1
            let scalar = scalars[index]
            guard scalar == "（" || scalar == "(" else { continue }
            guard index > scalars.startIndex else { return false }
            return sentenceEnderScalars.contains(scalars[scalars.index(before: index)])
        }
        return false
    }

    static let maxClosingNote = 24
}
