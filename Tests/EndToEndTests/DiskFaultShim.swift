import Foundation
import TestSupport

/// A disk that refuses writes, for the real binary: a small preload library (built here with
/// the C compiler every Swift toolchain brings) that makes `write(2)` to files under one folder
/// fail while a flag file exists: with ENOSPC at once (`refuse`), or, alternately, writing half
/// of what it was given and then failing (`short`: a line torn by a filling disk). Sockets and
/// every other file are untouched.
struct DiskFaultShim {
    enum Mode: String { case refuse, short }

    let library: String
    let flag: String

    init(folder: TemporaryFolder) throws {
        let source = try folder.write("disk-fault.c", Self.source)
        library = folder.path("disk-fault.so")
        flag = folder.path("disk-refuses")
        let compiler = ["cc", "clang"].first { (try? run("/usr/bin/which", [$0]))?.status == 0 } ?? "clang"
        let build = try run(compiler, ["-shared", "-fPIC", "-O1", "-o", library, source, "-ldl"])
        guard build.status == 0 else { throw ShimError.build(build.stderr) }
    }

    /// `env` arguments that run `standin` with the shim refusing writes under `folder`.
    func environment(refusingUnder folder: String, mode: Mode) -> [String] {
        ["LD_PRELOAD=\(library)", "STANDIN_TEST_REFUSE_FLAG=\(flag)", "STANDIN_TEST_REFUSE_UNDER=\(folder)",
         "STANDIN_TEST_REFUSE_MODE=\(mode.rawValue)"]
    }

    func refuse() { _ = FileManager.default.createFile(atPath: flag, contents: nil) }
    func accept() { try? FileManager.default.removeItem(atPath: flag) }

    enum ShimError: Error { case build(String) }

    static let source = #"""
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
        """#
}
