/// The fields a new persona starts with: a drawn English host that passes every check, so
/// brand staff change what they need instead of starting from an empty page.
enum StarterPersona {
    static func form(id: String) -> PersonaForm {
        PersonaForm(fields: [
            "id": id, "display_name": "Ava", "brand": "Our Shop", "language": "en", "ai_label": "AI-generated host",
            "voice.espeak": "en-us", "voice.rate": "170", "voice.pitch": "50",
            "look.background": "#F4ECE1", "look.accent": "#C0392B", "look.skin": "#F6D2B4", "look.hair": "#2E1F1B",
            "look.outfit": "#5E8C6A",
            "greeting": "Hi everyone, welcome to {{brand}}. I'm {{host}}.",
            "templates.intro": "Let's take a look at {{name}}.",
            "templates.selling_point": "{{point}}",
            "templates.offer": "Today it's {{price}} dollars.",
            "templates.call_to_action": "Tap the cart below to get yours.",
        ])
    }
}
