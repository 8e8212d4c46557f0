import JingyanExtract

/// A county from the gazetteer and, usually, a made-up township in it.
public struct CorpusPlace: Hashable, Sendable {
    public var county: String
    public var short: String
    /// "新店镇"; nil for a county-wide report.
    public var township: String?

    /// As the text names it: "玉屏侗族自治县新店镇".
    public var fullName: String { county + (township ?? "") }
    /// As the place tag under a title prints it: "玉屏新店".
    public var tag: String { short + (township.map { String($0.dropLast()) } ?? "") }
}

/// The names the corpus varies beyond the seed: places, people and named schemes. Every list is
/// built in a fixed order from fixed seeds, so it is the same in every run.
public struct Vocabulary: Sendable {
    public var places: [CorpusPlace]
    public var surnames: [Character]
    /// Named schemes shared across the corpus, most common first.
    public var schemes: [String]

    public init(townshipsPerCounty: Int = 16, schemeCount: Int = 3000) throws {
        let gazetteer = try Gazetteer.bundled()
        let lexicon = try Lexicon.bundled()
        var places: [CorpusPlace] = []
        for (countyIndex, county) in gazetteer.counties.enumerated() {
            var generator = SplitMix64.stream(0x706C_6163_6573, index: countyIndex)
            places.append(CorpusPlace(county: county.name, short: county.short, township: nil))
            for township in Self.townships(count: townshipsPerCounty, using: &generator) {
                places.append(CorpusPlace(county: county.name, short: county.short, township: township))
            }
        }
        self.places = places
        surnames = lexicon.surnames.sorted()  // a Set: sorted, or every process would draw differently
        var generator = SplitMix64(seed: 0x7363_6865_6D65)
        var schemes: [String] = []
        var seen = Set<String>()
        while schemes.count < schemeCount {
            let scheme = Self.scheme(using: &generator)
            if seen.insert(scheme).inserted { schemes.append(scheme) }
        }
        self.schemes = schemes
    }

    /// Two characters and 镇 or 乡, none of them a function word the place reader stops at.
    static func townships(count: Int, using generator: inout SplitMix64) -> [String] {
        let characters = Array("新店龙溪石桥河坪坝山岩田水木黄寨花沙长兴乐清凤凰云盘塘官桃江溪甘龙泉茶湾")
        var names: [String] = []
        while names.count < count {
            let first = characters.pick(using: &generator)
            let second = characters.pick(using: &generator)
            guard first != second else { continue }
            let name = "\(first)\(second)\(generator.chance(0.7) ? "镇" : "乡")"
            if !names.contains(where: { $0.dropLast() == name.dropLast() }) { names.append(name) }
        }
        return names
    }

    /// A scheme name in one of the shapes reports use: numbered ("三访一评"), combined
    /// ("党小组+网格员+联户长") or named by its ending ("院坝议事会").
    static func scheme(using generator: inout SplitMix64) -> String {
        let numerals = Array("一二三四五六七八九十两")
        let actions = Array("会课访查联帮评议亮比争包定审荐察进问讲学")
        let roles = ["党小组", "网格员", "联户长", "志愿者", "村民小组", "党员", "乡贤", "驻村干部", "合作社", "龙头企业",
                     "致富带头人", "法律顾问", "调解员", "老干部", "妇联", "团支部", "积分", "数字平台", "院坝会", "村规民约"]
        let modifiers = ["红色", "连心", "暖心", "同心", "和美", "邻里", "乡贤", "院坝", "田坎", "板凳", "指尖", "云上", "小院",
                         "家门口", "金牌", "初心", "山花", "石榴籽", "民情", "阳光"]
        let endings = ["经验", "工作法", "驿站", "超市", "议事会", "讲堂", "直播间", "服务卡", "微网格", "管家", "课堂", "公约"]
        switch Int.random(in: 0..<3, using: &generator) {
        case 0:
            return "\(numerals.pick(using: &generator))\(actions.pick(using: &generator))"
                + "\(numerals.pick(using: &generator))\(actions.pick(using: &generator))"
        case 1:
            let parts = roles.shuffled(using: &generator).prefix(Int.random(in: 2...3, using: &generator))
            return parts.joined(separator: "+")
        default:
            return modifiers.pick(using: &generator) + endings.pick(using: &generator)
        }
    }

    /// A surname from the lexicon and a common given name: "张伟", "覃一凡".
    func personName(using generator: inout SplitMix64) -> String {
        let given = ["伟", "芳", "娟", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "涛", "明", "超", "霞",
                     "桂英", "红梅", "婷", "雪", "华", "玲", "斌", "宇", "浩", "凯", "鹏", "晓东", "文静", "志刚", "一凡"]
        return "\(surnames.pick(using: &generator))\(given.pick(using: &generator))"
    }
}
