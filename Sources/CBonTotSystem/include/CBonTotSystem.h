#ifndef BONTOT_CSYSTEM_H
#define BONTOT_CSYSTEM_H

/// Swaps the entries at the two paths in one atomic step (Linux `renameat2` with
/// `RENAME_EXCHANGE`): at no moment is either path missing. Returns 0, or -1 with `errno` set;
/// `EINVAL` or `ENOSYS` when the kernel or the file system cannot exchange.
int bontot_exchange_paths(const char *first, const char *second);

#include <sys/types.h>

/// Says a child process (a PDF engine, LibreOffice) is about to start: from now on SIGINT and
/// SIGTERM first send SIGTERM to each child noted and to its process group, then do what they did
/// before (end bontot, or call the handler they had); one that comes before the child is noted
/// waits for it. A signal bontot ignores stays ignored. Returns 0: start the child, then call
/// `bontot_child_started` or `bontot_child_start_failed`. Returns -1 when bontot is stopping its
/// children (a signal came, or `bontot_children_stop_begin`): start none, and call neither.
int bontot_child_starting(void);

/// Notes the child that `bontot_child_starting` announced, to stop with bontot. Returns 0, or -1
/// when too many children are noted at once (that one is not stopped by a signal).
int bontot_child_started(pid_t child);

/// Ends what `bontot_child_starting` began when the child could not be started.
void bontot_child_start_failed(void);

/// Sends SIGTERM to each child noted and to its process group, and to each noted from now on
/// until `bontot_children_stop_end`, and lets no other start meanwhile: `bontot serve` stopping
/// while a rebuild runs (the signal may have reached it without passing by the handler, through
/// a library's `signalfd`).
void bontot_children_stop_begin(void);

/// Ends what `bontot_children_stop_begin` began: children start and run again.
void bontot_children_stop_end(void);

/// Forgets a child noted by `bontot_child_started`, once it ended. Returns 1 when bontot stopped
/// it (it was sent SIGTERM, on a signal or by `bontot_children_stop_begin`), else 0.
int bontot_child_finished(pid_t child);

/// For tests, which go on after a stand-in for bontot's end: forgets that a signal came, so that
/// children start again.
void bontot_children_forget_signal(void);

/// For tests: with `pause` 1, the signal handler, once it took a signal to stop the children
/// itself, waits (10 s at most) until a thread counts itself as starting a child, then stops
/// them; 0 ends that. Reproduces a child asked for just after the handler looked for starters.
void bontot_children_pause_signal_for_starter(int pause);

/// For tests: 1 while the handler waits as `bontot_children_pause_signal_for_starter` says.
int bontot_children_signal_waiting(void);

/// Opens a new file without a name in `folder` for reading and writing (Linux `O_TMPFILE`): it
/// is never seen in the folder and goes when closed, even when bontot is stopped. Returns the
/// descriptor, or -1 with `errno` set where the system or the file system cannot.
int bontot_open_unnamed(const char *folder);

/// From now on a write to a pipe whose reader is gone (`bontot serve | tee serve.log`, tee
/// ended) fails with EPIPE instead of ending bontot by SIGPIPE. A handler that does nothing,
/// not SIG_IGN: an ignored signal stays ignored in the programs bontot starts (Foundation's
/// `Process` keeps it), a handled one is theirs to handle again.
void bontot_outlive_closed_pipes(void);

#endif
