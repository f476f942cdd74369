/// The write keys in the key table, and the table without them (read-only connections).
extension Keymap {
    /// The actions that change someone's cloud account.
    public static let writeActions: Set<BrowserAction> = [.stopJob, .deleteJob]

    /// This keymap without the write keys and the confirmation's keys: what the hint bar and the help
    /// show on a read-only connection, where those keys only say that writes are refused.
    public var withoutWrites: Keymap {
        Keymap(bindings: bindings.filter { !Self.writeActions.contains($0.action) && $0.context != .confirm })
    }
}
