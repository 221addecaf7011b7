/* runtime/host.c — see host.h. */
#include "runtime/host.h"
#include "runtime/client.h"
#include "runtime/trace.h"
#include "grammar/mem.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

/* Prints [text] with each backslash as a line break. */
static void print_lines(const char *text)
{
    for (const char *p = text; *p; p++) fputc(*p == '\\' ? '\n' : *p, stdout);
    fputc('\n', stdout);
}

static void host_message(void *ctx, const char *text)
{
    al_stdio_host *h = ctx;
    print_lines(text);
    if (h && h->trace) {
        char *t = al_strdup(text);
        for (char *p = t; *p; p++)
            if (*p == '\\') *p = '\n';
        al_trace_event(h->trace, al_trace_now(h->trace), 0, 0, "message", AL_TT("text", t));
    }
}

static bool host_confirm(void *ctx, const char *question, bool def)
{
    al_stdio_host *h = ctx;
    bool answer = h->confirm < 0 ? def : h->confirm == 1;
    print_lines(question);
    printf("-> %s\n", answer ? "Yes" : "No");
    return answer;
}

static int host_strmenu(void *ctx, const char *options, int def, const char *instruction)
{
    al_stdio_host *h = ctx;
    int answer = h->strmenu > 0 ? h->strmenu : def;
    if (instruction && *instruction) print_lines(instruction);
    printf("%s -> %d\n", options, answer);
    return answer;
}

static int64_t host_now(void *ctx)
{
    al_stdio_host *h = ctx;
    if (h && h->virtual_clock) return al_client_epoch_ms(NULL) + h->virtual_ms;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* The collector's signals interrupt nanosleep: sleep the remaining time. */
static void host_sleep(void *ctx, int64_t ms)
{
    al_stdio_host *h = ctx;
    al_trace *T = h && !h->quiet ? h->trace : NULL;
    int64_t began = T ? al_trace_now(T) : 0;
    if (T) al_trace_event(T, began, 0, 0, "sleep-begin", AL_TI("ms", ms));
    if (h && h->virtual_clock) {
        if (ms > 0) h->virtual_ms += ms;
    } else {
        struct timespec left = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
        while (nanosleep(&left, &left) != 0 && errno == EINTR) {}
    }
    if (T) al_trace_event(T, al_trace_now(T), 0, 0, "sleep-end", AL_TI("slept_ms", al_trace_now(T) - began));
}

void al_host_sleep_for_child(const al_host *h, int64_t ms)
{
    if (!h->sleep_ms) return;
    al_stdio_host *s = h->sleep_ms == host_sleep ? h->ctx : NULL;
    if (s) s->quiet++;
    h->sleep_ms(h->ctx, ms);
    if (s) s->quiet--;
}

al_host al_host_stdio(al_stdio_host *answers)
{
    al_host h = {0};
    h.ctx = answers;
    h.message = host_message;
    h.confirm = host_confirm;
    h.strmenu = host_strmenu;
    h.now_ms = host_now;
    h.sleep_ms = host_sleep;
    return h;
}
