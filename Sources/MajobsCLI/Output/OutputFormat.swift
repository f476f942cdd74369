import ArgumentParser

/// How `majobs list` prints jobs.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table, json, csv
}
