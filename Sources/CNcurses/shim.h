// Thin wrappers for what Swift cannot import from ncurses: macros and C globals (rejected by
// Swift 6 strict concurrency). No state and no signal handlers: those are in CTerminalRestore, a C
// target with a .c file (a `static inline` function's static would be a different variable per
// Swift file that uses it).
// Keep this header small and stable: edits to a system-library header may not trigger a rebuild
// (touch a Swift file of NcursesTerminal after editing).
#ifndef CNCURSES_SHIM_H
#define CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D_XOPEN_SOURCE, which hides the wide-character API.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <errno.h>
#include <locale.h>
#include <signal.h>
#include <wchar.h>
#include <ncurses.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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
/// never switched away from ASCII by us, and `NcursesTerminal.resetCharset` resets it once per full repaint.
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

#include "scroll.h"

#endif
