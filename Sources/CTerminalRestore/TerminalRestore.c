// Signal-safe terminal restoration and the resize wake-up (see include/CTerminalRestore.h).
// The state is file-static: one copy per process, which a header of `static inline` functions
// cannot give (each Swift file would get its own copy).
#include "CTerminalRestore.h"

#include <errno.h>
#include <ncurses.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static volatile sig_atomic_t restore_armed = 0;
static int handlers_installed = 0;
/// The handlers that were installed before ours for crash signals (the Swift runtime's backtracer).
static struct sigaction previous_crash_action[NSIG];

void tr_restore_terminal(void) {
    if (!restore_armed) return;
    restore_armed = 0;
    if (!isendwin()) endwin();
    // Belt and braces for terminals where endwin left modes on: disable mouse reporting,
    // show the cursor.
    static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[?25h";
    ssize_t ignored = write(STDOUT_FILENO, reset, sizeof(reset) - 1);
    (void)ignored;
}

static void signal_restore(int sig) {
    int saved = errno;
    tr_restore_terminal();
    // Re-raise with the default action so the exit status says which signal ended us
    // (130 for INT, 143 for TERM, 129 for HUP, 131 for QUIT).
    signal(sig, SIG_DFL);
    raise(sig);
    errno = saved;
}

static void crash_restore(int sig, siginfo_t *info, void *context) {
    (void)context;
    tr_restore_terminal();
    // Hand the signal back to whoever had it before (the Swift backtracer prints the backtrace to
    // the now-restored terminal); if that was nobody, the default action dumps core.
    struct sigaction *previous = &previous_crash_action[sig];
    if (previous->sa_handler != SIG_IGN) {
        sigaction(sig, previous, NULL);
    } else {
        signal(sig, SIG_DFL);
    }
    // A fault (SEGV, ILL from a Swift trap...) recurs when we return, now with the original context
    // for the backtracer; a signal sent by kill/raise/abort does not, so send it again.
    if (info == NULL || info->si_code <= 0) raise(sig);
}

static void atexit_restore(void) { tr_restore_terminal(); }

// QUIT is not chained: the Swift backtracer lets the process run on after it (checked), which
// would take the terminal back with restoration disarmed.
void tr_install_restore_handlers(int crashes) {
    restore_armed = 1;
    if (handlers_installed) return;
    handlers_installed = 1;
    atexit(atexit_restore);
    int sigs[] = {SIGINT, SIGTERM, SIGHUP, SIGQUIT};
    for (unsigned i = 0; i < sizeof(sigs) / sizeof(sigs[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_handler = signal_restore;
        sigemptyset(&sa.sa_mask);
        sigaction(sigs[i], &sa, NULL);
    }
    if (!crashes) return;
    int crash[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT};
    for (unsigned i = 0; i < sizeof(crash) / sizeof(crash[0]); i++) {
        struct sigaction sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_sigaction = crash_restore;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
        struct sigaction current;
        // Never save ourselves as "previous" (which would loop instead of chaining).
        if (sigaction(crash[i], NULL, &current) == 0
            && !((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == crash_restore)) {
            previous_crash_action[crash[i]] = current;
        }
        sigaction(crash[i], &sa, NULL);
    }
}

// ---- Resize wake-up ---------------------------------------------------------------------------

static volatile sig_atomic_t winch_fd = -1;
static struct sigaction winch_previous;

static void resize_wake(int sig, siginfo_t *info, void *context) {
    int saved = errno;
    // ncurses' own handler records the resize so the next wget_wch returns KEY_RESIZE.
    if (winch_previous.sa_flags & SA_SIGINFO) {
        if (winch_previous.sa_sigaction != NULL) winch_previous.sa_sigaction(sig, info, context);
    } else if (winch_previous.sa_handler != SIG_DFL && winch_previous.sa_handler != SIG_IGN
               && winch_previous.sa_handler != NULL) {
        winch_previous.sa_handler(sig);
    }
    int fd = winch_fd;
    if (fd >= 0) {
        static const char byte = 'r';
        ssize_t ignored = write(fd, &byte, 1);
        (void)ignored;
    }
    errno = saved;
}

void tr_wake_on_resize(int fd) {
    winch_fd = fd;
    if (fd < 0) return;
    struct sigaction current;
    if (sigaction(SIGWINCH, NULL, &current) != 0) return;
    if ((current.sa_flags & SA_SIGINFO) && current.sa_sigaction == resize_wake) return;  // already chained
    winch_previous = current;
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_sigaction = resize_wake;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_RESTART;
    sigaction(SIGWINCH, &sa, NULL);
}
