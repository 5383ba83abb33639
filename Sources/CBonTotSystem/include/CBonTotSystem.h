#ifndef BONTOT_CSYSTEM_H
#define BONTOT_CSYSTEM_H

/// Swaps the entries at the two paths in one atomic step (Linux `renameat2` with
/// `RENAME_EXCHANGE`): at no moment is either path missing. Returns 0, or -1 with `errno` set;
/// `EINVAL` or `ENOSYS` when the kernel or the file system cannot exchange.
int bontot_exchange_paths(const char *first, const char *second);

#include <sys/types.h>

/// Says a child process (a PDF engine) is about to start: from now on SIGINT and SIGTERM first
/// send SIGTERM to each child noted and to its process group, then do what they did before (end
/// bontot, or call the handler they had); one that comes before the child is noted waits for it.
/// A signal bontot ignores stays ignored. Must be followed by `bontot_child_started` or
/// `bontot_child_start_failed`.
void bontot_child_starting(void);

/// Notes the child that `bontot_child_starting` announced, to stop with bontot. Returns 0, or -1
/// when too many children are noted at once (that one is not stopped).
int bontot_child_started(pid_t child);

/// Ends what `bontot_child_starting` began when the child could not be started.
void bontot_child_start_failed(void);

/// Sends SIGTERM to each child noted and to its process group, and to each noted from now on
/// until `bontot_children_stop_end`: `bontot serve` stopping while a rebuild runs (the signal
/// may have reached it without passing by the handler, through a library's `signalfd`).
void bontot_children_stop_begin(void);

/// Ends what `bontot_children_stop_begin` began: children noted from now on run.
void bontot_children_stop_end(void);

/// Forgets a child noted by `bontot_child_started`, once it ended.
void bontot_child_finished(pid_t child);

/// Opens a new file without a name in `folder` for reading and writing (Linux `O_TMPFILE`): it
/// is never seen in the folder and goes when closed, even when bontot is stopped. Returns the
/// descriptor, or -1 with `errno` set where the system or the file system cannot.
int bontot_open_unnamed(const char *folder);

#endif
