#include <signal.h>
#include <string.h>
#include "CBonTotSystem.h"

/// Does nothing: a write to a closed pipe then fails with EPIPE instead of ending bontot.
static void bontot_pipe_closed(int signal) {
    (void)signal;
}

void bontot_outlive_closed_pipes(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = bontot_pipe_closed;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGPIPE, &action, NULL);
}
