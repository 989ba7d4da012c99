import Guide
import Scripting
import StandInCore

/// The words of a reaction: several variants per kind in the persona's language, the one
/// least recently used that is outside the repetition window (`LineHistory`, 60 minutes of
/// air time) when any is, so a busy room does not hear the same thanks twice in an hour
/// while another variant is left.
///
/// ```swift
/// var lines = ReactionLines(language: .zh)
/// let reaction = lines.reaction(for: planned, at: .seconds(12))   // ViewerReaction for ControlDesk.ask
/// ```
public struct ReactionLines: Sendable {
    public let language: Persona.Language
    private var history = LineHistory()
    private var turn: [ReactionPlanner.Reaction.Kind: Int] = [:]

    public init(language: Persona.Language) { self.language = language }

    /// The line to queue for `reaction`, chosen at `now` (a monotonic time).
    public mutating func reaction(for reaction: ReactionPlanner.Reaction, at now: Duration) -> ViewerReaction {
        let pool = Self.variants(reaction.kind, language)
        let sample = Int(now.components.seconds) * MediaClock.sampleRate
        let start = turn[reaction.kind, default: 0]
        let order = (0..<pool.count).map { pool[(start + $0) % pool.count] }
        let template = order.first { !history.isRecent($0, at: sample) }
            ?? order.min { (history.lastAired($0) ?? 0) < (history.lastAired($1) ?? 0) }!
        history.record(template, at: sample)
        turn[reaction.kind] = (pool.firstIndex(of: template)! + 1) % pool.count
        return ViewerReaction(kind: reaction.kind.rawValue, template: template, fields: reaction.fields)
    }

    static func variants(_ kind: ReactionPlanner.Reaction.Kind, _ language: Persona.Language) -> [String] {
        switch (kind, language) {
        case (.gift, .zh): ["谢谢{name}送的{gift}！", "感谢{name}的{gift}，心意收到啦。", "{name}送来了{gift}，谢谢支持！",
                            "哇，谢谢{name}的{gift}，太暖心了。"]
        case (.follow, .zh): ["欢迎{name}关注直播间！", "谢谢{name}的关注，常来看看哦。", "{name}关注了我们，谢谢你！"]
        case (.milestone, .zh): ["直播间已经有{viewers}位朋友在看了，谢谢大家！", "现在有{viewers}位朋友陪着我们，谢谢捧场！",
                                 "在线人数过了{viewers}，感谢每一位朋友。"]
        case (.welcome, .zh): ["欢迎{name}来到直播间！", "欢迎新来的朋友，{name}你们好！", "{name}来啦，欢迎欢迎！"]
        case (.gift, .en): ["Thank you {name} for the {gift}!", "{name}, thanks so much for the {gift}.",
                            "Aw, a {gift} from {name}. Thank you!", "Thanks for the support, {name}!"]
        case (.follow, .en): ["Thanks for the follow, {name}!", "Welcome aboard, {name}, and thanks for following.",
                              "{name} just followed. Thank you!"]
        case (.milestone, .en): ["We just passed {viewers} viewers. Thank you all!", "{viewers} of you are watching now. Thanks for being here!",
                                 "Over {viewers} viewers in the room. Thank you!"]
        case (.welcome, .en): ["Welcome in, {name}!", "Hello and welcome, {name}!", "Good to see you, {name}. Welcome!"]
        }
    }
}
