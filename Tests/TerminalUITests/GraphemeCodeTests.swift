import Testing
@testable import TerminalUI

@Suite("GraphemeCode")
struct GraphemeCodeTests {
    @Test("a single scalar is its own code; a cluster gets an id above the scalars and reads back whole")
    func roundTrip() {
        #expect(GraphemeCode.of("a") == 0x61)
        #expect(GraphemeCode.of("训") == 0x8BAD)
        let family: Character = "👩\u{200D}👩\u{200D}👧"
        let code = GraphemeCode.of(family)
        #expect(code >= GraphemeCode.firstClusterID)
        #expect(GraphemeCode.of(family) == code, "the same cluster always gets the same code")
        #expect(GraphemeCode.character(code) == family)
        #expect(Cell(family) == Cell(family), "cells with equal clusters compare equal")
    }

    @Test("past the limit a new cluster is not given an id (the cell then shows its first scalar)")
    func limit() {
        var table = GraphemeTable()
        let first = table.id(for: "e\u{301}", limit: 2)
        let second = table.id(for: "a\u{308}", limit: 2)
        #expect(first != nil && second != nil && first != second)
        #expect(table.id(for: "o\u{302}", limit: 2) == nil)
        #expect(table.id(for: "e\u{301}", limit: 2) == first, "clusters already known keep their id")
        #expect(table.cluster(first! - GraphemeCode.firstClusterID) == "e\u{301}")
    }
}
