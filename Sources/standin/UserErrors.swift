import ArgumentParser
import Foundation
import StandInCore

/// Runs `body`; any error becomes one `error: …` block on stderr and exit code 1.
/// This is the one place where errors turn into text for the command line.
func reportingErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch let error as FileErrors {
        for item in error.errors { printError("error: \(item)") }
        throw ExitCode.failure
    } catch {
        printError("error: \(error)")
        throw ExitCode.failure
    }
}

/// Writes `text` to stderr with every URL and known secret redacted.
func printError(_ text: String) {
    FileHandle.standardError.write(Data((SecretRedactor.shared.redact(text) + "\n").utf8))
}

func printOut(_ text: String, terminator: String = "\n") {
    FileHandle.standardOutput.write(Data((text + terminator).utf8))
}
