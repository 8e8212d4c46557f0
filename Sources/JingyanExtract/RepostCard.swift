import JingyanLayout

extension PageSegmenter {
    /// "以下文章来源于某某日报，作者某某" / "某某日报." / "某某日报官方微信，传递……。": the card a WeChat repost prints
    /// under its header, the source account's name and its description: the printed lines right
    /// after the header that open with the account's name.
    static func repostCard(after index: Int, in lines: [TextLine]) -> [TextLine] {
        let text = lines[index].text
        guard text.hasPrefix(repostHeader) else { return [] }
        let account = text.dropFirst(repostHeader.count).prefix { !Self.accountEnds.contains($0) }
        guard account.count >= Self.minAccountName else { return [] }
        var card: [TextLine] = []
        for line in lines[(index + 1)...] where !line.isBlank {
            guard card.count < Self.maxCardLines, line.text.hasPrefix(account) else { break }
            card.append(line)
        }
        return card
    }

    static let repostHeader = "以下文章来源于"
    static let accountEnds: Set<Character> = ["，", ",", " ", "　"]
    static let minAccountName = 2
    static let maxCardLines = 2
}
