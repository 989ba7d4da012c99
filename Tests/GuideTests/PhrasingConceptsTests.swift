import Testing
@testable import Guide

/// Phrasings that ask about a concept no single word names, and look-alikes that do not.
@Suite("FAQ search: what a phrasing asks about")
struct PhrasingConceptsTests {
    func concepts(_ text: String) -> Set<String> {
        let folded = SearchTokenizer.fold(text)
        return Set(PhrasingConcepts.annotate(folded).dropFirst(folded.count).split(separator: " ").map(String.init))
    }

    @Test(arguments: [
        ("这一袋大概多少克呀", "重量"), ("is it 500g", "重量"), ("how much rice do you get in a bag", "重量"),
        ("能倒进去一整瓶牛奶吗", "容量"), ("how many ounces", "容量"), ("how big is the flask", "容量"), ("这个壶多大", "容量"),
        ("两岁半能吃吗", "孩子"), ("safe for a 4 year old?", "孩子"), ("my 18 month old", "孩子"),
        ("囤了半年还能吃吗", "保质期"), ("does it go off quickly", "保质期"), ("how long until it gets stale", "保质期"),
        ("放冰箱泡一夜可以吗", "冷泡"), ("can i steep it in cold water", "冷泡"), ("直接拿矿泉水冲行吗", "冷泡"),
        ("开水要凉一下再冲吗", "温度"), ("straight from the kettle into the pot to brew?", "温度"),
        ("什么时候喝最好 睡前喝行吗", "食用"), ("recipes using it?", "食用"),
        ("是真丝的吗", "材质"), ("polyester or cotton?", "材质"),
        ("是哪个省的", "产地"), ("which region grows it", "产地"),
        ("可以用来泡方便面吗", "热水"),
    ])
    func aPhrasingAddsItsConcept(text: String, concept: String) {
        #expect(concepts(text).contains(concept), "\(text) → \(concepts(text))")
    }

    @Test(arguments: [
        ("蜂蜜要放冰箱吗", "冷泡"),            // cold without brewing: storage, not cold brew
        ("how big is the scarf", "容量"),      // size of something that holds nothing
        ("这个多少钱", "重量"),                 // 多少 without a unit
        ("我家孩子很喜欢", "保质期"),
        ("can I pay later", "食用"),
    ])
    func aLookAlikeDoesNot(text: String, concept: String) {
        #expect(!concepts(text).contains(concept), "\(text) → \(concepts(text))")
    }
}
