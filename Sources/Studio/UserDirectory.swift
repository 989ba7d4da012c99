import Foundation
import HummingbirdBcrypt
import PersonaStore
import StandInCore
import Yams

/// The people who may sign in, read from the users file (see `docs/studio.md`):
///
/// ```yaml
/// users:
///   - name: lin
///     brand: shanjian            # the brand's folder under the personas root
///     role: staff                # staff (own brand only) or operator (every brand)
///     password_bcrypt: "$2b$10$…" # `standin serve hash-password` prints one
/// ```
public struct UserDirectory: Sendable {
    public var users: [StudioUser]
    /// Checked against for an unknown name, at the highest cost of any user's hash, so an
    /// unknown name takes as long to refuse as a known one with a wrong password.
    private let unknownUserHash: String

    public init(users: [StudioUser]) {
        self.users = users
        unknownUserHash = Bcrypt.hash("not a password", cost: UInt8(users.compactMap { Self.cost(of: $0.passwordHash) }.max() ?? 12))
    }

    /// The cost of a bcrypt hash (`$2b$12$…` → 12), nil when it does not say.
    static func cost(of hash: String) -> Int? {
        let parts = hash.split(separator: "$")
        guard parts.count >= 3, let cost = Int(parts[1]), (4...31).contains(cost) else { return nil }
        return cost
    }

    /// Reads and checks the users file; errors name the file and the entry.
    public static func load(from path: String) throws -> UserDirectory {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw StudioError.usersFile(path: path, problem: "cannot be read")
        }
        let file: UsersFile
        do {
            guard let root = try YAMLGuard.compose(YAMLGuard.text(of: data, file: path), file: path) else {
                throw StudioError.usersFile(path: path, problem: "is empty")
            }
            file = try YAMLDecoder().decode(UsersFile.self, from: root)
        } catch let error as FileError {
            throw StudioError.usersFile(path: path, problem: error.line.map { "line \($0): \(error.problem)" } ?? error.problem)
        } catch let error as StudioError {
            throw error
        } catch {
            throw StudioError.usersFile(path: path, problem: "\(error)")
        }
        var users: [StudioUser] = []
        for (index, entry) in file.users.enumerated() {
            let role = StudioUser.Role(rawValue: entry.role ?? "staff")
            guard let role else {
                throw StudioError.usersFile(path: path, problem: "users[\(index)].role must be staff or operator, got '\(entry.role!)'")
            }
            guard StoreName.isValid(entry.brand) else {
                throw StudioError.usersFile(path: path, problem: "users[\(index)].brand '\(entry.brand)' must be a folder name (a-z, 0-9, '-')")
            }
            guard entry.password_bcrypt.hasPrefix("$2") else {
                throw StudioError.usersFile(path: path, problem: "users[\(index)].password_bcrypt must be a bcrypt hash (standin serve hash-password)")
            }
            guard !users.contains(where: { $0.name == entry.name }) else {
                throw StudioError.usersFile(path: path, problem: "users[\(index)].name '\(entry.name)' appears twice")
            }
            users.append(StudioUser(name: entry.name, brand: entry.brand, role: role, passwordHash: entry.password_bcrypt))
        }
        return UserDirectory(users: users)
    }

    /// The user with this name and password, or nil. Takes the same time for an unknown name.
    public func authenticate(name: String, password: String) -> StudioUser? {
        guard let user = users.first(where: { $0.name == name }) else {
            _ = Bcrypt.verify(password, hash: unknownUserHash)
            return nil
        }
        return Bcrypt.verify(password, hash: user.passwordHash) ? user : nil
    }

    /// Every brand some user belongs to, sorted.
    public var brands: [String] { Array(Set(users.map(\.brand))).sorted() }

    private struct UsersFile: Decodable {
        struct Entry: Decodable {
            var name: String
            var brand: String
            var role: String?
            var password_bcrypt: String
        }
        var users: [Entry]
    }
}
