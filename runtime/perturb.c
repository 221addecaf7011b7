/* runtime/perturb.c — timing perturbations from a seed (perturb.h).
 *
 * splitmix64: one 64-bit word of state, good enough mixing for this (even
 * consecutive seeds give unrelated streams), and integer arithmetic only,
 * so a seed gives the same schedule on every machine. */
#include "runtime/perturb.h"

static uint64_t next(al_perturb *P)
{
    uint64_t z = (P->state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Uniform in [lo, hi] (hi - lo far below 2^64: the bias is negligible). */
static int64_t uniform(al_perturb *P, int64_t lo, int64_t hi)
{
    return lo + (int64_t)(next(P) % (uint64_t)(hi - lo + 1));
}

al_perturb al_perturb_new(uint64_t seed)
{
    al_perturb P = {seed, seed != 0};
    if (P.on) next(&P);                      /* the first draw depends on the seed's every bit */
    return P;
}

al_perturb al_perturb_split(al_perturb *P)
{
    if (!P->on) return *P;
    al_perturb s = {next(P), true};
    return s;
}

int64_t al_perturb_work_unit_ns(al_perturb *P, int64_t unit_ns)
{
    if (!P->on) return unit_ns;
    return unit_ns * uniform(P, AL_PERTURB_WORK_MIN_PERMILLE, AL_PERTURB_WORK_MAX_PERMILLE) / 1000;
}

int64_t al_perturb_sleep_ns(al_perturb *P, int64_t ms)
{
    int64_t ns = ms * 1000000;
    if (!P->on || ms <= 0) return ns;
    int64_t spread = ns / 1000 * AL_PERTURB_SLEEP_PERMILLE;
    if (spread > AL_PERTURB_SLEEP_MAX_NS) spread = AL_PERTURB_SLEEP_MAX_NS;
    int64_t d = ns + uniform(P, -spread, spread);
    return d < 0 ? 0 : d;
}

int64_t al_perturb_latency_ns(al_perturb *P)
{
    return P->on ? uniform(P, 0, AL_PERTURB_LATENCY_MAX_NS) : 0;
}

uint64_t al_perturb_tiebreak(al_perturb *P)
{
    return P->on ? next(P) : 0;
}
