import ModelArts

/// Where formatted output goes: stdout for `majobs list`, a file for the browser's export, a string in tests.
public protocol OutputSink: AnyObject {
    func write(_ text: String)
}

/// Renders pages of jobs as they arrive, so `list --all` and the export stream instead of holding every page.
public protocol JobPageWriter {
    /// How many jobs were written so far.
    var count: Int { get }
    /// Called once per page, in order. `isFirst` is true for the first page.
    mutating func write(page: JobListPage, isFirst: Bool, to sink: OutputSink)
    /// Called once after the last page.
    mutating func finish(to sink: OutputSink)
}
