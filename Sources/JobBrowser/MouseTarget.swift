import ModelArts

/// What a mouse press or a wheel notch landed on. The view that drew the screen works it out
/// (`BrowserView.mouseTarget`), so the reducer stays free of column geometry.
public enum MouseTarget: Hashable, Sendable {
    /// Row `index` of the continuous list on screen (0-based, over the whole query).
    case row(Int)
    /// The title of the column that sorts by `field`.
    case columnTitle(SortField)
    /// One notch of the wheel.
    case wheelUp, wheelDown
}
