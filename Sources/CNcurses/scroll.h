// Scrolling part of the screen without curses comparing the moved lines (included by shim.h).
//
// curses can scroll the terminal itself, but only after it has copied every moved line into its next
// screen, hashed them to find the move, and compared them cell by cell: for a one-line scroll of a
// full-screen log that is most of the cost of the key. Here the lines move in all three of curses'
// pictures of the screen (the window, `newscr`, `curscr`) and on the terminal, and nothing is marked
// changed, so the next `doupdate` looks only at the lines the caller then draws. The terminal's scroll is
// built here as bytes (`cn_scroll_bytes`), for the caller to write just before `doupdate`: `putp` goes
// through stdio, which curses' own output does not, so it could arrive after the frame.
//
// curses' line hashes (its scroll detection) are left as they were: before and after, the hash it holds
// for each line of `newscr` equals the one for `curscr`, so no stale pair can look like a move.
#ifndef CNCURSES_SCROLL_H
#define CNCURSES_SCROLL_H

/// The terminfo strings a scroll needs, looked up once (`tigetstr` compares every capability name).
typedef struct {
    const char *csr, *sc, *rc, *cup, *ind, *ri, *indn, *rin;
    int usable;
} cn_scroll_caps;

static inline const char *cn_string_cap(const char *name) {
    const char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1) ? NULL : s;
}

/// Usable when the terminal has a scroll region, can save and restore the cursor (DECSC/DECRC keep
/// curses' idea of the cursor and attributes true), and scrolls without keeping lines outside the region.
static inline cn_scroll_caps cn_load_scroll_caps(void) {
    cn_scroll_caps c = {cn_string_cap("csr"), cn_string_cap("sc"), cn_string_cap("rc"), cn_string_cap("cup"),
                        cn_string_cap("ind"), cn_string_cap("ri"), cn_string_cap("indn"), cn_string_cap("rin"), 0};
    c.usable = c.csr && c.sc && c.rc && c.cup && (c.ind || c.indn) && (c.ri || c.rin) &&
               tigetflag("ndscr") <= 0 && tigetflag("da") <= 0 && tigetflag("db") <= 0;
    return c;
}

/// Moves rows top...bottom of `w` by n (n > 0: up, blank rows at the bottom), marked changed (`wscrl`
/// inside a scroll region, put back to the whole window after).
static inline int cn_scroll_window_rows(WINDOW *w, int top, int bottom, int n) {
    if (w == NULL || top < 0 || bottom > getmaxy(w) - 1 || wsetscrreg(w, top, bottom) != OK) return ERR;
    scrollok(w, TRUE);
    int moved = wscrl(w, n);
    scrollok(w, FALSE);
    wsetscrreg(w, 0, getmaxy(w) - 1);
    return moved;
}

/// `cn_scroll_window_rows`, then the rows marked unchanged.
static inline int cn_shift_window_rows(WINDOW *w, int top, int bottom, int n) {
    int moved = cn_scroll_window_rows(w, top, bottom, n);
    if (moved == OK) wtouchln(w, top, bottom - top + 1, 0);
    return moved;
}

/// Moves screen rows top...bottom by n (n > 0: up) in curses' window `w` (the full-screen stdscr,
/// refreshed after every change), `newscr` and `curscr`, marking nothing changed; the uncovered rows are
/// blank in all three. The caller sends the terminal `cn_scroll_bytes` before the next `doupdate` and draws
/// the uncovered rows. ERR, with nothing moved, when the rows are not all on screen.
static inline int cn_shift_screen_rows(WINDOW *w, int top, int bottom, int n) {
    int count = n > 0 ? n : -n;
    if (n == 0 || top < 0 || bottom >= LINES || bottom - top < count || getmaxy(w) != LINES ||
        getmaxy(newscr) != LINES || getmaxy(curscr) != LINES)
        return ERR;
    if (cn_shift_window_rows(w, top, bottom, n) != OK) return ERR;
    cn_shift_window_rows(newscr, top, bottom, n);
    cn_shift_window_rows(curscr, top, bottom, n);
    return OK;
}

/// Appends terminfo string `s` to `out` without its padding (`$<5>`: a delay, not text). 0 when it does not fit.
static inline int cn_append_cap(char *out, size_t size, size_t *length, const char *s) {
    if (s == NULL) return 0;
    for (; *s != 0; s++) {
        if (s[0] == '$' && s[1] == '<' && strchr(s, '>') != NULL) {
            s = strchr(s, '>');
            continue;
        }
        if (*length + 1 >= size) return 0;
        out[(*length)++] = *s;
    }
    return 1;
}

/// The bytes that scroll screen rows top...bottom by n (n > 0: up) on the terminal: save the cursor and
/// attributes, set the scroll region, scroll at its edge, reset the region, restore. The rows the terminal
/// blanks take the current colours, the default ones after a `doupdate`. Returns how many bytes went
/// into `out`, or -1 (nothing usable) when the terminal lacks a capability or they do not fit.
static inline int cn_scroll_bytes(const cn_scroll_caps *c, int top, int bottom, int n, char *out, size_t size) {
    int count = n > 0 ? n : -n;
    if (!c->usable || n == 0) return -1;
    size_t length = 0;
    int ok = cn_append_cap(out, size, &length, c->sc) && cn_append_cap(out, size, &length, tiparm(c->csr, top, bottom)) &&
             cn_append_cap(out, size, &length, tiparm(c->cup, n > 0 ? bottom : top, 0));
    const char *many = n > 0 ? c->indn : c->rin, *one = n > 0 ? c->ind : c->ri;
    if (many != NULL && (count > 1 || one == NULL)) {
        ok = ok && cn_append_cap(out, size, &length, tiparm(many, count));
    } else {
        for (int i = 0; i < count; i++) ok = ok && cn_append_cap(out, size, &length, one);
    }
    ok = ok && cn_append_cap(out, size, &length, tiparm(c->csr, 0, LINES - 1)) &&
         cn_append_cap(out, size, &length, c->rc);
    return ok ? (int)length : -1;
}

#endif
