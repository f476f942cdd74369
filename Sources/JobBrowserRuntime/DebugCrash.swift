/// A hidden crash trigger for testing that a crash restores the terminal: when
/// `MAJOBS_DEBUG_CRASH_KEY` holds a single character, that key makes the loop call `fatalError`
/// (a Swift trap: SIGILL, exit status 132). Deliberately not in the keymap, hints or help.
enum DebugCrash {
    static let variable = "MAJOBS_DEBUG_CRASH_KEY"

    /// The trigger character, if the environment sets exactly one.
    static func key(in environment: [String: String]) -> Character? {
        guard let value = environment[variable], value.count == 1 else { return nil }
        return value.first
    }
}
