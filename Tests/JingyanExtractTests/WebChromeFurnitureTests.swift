import Testing

@testable import JingyanExtract

/// Site chrome of batches 39-42's web copies, known by the bundled lexicon's furniture patterns
/// by its kind (a PDF viewer's page count, a post line's IP province, an English site's path),
/// and body lines like it that are no furniture.
@Suite struct WebChromeFurnitureTests {
    @Test func chromeOfTheLaterWebCopiesIsFurniture() throws {
        let lexicon = try Lexicon.bundled()
        let chrome = [
            // A PDF viewer's paste.
            "- 7 -", "—８—", "第 1 页，共 2 页", "第2页，共2页",
            // News apps' and platforms' post lines, marks and notices.
            "孝感日报　2026-12-30 08:45　湖北　孝感日报官方账号", "2026-12-31 16:02 · 安康日报社官方账号",
            "2026-12-30 10:05 来自 微博 weibo.com", "天水日报 V", "阅读 1.2万　　推荐 36",
            "发布于 2026-12-31 10:20・IP 属地陕西", "发布于2026-12-31 10:20・IP 属地陕西", "已认证账号",
            "赞同 36　　添加评论　　分享　　喜欢　　收藏　　申请转载", "首页　知乎知学堂　等你来答",
            "本文来自头条号作者，不代表今日头条立场。", "本文由安康日报原创，欢迎关注，带你一起长知识！",
            "本文为转载内容，版权归原作者所有。", "打开新华网客户端，阅读体验更佳", "打开央视新闻客户端　看更多精彩",
            "+1　收藏　分享", "评论（3）", "写评论...", "#基层治理　12个", "收录于合集", "时刻新闻",
            // An English site's chrome.
            "Hefei Online | 中国·合肥", "Home > News > Local News", "Language: English | 中文",
            "Updated: 2026-12-31 10:05　Source: 合肥晚报", "Editor: 李敏",
            "· Feixi county villages update their rules", "Copyright © 2026 Hefei Online. All Rights Reserved.",
            "关于我们 | About us | 联系我们 | 广告服务 | 供稿服务 | 法律声明",
            // A database record, a clipping service's printout, a scanner app's mark.
            "中国知网　|　中国重要报纸全文数据库", "【报纸名称】皖西日报", "【版号】003", "【正文】",
            "【下载频次】3　【引用频次】0", "© 中国学术期刊（光盘版）电子杂志社有限公司", "慧科新闻　WiseNews",
            "文章编号：202612300050012", "本内容经慧科的电子服务提供，任何内容均不可转载、复制或修改。",
            "由 扫描全能王 扫描创建",
            // A government service app, a message board, a table of contents.
            "湘易办", "首页　办事　政务资讯　我的", "【相关服务】", "社保待遇资格认证　　医保异地就医备案　　残疾人两项补贴申请",
            "本栏目内容由湖南省人民政府办公厅提供", "我要评价　　分享　　收藏", "地方领导留言板",
            "本月黑龙江已回复留言12436条", "目录", "↑返回目录", "· 办事少跑腿。", "【记者观察】积分背后是人心",
        ]
        for line in chrome { #expect(lexicon.isPageFurniture(line), "\(line)") }
    }

    @Test func bodyLinesLikeTheChromeAreNone() throws {
        let lexicon = try Lexicon.bundled()
        let body = [
            "今年全镇共有1326户上了红榜，47户上黑榜后主动整改。", "办事少跑腿。", "代办有专人。",
            "村里还把全村划分为6个网格，网格员每月上门收集村民诉求。", "第二天就拆了。",
            "镇里还为网格员统一配发了工作证和民情日记本。", "发布于网上的通知，村民都看到了。",
            "首页上写着“有事找网格员”，群众一看就懂。", "记者：巷道调解员都是义务干的，大家愿意吗？",
            "·艾买提说。", "南宫山镇“民情代办员”跑出便民加速度", "积分背后是人心",
        ]
        for line in body { #expect(!lexicon.isPageFurniture(line), "\(line)") }
    }
}
