#define _GNU_SOURCE
#include <fcntl.h>
#include "CBonTotSystem.h"

int bontot_open_unnamed(const char *folder) {
#ifdef O_TMPFILE
    return open(folder, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
#else
    (void)folder;
    return -1;
#endif
}
