#ifndef BONTOT_CSYSTEM_H
#define BONTOT_CSYSTEM_H

/// Swaps the entries at the two paths in one atomic step (Linux `renameat2` with
/// `RENAME_EXCHANGE`): at no moment is either path missing. Returns 0, or -1 with `errno` set;
/// `EINVAL` or `ENOSYS` when the kernel or the file system cannot exchange.
int bontot_exchange_paths(const char *first, const char *second);

#endif
