// The parts of ncursesw (wide-character build) that Swift cannot import directly:
// function-like macros, attribute bit macros and C globals (stdscr, stdin, stdout),
// which Swift 6 would reject as shared mutable state.
#ifndef NINTEI_CNCURSESW_SHIM_H
#define NINTEI_CNCURSESW_SHIM_H

#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <stdio.h>
#include <wchar.h>
#include <sys/ioctl.h>
#include <unistd.h>
#if __has_include(<ncursesw/ncurses.h>)
#include <ncursesw/ncurses.h>
#else
#include <ncurses.h>
#endif

static inline WINDOW *nintei_stdscr(void) { return stdscr; }

/// newterm on the process's stdout/stdin; NULL (instead of exiting like initscr) on failure.
static inline SCREEN *nintei_newterm(const char *term) { return newterm(term, stdout, stdin); }

static inline int nintei_getmaxy(WINDOW *win) { return getmaxy(win); }
static inline int nintei_getmaxx(WINDOW *win) { return getmaxx(win); }

static inline attr_t nintei_attr_normal(void) { return A_NORMAL; }
static inline attr_t nintei_attr_bold(void) { return A_BOLD; }
static inline attr_t nintei_attr_dim(void) { return A_DIM; }
static inline attr_t nintei_attr_reverse(void) { return A_REVERSE; }
static inline attr_t nintei_attr_underline(void) { return A_UNDERLINE; }

static inline int nintei_key_f(int n) { return KEY_F(n); }

/// Writes one cell: a spacing character followed by up to CCHARW_MAX-1 non-spacing ones
/// (`wch` is NUL-terminated). ncurses fills the continuation cell of a wide character itself.
static inline int nintei_put_cell(WINDOW *win, int y, int x, const wchar_t *wch, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, wch, attrs, pair, NULL) == ERR) return ERR;
    return mvwadd_wch(win, y, x, &cell);
}

/// Forces the next refresh to repaint the whole screen (the Ctrl-L redraw).
static inline int nintei_clear_on_next_refresh(void) { return clearok(curscr, TRUE); }

/// Whether `sig` still has its default action (not ignored, no handler of someone else).
static inline int nintei_signal_is_default(int sig) {
    struct sigaction current;
    return sigaction(sig, NULL, &current) == 0 && !(current.sa_flags & SA_SIGINFO)
        && current.sa_handler == SIG_DFL;
}

static inline const char *nintei_codeset(void) { return nl_langinfo(CODESET); }

static inline int nintei_wcwidth(wchar_t wc) { return wcwidth(wc); }

/// The terminal's real size (TIOCGWINSZ on stdout), which can be ahead of ncurses' LINES/COLS
/// when a resize races with a frame. Returns -1 when it cannot be read.
static inline int nintei_terminal_size(int *rows, int *cols) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0 || size.ws_row == 0 || size.ws_col == 0) return -1;
    *rows = size.ws_row;
    *cols = size.ws_col;
    return 0;
}

#endif
