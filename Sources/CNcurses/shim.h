// Thin wrappers for what Swift cannot import from ncurses: macros, C globals (rejected by
// Swift 6 strict concurrency) and async-signal-safe terminal restoration.
// Keep this header small and stable: edits to a system-library header may not trigger a rebuild
// (touch a Swift file of NcursesTerminal after editing).
//
// State and signal handlers live in `weak` (not `static`) functions: Swift emits a private copy of
// every `static inline` function into each object file that uses it, so a static inside one would
// be a different variable per Swift file (checked). The linker merges weak definitions into one.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define CN_WEAK __attribute__((weak))

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

/// Starts curses on stdin/stdout like initscr, but returns NULL instead of exiting when the
/// terminal type is unknown or unusable.
static inline WINDOW *cn_start_screen(void) {
    SCREEN *screen = newterm(NULL, stdout, stdin);
    if (screen == NULL) return NULL;
    set_term(screen);
    return stdscr;
}

/// Whether TERM can address the cursor (terminfo `cup`), read from the terminfo database before
/// curses starts, so a terminal that cannot run a full-screen program is never touched:
/// 1 yes, 0 no (e.g. TERM=dumb), -1 TERM unset or unknown to terminfo.
int setupterm(const char *term, int fd, int *err);   // <term.h> would bring in its macros too
static inline int cn_can_address_cursor(void) {
    const char *term = getenv("TERM");
    if (term == NULL || *term == 0) return -1;
    int err = 0;
    if (setupterm(term, STDOUT_FILENO, &err) != OK || err != 1) return -1;
    const char *cup = tigetstr("cup");
    return (cup == NULL || cup == (char *)-1) ? 0 : 1;
}

/// Removes the G0 character-set reset `ESC ( B` from the loaded terminfo's `sgr0` and from `sgr`'s
/// "no alternate charset" branch, in place (the strings only shrink), so an attribute switch sends
/// only its `ESC [ ... m` (docs/PERFORMANCE.md: bytes per move). Only for a caller that never draws
/// with A_ALTCHARSET and lets curses draw line characters as Unicode (a UTF-8 locale): then G0 is
/// never switched away from ASCII by us, and `cn_reset_charset` resets it once per full repaint.
/// Call right after curses starts, before anything is drawn. Returns how many strings changed.
static inline int cn_trim_charset_resets(void) {
    static const char reset[] = "\033(B";
    int changed = 0;
    char *sgr0 = tigetstr("sgr0");
    if (sgr0 != NULL && sgr0 != (char *)-1 && strncmp(sgr0, reset, 3) == 0 && sgr0[3] != 0) {
        memmove(sgr0, sgr0 + 3, strlen(sgr0 + 3) + 1);
        changed++;
    }
    char *sgr = tigetstr("sgr");
    static const char branch[] = "%e\033(B%;";   // "%?%p9%t ESC(0 %e ESC(B %;" -> "%?%p9%t ESC(0 %;"
    char *at = (sgr != NULL && sgr != (char *)-1) ? strstr(sgr, branch) : NULL;
    if (at != NULL) {
        memmove(at, at + 5, strlen(at + 5) + 1);   // drops "%e ESC(B", keeps "%;"
        changed++;
    }
    return changed;
}

/// Selects ASCII into G0 (`ESC ( B`): what the trimmed `sgr0` no longer does on every switch, sent
/// before a full repaint in case another program left the line-drawing set selected.
static inline void cn_reset_charset(void) { putp("\033(B"); }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) { return BUTTON5_PRESSED; }

/// The C library's column width for `c` (what curses uses), -1 when not printable.
int wcwidth(wchar_t c);   // glibc declares it only under _XOPEN_SOURCE, which SwiftPM drops
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

/// Draws one wide-character cell with attributes and a colour pair.
static inline int cn_put_cell(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, chars, attrs, pair, NULL) != OK) return ERR;
    if (mvwadd_wch(w, y, x, &cc) == OK) return OK;
    // In the bottom-right corner curses stores the character, then fails to move the cursor on.
    return (y == getmaxy(w) - 1 && x + wcwidth(chars[0]) >= getmaxx(w)) ? OK : ERR;
}

/// Draws one printable ASCII character: the chtype path, without `setcchar`'s checks and width
/// lookups (it was most of the cost of drawing a cell). Colour pairs fit a chtype (majobs uses < 64).
static inline int cn_put_ascii(WINDOW *w, int y, int x, unsigned char ch, attr_t attrs, short pair) {
    if (mvwaddch(w, y, x, (chtype)ch | (chtype)(attrs & ~A_COLOR) | (chtype)COLOR_PAIR(pair)) == OK) return OK;
    // In the bottom-right corner curses stores the character, then fails to move the cursor on.
    return (y == getmaxy(w) - 1 && x + 1 >= getmaxx(w)) ? OK : ERR;
}

/// Reads one key: returns OK (a character), KEY_CODE_YES (a function key) or ERR (none ready).
static inline int cn_get_key(WINDOW *w, unsigned int *out) {
    wint_t wc = 0;
    int rc = wget_wch(w, &wc);
    *out = (unsigned int)wc;
    return rc;
}

// ---- Terminal restoration on every exit path ------------------------------------------------

CN_WEAK volatile sig_atomic_t *cn__restore_armed(void) {
    static volatile sig_atomic_t armed = 0;
    return &armed;
}

/// Restores the terminal: leaves curses mode (alternate screen, cursor, tty modes).
/// Safe to call more than once.
static inline void cn_restore_terminal(void) {
    if (*cn__restore_armed()) {
        *cn__restore_armed() = 0;
        if (!isendwin()) endwin();
        // Belt and braces for terminals where endwin left modes on: disable mouse reporting,
        // show the cursor.
        static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?25h";
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
        (void)ignored;
    }
}

/// The handlers that were installed before ours for crash signals (the Swift runtime's backtracer).
CN_WEAK struct sigaction *cn__previous_action(int sig) {
    static struct sigaction previous[NSIG];
    return (sig > 0 && sig < NSIG) ? &previous[sig] : NULL;
}

CN_WEAK void cn__signal_restore(int sig) {
    int saved = errno;
    cn_restore_terminal();
    // Re-raise with the default action so the exit status says which signal ended us
    // (130 for INT, 143 for TERM, 129 for HUP, 131 for QUIT).
    signal(sig, SIG_DFL);
    raise(sig);
    errno = saved;
}

CN_WEAK void cn__crash_restore(int sig, siginfo_t *info, void *context) {
    (void)context;
    cn_restore_terminal();
    // Hand the signal back to whoever had it before (the Swift backtracer prints the backtrace to
    // the now-restored terminal); if that was nobody, the default action dumps core.
    struct sigaction *previous = cn__previous_action(sig);
    if (previous != NULL && previous->sa_handler != SIG_IGN) {
        sigaction(sig, previous, NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    // A fault (SEGV, ILL from a Swift trap...) recurs when we return, now with the original context
    // for the backtracer; a signal sent by kill/raise/abort does not, so send it again.
    if (info == NULL || info->si_code <= 0) raise(sig);
}

CN_WEAK void cn__atexit_restore(void) { cn_restore_terminal(); }

CN_WEAK int *cn__handlers_installed(void) {
    static int installed = 0;
    return &installed;
}

/// Arms restoration for normal exit (atexit), INT, TERM, HUP, QUIT and, when `crashes` is non-zero,
/// SEGV/BUS/ILL/FPE/TRAP/ABRT (chained to the handler installed before, if any: the Swift backtracer).
/// QUIT is not chained: the Swift backtracer lets the process run on after it (checked), which
/// would take the terminal back with restoration disarmed.
static inline void cn_install_restore_handlers(int crashes) {
    *cn__restore_armed() = 1;
    if (*cn__handlers_installed()) return;
    *cn__handlers_installed() = 1;
    atexit(cn__atexit_restore);
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = cn__signal_restore;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    if (crashes) {
        int crash[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
        for (unsigned i = 0; i < sizeof(crash) / sizeof(crash[0]); i++) {
            struct sigaction sa;
            memset(&sa, 0, sizeof(sa));
            sa.sa_sigaction = cn__crash_restore;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
            struct sigaction *previous = cn__previous_action(crash[i]);
            if (previous == NULL) continue;
            struct sigaction current;
            // Never save ourselves as "previous" (which would loop instead of chaining).
            if (sigaction(crash[i], NULL, &current) == 0 && !((current.sa_flags & SA_SIGINFO) &&
                                                              current.sa_sigaction == cn__crash_restore)) {
                *previous = current;
            }
            sigaction(crash[i], &sa, NULL);
        }
    }
}

// ---- Resize wake-up ---------------------------------------------------------------------------

CN_WEAK volatile sig_atomic_t *cn__winch_fd(void) {
    static volatile sig_atomic_t fd = -1;
    return &fd;
}

CN_WEAK struct sigaction *cn__winch_previous(void) {
    static struct sigaction previous;
    return &previous;
}

CN_WEAK void cn__winch(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    struct sigaction *previous = cn__winch_previous();
    // ncurses' own handler records the resize so the next wget_wch returns KEY_RESIZE.
    if (previous->sa_flags & SA_SIGINFO) {
        if (previous->sa_sigaction != NULL) previous->sa_sigaction(sig, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN && previous->sa_handler != NULL) {
        previous->sa_handler(sig);
    }
    int fd = *cn__winch_fd();
    if (fd >= 0) {
        static const char byte = 'r';
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

/// After curses has started: on SIGWINCH, also write the byte 'r' to `fd` (a non-blocking pipe),
/// so a loop sleeping in poll() wakes up and reads KEY_RESIZE. Pass -1 to stop writing.
static inline void cn_wake_on_resize(int fd) {
    *cn__winch_fd() = fd;
    if (fd < 0) return;
    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) != 0) return;
    if ((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == cn__winch) return;   // already chained
    *cn__winch_previous() = current;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = cn__winch;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGWINCH, &sa, NULL);
}

/// Sets the locale from the environment; falls back to C.UTF-8 for LC_CTYPE so wide
/// characters render when the environment's locale is not UTF-8. Returns 1 when UTF-8.
static inline int cn_setup_locale(void) {
    setlocale(LC_ALL, "");
    const char *ctype = setlocale(LC_CTYPE, NULL);
    if (ctype == NULL || (strstr(ctype, "UTF-8") == NULL && strstr(ctype, "utf8") == NULL &&
                          strstr(ctype, "UTF8") == NULL && strstr(ctype, "utf-8") == NULL)) {
        if (setlocale(LC_CTYPE, "C.UTF-8") == NULL) return 0;
    }
    return 1;
}

#endif
