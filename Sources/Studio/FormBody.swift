import Foundation

/// An `application/x-www-form-urlencoded` body.
struct FormBody {
    private var values: [String: String] = [:]

    init(_ text: String) {
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                $0.replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? ""
            }
            if let key = parts.first { values[key] = parts.count > 1 ? parts[1] : "" }
        }
    }

    subscript(key: String) -> String? { values[key] }
}
