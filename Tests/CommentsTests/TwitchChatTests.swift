@testable import Comments
import Testing

@Suite struct TwitchChatTests {
    /// Lines as Twitch's IRC documentation shows them (docs/comments.md cites the pages).
    @Test func parsesTagsPrefixCommandAndTrailing() throws {
        let line = #"@badge-info=;badges=broadcaster/1,bits/100;bits=100;color=#0000FF;display-name=Ronni\sB;id=b34c;user-id=1337 :ronni!ronni@ronni.tmi.twitch.tv PRIVMSG #ronni :cheer100 how long does it keep?"#
        let message = try #require(IRCMessage(parsing: line))
        #expect(message.command == "PRIVMSG")
        #expect(message.source == "ronni")
        #expect(message.parameters == ["#ronni", "cheer100 how long does it keep?"])
        #expect(message.tags["display-name"] == "Ronni B")
        #expect(message.tags["badges"] == "broadcaster/1,bits/100")
        #expect(message.tags["badge-info"] == "")
        let reply = TwitchChat.reply(to: message, source: "tw", nick: "justinfan1", channel: "ronni")
        #expect(reply == .events([
            CommentEvent(source: "tw", viewerID: "1337", viewerName: "Ronni B", kind: .gift(name: "bits", count: 100)),
            CommentEvent(source: "tw", viewerID: "1337", viewerName: "Ronni B", kind: .comment("cheer100 how long does it keep?")),
        ]))
    }

    @Test(arguments: [
        (#"a\:b\sc\\d\r\n\x"#, "a;b c\\d\r\nx"),
        ("plain", "plain"),
        (#"trailing\"#, "trailing"),
    ])
    func unescapesTagValues(raw: String, value: String) {
        #expect(IRCMessage.unescape(Substring(raw)) == value)
    }

    @Test func answersPingsAndFollowsTheServersOtherCommands() throws {
        func reply(_ line: String) -> TwitchChat.Reply {
            TwitchChat.reply(to: IRCMessage(parsing: line)!, source: "tw", nick: "justinfan1", channel: "shop")
        }
        #expect(reply("PING :tmi.twitch.tv") == .send("PONG :tmi.twitch.tv"))
        #expect(reply(":tmi.twitch.tv RECONNECT") == .close("the server asked for a reconnect"))
        #expect(reply(":justinfan1!justinfan1@justinfan1.tmi.twitch.tv JOIN #shop") == .joined)
        #expect(reply(":mia!mia@mia.tmi.twitch.tv JOIN #shop") == .events([CommentEvent(source: "tw", viewerID: "mia", viewerName: "mia", kind: .joined)]))
        #expect(reply(":tmi.twitch.tv NOTICE * :Login authentication failed") == .close("login refused (check the token in token_env)"))
        #expect(reply(#"@display-name=Kim;user-id=9;msg-id=subgift;msg-param-mass-gift-count=5 :tmi.twitch.tv USERNOTICE #shop"#)
                == .events([CommentEvent(source: "tw", viewerID: "9", viewerName: "Kim", kind: .gift(name: "subscription", count: 5))]))
        #expect(reply(":tmi.twitch.tv 001 justinfan1 :Welcome, GLHF!") == .nothing)
        #expect(IRCMessage(parsing: "@only-tags") == nil)
        #expect(IRCMessage(parsing: String(repeating: "x", count: IRCMessage.maxLength + 1)) == nil)
        // Untrusted text: controls and markup do not survive into the event.
        #expect(reply(":mia!mia@h PRIVMSG #shop :\u{1}ACTION <b>hi</b>\u{1}")
                == .events([CommentEvent(source: "tw", viewerID: "mia", viewerName: "mia", kind: .comment("ACTION bhi/b"))]))
    }

    @Test func logsInAnonymouslyWithoutAToken() {
        #expect(TwitchChat.login(nick: "justinfan54321", token: nil, channel: "shop") == [
            "CAP REQ :twitch.tv/tags twitch.tv/commands twitch.tv/membership", "CAP END",
            "NICK justinfan54321", "USER justinfan54321 0 * :justinfan54321", "JOIN #shop",
        ])
        #expect(TwitchChat.login(nick: "bot", token: "oauth:abc", channel: "shop")[2] == "PASS oauth:abc")
    }
}
