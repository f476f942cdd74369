import ModelArts

/// The rule for a ModelArts project id, shared by flags, the config file and the client.
public enum ProjectID {
    /// A project id is 1 to 64 of `A-Z a-z 0-9 _ -`.
    public static func validate(_ id: String) throws(ConfigurationError) {
        let ok =
            !id.isEmpty && id.utf8.count <= 64
            && id.utf8.allSatisfy { b in
                (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
                    || b == 0x2D
            }
        guard ok else {
            throw ConfigurationError(
                "project id \(OneLine.quoted(id)) is invalid: use 1 to 64 letters, digits, '_' or '-'")
        }
    }
}
