import JobBrowser
import TerminalUI

/// The browser screen as a whole: the frame for a state, and what a mouse event on it points at.
public enum BrowserView {
    /// Renders `state` into a new buffer of the state's screen size: what a `FrameRenderer` draws over
    /// an empty previous frame, every line drawn afresh. Tests compare its text and role grids.
    public static func render(_ state: BrowserState, options: ViewOptions = ViewOptions()) -> ScreenBuffer {
        var renderer = FrameRenderer()
        renderer.render(state, options: options)
        return renderer.frame
    }
}
