#ifndef BONTOT_CSYSTEM_H
#define BONTOT_CSYSTEM_H

/// Swaps the entries at the two paths in one atomic step (Linux `renameat2` with
/// `RENAME_EXCHANGE`): at no moment is either path missing. Returns 0, or -1 with `errno` set;
/// `EINVAL` or `ENOSYS` when the kernel or the file system cannot exchange.
int bontot_exchange_paths(const char *first, const char *second);

#include <sys/types.h>

/// Notes a child process (a PDF engine) to stop with bontot: from now on SIGINT and SIGTERM
/// first send SIGTERM to each child noted and to its process group, then do what they did
/// before (end bontot, or call the handler they had). A signal bontot ignores stays ignored.
/// Returns 0, or -1 when too many children are noted at once (that one is not stopped).
int bontot_child_started(pid_t child);

/// Forgets a child noted by `bontot_child_started`, once it ended.
void bontot_child_finished(pid_t child);

#endif
