#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lowercased names laid out for substring search, built once: every name followed by a 0 byte in one
/// UTF-8 buffer, so one `memchr`/`memcmp` pass finds every match. Serves the v1 `search_content` and the
/// v2 `name like` filter.
struct NameSearchIndex: Sendable {
    /// Every lowercased name followed by a 0 byte, in index order.
    let nameBytes: [UInt8]
    /// Where each name starts in `nameBytes`; one extra entry at the end.
    let nameStarts: [Int]

    init(lowercasedNames: [String]) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(lowercasedNames.reduce(0) { $0 + $1.utf8.count + 1 })
        var starts: [Int] = []
        starts.reserveCapacity(lowercasedNames.count + 1)
        for name in lowercasedNames {
            starts.append(bytes.count)
            bytes.append(contentsOf: name.utf8)
            bytes.append(0)
        }
        starts.append(bytes.count)
        nameBytes = bytes
        nameStarts = starts
    }

    /// Which names contain `needle` (already lowercased), as a mask in index order.
    func mask(containing needle: String) -> [Bool] {
        let count = nameStarts.count - 1
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return Array(repeating: true, count: count) }
        var mask = Array(repeating: false, count: count)
        guard !pattern.contains(0) else {
            // A NUL in the needle would match across the separators; compare name by name instead.
            for i in 0..<count {
                mask[i] = nameBytes[nameStarts[i]..<nameStarts[i + 1] - 1].firstRange(of: pattern) != nil
            }
            return mask
        }
        nameBytes.withUnsafeBytes { hay in
            pattern.withUnsafeBytes { pat in
                guard let base = hay.baseAddress, let needleBase = pat.baseAddress else { return }
                var offset = 0
                while offset < hay.count,
                    let hit = Self.find(needleBase, pat.count, in: base + offset, hay.count - offset)
                {
                    let at = base.distance(to: UnsafeRawPointer(hit))
                    let job = nameIndex(containingOffset: at)
                    mask[job] = true
                    offset = nameStarts[job + 1]  // one hit per name is enough
                }
            }
        }
        return mask
    }

    /// Whether name `i` contains `pattern` (lowercased UTF-8), for checking a few names without a sweep.
    func name(_ i: Int, contains pattern: [UInt8]) -> Bool {
        pattern.isEmpty || nameBytes[nameStarts[i]..<nameStarts[i + 1] - 1].firstRange(of: pattern) != nil
    }

    /// The first occurrence of the needle in the haystack (`memmem` is not imported from Glibc):
    /// `memchr` for the first byte, then `memcmp`.
    private static func find(
        _ needle: UnsafeRawPointer, _ needleCount: Int, in hay: UnsafeRawPointer, _ hayCount: Int
    ) -> UnsafeRawPointer? {
        let first = Int32(needle.load(as: UInt8.self))
        var at = hay
        var left = hayCount
        while left >= needleCount, let hit = memchr(at, first, left - needleCount + 1) {
            let candidate = UnsafeRawPointer(hit)
            if memcmp(candidate, needle, needleCount) == 0 { return candidate }
            left -= at.distance(to: candidate) + 1
            at = candidate + 1
        }
        return nil
    }

    /// The job whose name holds byte `offset` (binary search over `nameStarts`).
    private func nameIndex(containingOffset offset: Int) -> Int {
        var lo = 0, hi = nameStarts.count - 1
        while hi - lo > 1 {
            let mid = (lo + hi) / 2
            if nameStarts[mid] <= offset { lo = mid } else { hi = mid }
        }
        return lo
    }
}
