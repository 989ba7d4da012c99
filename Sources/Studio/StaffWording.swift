import Scripting
import StandInCore

/// Problems as brand staff read them: what is wrong and how to fix it, once, in the persona's
/// language (Chinese for a `zh` persona, else English), naming the field by its label and the
/// line within it; never a rule id, a file or a file line.
struct StaffWording {
    var chinese: Bool
    /// Product names by id, for "seen with …".
    var productNames: [String: String]

    /// `'cheap' is one of your brand's banned words: reword it, or take it off the list under
    /// Guardrails. (Greeting, line 1; with Green Tea and 3 more products.)`
    func message(_ problem: ValidationProblem, label: String?) -> String {
        let violation = problem.violation
        var label = label
        if chinese, case let .template(field, _, _, _) = violation.source,
           let name = PersonaForm.key(forField: field).flatMap({ Self.chineseLabels[$0] }) {
            label = name
        }
        var place: [String] = []
        if case let .template(_, variant, _, product) = violation.source {
            if let label { place.append(chinese ? "「\(label)」第 \(variant) 行" : "\(label), line \(variant)") }
            // Named only when some products do not show it: then it comes with their data.
            if let product, problem.moreProducts + 1 < productNames.count {
                let name = productNames[product] ?? product
                let more = problem.moreProducts
                if chinese {
                    place.append(more > 0 ? "介绍「\(name)」等 \(more + 1) 件商品时" : "介绍「\(name)」时")
                } else {
                    place.append(more > 0 ? "with \(name) and \(more) more product\(more == 1 ? "" : "s")" : "with \(name)")
                }
            }
        } else if case let .catalog(product, field, _) = violation.source {
            let name = productNames[product] ?? product
            place.append(chinese ? "商品「\(name)」的 \(field)（在商品目录里改）" : "in the catalog's \(field) of \(name) (fix it in the catalog)")
        }
        let whereText = place.isEmpty ? "" : chinese ? "（\(place.joined(separator: "，"))）" : " (\(place.joined(separator: "; ")).)"
        return Self.sentence(violation.rule, phrase: violation.phrase, chinese: chinese) + whereText
    }

    /// The fields the host says, by their Chinese names (the page's labels are English).
    static let chineseLabels: [String: String] = [
        "greeting": "开场白", "catchphrases": "口头禅", "transitions": "过渡语", "sign_off": "结束语",
        "check_later": "稍后回复", "disclosure.spoken": "AI 声明", "templates.intro": "商品介绍",
        "templates.selling_point": "卖点", "templates.offer": "优惠", "templates.questions": "互动提问",
        "templates.call_to_action": "下单提示",
    ]

    /// What is wrong with `phrase` under `rule` and how to fix it.
    static func sentence(_ rule: GuardrailRule, phrase: String, chinese: Bool) -> String {
        let quoted = chinese ? "「\(phrase)」" : "'\(phrase)'"
        switch rule {
        case .banned:
            return chinese ? "\(quoted)是品牌禁用词：请换个说法，或在“Guardrails / 禁用词”里删掉它。"
                : "\(quoted) is one of your brand's banned words: reword it, or take it off the banned list under Guardrails."
        case .absoluteClaim:
            return chinese ? "\(quoted)是广告法禁止的绝对化用语（最、第一、顶级……）：请换成可以证明的说法。"
                : "\(quoted) is an absolute claim (best, No. 1, top …), which advertising law forbids: say something you can show instead."
        case .literalPrice:
            return chinese ? "\(quoted)是手写的价格：价格会变，请写 {{price}}，播出时自动换成当前价格。"
                : "\(quoted) is a price typed by hand; prices change, so write {{price}} and the current price is said."
        case .scarcity:
            return chinese ? "\(quoted)是手写的库存或截止时间，很快会过时：请删掉它。"
                : "\(quoted) is a stock count or deadline typed by hand and would soon be wrong: leave it out."
        case .healthClaim:
            return chinese ? "\(quoted)宣称了这类商品不能宣称的健康或疗效：请改为介绍口味、用法或成分。"
                : "\(quoted) claims a health or medical effect this kind of product may not claim: describe taste, use or ingredients instead."
        case .specialUse:
            return chinese ? "\(quoted)是特殊用途化妆品的功效（如美白、防晒），这件商品没有注册：请删掉。"
                : "\(quoted) is a special-use cosmetics claim (such as whitening or sun protection) this product is not registered for: remove it."
        case .resultGuarantee:
            return chinese ? "\(quoted)承诺了效果：请介绍商品本身，不要保证结果。"
                : "\(quoted) promises a result: describe the product, not a guaranteed outcome."
        case .endorsement:
            return chinese ? "\(quoted)借用了医生、专家或机构的名义：请删掉这类背书。"
                : "\(quoted) cites doctors, experts or official bodies as endorsement: remove it."
        case .disparagement:
            return chinese ? "\(quoted)贬低了其他商家或商品：请只说自己的商品。"
                : "\(quoted) belittles other sellers or products: talk only about your own."
        case .declinedTopic(let topic):
            return chinese ? "\(quoted)涉及主播不回答的话题（\(topic.rawValue)）：请删掉。"
                : "\(quoted) gives \(topic.rawValue) advice, which this host declines: remove it."
        }
    }
}
