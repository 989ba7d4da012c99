import Foundation
import HummingbirdBcrypt
import Studio
import Testing
import TestSupport

@Suite struct UserDirectoryTests {
    @Test(arguments: [
        ("role: boss", "users[0].role must be staff or operator, got 'boss'"),
        ("role: staff\n    brand: ../other", "users[0].brand '../other' must be a folder name"),
        ("role: staff\n    password_bcrypt: secret", "users[0].password_bcrypt must be a bcrypt hash"),
    ])
    func badEntriesAreRefusedWithTheirPlace(change: String, message: String) throws {
        let folder = try TemporaryFolder()
        var entry = "  - name: lin\n    brand: hillside\n    password_bcrypt: '\(Bcrypt.hash("pw", cost: 4))'\n"
        let key = change.split(separator: "\n").last!.split(separator: ":")[0].trimmingCharacters(in: .whitespaces)
        entry = entry.split(separator: "\n").filter { !$0.contains("\(key):") }.joined(separator: "\n") + "\n    \(change)\n"
        let path = try folder.write("users.yaml", "users:\n" + entry)
        #expect {
            try UserDirectory.load(from: path)
        } throws: { error in
            "\(error)".hasPrefix(path + ": ") && "\(error)".contains(message)
        }
    }

    @Test func aNameAppearsOnceAndPasswordsAreChecked() throws {
        let folder = try TemporaryFolder()
        let hash = Bcrypt.hash("pw", cost: 4)
        let twice = try folder.write("twice.yaml", "users:\n  - {name: lin, brand: a, password_bcrypt: '\(hash)'}\n  - {name: lin, brand: b, password_bcrypt: '\(hash)'}\n")
        #expect(throws: StudioError.self) { try UserDirectory.load(from: twice) }
        let once = try folder.write("once.yaml", "users:\n  - {name: lin, brand: a, password_bcrypt: '\(hash)'}\n")
        let users = try UserDirectory.load(from: once)
        #expect(users.authenticate(name: "lin", password: "pw")?.role == .staff)
        #expect(users.authenticate(name: "lin", password: "PW") == nil)
        #expect(users.authenticate(name: "mei", password: "pw") == nil)
    }
}
