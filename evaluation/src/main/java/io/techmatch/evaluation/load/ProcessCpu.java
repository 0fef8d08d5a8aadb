package io.techmatch.evaluation.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time of another process from Linux's {@code /proc/PID/stat} (user + system, in clock ticks of 10 ms). */
final class ProcessCpu {
    static final double MS_PER_TICK = 10.0; // USER_HZ is 100 on Linux

    private ProcessCpu() {
    }

    /** The process's user + system ticks, or -1 when no PID was given or /proc cannot be read. */
    static long ticks(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            return parseTicks(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Fields 14 and 15 (utime, stime) of a stat line; the command name (field 2) may hold spaces, so count from ')'. */
    static long parseTicks(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).trim().split("\\s+");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** CPU milliseconds per request between two readings, or -1 when either reading failed or nothing was sent. */
    static double msPerRequest(long before, long after, long requests) {
        return before < 0 || after < before || requests <= 0 ? -1 : (after - before) * MS_PER_TICK / requests;
    }
}
