import ArgumentParser

/// An option's value as typed: `Value` when the word names one, else the word itself. ArgumentParser refuses
/// a word it cannot parse in its own words ("The value 'x' is invalid for '--sort <sort>'"); keeping the word
/// lets `validate()` refuse it in majobs' words, which name the flag as typed and everything allowed, the same
/// from `list` and `browse`. Help (`values: ...`) and shell completion still come from `Value`.
enum OptionValue<Value: ExpressibleByArgument & Sendable>: ExpressibleByArgument, Sendable {
    case valid(Value)
    case unknown(String)
    /// Not given: the default `--help` shows. A default that depends on other flags (`list`'s sort is
    /// name on v1 and created on v2) reads `given` to tell it from the same word typed.
    case defaulted(Value)

    init(argument: String) {
        self = Value(argument: argument).map { .valid($0) } ?? .unknown(argument)
    }

    static var allValueStrings: [String] { Value.allValueStrings }
    static var allValueDescriptions: [String: String] { Value.allValueDescriptions }
    static var defaultCompletionKind: CompletionKind { Value.defaultCompletionKind }

    var defaultValueDescription: String {
        switch self {
        case .valid(let value), .defaulted(let value): return value.defaultValueDescription
        case .unknown(let word): return word
        }
    }

    /// The value; an unknown word is a usage error (exit 64) with the line `refusal` gives for it.
    func value(refusing refusal: (String) -> String) throws -> Value {
        switch self {
        case .valid(let value), .defaulted(let value): return value
        case .unknown(let word): throw ValidationError(refusal(word))
        }
    }

    /// True when the option was on the command line.
    var given: Bool {
        if case .defaulted = self { return false }
        return true
    }
}
