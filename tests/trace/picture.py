#!/usr/bin/env python3
"""tests/trace/picture.py FILE.svg|FILE.html SHOT.png [KIND=N ...] — checks a screenshot
of a trace picture (docs/trace.md) against the SVG that was drawn.

The SVG says where every bar and marker is; the PNG (taken by headless
Chromium) says what the browser really painted.  The checks:
  * the PNG is a real picture: not blank, many colours;
  * every task's sleeping stretch shows its hatching (both stripe colours),
    every trigger bar its colour, every end marker (timeout, cancelled,
    completed, error) its colour — the palette docs/trace.md describes — at
    the places the SVG gives;
  * as many of each as KIND=N says (sleeps, bars, timeout, cancelled,
    completed, error), when given;
  * the article's example reads right: a task's Sleep ends where its
    timeout marker is, and an arrow leaves that marker for the
    OnPageBackgroundTaskError bar.
Exit status 0 when all hold; the problems are printed otherwise.
The PNG is decoded here (zlib, PNG filters), without any image library.
"""
import re
import struct
import sys
import zlib
import xml.etree.ElementTree as ET

NS = "{http://www.w3.org/2000/svg}"


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat = 8, b""
    width = height = 0
    while pos < len(data):
        (n,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + n]
        pos += 12 + n
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            if depth != 8 or ctype not in (2, 6) or interlace:
                raise SystemExit(f"{path}: unexpected PNG format (depth {depth}, colour type {ctype})")
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows, prev, i = [], bytearray(stride), 0
    for _ in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif f == 2:
            for x in range(stride):
                line[x] = (line[x] + prev[x]) & 255
        elif f == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif f == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                pred = a if pa <= pb and pa <= pc else b if pb <= pc else c
                line[x] = (line[x] + pred) & 255
        rows.append(line)
        prev = line
    return width, height, bpp, rows


def hexrgb(h):
    h = h.lstrip("#")
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


# the palette (runtime/timeline.c, docs/trace.md)
TRIGGER, DONE_TRIGGER, ERR_TRIGGER, TEST = "#7c3aed", "#0f766e", "#be123c", "#334155"
MARKER = {"completed": "#16a34a", "error": "#dc2626", "timeout": "#ea580c", "cancelled": "#6b7280"}
NOTE = "#f59e0b"


def bar_colour(title):
    if "OnPageBackgroundTaskError" in title:
        return ERR_TRIGGER
    if "OnPageBackgroundTaskCompleted" in title:
        return DONE_TRIGGER
    if ": notification" in title:
        return NOTE
    return TRIGGER


def close(c, want, tol=40):
    return all(abs(a - b) <= tol for a, b in zip(c, want))


def main():
    src, shot = sys.argv[1], sys.argv[2]
    text = open(src, encoding="utf-8").read()
    m = re.search(r"<svg\b.*</svg>", text, re.S)
    if not m:
        raise SystemExit(f"{src}: no <svg> element")
    svg = ET.fromstring(m.group(0))
    width, height, bpp, rows = read_png(shot)
    problems = []

    def px(x, y):
        x, y = int(round(x)), int(round(y))
        if not (0 <= x < width and 0 <= y < height):
            return None
        r = rows[y]
        return tuple(r[x * bpp:x * bpp + 3])

    # 1. a real picture
    colours, nonwhite, total = set(), 0, 0
    for y in range(0, height, 3):
        for x in range(0, width, 3):
            c = px(x, y)
            colours.add(c)
            total += 1
            nonwhite += c != (255, 255, 255)
    print(f"# {width}x{height} px, {len(colours)} colours, {100 * nonwhite // total}% not white")
    if nonwhite < total * 0.05 or len(colours) < 40:
        problems.append("the screenshot is (nearly) blank")

    # where the SVG's origin is in the screenshot: the page lane's
    # background, a colour used nowhere else, starts at the SVG's (16, top)
    lane = next((r for r in svg.iter(NS + "rect") if r.get("fill") == "#f5f3ff"), None)
    if lane is None:
        raise SystemExit("no page-session lane in the SVG")
    want = hexrgb("#f5f3ff")
    origin = None
    for y in range(height):
        r = rows[y]
        for x in range(width):
            if tuple(r[x * bpp:x * bpp + 3]) == want:
                origin = (x - float(lane.get("x")), y - float(lane.get("y")))
                break
        if origin:
            break
    if not origin:
        problems.append("the page session's lane is not in the screenshot")
        origin = (0, 0)
    ox, oy = origin
    print(f"# the SVG's origin is at ({ox:.0f}, {oy:.0f}) in the screenshot")

    # 2. the things the SVG drew, where it drew them
    def items():
        for g in svg.iter(NS + "g"):
            t = g.find(NS + "title")
            if t is not None:
                yield g, t.text or ""

    checked = 0
    sleeps, timeouts, bars = [], [], []
    counts = {}
    for g, title in items():
        rect = g.find(NS + "rect")
        circle = g.find(NS + "circle")
        if rect is not None and title.startswith("Sleep("):
            x, y, w, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
            sleeps.append((x, y, w, h, title))
            if w < 12:
                continue
            light = dark = n = 0
            for yy in range(int(y + 3), int(y + h - 2)):
                for xx in range(int(x + 3), int(x + w - 3)):
                    c = px(ox + xx, oy + yy)
                    n += 1
                    light += close(c, hexrgb("#bfdbfe"), 30)
                    dark += close(c, hexrgb("#2563eb"), 50)
            checked += 1
            if n == 0 or light < n * 0.15 or dark < n * 0.10:
                problems.append(f"'{title}': no hatching ({light} light, {dark} dark of {n} pixels)")
        elif rect is not None and rect.get("fill", "").startswith("#") and " ms: " in title and "(" in title:
            x, y, w, h = (float(rect.get(k)) for k in ("x", "y", "width", "height"))
            bars.append((x, y, w, h, title, rect.get("fill")))
            want = bar_colour(title)
            c = px(ox + x + min(w, 6) / 2, oy + y + h / 2)
            checked += 1
            if c is None or not close(c, hexrgb(want)):
                problems.append(f"'{title}': bar colour {c}, not {want}")
        end = re.search(r"task \d+ (timeout|cancelled|completed|error)", title)
        if circle is not None and end:
            cx, cy, r = (float(circle.get(k)) for k in ("cx", "cy", "r"))
            want = MARKER[end.group(1)]
            counts[end.group(1)] = counts.get(end.group(1), 0) + 1
            c = px(ox + cx, oy + cy + r * 0.7)          # below the white sign in the disc
            checked += 1
            if c is None or not close(c, hexrgb(want)):
                problems.append(f"'{title}': marker colour {c}, not {want}")
            if "timeout" in title:
                timeouts.append((cx, cy))
    print(f"# {checked} bars and markers checked: {len(sleeps)} Sleep stretches, {len(bars)} trigger bars, "
          f"{len(timeouts)} timeouts")
    if checked < 3:
        problems.append("hardly anything was drawn")
    counts["sleeps"], counts["bars"] = len(sleeps), len(bars)
    for arg in sys.argv[3:]:
        kind, want = arg.split("=")
        if counts.get(kind, 0) != int(want):
            problems.append(f"{counts.get(kind, 0)} {kind}, not {want}")

    # 3. the article's example: Sleep(1000) under a 1000 ms timeout
    for cx, cy in timeouts:
        mine = [s for s in sleeps if s[1] <= cy <= s[1] + s[3]]
        if mine and not any(abs(s[0] + s[2] - cx) <= 2 for s in mine):
            problems.append(f"the timeout at x={cx:.0f} is not where the task's Sleep ends")
        arrow = [p for p in svg.iter(NS + "path")
                 if p.get("marker-end") == "url(#a-timeout)" and p.get("d", "").startswith(f"M{cx:.1f} ")]
        if not arrow:
            problems.append(f"no arrow from the timeout at x={cx:.0f} to the trigger it runs")
            continue
        end_x = float(re.findall(r"[-\d.]+", arrow[0].get("d"))[-2])
        if not any(abs(b[0] + 3 - end_x) <= 1 and "OnPageBackgroundTaskError" in b[4] for b in bars):
            problems.append(f"the arrow from the timeout at x={cx:.0f} does not reach an OnPageBackgroundTaskError bar")
        # and the arrow is painted: its colour somewhere along the way up
        y_mid = (cy + float(re.findall(r"[-\d.]+", arrow[0].get("d"))[-1])) / 2
        found = any(close(px(ox + xx, oy + y_mid) or (0, 0, 0), hexrgb("#ea580c"), 45)
                    for xx in range(int(min(cx, end_x)) - 3, int(max(cx, end_x)) + 4))
        if not found:
            problems.append(f"the arrow from the timeout at x={cx:.0f} is not painted")

    for p in problems:
        print(f"# problem: {p}")
    sys.exit(1 if problems else 0)


main()
