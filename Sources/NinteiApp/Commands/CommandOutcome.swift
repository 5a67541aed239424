/// What a command produced: text for standard output, messages for standard error, and the
/// exit status. Commands return it instead of printing, so they are tested in process.
public struct CommandOutcome: Sendable, Error {
    public let output: String
    public let errors: [String]
    public let exitCode: Int32

    public init(output: String, errors: [String], exitCode: Int32) {
        self.output = output
        self.errors = errors
        self.exitCode = exitCode
    }
}

/// Where a long command prints as it goes, before it returns its outcome: text for standard
/// output, messages for standard error. `nintei import` reports each batch once it has
/// committed, so a killed import has said what it stored.
public typealias CommandReport = (_ output: String, _ errors: [String]) -> Void
