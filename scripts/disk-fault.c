/* A disk that refuses writes, for tests and benchmarks of the real binary (LD_PRELOAD):
 * while the file STANDIN_TEST_REFUSE_FLAG exists, write(2) to any file whose path starts with
 * STANDIN_TEST_REFUSE_UNDER fails with ENOSPC; with STANDIN_TEST_REFUSE_MODE=short every other
 * such write first writes half of what it was given (a line torn by a filling disk). Sockets
 * and every other file are untouched.
 *   cc -shared -fPIC -O1 -o disk-fault.so scripts/disk-fault.c -ldl
 * Used by Tests/EndToEndTests/StateDiskFaultTests.swift and scripts/bench-disk. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static ssize_t (*real_write)(int, const void *, size_t);
static int calls;

static int refused(int fd) {
    const char *flag = getenv("STANDIN_TEST_REFUSE_FLAG"), *under = getenv("STANDIN_TEST_REFUSE_UNDER");
    if (!flag || !under || access(flag, F_OK) != 0) return 0;
    char link[64], path[4096];
    snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(link, path, sizeof path - 1);
    if (n <= 0) return 0;
    path[n] = 0;
    return strncmp(path, under, strlen(under)) == 0;
}

ssize_t write(int fd, const void *buffer, size_t count) {
    if (!real_write) real_write = (ssize_t (*)(int, const void *, size_t))dlsym(RTLD_NEXT, "write");
    if (refused(fd)) {
        const char *mode = getenv("STANDIN_TEST_REFUSE_MODE");
        if (mode && strcmp(mode, "short") == 0 && count > 1 && (calls++ % 2) == 0) return real_write(fd, buffer, count / 2);
        errno = ENOSPC;
        return -1;
    }
    return real_write(fd, buffer, count);
}
