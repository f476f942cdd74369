import ModelArts

/// The list order the server (and the emulator) uses: the sort field in the chosen direction,
/// ties broken by job id ascending; text compares by UTF-8 bytes. The group merger must use the
/// very same order, or merged pages would disagree with single-code pages.
public enum JobOrdering {
    /// True when `a` comes before `b` in the list sorted by `field` and `order`.
    public static func precedes(_ a: TrainingJob, _ b: TrainingJob, by field: SortField, order: SortOrder) -> Bool {
        let c = compare(a, b, by: field)
        if c != 0 { return order == .asc ? c < 0 : c > 0 }
        return a.id < b.id
    }

    /// Three-way comparison of one field: negative, zero or positive.
    public static func compare(_ a: TrainingJob, _ b: TrainingJob, by field: SortField) -> Int {
        switch field {
        case .name: return compareBytes(a.name, b.name)
        case .description: return compareBytes(a.description, b.description)
        case .status: return compareStatus(a.status, b.status)
        case .duration: return compareValues(a.durationMS, b.durationMS)
        case .versions: return compareValues(a.versionCount, b.versionCount)
        case .created: return compareValues(a.createTimeMS, b.createTimeMS)
        }
    }

    static func compareValues<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

    static func compareBytes(_ a: String, _ b: String) -> Int {
        var ia = a.utf8.makeIterator(), ib = b.utf8.makeIterator()
        while true {
            switch (ia.next(), ib.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    // Codes sort numerically; v2 phase words (never in v1 lists) after every code.
    static func compareStatus(_ a: JobStatus, _ b: JobStatus) -> Int {
        switch (a, b) {
        case (.code(let x), .code(let y)): return compareValues(x, y)
        case (.code, .phase): return -1
        case (.phase, .code): return 1
        case (.phase(let x), .phase(let y)): return compareBytes(x, y)
        }
    }
}
