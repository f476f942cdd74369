import ModelArts
import TerminalUI

extension BrowserState {
    /// Rows one wheel notch moves, as terminals and pagers commonly do.
    public static let wheelRows = 3

    /// A click or wheel notch (only reported when the mouse is opted in). In the table a click
    /// selects a row or sorts by a column (again flips the order) and the wheel scrolls; in an
    /// overlay the wheel acts as its move keys and clicks do nothing.
    mutating func mouse(_ target: MouseTarget) -> [BrowserEffect] {
        guard case .table = mode else {
            guard target == .wheelUp || target == .wheelDown else { return [] }
            let action: BrowserAction = target == .wheelDown ? .moveDown : .moveUp
            guard let key = keymap.keys(for: action, in: mode.keyContext).first else { return [] }
            var effects: [BrowserEffect] = []
            for _ in 0..<Self.wheelRows { effects += handleKey(key) }
            return effects
        }
        switch target {
        case .row(let index):
            guard (0..<selection.count).contains(index) else { return [] }
            return moveSelection { $0.select(index) }
        case .columnTitle(let field):
            guard let action = BrowserAction.allCases.first(where: { $0.sortField == field }) else { return [] }
            return tableAction(action)
        case .wheelDown:
            return moveSelection { $0.scroll(by: Self.wheelRows) }
        case .wheelUp:
            return moveSelection { $0.scroll(by: -Self.wheelRows) }
        }
    }
}
