"""The log view's figures, on the real release binary against a standalone `majobs emulator`: the large v2 log
(`GET /emulator/logs` names it: over 5 MB, its preview truncated to the last 5 MB) opened from the table, and a
running job's log followed."""
import json
import os
import re
import time
import urllib.request

import world
from measures import QUIT, move_samples
from ptyapp import ThreadMeter
from world import Home

LOG_QUIT = b"q"        # back to the table (in the log view `q` closes the view, not the program)
SCREEN_UP = b"\x02"    # Ctrl-B: a screen up
NEWEST = b"G"
ENTER = b"\r"
CLEAR = b"\x15"       # Ctrl-U: clears the search prompt
STAMP = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d[.,]\d{3}")
POSITION = re.compile(r"^ lines (\d+)\D+\d+ of (\d+)")
HELD = re.compile(r"last ([\d.]+) MB of ([\d.]+) MB")


def large_log(emulator):
    """The emulator's large v2 log: {job_id, name, task}."""
    with urllib.request.urlopen(emulator.endpoint + "/emulator/logs", timeout=10) as reply:
        return json.load(reply)["v2_large_log"]


def shows_log_lines(screen):
    """The log view is reading: its status line says `lines A–B of N`."""
    return any(line.startswith(" lines ") and " of " in line for line in screen.display[-2:])


def asks_task(screen):
    return any("Which task's log?" in line for line in screen.display[3:5])


def shows_table(screen):
    return world.shows_up_to_date(screen) and not shows_log_lines(screen)


def status_says(text):
    return lambda screen: any(text in line for line in screen.display[-2:])


def v2_browser(binary, emulator, home):
    """The v2 table against `emulator`, up to date and quiet."""
    app = world.spawn_browser(binary, home, ["--api", "v2", "--endpoint", emulator.endpoint])
    app.wait_for(world.shows_up_to_date)
    app.settle(quiet=0.5)
    return app


def select_by_name(app, name):
    """`/NAME` Enter: the table searched down to the job, selected on the first row."""
    app.type_text("/" + name, 0.01)
    os.write(app.fd, ENTER)
    app.wait_for(lambda s: name[:20] in s.display[3] and world.shows_up_to_date(s))
    app.settle(quiet=0.5)


def open_log(app):
    """`l` on the selected job (Enter on worker-0 if it asks which task): seconds from the key that sends the
    log request to the first frame that shows log lines."""
    app.settle(quiet=0.05)
    sent = time.perf_counter()
    os.write(app.fd, b"l")
    at = app.wait_for(lambda s: shows_log_lines(s) or asks_task(s))
    if asks_task(app.screen):
        app.settle(quiet=0.05)
        sent = time.perf_counter()
        os.write(app.fd, ENTER)
        at = app.wait_for(shows_log_lines)
    return at - sent


def close_log(app):
    os.write(app.fd, LOG_QUIT)
    app.wait_for(shows_table)
    app.settle(quiet=0.3)


def held_bytes(app):
    """The preview's size and the whole log's from the title (`last 5.0 MB of 7.1 MB`), in bytes."""
    match = HELD.search(app.screen.display[2])
    return (float(match.group(1)) * 1e6, float(match.group(2)) * 1e6) if match else (None, None)


def memory_on_opening(app):
    """VmRSS (bytes) with the table, then with the log opened for the first time and quiet; and the sizes the
    title gives (preview, whole log)."""
    table_rss = app.status_kib("VmRSS") * 1024
    open_log(app)
    app.settle(quiet=1.0)
    return (table_rss, app.status_kib("VmRSS") * 1024, *held_bytes(app))


def first_frames(app, opens):
    """`opens` openings of the selected job's log, each closed again: ms from the request's key to log lines."""
    samples = []
    for _ in range(opens):
        samples.append(open_log(app) * 1000)
        app.settle(quiet=0.5)
        close_log(app)
    return samples


def scroll_samples(app, moves):
    """One-line scrolls down and up from a few screens above the tail: (latencies in ms, bytes per move)."""
    for _ in range(3):
        app.press(SCREEN_UP)
    return move_samples(app, moves)


def search_query(app):
    """A timestamp from a screen above the tail: searching from the tail finds it only after wrapping around
    the whole preview, the longest way to a match. Leaves the view at the tail."""
    app.press(SCREEN_UP)
    stamp = next(m.group(0) for line in app.screen.display[3:-2] for m in [STAMP.search(line)] if m)
    app.press(NEWEST)
    return stamp


def found_match(screen):
    """The frame after a search: the status line's note says where it went (`search wrapped` past the end)."""
    return any("match at line" in line or "search wrapped" in line for line in screen.display[-2:])


def top_line(screen):
    """The line number on top of the log view, from the status line's `lines A–B of N`."""
    match = next(m for line in screen.display[-2:] for m in [POSITION.search(line)] if m)
    return int(match.group(1)), int(match.group(2))


def search_samples(app, searches):
    """`/STAMP` Enter from the tail: ms from Enter to the frame showing the match on top; and (the match's
    line, the lines held)."""
    query = search_query(app)
    samples = []
    for _ in range(searches):
        app.press(b"/")
        app.press(CLEAR)  # the prompt starts with the last query
        app.type_text(query, 0.005)
        app.settle(quiet=0.1)
        sent = time.perf_counter()
        os.write(app.fd, ENTER)
        at = app.wait_for(found_match)
        samples.append((at - sent) * 1000)
        where = top_line(app.screen)
        app.settle(quiet=0.2)
        app.press(NEWEST)
    return samples, where


def large_log_figures(binary, emulator, opens, moves, searches):
    """One browser on the large log: first-frame samples, RSS with the table and with the log open, scroll
    latencies and bytes, search samples. Returns a dict of them."""
    name = large_log(emulator)["name"]
    home = Home(credentials=True)
    app = v2_browser(binary, emulator, home)
    try:
        select_by_name(app, name)
        table_rss, log_rss, held, full = memory_on_opening(app)
        close_log(app)
        frames = first_frames(app, opens)
        open_log(app)
        app.settle(quiet=0.5)
        latencies, sizes = scroll_samples(app, moves)
        app.press(NEWEST)
        found, (line, lines) = search_samples(app, searches)
        close_log(app)
        return dict(frames=frames, table_rss=table_rss, log_rss=log_rss, held=held, full=full,
                    latencies=latencies, sizes=sizes, search=found, match_line=line, lines=lines)
    finally:
        app.close(QUIT)
        home.remove()


def select_running(app):
    """Moves the selection to the first Running job on screen (the newest jobs come first)."""
    rows = app.screen.display[3:-2]
    index = next(i for i, line in enumerate(rows) if " Running " in line)
    for _ in range(index):
        app.press(b"j")


def follow_cpu(binary, emulator, seconds):
    """A running job's log followed (`f`) for `seconds` (the emulator's running logs grow a line a second; the
    browser polls every 2 s): CPU ms in all, CPU ms per 10 s between polls, wake-ups, log requests sent, and
    whether it still follows at the end."""
    home = Home(credentials=True)
    app = v2_browser(binary, emulator, home)
    try:
        select_running(app)
        open_log(app)
        app.settle(quiet=0.5)
        os.write(app.fd, b"f")
        app.wait_for(status_says("following"))
        app.settle(quiet=1.0)
        before = log_requests(emulator)
        meter = ThreadMeter(app)
        samples, frames = cpu_timeline(app, meter, seconds)
        cpu, wakes = meter.totals()
        between = cpu_between(samples, frames)
        return cpu, between, wakes, log_requests(emulator) - before, status_says("following")(app.screen)
    finally:
        os.write(app.fd, LOG_QUIT)
        app.close(QUIT)
        home.remove()


def cpu_timeline(app, meter, seconds, step=0.02):
    """Pumps for `seconds`, sampling the meter every `step`: [(time, CPU ms so far)] and the times output came."""
    samples, frames = [(time.perf_counter(), 0.0)], []
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        n, at = app.pump(step)
        if n:
            frames.append(at)
        samples.append((time.perf_counter(), meter.totals()[0]))
    return samples, frames


POLL_BEFORE, POLL_AFTER = 0.25, 0.1  # a poll's request, answer and frame lie in this window around its output


def cpu_between(samples, frames):
    """CPU ms per 10 s over the sampling intervals that touch no poll (no output within the window around it)."""
    cpu, span = 0.0, 0.0
    for (t0, c0), (t1, c1) in zip(samples, samples[1:]):
        if not any(t0 - POLL_AFTER <= f <= t1 + POLL_BEFORE for f in frames):
            cpu, span = cpu + (c1 - c0), span + (t1 - t0)
    return cpu * 10 / span if span else None


def log_entries(emulator):
    """The emulator's access-log entries for log requests (any path with `log` in it), oldest first."""
    if not os.path.exists(emulator.log):
        return []
    with open(emulator.log) as f:
        entries = [json.loads(line) for line in f if line.strip()]
    return [e for e in entries if "log" in e.get("path", "")]


def log_requests(emulator):
    return len(log_entries(emulator))
