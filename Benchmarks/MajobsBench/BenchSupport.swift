/// Command-line options of majobs-bench.
struct BenchOptions {
    var jobs = 100_000
    var requests = 2_000
    var seed: UInt64 = 42
    var json = false
    /// Time the v2 search instead of the v1 list.
    var v2 = false
    /// Time the log view with a 5 MB log instead.
    var log = false

    init<S: Sequence>(_ arguments: S) where S.Element == String {
        var iterator = arguments.makeIterator()
        while let argument = iterator.next() {
            switch argument {
            case "--jobs": jobs = iterator.next().flatMap(Int.init) ?? jobs
            case "--requests": requests = iterator.next().flatMap(Int.init) ?? requests
            case "--seed": seed = iterator.next().flatMap(UInt64.init) ?? seed
            case "--json": json = true
            case "--v2": v2 = true
            case "--log": log = true
            default: print("majobs-bench: ignoring unknown argument \(argument)")
            }
        }
    }
}

/// Order statistics of a set of timings, in milliseconds (nearest-rank percentiles).
struct Summary {
    var p50 = 0.0, p90 = 0.0, p99 = 0.0, max = 0.0, mean = 0.0

    init(_ samples: [Double]) {
        guard !samples.isEmpty else { return }
        let sorted = samples.sorted()
        func rank(_ p: Double) -> Double {
            sorted[Swift.min(sorted.count - 1, Int((p * Double(sorted.count)).rounded(.up)) - 1)]
        }
        p50 = rank(0.50)
        p90 = rank(0.90)
        p99 = rank(0.99)
        max = sorted[sorted.count - 1]
        mean = sorted.reduce(0, +) / Double(sorted.count)
    }
}

extension Duration {
    /// This duration in (fractional) milliseconds.
    var milliseconds: Double {
        Double(components.seconds) * 1000 + Double(components.attoseconds) / 1e15
    }
}
