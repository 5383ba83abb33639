#define _GNU_SOURCE
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
static atomic_int installed = 0;

static void stop_children(int signal) {
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t child = atomic_load(&children[slot]);
        if (child > 0) {
            kill(-child, SIGTERM);
            kill(child, SIGTERM);
        }
    }
    /* Then what the signal did before: end bontot, or call the handler it had. */
    int index = signal == SIGINT ? 0 : 1;
    sigaction(signal, &previous[index], NULL);
    atomic_store(&installed, 0);
    raise(signal);
}

static void install(void) {
    int expected = 0;
    if (!atomic_compare_exchange_strong(&installed, &expected, 1)) return;
    for (int index = 0; index < 2; index++) {
        struct sigaction current;
        sigaction(watched[index], NULL, &current);
        previous[index] = current;
        /* A signal bontot ignores (started in the background by a script) stays ignored. */
        if (current.sa_handler == SIG_IGN) continue;
        struct sigaction stopping = { 0 };
        stopping.sa_handler = stop_children;
        stopping.sa_flags = SA_RESTART;
        sigemptyset(&stopping.sa_mask);
        sigaction(watched[index], &stopping, NULL);
    }
}

int bontot_child_started(pid_t child) {
    install();
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t free = 0;
        if (atomic_compare_exchange_strong(&children[slot], &free, child)) return 0;
    }
    return -1;
}

void bontot_child_finished(pid_t child) {
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t expected = child;
        if (atomic_compare_exchange_strong(&children[slot], &expected, 0)) return;
    }
}
