import Scripting

/// What any text from a platform becomes before the engine keeps it: control, format and
/// line characters gone, white space collapsed, markup characters dropped, and a hard length
/// cap. Nothing cleaned here is ever parsed as a template: lines are built by plain
/// concatenation, and these characters could not open a tag or a Mustache tag anyway.
public enum UntrustedText {
    /// Longest comment kept (longer ones are cut; the question queue takes 200).
    public static let maxComment = 200
    /// Longest display name kept.
    public static let maxName = 40
    /// Bytes read of one raw message before it is parsed at all (IRC line, webhook body, page).
    public static let maxRawBytes = 64 * 1024

    public static func comment(_ text: String, limit: Int = maxComment) -> String {
        clean(String(text.unicodeScalars.prefix(limit * 4)), limit: limit)
    }

    public static func name(_ text: String, limit: Int = maxName) -> String {
        clean(String(text.unicodeScalars.prefix(limit * 4)), limit: limit)
    }

    private static func clean(_ text: String, limit: Int) -> String {
        let noMarkup = String(text.unicodeScalars.filter { !markup.contains($0) }.map(Character.init))
        return ViewerNames.sanitized(noMarkup, limit: limit)
    }

    /// `<` `>` (tags), `{` `}` (Mustache), `` ` `` and `\` (escapes in logs and scripts).
    private static let markup: Set<Unicode.Scalar> = ["<", ">", "{", "}", "`", "\\"]
}
