import ArgumentParser

/// How `majobs list` prints jobs.
public enum OutputFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case table, json, csv
}

/// Where formatted output goes: stdout in the app, a string in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}

/// Renders pages of jobs as they arrive, so `--all` streams instead of holding every page.
public protocol JobPageWriter {
    /// Called once per page, in order. `isFirst` is true for the first page.
    mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink)
    /// Called once after the last page.
    mutating func finish(to sink: OutputSink)
}

import ModelArts
