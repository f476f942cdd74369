/// What a cell means, not how it looks: a `Theme` maps roles to colours and attributes, so the
/// views never name a colour and a monochrome theme can keep every role readable.
public enum StyleRole: UInt8, CaseIterable, Sendable, Hashable {
    case normal
    case dim
    case emphasis
    case title
    case demoBadge
    case chip
    case headerInfo
    case tableHeader
    case tableHeaderSorted
    case selectedRow
    case statusQueued
    case statusRunning
    case statusSucceeded
    case statusFailed
    case statusStopping
    case statusStopped
    case statusUnknown
    case statusBar
    case keyHint
    case error
    case warning
    case prompt
    case border
    case overlay
    /// Server text that had control characters replaced with visible placeholders.
    case placeholder
    // Log view
    /// Log text the log coloured (SGR): one role per colour it can be shown in.
    case logBlack
    case logRed
    case logGreen
    case logYellow
    case logBlue
    case logMagenta
    case logCyan
    case logWhite
    /// Log text the log made bold, underlined or reversed without a colour.
    case logBold
    case logUnderline
    case logReverse
    /// A search match in the log view.
    case logMatch
}
