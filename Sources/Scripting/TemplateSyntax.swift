/// Checks the `{{…}}` placeholders of a line or template are well formed, so a typo such as
/// `{{name` (no closing braces) is an error at validation instead of text spoken on air.
public enum TemplateSyntax {
    /// The first syntax problem in `text`, or nil: an opening `{{` with no `}}` before the
    /// next `{{` or the end, a `}}` with no `{{`, or an empty tag `{{}}`.
    public static func problem(in text: String) -> String? {
        var rest = Substring(text)
        while true {
            let open = rest.range(of: "{{"), close = rest.range(of: "}}")
            switch (open, close) {
            case (nil, nil):
                return nil
            case (nil, let close?):
                return "has '}}' with no opening '{{' near '\(excerpt(rest, at: close.lowerBound))'"
            case (let open?, nil):
                return "has '{{' that is never closed with '}}' near '\(excerpt(rest, at: open.lowerBound))'"
            case (let open?, let close?):
                if close.lowerBound < open.lowerBound {
                    return "has '}}' with no opening '{{' near '\(excerpt(rest, at: close.lowerBound))'"
                }
                // Triple braces `{{{name}}}`: the tag ends at the `}}` after the name's `}`.
                let inner = rest[open.upperBound...].drop { $0 == "{" }
                guard let end = inner.range(of: "}}") else {
                    return "has '{{' that is never closed with '}}' near '\(excerpt(rest, at: open.lowerBound))'"
                }
                if let next = inner.range(of: "{{"), next.lowerBound < end.lowerBound {
                    return "has '{{' that is not closed before the next '{{' near '\(excerpt(rest, at: open.lowerBound))'"
                }
                if inner[..<end.lowerBound].trimmingCharacters(in: .whitespaces).isEmpty {
                    return "has an empty placeholder '{{}}'"
                }
                rest = inner[end.upperBound...].drop { $0 == "}" }
            }
        }
    }

    private static func excerpt(_ text: Substring, at index: Substring.Index) -> String {
        String(text[index...].prefix(24))
    }
}

import Foundation
