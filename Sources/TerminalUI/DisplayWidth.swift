/// How many terminal cells text takes: 2 for East Asian wide/fullwidth and emoji presentation,
/// 0 for combining marks and zero-width format characters, 1 otherwise. Locale-independent, so
/// layout is the same in tests and on every terminal.
public enum DisplayWidth {
    /// Width of one grapheme cluster (0, 1 or 2).
    public static func of(_ g: Character) -> Int {
        // One `asciiValue` (CR-LF reads as LF): this runs for every cell drawn and diffed.
        if let ascii = g.asciiValue { return ascii >= 0x20 && ascii < 0x7F ? 1 : 0 }
        var width = 0
        var emojiVariation = false
        for s in g.unicodeScalars {
            if s.value == 0xFE0F { emojiVariation = true }
            width = max(width, of(s))
        }
        if emojiVariation && width == 1 && g.unicodeScalars.first?.properties.isEmoji == true { width = 2 }
        return width
    }

    /// Width of a string.
    public static func of(_ s: some StringProtocol) -> Int {
        var total = 0
        for g in s { total += of(g) }
        return total
    }

    /// Width of one scalar.
    public static func of(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        // Common blocks answered without Unicode property lookups (they were ~3% of a key, perf):
        // punctuation the views draw (… — ›) and CJK ideographs, kana and Hangul syllables (all wide letters).
        if (0x2010...0x2027).contains(v) || v == 0x2039 || v == 0x203A { return 1 }
        if (0x4E00...0x9FFF).contains(v) || (0xAC00...0xD7A3).contains(v) { return 2 }
        if (0x3041...0x3096).contains(v) || (0x309B...0x30FF).contains(v) { return 2 }  // not 3099/309A: marks
        // Arrows, technical and geometric symbols, box drawing, dingbats: the glyphs and borders the views
        // draw on every frame; they hold no marks, so the wide table alone decides (DisplayWidthTests checks
        // that this agrees with the Unicode properties for every scalar in the block).
        if symbolBlocks.contains(v) { return isWide(v) ? 2 : 1 }
        return propertyWidth(s)
    }

    /// Scalars whose width the wide table alone decides (see `of(_:)`).
    static let symbolBlocks: ClosedRange<UInt32> = 0x2190...0x27BF

    /// Width of one scalar from its Unicode properties (the general rule; `of(_:)` answers common blocks first).
    static func propertyWidth(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (v >= 0x1160 && v <= 0x11FF) { return 0 }
        if isWide(v) || s.properties.isEmojiPresentation { return 2 }
        return 1
    }

    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
        0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
        0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
        0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
        0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
        0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF,
        0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E, 0x1F191...0x1F19A,
        0x1F200...0x1F251, 0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF,
        0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ v: UInt32) -> Bool {
        guard v >= 0x1100 else { return false }
        var lo = 0, hi = wideRanges.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let r = wideRanges[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
