import Foundation

/// Finds contact details and invitations to leave the platform in viewer text: phone and
/// account numbers (also spaced, or in Chinese numerals), WeChat/QQ-style ids after a
/// marker ("vx: abc123", "扣扣 123456"), "add me" phrases (加微信, 私聊, "dm me"), URLs,
/// bare domains ("shop dot com", "abc点cn") and e-mail addresses.
///
/// ```swift
/// ContactDetector.contacts(in: FoldedViewerText("加我 V X：abc_123"))   // ["加我", "vx: abc_123"]
/// ContactDetector.contacts(in: FoldedViewerText("能用微信支付吗"))       // []  (a payment question)
/// ```
/// A marker alone (微信, phone) is not contact: viewers ask how to pay or whether the app
/// works. It takes an id next to it, a number of 7 or more digits, or an "add/contact me" verb.
enum ContactDetector {
    static func contacts(in text: FoldedViewerText) -> [String] {
        var found: [String] = []
        let digits = digitsFolded(text.folded)
        if let number = longNumber(in: digits) { found.append(number) }
        let spaced = dotsFolded(digits)
        let compact = dotsFolded(digitsFolded(text.compact))
        // Spaced text keeps word boundaries; the compact text rejoins "V X abc_88" and "q q 1234 5".
        for pattern in patterns {
            if let range = spaced.range(of: pattern, options: .regularExpression) { found.append(String(spaced[range])) }
        }
        if let range = compact.range(of: compactPattern, options: .regularExpression) { found.append(String(compact[range])) }
        for phrase in ContactTerms.redirections where compact.contains(phrase) { found.append(phrase) }
        // "+V", "➕v", "v: abc123", "q：12345": a messaging letter after a plus, or before a colon and an id.
        if let range = spaced.range(of: #"(\+|➕|＋)\s*(v|vx|wx|q|qq)(?![a-z])|(?<![a-z0-9])(v|q)\s*[:：]\s*[a-z0-9_-]{5,}"#,
                                    options: .regularExpression) {
            found.append(String(spaced[range]))
        }
        // 加V / 加个Q / 加扣: "add" and a messaging letter, but not 加vip.
        if let range = compact.range(of: #"加[个下一]{0,2}(v|w|q|扣|威|薇|微)(?![a-z])"#, options: .regularExpression) {
            found.append(String(compact[range]))
        }
        return found
    }

    /// Chinese numerals as digits (一三八 → 138), so a number written out still counts.
    static func digitsFolded(_ text: String) -> String {
        String(text.map { ContactTerms.numerals[$0] ?? $0 })
    }

    /// "dot", "点", "。" between Latin parts as ".", and spaces around dots and "@" removed.
    static func dotsFolded(_ text: String) -> String {
        // Emoji and other pictographs between a marker and an id ("v❤: abc123") are decoration.
        var result = String(String.UnicodeScalarView(text.unicodeScalars.filter {
            $0.properties.generalCategory != .otherSymbol || $0 == "➕"
        }))
        for (pattern, replacement) in [(#"\s*(\(|\[)?\s*((?<![a-z])dot(?![a-z])|点|。|．)\s*(\)|\])?\s*(?=[a-z])"#, "."),
                                       (#"\s*(\(|\[)\s*at\s*(\)|\])\s*"#, "@"), (#"\s*([.@])\s*"#, "$1")] {
            result = result.replacingOccurrences(of: pattern, with: replacement, options: .regularExpression)
        }
        return result
    }

    /// A run of 7 or more digits, allowing spaces, dashes, dots, brackets and '+' between them.
    static func longNumber(in text: String) -> String? {
        var run = "", count = 0
        for character in text + " x" {
            if character.isASCII, character.isNumber {
                run.append(character); count += 1
            } else if count > 0, " -.()+_/~—,，、".contains(character) {
                run.append(character)
            } else {
                if count >= 7 { return run.trimmingCharacters(in: .whitespaces) }
                run = ""; count = 0
            }
        }
        return nil
    }

    /// On text without separators only markers that start no English word (微信, vx, qq …) are
    /// safe: "tell me 2 things" must not read as "tel" and an id.
    static let compactPattern = "(" + ContactTerms.compactMarkers.joined(separator: "|") + #")(?=[a-z0-9_-]*[0-9])[a-z0-9_-]{5,}"#

    /// Regular expressions over folded text (lower case, numerals as digits, dots joined).
    static let patterns: [String] = {
        let marker = "(?<![a-z0-9])(" + ContactTerms.markers.joined(separator: "|") + ")"
        let messaging = "(?<![a-z0-9])(" + ContactTerms.messagingMarkers.joined(separator: "|") + ")"
        let withDigit = #"(?=[a-z0-9_-]*[0-9])[a-z0-9_-]{5,}"#
        return [
            #"https?:|www\.|://"#,
            #"[a-z0-9._%+-]+@[a-z0-9-]+\.[a-z]{2,}"#,
            #"(?<![a-z0-9])[a-z0-9][a-z0-9-]*(\.[a-z0-9-]+)*\.("# + ContactTerms.domains.joined(separator: "|") + #")(?![a-z])"#,
            marker + #"[\s:：=是号]{0,3}"# + withDigit,
            messaging + #"\s*[:：=是号]+\s*[a-z][a-z0-9_-]{5,}"#,
            "(?<![a-z0-9])" + withDigit + #"\s*(是我的|是我)?\s*"# + marker,
            #"\b("# + ContactTerms.latinRedirections.joined(separator: "|") + #")\b"#,
        ]
    }()
}
