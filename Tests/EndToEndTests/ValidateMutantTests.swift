import Foundation
import StandInCore
import Testing
import TestSupport

/// "validate ok" means "will stay on air": seeded mutants of the demo channel (pictures, music
/// bed, voice names, placeholders, lines) either fail `channel validate` with file:line, or
/// validate and then stream to the end (unpaced, small frames) with exit 0.
@Suite("Validate mutants", .serialized)
struct ValidateMutantTests {
    /// One change to the demo files: a label and what it does to the folder's copies.
    struct Mutation: Sendable {
        var label: String
        var apply: @Sendable (MutantFiles) throws -> Void
    }

    /// The copies a mutant changes: catalog, persona and channel text, and a scratch folder.
    final class MutantFiles: @unchecked Sendable {  // used by one test thread
        let folder: TemporaryFolder
        var catalog: String
        var persona: String
        var channel: String
        init(folder: TemporaryFolder) throws {
            self.folder = folder
            catalog = try demoCatalogText()
            persona = try String(contentsOfFile: repositoryPath("personas/xiaolin.yaml"), encoding: .utf8)
            channel = """
                persona: persona.yaml
                catalog: catalog.yaml
                time_zone: Asia/Shanghai
                video: {size: 144x256, fps: 30}
                audio: {music_bed: builtin}
                rotation: {min_gap_minutes: 1}
                handoff: {before: "主播{{host}}马上来。", welcome_back: "欢迎回来。"}
                destinations:
                  - {name: recording, url: rec/room.flv}

                """
        }
        /// Points product `index`'s picture (0-based, in file order) at `path`.
        func picture(_ index: Int, _ path: String) {
            let images = ["tea-tin", "mug", "scarf", "honey"].map { repositoryPath("assets/demo/images/\($0).png") }
            catalog = catalog.replacingOccurrences(of: images[index % images.count], with: path)
        }
        func write() throws -> String {
            _ = try folder.write("catalog.yaml", catalog)
            _ = try folder.write("persona.yaml", persona)
            return try folder.write("channel.yaml", channel)
        }
    }

    static let pictureMutations: [Mutation] = [
        Mutation(label: "picture is text") { files in files.picture(0, try files.folder.write("a.png", "not a picture")) },
        Mutation(label: "picture is a folder") { files in
            try FileManager.default.createDirectory(atPath: files.folder.path("pic.png"), withIntermediateDirectories: true)
            files.picture(1, files.folder.path("pic.png"))
        },
        Mutation(label: "picture truncated") { files in
            let data = try Data(contentsOf: URL(fileURLWithPath: repositoryPath("assets/demo/images/mug.png")))
            try data.prefix(data.count / 3).write(to: URL(fileURLWithPath: files.folder.path("cut.png")))
            files.picture(2, files.folder.path("cut.png"))
        },
        Mutation(label: "picture header claims 60000x60000") { files in
            var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]
            bytes += [0, 0, 0xEA, 0x60, 0, 0, 0xEA, 0x60, 8, 6, 0, 0, 0, 0, 0, 0, 0]
            try Data(bytes).write(to: URL(fileURLWithPath: files.folder.path("bomb.png")))
            files.picture(3, files.folder.path("bomb.png"))
        },
        Mutation(label: "picture swapped for another good one") { files in
            files.picture(0, repositoryPath("assets/demo/images/honey.png"))
        },
    ]

    static let otherMutations: [Mutation] = [
        Mutation(label: "music bed is text") { files in
            _ = try files.folder.write("bed.mp3", String(repeating: "la la la\n", count: 200))
            files.channel = files.channel.replacingOccurrences(of: "music_bed: builtin", with: "music_bed: bed.mp3")
        },
        Mutation(label: "music bed is a real WAV") { files in
            try FFprobe.run("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=330:duration=2", files.folder.path("bed.wav")])
            files.channel = files.channel.replacingOccurrences(of: "music_bed: builtin", with: "music_bed: bed.wav")
        },
        Mutation(label: "no music") { files in
            files.channel = files.channel.replacingOccurrences(of: "audio: {music_bed: builtin}\n", with: "")
        },
        Mutation(label: "handoff placeholder unclosed") { files in
            files.channel = files.channel.replacingOccurrences(of: "{{host}}马上来", with: "{{host马上来")
        },
        Mutation(label: "handoff placeholder unopened") { files in
            files.channel = files.channel.replacingOccurrences(of: "{{host}}马上来", with: "host}}马上来")
        },
        Mutation(label: "persona template unclosed") { files in
            files.persona = files.persona.replacingOccurrences(of: "我们来看看今天的{{name}}。", with: "我们来看看今天的{{name。")
        },
        Mutation(label: "welcome back with an absolute claim") { files in
            files.channel = files.channel.replacingOccurrences(of: "welcome_back: \"欢迎回来。\"", with: "welcome_back: \"欢迎回来，这是全网最好的茶。\"")
        },
    ] + ["./", ".", "/", "..", "cmn_latn_pinyin", "zz-nothing", "EN-US", "en", "gmw/en-US"].map { name in
        Mutation(label: "voice '\(name)'") { files in
            files.persona = files.persona.replacingOccurrences(of: "espeak: cmn-latn-pinyin", with: "espeak: \"\(name)\"")
        }
    }

    static let all = pictureMutations + otherMutations

    /// Mutations drawn from the seed rather than written out: bytes of a real picture or of the
    /// music bed changed at random places, a file cut at a random length, a random brace taken
    /// out of a random line with a placeholder, a random voice name. None is chosen to pass or
    /// to fail; the property holds either way.
    static func generated(_ seed: UInt64) -> [Mutation] {
        let images = ["tea-tin", "mug", "scarf", "honey"].map { repositoryPath("assets/demo/images/\($0).png") }
        return [
            Mutation(label: "picture with random bytes changed (seed \(seed))") { files in
                var random = SplitMix(seed: seed)
                var data = try Data(contentsOf: URL(fileURLWithPath: images[Int(random.next() % 4)]))
                for _ in 0..<(1 + Int(random.next() % 64)) {
                    data[Int(random.next() % UInt64(data.count))] = UInt8(truncatingIfNeeded: random.next())
                }
                try data.write(to: URL(fileURLWithPath: files.folder.path("flipped.png")))
                files.picture(Int(random.next() % 4), files.folder.path("flipped.png"))
            },
            Mutation(label: "picture cut at a random length (seed \(seed))") { files in
                var random = SplitMix(seed: seed &+ 1)
                let data = try Data(contentsOf: URL(fileURLWithPath: images[Int(random.next() % 4)]))
                try data.prefix(Int(random.next() % UInt64(data.count))).write(to: URL(fileURLWithPath: files.folder.path("short.png")))
                files.picture(Int(random.next() % 4), files.folder.path("short.png"))
            },
            Mutation(label: "music bed: a real WAV with random bytes changed (seed \(seed))") { files in
                var random = SplitMix(seed: seed &+ 2)
                let path = files.folder.path("bed.wav")
                try FFprobe.run("ffmpeg", ["-v", "error", "-f", "lavfi", "-i", "sine=frequency=220:duration=3", path])
                var data = try Data(contentsOf: URL(fileURLWithPath: path))
                for _ in 0..<(1 + Int(random.next() % 16)) {
                    data[Int(random.next() % UInt64(min(data.count, 256)))] = UInt8(truncatingIfNeeded: random.next())
                }
                try data.write(to: URL(fileURLWithPath: path))
                files.channel = files.channel.replacingOccurrences(of: "music_bed: builtin", with: "music_bed: bed.wav")
            },
            Mutation(label: "a brace taken out of a persona placeholder (seed \(seed))") { files in
                var random = SplitMix(seed: seed &+ 3)
                let braces = files.persona.indices.filter { "{}".contains(files.persona[$0]) }
                guard !braces.isEmpty else { return }
                files.persona.remove(at: braces[Int(random.next() % UInt64(braces.count))])
            },
            Mutation(label: "a random voice name (seed \(seed))") { files in
                var random = SplitMix(seed: seed &+ 4)
                let letters = Array("abcdefghijklmnopqrstuvwxyz-./_0123456789")
                let name = String((0..<(1 + Int(random.next() % 8))).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
                files.persona = files.persona.replacingOccurrences(of: "espeak: cmn-latn-pinyin", with: "espeak: \"\(name)\"")
            },
        ]
    }

    @Test("every mutant either fails validation with file:line or streams to the end", arguments: 0..<40)
    func mutant(seed: Int) throws {
        var random = SplitMix(seed: UInt64(seed) &+ 0x5EED)
        // One to three mutations, drawn with the seed from the written and the generated ones.
        let pool = Self.all + Self.generated(random.next())
        let count = 1 + Int(random.next() % 3)
        let chosen = (0..<count).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
        let folder = try TemporaryFolder()
        let files = try MutantFiles(folder: folder)
        for mutation in chosen { try mutation.apply(files) }
        let channel = try files.write()
        let labels = chosen.map(\.label).joined(separator: " + ")

        let validate = try run(standinBinary(), ["channel", "validate", channel])
        if validate.status != 0 {
            #expect(validate.status == 1, "\(labels): \(validate.stderr)")
            let errors = validate.stderr.split(separator: "\n").filter { $0.hasPrefix("error: ") }
            #expect(!errors.isEmpty, "\(labels): \(validate.stderr)")
            for line in errors {
                #expect(line.range(of: #"^error: /[^:]+\.yaml:\d+: "#, options: .regularExpression) != nil, "\(labels): no file:line in \(line)")
            }
            return
        }
        let stream = try BackgroundProcess(standinBinary(), [
            "stream", "--channel", channel, "--state", folder.path("state"), "--from", "2026-12-01T14:00:00+08:00",
            "--speed", "0", "--duration", "30", "--lookahead", "1",
        ], logPrefix: folder.path("stream"))
        let status = stream.wait(timeout: .seconds(240))
        if status == nil { stream.kill() }
        #expect(status == 0, "\(labels) validated but the stream ended with \(String(describing: status)): \(stream.stderr.suffix(1_500))")
    }

    @Test("each kind of mutation on its own: the bad ones are refused, the harmless ones validate", arguments: all.indices)
    func single(index: Int) throws {
        let mutation = Self.all[index]
        let folder = try TemporaryFolder()
        let files = try MutantFiles(folder: folder)
        try mutation.apply(files)
        let result = try run(standinBinary(), ["channel", "validate", try files.write()])
        let harmless = ["picture swapped for another good one", "music bed is a real WAV", "no music",
                        "voice 'EN-US'", "voice 'en'", "voice 'gmw/en-US'"]
        let either = ["picture truncated"]   // libav may decode the rows that are there
        guard !either.contains(mutation.label) else { return }
        #expect((result.status == 0) == harmless.contains(mutation.label), "\(mutation.label): \(result.stderr)")
    }
}

/// A small seeded generator (SplitMix64) so each seed draws the same mutants on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
