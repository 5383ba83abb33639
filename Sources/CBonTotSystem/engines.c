#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/types.h>
#include <time.h>
#include "CBonTotSystem.h"

/* The child processes to stop with bontot, by slot; 0 is a free slot, a negative id one that
   bontot stopped (sent SIGTERM), so that whoever waits for it can tell. Read by the signal
   handler, so only atomics and async-signal-safe calls are used. */
#define SLOTS 256
static _Atomic pid_t children[SLOTS];
static struct sigaction previous[2];
static const int watched[2] = { SIGINT, SIGTERM };
/* How many threads are starting a child now (`bontot_child_starting`), and a signal that came
   meanwhile, handled once the last of them noted its child. */
static atomic_int starting = 0;
static atomic_int deferred = 0;
/* Set for good by the handler, before it looks at `starting`: a signal came, bontot is ending,
   and no child starts from then on (`bontot_children_forget_signal` clears it, for tests). */
static atomic_int ending = 0;
/* How many callers of `bontot_children_stop_begin` want every child stopped, those noted from
   then on too. */
static atomic_int stopping_all = 0;

/* For tests: while set, the handler, once it took a signal to stop the children itself, waits
   (10 s at most) until a starter counted itself (`child_counted`) before it stops them. */
static atomic_int pause_after_taking = 0;
static atomic_int child_counted = 0;
static atomic_int signal_waiting = 0;

/* How a starter and a stopper meet. Each writes its own mark before it reads the other's (all
   atomics here are sequentially consistent), so at least one of them sees the other:

   The signal handler (on any thread) against a starter (on another):
   - The handler sets `ending`, then `deferred`, then looks at `starting`; a starter adds itself
     to `starting`, then looks at `ending` and `stopping_all`, and starts nothing when either is
     set (`bontot_child_starting` returns -1).
   - The handler saw no starter: the starter counted itself after that look, so it sees `ending`
     and starts nothing. Whichever of the two takes `deferred` first stops the children noted
     and does what the signal did before; `ending` stays set, so a starter that comes later
     still starts nothing in the moment before bontot ends.
   - The handler saw a starter: it leaves the signal in `deferred` for the last starter to
     leave `starting`, which takes it once its own child is noted (or not started), and stops
     every child noted, its own with them.
   - A starter that passed its look before the handler set `ending` was counted before the
     handler looked at `starting`: the case above.

   `bontot_children_stop_begin` (`bontot serve` stopping, the signal taken elsewhere) against a
   starter:
   - The stopper adds itself to `stopping_all`, then stops every child noted; a starter looks at
     `stopping_all` after it counted itself, and starts nothing when it is set.
   - A starter that passed that look first starts its child and notes it, then looks at
     `stopping_all` again: a child noted before the stopper went over its slot is stopped by
     the stopper, one noted after it is stopped by the starter, who then sees `stopping_all`.

   In every order, each child is stopped, or never started. */

static void stop_child(pid_t child) {
    kill(-child, SIGTERM);
    kill(child, SIGTERM);
}

/* Marks the child in `slot` stopped, then stops it; one already marked is sent SIGTERM again. */
static void stop_slot(int slot) {
    pid_t child = atomic_load(&children[slot]);
    while (child > 0 && !atomic_compare_exchange_weak(&children[slot], &child, -child)) {}
    if (child != 0) stop_child(child > 0 ? child : -child);
}

static void stop_noted(void) {
    for (int slot = 0; slot < SLOTS; slot++) stop_slot(slot);
}

static void stop_children(int signal) {
    stop_noted();
    /* Then what the signal did before: end bontot, or call the handler it had. */
    int index = signal == SIGINT ? 0 : 1;
    sigaction(signal, &previous[index], NULL);
    raise(signal);
}

/* Waits until a starter counted itself, for `pause_after_taking`. */
static void wait_for_a_starter(void) {
    atomic_store(&signal_waiting, 1);
    struct timespec step = { 0, 1000000 };
    for (int waited = 0; waited < 10000 && atomic_load(&child_counted) == 0; waited++) nanosleep(&step, NULL);
    atomic_store(&signal_waiting, 0);
}

/* A child started but not noted yet would outlive bontot: while one is being started, the
   signal waits for it; a child that would start after the signal does not (see above). */
static void on_signal(int signal) {
    /* `kill` of a child that just ended sets errno, under the code the signal came in: in
       `bontot serve`, which goes on after it, that code would read ESRCH for its own error. */
    int saved = errno;
    atomic_store(&ending, 1);
    atomic_store(&deferred, signal);
    if (atomic_load(&starting) == 0) {
        int waiting = atomic_exchange(&deferred, 0);
        if (waiting != 0) {
            if (atomic_load(&pause_after_taking)) wait_for_a_starter();
            stop_children(waiting);
        }
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

int bontot_child_starting(void) {
    install();
    atomic_fetch_add(&starting, 1);
    atomic_store(&child_counted, 1);
    if (atomic_load(&ending) != 0 || atomic_load(&stopping_all) > 0) {
        start_done();
        return -1;
    }
    return 0;
}

int bontot_child_started(pid_t child) {
    int noted = -1;
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t free = 0;
        if (atomic_compare_exchange_strong(&children[slot], &free, child)) {
            noted = slot;
            break;
        }
    }
    /* Noted before looking, as `bontot_children_stop_begin` looks after it counts itself: a
       child noted meanwhile is seen by one of them. */
    if (atomic_load(&stopping_all) > 0) {
        if (noted >= 0) stop_slot(noted);
        else stop_child(child);
    }
    start_done();
    return noted >= 0 ? 0 : -1;
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

int bontot_child_finished(pid_t child) {
    for (int slot = 0; slot < SLOTS; slot++) {
        pid_t expected = child;
        if (atomic_compare_exchange_strong(&children[slot], &expected, 0)) return 0;
        expected = -child;
        if (atomic_compare_exchange_strong(&children[slot], &expected, 0)) return 1;
    }
    return 0;
}

void bontot_children_forget_signal(void) {
    atomic_store(&ending, 0);
}

void bontot_children_pause_signal_for_starter(int pause) {
    atomic_store(&child_counted, 0);
    atomic_store(&pause_after_taking, pause);
}

int bontot_children_signal_waiting(void) {
    return atomic_load(&signal_waiting);
}
