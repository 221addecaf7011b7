/* runtime/timeline.h — drawing a trace as lanes (docs/trace.md).
 *
 * One lane per session: the page's own session on top (its trigger runs
 * as bars, page open/close, notifications), then one lane per background
 * task (queued, running, sleeping; markers where it was enqueued and where
 * it completed, failed, timed out or was cancelled), and an arrow from
 * each task's end to the trigger run it caused.  The same layout is drawn
 * as SVG (alone or inside an HTML page) and as text for the terminal.
 *
 * The time axis is the run's, in ms, with one exception: moments where
 * several things happen at the same ms (under the virtual clock the page's
 * triggers take no time at all) get a little room each, in the order they
 * happened, so that every trigger, marker and arrow can be seen.
 */
#ifndef AL_RUNTIME_TIMELINE_H
#define AL_RUNTIME_TIMELINE_H

#include <stdbool.h>
#include <stdio.h>
#include "runtime/trace.h"

/* [ev]: the events in time order.  [html]: a whole HTML page (the SVG
 * inline, a legend, the events as a table), else an SVG document. */
void al_timeline_svg(FILE *f, const al_trace_rec *ev, size_t n, const char *title, bool html);
/* The lanes as text, [width] columns wide. */
void al_timeline_text(FILE *f, const al_trace_rec *ev, size_t n, int width);

#endif
