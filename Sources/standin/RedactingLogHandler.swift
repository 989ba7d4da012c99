import Logging
import StandInCore

/// A log handler that passes every message and metadata value through the process's
/// `SecretRedactor` before the handler it wraps prints it: no log line carries a stream key.
struct RedactingLogHandler: LogHandler {
    var base: any LogHandler
    let redactor: SecretRedactor

    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }

    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = newValue }
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }

    func log(event: LogEvent) {
        var event = event
        event.message = "\(redactor.redact(event.message.description))"
        event.metadata = event.metadata?.mapValues { .string(redactor.redact($0.description)) }
        base.log(event: event)
    }
}

extension SecretRedactor {
    /// Registers the secrets of every destination and the relay ingest of `channel`.
    func register(_ channel: Channel) {
        for destination in channel.destinations where !destination.isRecording {
            register(url: destination.url)
            register(values: destination.secrets)
        }
        register(values: channel.comments.secrets)
        if let relay = channel.relay {
            register(url: relay.ingest)
            register(values: relay.secrets)
        }
    }
}
