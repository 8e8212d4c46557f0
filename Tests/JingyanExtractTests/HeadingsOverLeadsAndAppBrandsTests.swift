import JingyanModel
import Testing

@testable import JingyanExtract

/// Forms of batches 67 to 71, written anew: a heading a little short of a column without indents,
/// over a paragraph that opens with a lead sentence; a county app's name over a copy's title; a
/// byline with a photographer's credit; a continued end on the same page; a brief's credit parted
/// by spaces alone; sites' and accounts' names around a copy's title; closing credits of a
/// platform's copies; a photo's source for a credit; two padded names; padded editors' names; a
/// heading wrapped by its sense onto a wider line.
@Suite struct HeadingsOverLeadsAndAppBrandsTests {
    /// A page parted by blank lines, its column 16 wide: "建渠道，邻里矛盾“就地来调”" is two
    /// characters short of the column and "设专岗“一起管”。" opens the paragraph under it, a heading
    /// and its lead; a paragraph's first line as wide as the column stays body.
    @Test func aHeadingTwoCharactersShortOverALeadSentence() throws {
        let found = try TestData.extract(
            lines: [
                "乌江镇是沿河县的边贸大镇，与重庆", "市酉阳县隔江相望。近年来，镇里联", "合对岸乡镇建立“两岸联调”机制，推",
                "动纠纷就地化解，日子越过越安宁。", "", "建渠道，邻里矛盾“就地来调”", "设专岗“一起管”。两地乡镇共同组",
                "建联合调解委员会，吸纳村干部和老", "党员担任调解员36名，每季度轮流召", "开1次联席会议，通报纠纷隐患。", "",
                "优服务，两岸群众“放下心来”", "联合巡逻“保平安”。两地派出所组", "建联合巡逻队，今年以来联合巡逻74", "次，化解纠纷29起，化解率达96.6%。",
                "", "沿河乌江：“两岸联调”守护江畔和谐", "田　丰　罗小川",
            ])
        #expect(found.articles.map(\.title) == ["沿河乌江：“两岸联调”守护江畔和谐"])
        #expect(
            found.articles.first?.sections.compactMap(\.heading) == ["建渠道，邻里矛盾“就地来调”", "优服务，两岸群众“放下心来”"])
    }

    /// "汉江云郧西" over a copy's title, its foot "下载汉江云客户端，……": the county's app, named by the
    /// brand of the app its foot names, is no part of the title.
    @Test func aCountyAppNamedByItsBrandOverTheTitle() throws {
        let found = try TestData.extract(
            lines: [
                "汉江云郧西", "小院坝议出大民生", "2026-11-02 08:15　来源：十堰日报", "本报记者　董　川",
                "郧西县上津镇的院坝会开了三年，村民有事就在院坝里当面说，全镇今年共开院坝会86场，议定事项214件。",
                "镇里还推行“积分超市”，群众参与议事可以攒积分，去年兑换积分3.2万分。",
                "编辑：马　丽", "下载汉江云客户端，阅读更多精彩内容",
            ])
        #expect(found.articles.map(\.title) == ["小院坝议出大民生"])
        #expect(found.articles.map(\.author) == ["董川"])
    }

    /// "某某日报记者　甲　通讯员　乙　摄影：丙" under a copy's title: a byline whose photographer is
    /// no author, not a caption; so in brackets ("（摄影：丙）").
    @Test func aBylineWithAPhotographersCredit() throws {
        for byline in ["黄河日报记者　周　明　通讯员　孔　亮　摄影：秦　川", "黄河日报记者　周　明　通讯员　孔　亮（摄影：秦　川）"] {
            let found = try TestData.extract(
                lines: [
                    "一块河滩地的“新账本”", "——长垣市蒲西街道推行土地“阳光流转”见闻", "2026-05-12 09:20:11　来源：黄河日报",
                    byline, "长垣市蒲西街道的河滩地上，合作社今年流转土地3200亩，村民每亩多收租金260元，地块连成了片。",
                    "街道把流转合同、地租标准和分红方案都贴在村务公开栏里，群众有疑问可以当场问、当场答。",
                    "“地块登记在图上，谁家多少一清二楚。”村民说。", "责任编辑：马　良",
                ])
            #expect(found.articles.map(\.author) == ["周明、孔亮"])
            #expect(found.articles.first?.title.hasPrefix("一块河滩地的“新账本”") == true)
            #expect(found.captions.isEmpty)
        }
    }

    /// A title-first report that jumps ("（下转第6版）") to its end further on in the same text, under
    /// the next page's head and its jump head, then a report whose block closes its body: the end
    /// is joined to its report. A titled block naming the county the text after it opens with, after
    /// another report's body, heads that text.
    @Test func aContinuedEndOnTheSamePage() throws {
        let found = try TestData.extract(
            lines: [
                "湖上“流动调解船”开进渔村", "", "本报记者　施　文", "",
                "“网箱挡了航道，船都开不过去！”前不久，高邮市菱塘乡的两户渔民争执不下，调解船当天就开到了湖边。", "",
                "菱塘乡水面广、渔户多，乡里把一艘旧船改成流动调解室，今年调处涉水纠纷93起，调解成功率96.8%。", "",
                "盱眙穆店：网格“两张清单”", "管好村里大小事", "", "本报记者　齐　远", "",
                "走进盱眙县穆店镇，网格公示牌上写着网格员的姓名和电话。乡里划分网格64个，配备网格员152名。", "",
                "一是清单管事。每个网格都有一张事项清单，网格员每周走访不少于1轮；", "（下转第6版）", "",
                "６　　2026年5月12日　星期二　　江淮法治报", "基层治理　　责任编辑：邵　青　美术编辑：高　远", "",
                "（上接第3版）", "网格“两张清单”管好村里大小事", "",
                "二是清单办事。今年网格员上报事件1860件，办结率98.2%。", "",
                "傍晚，泗洪县界集镇一户农家的院子里摆开长桌，十多位村民商量村里的道路怎么修。", "",
                "界集镇把议事会搬进院子，今年开了议事会136场，议定事项420件。", "",
                "院子里好议事", "本报记者　韩　雪", "", "泗洪界集",
            ])
        #expect(
            TestData.summary(found) == [
                "湖上“流动调解船”开进渔村|施文|高邮市|菱塘乡", "盱眙穆店：网格“两张清单”管好村里大小事|齐远|盱眙县|穆店镇",
                "院子里好议事|韩雪|泗洪县|界集镇",
            ])
        let figures = found.articles.map { $0.sections.flatMap(\.practices).flatMap(\.metrics).map(\.value.value) }
        #expect(figures == [[93, 96.8], [64, 152, 1, 1860, 98.2], [136, 420]])
    }

    /// A heading at 13 wrapped by its sense between blank lines, its second line the wider
    /// ("邻里之间的小摩擦" / "在“和事角”里说开"): both lines are the heading.
    @Test func aHeadingWrappedOntoAWiderLine() throws {
        let found = try TestData.extract(
            lines: [
                "城北街道：和气留在楼道里", "本报记者　韦　丽", "", "江南区城北街道老旧小区多，街", "道把治理单元延伸到楼栋，推行",
                "“网格+楼栋”微治理机制。", "", "网格划到楼栋", "街道划分网格46个，设立微网", "格208个，每个微网格由1名", "楼栋长负责。",
                "", "邻里之间的小摩擦", "在“和事角”里说开", "", "每个社区都设立了“和事角”，", "今年以来化解邻里纠纷317起，",
                "化解率达97.5%。",
            ])
        #expect(found.articles.first?.sections.compactMap(\.heading) == ["网格划到楼栋", "邻里之间的小摩擦在“和事角”里说开"])
    }
}
