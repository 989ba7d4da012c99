import Foundation
import Scheduler
import StandInCore

/// A channel file with the persona and catalog it names, loaded and cross-checked.
struct ChannelFiles {
    var channel: Channel
    var persona: Persona
    var catalog: Catalog

    /// Loads all three, throwing every problem found (`FileErrors`).
    static func load(_ path: String) throws -> ChannelFiles {
        var problems: [FileError] = []
        let files = load(path, problems: &problems)
        guard problems.isEmpty, let files else { throw FileErrors(problems) }
        return files
    }

    /// Loads what it can, adding each problem to `problems`; nil when any file failed.
    static func load(_ path: String, problems: inout [FileError]) -> ChannelFiles? {
        func attempt<T>(_ body: () throws -> T) -> T? {
            do { return try body() } catch let error as FileErrors {
                problems += error.errors
            } catch let error as FileError {
                problems.append(error)
            } catch {
                problems.append(FileError(file: path, problem: "\(error)"))
            }
            return nil
        }
        guard let channel = attempt({ try Channel.load(from: path) }) else { return nil }
        let persona = attempt { try Persona.load(from: channel.personaPath) }
        let catalog = attempt { try Catalog.load(from: channel.catalogPath) }
        if let catalog { problems += channel.problems(catalog: catalog) }
        if let persona, channel.disclosure(for: persona) == nil {
            problems.append(FileError(file: persona.file, field: "disclosure.spoken",
                                      problem: "is missing, and the channel sets no disclosure: a virtual host must say it is AI at the start of every block and every N minutes"))
        }
        guard let persona, let catalog else { return nil }
        problems += ChannelLineChecks.problems(channel: channel, persona: persona, catalog: catalog)
        return ChannelFiles(channel: channel, persona: persona, catalog: catalog)
    }

    /// What validation warns about without failing: shift and promo times a DST change skips
    /// or repeats in the coming year, and a catalog too small to fill the rotation.
    func warnings(from now: Date) -> [FileError] {
        channel.clockChangeWarnings(from: now) + planSettings(seed: 0).rotationWarnings()
    }

    func planSettings(seed: UInt64) -> PlanSettings {
        PlanSettings(channel: channel, catalog: catalog, persona: persona, seed: seed)
    }
}
