// Thin wrappers for what Swift cannot import from ncurses: macros, C globals (rejected by
// Swift 6 strict concurrency) and async-signal-safe terminal restoration.
// Keep this header small and stable: edits to a system-library header may not trigger a rebuild.
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncurses.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline int cn_lines(void) { return LINES; }
static inline int cn_cols(void) { return COLS; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }

/// Draws one wide-character cell with attributes and a colour pair.
static inline int cn_put_cell(WINDOW *w, int y, int x, const wchar_t *chars, attr_t attrs, short pair) {
    cchar_t cc;
    if (setcchar(&cc, chars, attrs, pair, NULL) != OK) return ERR;
    return mvwadd_wch(w, y, x, &cc);
}

/// Reads one key: returns OK (a character), KEY_CODE_YES (a function key) or ERR (none ready).
static inline int cn_get_key(WINDOW *w, unsigned int *out) {
    wint_t wc = 0;
    int rc = wget_wch(w, &wc);
    *out = (unsigned int)wc;
    return rc;
}

// ---- Terminal restoration on every exit path ------------------------------------------------

static inline int *cn__restore_armed(void) {
    static volatile int armed = 0;
    return (int *)&armed;
}

/// Restores the terminal: leaves curses mode (alternate screen, cursor, tty modes).
/// Safe to call more than once.
static inline void cn_restore_terminal(void) {
    if (*cn__restore_armed()) {
        *cn__restore_armed() = 0;
        if (!isendwin()) endwin();
        // Belt and braces for terminals where endwin left modes on: show cursor, leave alt screen,
        // disable mouse reporting and bracketed paste.
        static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?25h";
        ssize_t ignored = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
        (void)ignored;
    }
}

static inline void cn__signal_restore(int sig) {
    cn_restore_terminal();
    // Re-raise with the default action so the exit status says which signal ended us
    // (130 for INT, 143 for TERM, 129 for HUP) and a crash still dumps/backtraces.
    signal(sig, SIG_DFL);
    raise(sig);
}

static inline void cn__atexit_restore(void) { cn_restore_terminal(); }

/// Arms restoration for normal exit (atexit), INT, TERM, HUP, QUIT and, when `crashes` is
/// non-zero, SEGV/BUS/ILL/FPE/TRAP/ABRT.
static inline void cn_install_restore_handlers(int crashes) {
    *cn__restore_armed() = 1;
    static int installed = 0;
    if (installed) return;
    installed = 1;
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
            struct sigaction sa, old;
            memset(&sa, 0, sizeof(sa));
            sa.sa_handler = cn__signal_restore;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_NODEFER | SA_RESETHAND;
            sigaction(crash[i], &sa, &old);
        }
    }
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
