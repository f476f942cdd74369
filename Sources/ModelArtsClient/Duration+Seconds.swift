extension Duration {
    /// The duration as a number of seconds, for messages and for values that arrive as numbers (`Retry-After`).
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
