/// How majobs authenticates: AK/SK request signing or an IAM (password) token.
public enum AuthMode: String, Hashable, Sendable, CaseIterable {
    case aksk
    case token
}

/// Whether the browser uses colours.
public enum ColorMode: String, Hashable, Sendable, CaseIterable {
    case auto
    case never
}
