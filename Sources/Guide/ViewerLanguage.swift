import StandInCore

/// Which language a viewer wrote in: Chinese when the text has more Han characters than
/// Latin words ("这个mug能进微波炉吗" is Chinese, "is the 龙井 fresh" English); nil when it has
/// neither (emoji, digits).
public enum ViewerLanguage {
    public static func detect(_ text: String) -> Persona.Language? {
        var han = 0, words = 0, inWord = false
        for character in text.precomposedStringWithCompatibilityMapping {
            if SearchTokenizer.isHan(character) {
                han += 1; inWord = false
            } else if character.isASCII, character.isLetter {
                if !inWord { words += 1 }
                inWord = true
            } else {
                inWord = false
            }
        }
        if han == 0 && words == 0 { return nil }
        return han > words ? .zh : .en
    }

    /// The language to reply in: the viewer's when the persona speaks it, else the persona's own.
    public static func reply(to text: String, persona: Persona) -> Persona.Language {
        guard let asked = detect(text), persona.languages.contains(asked) else { return persona.language }
        return asked
    }
}
