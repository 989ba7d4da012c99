import Foundation
import TestSupport

/// A disk that refuses writes, for the real binary: a small preload library
/// (`scripts/disk-fault.c`, built here with the C compiler every Swift toolchain brings) that makes `write(2)` to files under one folder
/// fail while a flag file exists: with ENOSPC at once (`refuse`), or, alternately, writing half
/// of what it was given and then failing (`short`: a line torn by a filling disk). Sockets and
/// every other file are untouched.
struct DiskFaultShim {
    enum Mode: String { case refuse, short }

    let library: String
    let flag: String

    init(folder: TemporaryFolder) throws {
        let source = repositoryPath("scripts/disk-fault.c")
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

}
