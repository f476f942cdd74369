// Puts the terminal back on every way out of the process: normal exit, INT, TERM, HUP, QUIT and
// crashes. Signal handlers are C: they may only call async-signal-safe functions, and Swift
// closures are not. Also wakes a poll() loop on a resize.
#ifndef CTERMINALRESTORE_H
#define CTERMINALRESTORE_H

/// Restores the terminal: leaves curses mode (alternate screen, cursor, tty modes), disables mouse
/// reporting and shows the cursor. Does nothing unless armed by `tr_install_restore_handlers`;
/// safe to call more than once.
void tr_restore_terminal(void);

/// Arms restoration for normal exit (atexit), INT, TERM, HUP, QUIT and, when `crashes` is non-zero,
/// SEGV/BUS/ILL/FPE/TRAP/ABRT (chained to the handler installed before, if any: the Swift backtracer).
/// Call straight after curses starts. The handlers are installed once; later calls only re-arm.
void tr_install_restore_handlers(int crashes);

/// After curses has started: on SIGWINCH, also write the byte 'r' to `fd` (a non-blocking pipe),
/// so a loop sleeping in poll() wakes up and reads KEY_RESIZE. Pass -1 to stop writing.
void tr_wake_on_resize(int fd);

#endif
