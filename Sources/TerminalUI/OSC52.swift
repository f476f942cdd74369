/// OSC 52 "set the clipboard": `ESC ] 52 ; c ; <base64> BEL`. It travels in the terminal's own
/// byte stream, so it works over SSH; inside tmux it is left plain and tmux's `set-clipboard` stores
/// it in a paste buffer and forwards it to the outer terminal (see docs/DECISIONS.md).
public enum OSC52 {
    /// The sequence that copies `text` (as UTF-8) to the clipboard selection `c`.
    public static func copy(_ text: String) -> [UInt8] {
        Array("\u{1B}]52;c;".utf8) + base64(Array(text.utf8)) + [0x07]
    }

    /// Standard base64 with padding (RFC 4648), as ASCII bytes.
    public static func base64(_ bytes: [UInt8]) -> [UInt8] {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = Int(bytes[i])
            let b1 = i + 1 < bytes.count ? Int(bytes[i + 1]) : 0
            let b2 = i + 2 < bytes.count ? Int(bytes[i + 2]) : 0
            let n = b0 << 16 | b1 << 8 | b2
            out.append(alphabet[n >> 18 & 63])
            out.append(alphabet[n >> 12 & 63])
            out.append(i + 1 < bytes.count ? alphabet[n >> 6 & 63] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[n & 63] : UInt8(ascii: "="))
            i += 3
        }
        return out
    }
}
