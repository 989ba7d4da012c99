/// The fields a new persona starts with: a drawn host that passes every check, so brand
/// staff change what they need instead of starting from an empty page. A name written in
/// Chinese characters starts a Mandarin host, any other an English one.
enum StarterPersona {
    static func form(id: String, displayName: String = "") -> PersonaForm {
        let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        var form = PersonaID.isChinese(name) ? mandarin(id: id) : english(id: id)
        if !name.isEmpty { form["display_name"] = String(name.prefix(40)) }
        return form
    }

    /// The drawn host's voice settings and colours, the same in both languages.
    private static let shared: [String: String] = [
        "voice.rate": "170", "voice.pitch": "50",
        "look.background": "#F4ECE1", "look.accent": "#C0392B", "look.skin": "#F6D2B4", "look.hair": "#2E1F1B",
        "look.outfit": "#5E8C6A",
    ]

    static func mandarin(id: String) -> PersonaForm {
        PersonaForm(fields: shared.merging([
            "id": id, "display_name": "小林", "brand": "我们的店", "language": "zh", "ai_label": "AI 虚拟主播",
            "voice.espeak": "cmn-latn-pinyin",
            "greeting": "大家好，欢迎来到{{brand}}的直播间，我是{{host}}。",
            "templates.intro": "接下来给大家介绍这款{{name}}。",
            "templates.selling_point": "{{point}}。",
            "templates.offer": "今天直播间只要{{price}}元。",
            "templates.call_to_action": "喜欢的朋友点击下方链接就可以下单。",
        ]) { _, new in new })
    }

    static func english(id: String) -> PersonaForm {
        PersonaForm(fields: shared.merging([
            "id": id, "display_name": "Ava", "brand": "Our Shop", "language": "en", "ai_label": "AI-generated host",
            "voice.espeak": "en-us",
            "greeting": "Hi everyone, welcome to {{brand}}. I'm {{host}}.",
            "templates.intro": "Let's take a look at {{name}}.",
            "templates.selling_point": "{{point}}",
            "templates.offer": "Today it's {{price}} dollars.",
            "templates.call_to_action": "Tap the cart below to get yours.",
        ]) { _, new in new })
    }
}
