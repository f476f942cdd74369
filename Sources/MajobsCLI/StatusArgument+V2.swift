import ArgumentParser
import JobBrowser
import ModelArts

extension StatusArgument {
    /// The phases a `--status` word selects on v2: nil for `all`, a group's phases (`failed` = Failed and
    /// Abnormal, one `phase in […]` request), or one documented phase in any case (`abnormal`).
    /// Throws the one-line refusal for anything else (codes and JOBSTAT names are v1's).
    static func v2Phases(for word: String) throws(V2StatusRefusal) -> [String]? {
        let lower = word.trimmingCharacters(in: .whitespaces).lowercased()
        if lower == "all" { return nil }
        if let group = StatusFilter.pickerGroups.first(where: { $0.rawValue == lower }) { return group.phases }
        if let phase = JobStatus.knownPhase(word) { return [phase] }
        throw V2StatusRefusal(word: word)
    }

    /// True when `word` names a v2 phase v1 has no word for (`Abnormal`, `Pending`…): `auto` then means v2.
    static func isV2Only(_ word: String) -> Bool {
        JobStatus.knownPhase(word) != nil && StatusFilter(word: word) == nil
    }
}

/// A `--status` word that is no v2 phase or group.
struct V2StatusRefusal: Error, CustomStringConvertible {
    var word: String

    var description: String {
        "--status '\(OneLine.clean(word, limit: 64))' is not a v2 phase "
            + "(\(JobStatus.knownPhases.joined(separator: ", "))) or group (\(StatusArgument.groupNames))"
    }
}

/// `--status` as typed, kept whole: v1 reads it as a code, name or group (`filter`), v2 as a phase or group.
struct StatusOption: ExpressibleByArgument, Sendable {
    var word: String
    var filter: OptionValue<StatusFilter>

    init(argument: String) {
        word = argument
        filter = OptionValue(argument: argument)
    }

    static var allValueStrings: [String] { StatusFilter.allValueStrings }
    static var defaultCompletionKind: CompletionKind {
        .list(
            StatusFilter.allValueStrings + JobStatus.knownCodes.map { JobStatus(code: $0).name } + JobStatus.knownPhases
        )
    }

    var defaultValueDescription: String { word }
}
