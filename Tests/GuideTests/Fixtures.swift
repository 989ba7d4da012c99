import Foundation
import Scripting
import StandInCore
import TestSupport
@testable import Guide

/// The demo persona and catalog of one language, loaded once per test.
struct Demo {
    let catalog: Catalog
    let persona: Persona
    let index: FAQIndex
    let answerer: QuestionAnswerer

    init(_ language: Persona.Language) throws {
        catalog = try Catalog.load(from: repositoryPath(language == .zh ? "assets/demo/catalog.yaml" : "assets/demo/catalog-en.yaml"))
        persona = try Persona.load(from: repositoryPath(language == .zh ? "personas/xiaolin.yaml" : "personas/ava.yaml"))
        index = FAQIndex(catalog: catalog)
        answerer = QuestionAnswerer(builder: try ScriptBuilder(persona: persona, catalog: catalog), index: index)
    }
}

/// A paraphrased viewer question and the FAQ entry that should answer it.
struct RetrievalCase: Sendable, CustomStringConvertible {
    let question: String
    let onAir: String
    let product: String
    let entry: Int
    init(_ question: String, onAir: String, _ product: String, _ entry: Int) {
        self.question = question; self.onAir = onAir; self.product = product; self.entry = entry
    }
    var description: String { question }
}

enum Table {
    static let zh: [RetrievalCase] = [
        RetrievalCase("这个茶能放多久？", onAir: "tea-01", "tea-01", 0),
        RetrievalCase("茶叶能保存多长时间？", onAir: "tea-01", "tea-01", 0),
        RetrievalCase("龙井用多少度的水泡？", onAir: "mug-02", "tea-01", 1),
        RetrievalCase("这茶是哪里产的？", onAir: "tea-01", "tea-01", 2),
        RetrievalCase("一罐茶叶有几克？", onAir: "tea-01", "tea-01", 3),
        RetrievalCase("这款能不能冷泡？", onAir: "tea-01", "tea-01", 4),
        RetrievalCase("马克杯可以放微波炉吗？", onAir: "honey-04", "mug-02", 0),
        RetrievalCase("杯子能装多少毫升？", onAir: "mug-02", "mug-02", 1),
        RetrievalCase("有没有配盖子？", onAir: "mug-02", "mug-02", 2),
        RetrievalCase("倒开水进去会烫手吗？", onAir: "mug-02", "mug-02", 3),
        RetrievalCase("围巾能用洗衣机洗吗？", onAir: "tea-01", "scarf-03", 1),
        RetrievalCase("这条围巾是什么面料？", onAir: "scarf-03", "scarf-03", 0),
        RetrievalCase("围巾有多长？", onAir: "scarf-03", "scarf-03", 3),
        RetrievalCase("有哪些颜色可以选？", onAir: "scarf-03", "scarf-03", 2),
        RetrievalCase("蜂蜜结晶了还能吃吗？", onAir: "tea-01", "honey-04", 0),
        RetrievalCase("蜂蜜开封后要放冰箱吗？", onAir: "honey-04", "honey-04", 1),
        RetrievalCase("小朋友可以吃吗？", onAir: "honey-04", "honey-04", 2),
        RetrievalCase("这个蜂蜜产地在哪？", onAir: "mug-02", "honey-04", 3),
        RetrievalCase("用开水冲可以吗？", onAir: "honey-04", "honey-04", 4),
    ]

    static let en: [RetrievalCase] = [
        RetrievalCase("how long does the tea keep?", onAir: "tea-01", "tea-01", 0),
        RetrievalCase("How long will the tea stay fresh once opened?", onAir: "tea-01", "tea-01", 0),
        RetrievalCase("What water temperature should I brew the Dragon Well at?", onAir: "mug-02", "tea-01", 1),
        RetrievalCase("Where do the tea leaves come from?", onAir: "tea-01", "tea-01", 2),
        RetrievalCase("How many grams of tea per tin?", onAir: "tea-01", "tea-01", 3),
        RetrievalCase("Can the tea be cold brewed?", onAir: "tea-01", "tea-01", 4),
        RetrievalCase("Can the mug go in the dishwasher?", onAir: "honey-04", "mug-02", 0),
        RetrievalCase("How many ounces does the mug hold?", onAir: "mug-02", "mug-02", 1),
        RetrievalCase("Is there a lid?", onAir: "mug-02", "mug-02", 2),
        RetrievalCase("Is it ok to pour hot water into it?", onAir: "mug-02", "mug-02", 3),
        RetrievalCase("Is the scarf made of real wool?", onAir: "tea-01", "scarf-03", 0),
        RetrievalCase("How should I wash the scarf?", onAir: "scarf-03", "scarf-03", 1),
        RetrievalCase("What colors can I choose from?", onAir: "scarf-03", "scarf-03", 2),
        RetrievalCase("How long is the scarf?", onAir: "scarf-03", "scarf-03", 3),
        RetrievalCase("Is it normal that my honey crystallized?", onAir: "tea-01", "honey-04", 0),
        RetrievalCase("Does the honey need to go in the fridge?", onAir: "honey-04", "honey-04", 1),
        RetrievalCase("Can my children have this?", onAir: "honey-04", "honey-04", 2),
        RetrievalCase("Where is the honey from?", onAir: "mug-02", "honey-04", 3),
        RetrievalCase("Can I stir it into hot water?", onAir: "honey-04", "honey-04", 4),
    ]

    /// Off-topic or gibberish: must stay below the threshold whatever is on air.
    static let nonsense: [(String, Persona.Language)] = [
        ("今天天气怎么样？", .zh), ("你喜欢看什么电影？", .zh), ("主播几岁了？", .zh), ("哈哈哈哈哈", .zh),
        ("what's the weather like today?", .en), ("do you like football?", .en), ("asdf qwerty", .en),
        ("who won the game last night?", .en), ("Is the tea organic?", .en), ("这个蜂蜜有机吗？", .zh),
    ]
}
