import StandInCore

/// Built-in keywords of the advice topics a host declines, and the default decline lines.
///
/// A keyword in an aired line means the line gives (or seems to give) that advice, so the line
/// is blocked; a viewer question with one gets the decline line instead of an answer. The sets
/// avoid everyday shop words ("in stock", "free returns", "a treat", 维权) on purpose.
enum DeclineTopicKeywords {
    static func keywords(_ topic: DeclineTopic) -> [String] {
        switch topic {
        case .medical:
            ["治疗", "治愈", "疗效", "药效", "处方", "诊断", "医治", "降血压", "降血糖", "降血脂", "降三高", "抗癌", "防癌",
             "消炎", "偏方", "用药", "停药", "代替药物", "治病", "能治", "高血压", "高血糖", "糖尿病",
             "diagnose", "diagnosis", "prescription", "prescribe", "treatment", "heals", "medication", "dosage",
             "medical advice", "side effects", "lowers blood pressure", "blood sugar", "cholesterol", "cancer",
             "anti-inflammatory"]
        case .financial:
            ["投资建议", "理财", "稳赚", "保本", "收益率", "年化", "炒股", "股票", "基金", "回报率", "升值空间", "贷款", "套现",
             "investment advice", "financial advice", "guaranteed returns", "return on investment", "stock market",
             "stock tip", "stocks", "invest", "investing", "crypto", "bitcoin", "interest rate", "get rich"]
        case .legal:
            ["法律建议", "法律咨询", "律师", "起诉", "诉讼", "打官司", "合同纠纷", "判决", "法院",
             "legal advice", "lawyer", "attorney", "lawsuit", "sue", "suing", "litigation", "court case"]
        }
    }

    /// What the host says instead of an answer, when the persona sets no `decline_topics.line`.
    /// Free of the keywords above, so the decline line itself passes the guardrails.
    static func defaultLine(_ language: Persona.Language) -> String {
        switch language {
        case .zh: "这个问题需要专业人士来解答，我就不乱说啦，我们继续看商品吧。"
        case .en: "That one is a question for a qualified professional, so I'll leave it to them. Back to the products!"
        }
    }
}
