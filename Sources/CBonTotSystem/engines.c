#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/types.h>
#include "CBonTotSystem.h"

/* The child processes to stop with bontot, by slot; 0 is a free slot. Read by the signal
   handler, so only atomics and async-signal-safe calls are used. */
#define SLOTS 256
static _Atomic pid_t children[SLOTS];
static struct sigaction previous[2];
static const int watched[2] = { SIGINT, SIGTERM };
/* How many threads are starting a child now (`bontot_child_starting`), and a signal that came
   meanwhile, handled once the last of them noted its child. */
static atomic_int starting = 0;
static atomic_int deferred = 0;
/* How many callers of `bontot_children_stop_begin` want every child stopped, those noted from
   then on too. */
static atomic_int stopping_all = 0;

static void stop_child(pid_t child) {
    kill(-child, SIGTERM);
    kill(child, SIGTERM);
}

static void stop_noted(void) {
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t child = atomic_load(&children[slot]);
        if (child > 0) stop_child(child);
    }
}

static void stop_children(int signal) {
    stop_noted();
    /* Then what the signal did before: end bontot, or call the handler it had. */
    int index = signal == SIGINT ? 0 : 1;
    sigaction(signal, &previous[index], NULL);
    raise(signal);
}

/* A child started but not noted yet would outlive bontot: while one is being started, the
   signal waits for it. The handler notes the signal before it looks at `starting`, and a starter
   looks at `deferred` after it leaves `starting`: one of them sees the other. */
static void on_signal(int signal) {
    /* `kill` of a child that just ended sets errno, under the code the signal came in: in
       `bontot serve`, which goes on after it, that code would read ESRCH for its own error. */
    int saved = errno;
    atomic_store(&deferred, signal);
    if (atomic_load(&starting) == 0) {
        int waiting = atomic_exchange(&deferred, 0);
        if (waiting != 0) stop_children(waiting);
    }
    errno = saved;
}

static void start_done(void) {
    if (atomic_fetch_sub(&starting, 1) != 1) return;
    int waiting = atomic_exchange(&deferred, 0);
    if (waiting != 0) stop_children(waiting);
}

/* Puts `on_signal` in place for SIGINT and SIGTERM, keeping what each did to do after it; again
   each time, since a library may have put its own handler in place since. */
static void install(void) {
    for (int index = 0; index < 2; index++) {
        struct sigaction current;
        sigaction(watched[index], NULL, &current);
        /* A signal bontot ignores (started in the background by a script) stays ignored. */
        if (current.sa_handler == on_signal || current.sa_handler == SIG_IGN) continue;
        previous[index] = current;
        struct sigaction stopping = { 0 };
        stopping.sa_handler = on_signal;
        stopping.sa_flags = SA_RESTART;
        sigemptyset(&stopping.sa_mask);
        sigaction(watched[index], &stopping, NULL);
    }
}

void bontot_child_starting(void) {
    install();
    atomic_fetch_add(&starting, 1);
}

int bontot_child_started(pid_t child) {
    int result = -1;
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t free = 0;
        if (atomic_compare_exchange_strong(&children[slot], &free, child)) {
            result = 0;
            break;
        }
    }
    /* Noted before looking, as `bontot_children_stop_begin` looks after it counts itself: a
       child noted meanwhile is seen by one of them. */
    if (atomic_load(&stopping_all) > 0) stop_child(child);
    start_done();
    return result;
}

void bontot_child_start_failed(void) {
    start_done();
}

void bontot_children_stop_begin(void) {
    atomic_fetch_add(&stopping_all, 1);
    stop_noted();
}

void bontot_children_stop_end(void) {
    atomic_fetch_sub(&stopping_all, 1);
}

void bontot_child_finished(pid_t child) {
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t expected = child;
        if (atomic_compare_exchange_strong(&children[slot], &expected, 0)) return;
    }
}
