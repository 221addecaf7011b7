/* runtime/perturb.h — timing perturbations of the virtual clock, from a
 * seed (docs/explore.md).
 *
 * Under the virtual clock every run of a page script gives the same
 * schedule.  A real server does not: a task's work takes longer or
 * shorter with the load, a Sleep lasts about what it asks for, child
 * sessions take a moment to open, and two tasks ending in the same
 * millisecond are reported in either order.  With a seed other than 0
 * the page background tasks (runtime/pbt.c) draw those differences from
 * a small PRNG kept per session: `alrun page --seed S` replays one such
 * schedule exactly, and `alrun explore` tries many.  Seed 0 perturbs
 * nothing: the schedule is the one the virtual clock always gave.
 *
 * The bounds (the model):
 *   work        each task's cost per unit of AL work is the base cost
 *               times a factor in [0.5, 2.0], drawn when the task starts
 *   Sleep       each Sleep lasts its time +- 2 %, at most +- 16 ms
 *   start       a child session starts its work 0 - 10 ms after the task
 *               started (opening the session); the timeout counts from
 *               the task's start
 *   ties        tasks ending in the same millisecond are reported in a
 *               random order (seed 0: the order they were enqueued)
 */
#ifndef AL_RUNTIME_PERTURB_H
#define AL_RUNTIME_PERTURB_H

#include <stdbool.h>
#include <stdint.h>

typedef struct al_perturb {
    uint64_t state;                  /* splitmix64 */
    bool on;                         /* false: seed 0, nothing is perturbed */
} al_perturb;

enum {
    AL_PERTURB_WORK_MIN_PERMILLE = 500,
    AL_PERTURB_WORK_MAX_PERMILLE = 2000,
    AL_PERTURB_SLEEP_PERMILLE = 20,            /* +- 2 % ... */
    AL_PERTURB_SLEEP_MAX_NS = 16000000,        /* ... at most +- 16 ms */
    AL_PERTURB_LATENCY_MAX_NS = 10000000,      /* 0 - 10 ms */
};

/* A generator for [seed]; seed 0 gives one that perturbs nothing. */
al_perturb al_perturb_new(uint64_t seed);
/* An independent stream drawn from [P] (one per task, so that the draws
 * of one task's Sleeps do not shift those of the next). */
al_perturb al_perturb_split(al_perturb *P);
/* The cost of one unit of work for a task, from the base cost [unit_ns]. */
int64_t al_perturb_work_unit_ns(al_perturb *P, int64_t unit_ns);
/* How long Sleep([ms]) lasts, in ns. */
int64_t al_perturb_sleep_ns(al_perturb *P, int64_t ms);
/* How long a child session takes to start its work, in ns. */
int64_t al_perturb_latency_ns(al_perturb *P);
/* A key ordering tasks that end at the same time (0 when off). */
uint64_t al_perturb_tiebreak(al_perturb *P);

#endif
