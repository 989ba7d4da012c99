/// What can go wrong turning text into speech; `description` is the text for the user.
public enum SpeechError: Error, Equatable, CustomStringConvertible {
    /// espeak-ng has no voice of this name (see `SpeechSynthesizer.installedVoices()`).
    case unknownVoice(String)
    /// espeak-ng could not start, usually because its data files are missing.
    case initializationFailed
    /// espeak-ng refused the text or a parameter; `reason` says which call and why.
    case synthesisFailed(reason: String)

    public var description: String {
        switch self {
        case .unknownVoice(let name):
            return "espeak-ng has no voice '\(name)' (\(Self.voiceHint(for: name)))"
        case .initializationFailed:
            return "espeak-ng could not be initialized: is espeak-ng-data installed? (run scripts/setup)"
        case .synthesisFailed(let reason):
            return "espeak-ng could not synthesize speech: \(reason)"
        }
    }

    /// The installed voices closest to `name`, or all of them when none is close.
    private static func voiceHint(for name: String) -> String {
        guard let installed = try? SpeechSynthesizer.shared().installedVoices(), !installed.isEmpty else {
            return "run `espeak-ng --voices` to list the installed ones"
        }
        let close = VoiceSuggestions.closest(to: name, in: installed)
        if close.isEmpty {
            return "installed: " + installed.joined(separator: ", ")
        }
        return "did you mean: " + close.joined(separator: ", ") + "? \(installed.count) voices installed"
    }
}

/// A readable name for an `espeak_ERROR` code.
func espeakErrorName(_ code: Int32) -> String {
    switch code {
    case -1: "EE_INTERNAL_ERROR (-1)"
    case 1: "EE_BUFFER_FULL (1)"
    case 2: "EE_NOT_FOUND (2)"
    default: "error \(code)"
    }
}
