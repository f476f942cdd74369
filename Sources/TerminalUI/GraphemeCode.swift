import Synchronization

/// Graphemes as 32-bit codes, so a `Cell` holds no reference. A grapheme of one scalar (nearly all
/// of them) is that scalar's value; a cluster of several (an emoji ZWJ sequence, a letter with
/// combining marks) gets an id above the scalar range from one process-wide table, so equal
/// clusters always get equal codes and cells still compare by value.
public enum GraphemeCode {
    /// The first id given to a cluster (one past the last Unicode scalar).
    static let firstClusterID: UInt32 = 0x11_0000
    /// At most this many distinct clusters are kept. Past it (only hostile text gets there) a new
    /// cluster is coded as its first scalar: it keeps its place and width on screen, loses its marks.
    static let clusterLimit = 1 << 16

    private static let table = Mutex(GraphemeTable())

    /// The code of `grapheme`.
    public static func of(_ grapheme: Character) -> UInt32 {
        var scalars = grapheme.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0x20 }
        if scalars.next() == nil { return first.value }
        return table.withLock { $0.id(for: grapheme, limit: clusterLimit) } ?? first.value
    }

    /// The grapheme with code `code` (a blank for a code that was never given out).
    public static func character(_ code: UInt32) -> Character {
        if code < firstClusterID { return Unicode.Scalar(code).map(Character.init) ?? " " }
        return table.withLock { $0.cluster(code - firstClusterID) } ?? " "
    }
}

/// The clusters seen so far and their ids (see `GraphemeCode`).
struct GraphemeTable {
    private var ids: [Character: UInt32] = [:]
    private var clusters: [Character] = []

    mutating func id(for cluster: Character, limit: Int) -> UInt32? {
        if let id = ids[cluster] { return id }
        guard clusters.count < limit else { return nil }
        let id = GraphemeCode.firstClusterID + UInt32(clusters.count)
        ids[cluster] = id
        clusters.append(cluster)
        return id
    }

    func cluster(_ index: UInt32) -> Character? {
        Int(index) < clusters.count ? clusters[Int(index)] : nil
    }
}
