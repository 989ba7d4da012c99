import Foundation
import Yams

extension Channel {
    /// Loads a channel file, reporting every problem it can find in one pass (`FileErrors`),
    /// each with file, line and field. Persona and catalog paths are resolved against the
    /// file's folder but not loaded: `problems(persona:catalog:)` checks across files.
    public static func load(from path: String) throws -> Channel {
        let file = try YAMLFile(path: path)
        let root = try YAMLMapping(file.root, file: path, context: nil, what: "")
        var problems = ProblemList()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        func resolve(_ name: String) -> String {
            name.hasPrefix("/") ? name : folder.appendingPathComponent(name).absoluteURL.standardized.path
        }

        let declaredID = problems.collect { () throws -> String? in
            let id = try root.optionalString("id")
            if let id, !isValidID(id) {
                throw root.error("id", "must be 1-64 of a-z, 0-9, '-' and '_' (it names the state folder and API tokens' scope), got '\(id)'")
            }
            return id
        }
        let personaPath = problems.collect { resolve(try root.string("persona")) }
        let catalogPath = problems.collect { resolve(try root.string("catalog")) }
        let zone = problems.collect { () throws -> TimeZone in
            let name = try root.string("time_zone")
            guard let zone = TimeZone(identifier: name) else {
                throw root.error("time_zone", "is not a known IANA time zone (like Asia/Shanghai), got '\(name)'")
            }
            return zone
        }
        let video = problems.collect { try loadVideo(root.mapping("video", required: false)) }
        let audio = problems.collect { try loadAudio(root.mapping("audio", required: false), resolve: resolve) }
        let relay = problems.collect { try loadRelay(root) }
        let shifts = problems.collect {
            try loadShifts(root.mapping("shifts", required: false), relayConfigured: root.has("relay"))
        }
        let flow = problems.collect { try loadFlow(root.mapping("flow", required: false)) }
        let rotation = problems.collect { try loadRotation(root.mapping("rotation", required: false)) }
        let promos = problems.collect { try loadPromos(root) }
        let handoff = problems.collect { try loadHandoff(root.mapping("handoff")!) }
        let disclosure = problems.collect { try root.mapping("disclosure", required: false).map(loadDisclosure) }
        let fillers = problems.collect { try loadFillerLines(root.mapping("fillers", required: false)) }
        let destinations = problems.collect { try loadDestinations(root) }
        let api = problems.collect { try loadAPI(root.mapping("api", required: false), resolve: resolve) }
        let comments = problems.collect { try loadComments(root.mapping("comments", required: false)) }
        problems.collect { try root.finish() }

        guard problems.isEmpty, let personaPath, let catalogPath, let zone, let video, let audio, let shifts,
              let flow, let rotation, let promos, let handoff, let disclosure, let fillers, let destinations, let api, let relay else {
            throw FileErrors(problems.errors)
        }
        var channel = Channel(
            file: path, personaPath: personaPath, catalogPath: catalogPath, timeZone: zone, video: video,
            audio: audio, shifts: shifts.shifts, cancellations: shifts.cancellations, flow: flow,
            rotation: rotation, promos: promos, handoff: handoff, disclosure: disclosure, fillerLines: fillers,
            destinations: destinations, api: api, relay: relay, source: SourceLocation(file: path, line: root.line))
        channel.textLines = textLines(root.node)
        channel.declaredID = declaredID ?? nil
        channel.comments = comments ?? CommentSettings()
        if let loop = relayLoop(relay, destinations) { throw FileErrors([loop]) }
        let overlaps = channel.timingProblems()
        if !overlaps.isEmpty { throw FileErrors(overlaps) }
        return channel
    }

    /// A destination that is also the relay's ingest would publish the room back into the feed
    /// it reads (and the host's encoder and StandIn would fight over one stream key).
    private static func relayLoop(_ relay: RelaySettings?, _ destinations: [ChannelDestination]) -> FileError? {
        guard let relay, let twin = destinations.first(where: { sameEndpoint($0.url, relay.ingest) }) else { return nil }
        return FileError(file: twin.source.file, line: twin.source.line, context: "destination '\(twin.name)'", field: "url",
                         problem: "is the relay's ingest URL (line \(relay.source.line.map(String.init) ?? "?")): "
                             + "the room would be sent back into the host's feed; use the platform's URL here")
    }

    private static func loadVideo(_ fields: YAMLMapping?) throws -> VideoSettings {
        guard let fields else { return VideoSettings(width: 720, height: 1280, fps: 30) }
        let size = try fields.optionalString("size") ?? "720x1280"
        guard let parsed = VideoSettings.parseSize(size) else { throw fields.error("size", "must look like 720x1280, got '\(size)'") }
        let video = VideoSettings(width: parsed.width, height: parsed.height, fps: try fields.int("fps", in: 1...60, default: 30))
        if let problem = video.problems().first { throw fields.error(video.fps == 30 ? "size" : "fps", problem) }
        try fields.finish()
        return video
    }

    private static func loadAudio(_ fields: YAMLMapping?, resolve: (String) -> String) throws -> AudioSettings {
        guard let fields else { return AudioSettings(musicBed: nil, musicGainDB: -18) }
        let bed = try fields.optionalString("music_bed")
        if let bed, bed != "builtin", !FileManager.default.isReadableFile(atPath: resolve(bed)) {
            throw fields.error("music_bed", "file not found: \(resolve(bed)) (or write 'builtin' for StandIn's own music)")
        }
        let audio = AudioSettings(musicBed: bed.map { $0 == "builtin" ? $0 : resolve($0) },
                                  musicGainDB: try fields.int("music_gain_db", in: -60...0, default: -18))
        try fields.finish()
        return audio
    }

    private static func loadFlow(_ fields: YAMLMapping?) throws -> SegmentFlow {
        let standard = SegmentFlow(product: [.intro, .sellingPoint, .offer, .questions, .callToAction],
                                   fillers: FillerKind.allCases, fillerEvery: 2)
        guard let fields else { return standard }
        let product = try fields.has("product") ? fields.stringList("product", required: true).map { name in
            guard let kind = SegmentKind(rawValue: name) else {
                throw fields.error("product", "steps must be among \(SegmentKind.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
            }
            return kind
        } : standard.product
        if product.isEmpty { throw fields.error("product", "must list at least one step") }
        let fillers = try fields.has("fillers") ? fields.stringList("fillers", required: true).map { name in
            guard let kind = FillerKind(rawValue: name) else {
                throw fields.error("fillers", "must be among \(FillerKind.allCases.map(\.rawValue).joined(separator: ", ")), got '\(name)'")
            }
            return kind
        } : standard.fillers
        let flow = SegmentFlow(product: product, fillers: fillers, fillerEvery: try fields.int("filler_every", in: 0...100, default: 2))
        try fields.finish()
        return flow
    }

    private static func loadRotation(_ fields: YAMLMapping?) throws -> RotationSettings {
        var rotation = RotationSettings(weights: [:], defaultWeight: 1, minGapMinutes: 10, weightSources: [:])
        guard let fields else { return rotation }
        rotation.defaultWeight = try fields.int("default_weight", in: 0...1000, default: 1)
        rotation.minGapMinutes = try fields.int("min_gap_minutes", in: 0...1440, default: 10)
        if let weights = try fields.mapping("weights", required: false) {
            for (key, _) in weights.node.mapping ?? [:] {
                guard let id = key.string else { continue }
                rotation.weights[id] = try weights.optionalInt(id, in: 0...1000)
                rotation.weightSources[id] = SourceLocation(file: fields.file, line: key.mark?.line)
            }
            try weights.finish()
        }
        try fields.finish()
        return rotation
    }

    private static func loadHandoff(_ fields: YAMLMapping) throws -> Handoff {
        let handoff = Handoff(before: try fields.string("before", maxLength: YAMLLimits.maxLineCharacters), welcomeBack: try fields.string("welcome_back", maxLength: YAMLLimits.maxLineCharacters))
        try fields.finish()
        return handoff
    }

    private static func loadDisclosure(_ fields: YAMLMapping) throws -> Disclosure {
        let disclosure = Disclosure(line: try fields.string("line", maxLength: YAMLLimits.maxLineCharacters), everyMinutes: try fields.int("every_minutes", in: 1...240, default: 15))
        try fields.finish()
        return disclosure
    }

    /// Lines of the texts `Channel.textLines` lists.
    private static func textLines(_ root: Node) -> [String: Int] {
        let sections = ["handoff": ["before", "welcome_back"], "fillers": FillerKind.allCases.map(\.rawValue),
                        "disclosure": ["line"], "relay": ["bridge_line", "arrival_line"], "rotation": ["min_gap_minutes"]]
        var lines: [String: Int] = [:]
        for (section, keys) in sections {
            for key in keys { lines["\(section).\(key)"] = root[section]?[key]?.mark?.line }
        }
        return lines
    }

    private static func loadFillerLines(_ fields: YAMLMapping?) throws -> [FillerKind: String] {
        guard let fields else { return [:] }
        var lines: [FillerKind: String] = [:]
        for kind in FillerKind.allCases { lines[kind] = try fields.optionalString(kind.rawValue, maxLength: YAMLLimits.maxLineCharacters) }
        try fields.finish()
        return lines
    }
}

/// File problems gathered while loading, so one run reports them all.
struct ProblemList {
    private(set) var errors: [FileError] = []
    var isEmpty: Bool { errors.isEmpty }

    mutating func add(_ error: FileError) { errors.append(error) }

    /// Runs `body`; a `FileError` (or several) is recorded and nil returned.
    @discardableResult
    mutating func collect<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch let error as FileError {
            errors.append(error)
        } catch let error as FileErrors {
            errors += error.errors
        } catch {
            errors.append(FileError(file: "", problem: "\(error)"))
        }
        return nil
    }
}
