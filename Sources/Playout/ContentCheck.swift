import Compositor
import Foundation
import MediaIO
import Scripting
import Speech
import StandInCore

/// The checks a stream will meet, run before it starts: what `channel validate` and
/// `persona validate` add to the schema checks so that "ok" means none of these files will
/// cost a segment its picture, music or voice on air. Each problem names file, line and field.
public enum ContentCheck {
    /// The espeak-ng voice, through the synthesizer's own gate (`SpeechSynthesizer.checkVoice`),
    /// with close matches in the message.
    public static func voiceProblems(_ persona: Persona) -> [FileError] {
        do {
            _ = try SpeechSynthesizer.shared().checkVoice(persona.voice.espeakVoice)
            return []
        } catch {
            return [FileError(file: persona.file, line: FileLines.line(ofKey: "espeak", in: persona.file),
                              field: "voice.espeak", problem: "\(error)")]
        }
    }

    /// The sprite pack decodes and lays out on a frame of `video` (the default 720x1280 when nil).
    public static func lookProblems(_ persona: Persona, video: VideoSettings? = nil) -> [FileError] {
        guard let pack = persona.look.spritePack else { return [] }
        let line = FileLines.line(ofKey: "sprite_pack", in: persona.file)
        do {
            let sprites = try SpriteImages(decoding: pack)
            let scene = SceneSpec(video: video ?? VideoSettings(width: 720, height: 1280, fps: 30), look: persona.look, aiLabel: persona.aiLabel,
                                  card: nil, sprites: sprites)
            _ = try FrameCompositor(scene: scene, text: try TextRenderer())
            return []
        } catch let error as FileError {
            return [error]
        } catch {
            return [FileError(file: persona.file, line: line, field: "look.sprite_pack", problem: "\(error)")]
        }
    }

    /// Every product picture decodes (within `ImageDecoder.maxPixels`) and its card is drawn
    /// where the scene puts it. The scene is built once; each card is drawn alone, and a file
    /// several products share is decoded once.
    public static func catalogProblems(_ catalog: Catalog, persona: Persona, video: VideoSettings? = nil) -> [FileError] {
        let scene = SceneSpec(video: video ?? VideoSettings(width: 720, height: 1280, fps: 30), look: persona.look,
                              aiLabel: persona.aiLabel, card: nil)
        // A scene that cannot be built is the persona's look to fix (`lookProblems` says so).
        let compositor: FrameCompositor? = (try? TextRenderer()).flatMap { try? FrameCompositor(scene: scene, text: $0) }
        var pictures: [String: Result<RGBAImage, Error>] = [:]
        var found: [FileError] = []
        for product in catalog.products {
            let picture = pictures[product.imagePath] ?? Result { try ImageDecoder.decode(path: product.imagePath) }
            pictures[product.imagePath] = picture
            switch picture {
            case let .failure(error):
                found.append(FileError(file: product.source.file, line: product.source.line, context: "product '\(product.id)'",
                                       field: "image", problem: "cannot be shown: \(error)"))
            case let .success(image):
                _ = compositor?.cardAlone(ProductCard(product, catalog: catalog, picture: image))
            }
        }
        return found
    }

    /// The channel's music bed opens and decodes (its first `seconds`).
    public static func musicProblems(_ channel: Channel, seconds: Int = 5) -> [FileError] {
        guard let bed = channel.audio.musicBed, bed != "builtin" else { return [] }
        do {
            let reader = try AudioFileReader(path: bed, loop: false)
            _ = try reader.read(seconds * MediaClock.sampleRate)
            return []
        } catch {
            return [FileError(file: channel.file, line: FileLines.line(ofKey: "music_bed", in: channel.file),
                              field: "audio.music_bed", problem: "cannot be played: \(error)")]
        }
    }

    /// The persona's templates compile against the catalog (what the stream does first).
    public static func scriptProblems(_ persona: Persona, catalog: Catalog) -> [FileError] {
        do {
            _ = try ScriptBuilder(persona: persona, catalog: catalog)
            return []
        } catch let error as FileError {
            return [error]
        } catch let error as FileErrors {
            return error.errors
        } catch {
            return [FileError(file: persona.file, problem: "\(error)")]
        }
    }

    /// Everything above for a channel and the persona and catalog it names.
    public static func problems(channel: Channel, persona: Persona, catalog: Catalog) -> [FileError] {
        voiceProblems(persona) + scriptProblems(persona, catalog: catalog) + lookProblems(persona, video: channel.video)
            + catalogProblems(catalog, persona: persona, video: channel.video) + musicProblems(channel) + channelLineSyntax(channel)
    }

    /// `errors` with a line wherever one is missing and the field's key (its last part,
    /// `handoff.welcome_back` → `welcome_back`) is written in the file.
    public static func locate(_ errors: [FileError]) -> [FileError] {
        errors.map { error in
            guard error.line == nil, let field = error.field,
                  let key = field.split(separator: ".").last?.split(separator: "[").first else { return error }
            var located = error
            located.line = FileLines.line(ofKey: String(key), in: error.file)
            return located
        }
    }

    /// Placeholder syntax (`{{name`, `name}}`) in the lines the channel file makes the host say.
    public static func channelLineSyntax(_ channel: Channel) -> [FileError] {
        var lines: [(key: String, field: String, text: String)] = [
            ("before", "handoff.before", channel.handoff.before),
            ("welcome_back", "handoff.welcome_back", channel.handoff.welcomeBack),
        ]
        for (kind, text) in channel.fillerLines.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            lines.append((kind.rawValue, "fillers.\(kind.rawValue)", text))
        }
        if let disclosure = channel.disclosure { lines.append(("line", "disclosure.line", disclosure.line)) }
        if let relay = channel.relay {
            if let bridge = relay.bridgeLine { lines.append(("bridge_line", "relay.bridge_line", bridge)) }
            if let arrival = relay.arrivalLine { lines.append(("arrival_line", "relay.arrival_line", arrival)) }
        }
        return lines.compactMap { key, field, text in
            TemplateSyntax.problem(in: text).map {
                FileError(file: channel.file, line: FileLines.line(ofKey: key, in: channel.file), field: field, problem: $0)
            }
        }
    }
}

/// Finds where a key is written in a YAML file, for errors about values that do not keep
/// their line (the first line holding `key:`).
enum FileLines {
    static func line(ofKey key: String, in file: String) -> Int? {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { return nil }
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " || $0 == "-" || $0 == "{" || $0 == "\t" }
            if trimmed.hasPrefix(key + ":") || line.contains(" \(key):") || line.contains("{\(key):") { return index + 1 }
        }
        return nil
    }
}
