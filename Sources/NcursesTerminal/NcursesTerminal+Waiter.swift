import TerminalUI

extension NcursesTerminal {
    /// A `poll()` waiter on stdin and a new wake pipe, which a resize (SIGWINCH) also wakes.
    public func makeWaiter() throws -> any TerminalWaiter {
        let pipe = try WakePipe()
        wakeOnResize(pipe)
        return EventLoopWaiter(inputDescriptor: inputDescriptor, wakePipe: pipe)
    }
}
