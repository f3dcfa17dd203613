package org.strategyatlas.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GnuTimeTest {

    private static final String FAILED = """
            Command exited with non-zero status 70
            \tCommand being timed: "./atlas run --quiet"
            \tUser time (seconds): 101.25
            \tSystem time (seconds): 3.50
            \tPercent of CPU this job got: 180%
            \tElapsed (wall clock) time (h:mm:ss or m:ss): 1:02:03
            \tMaximum resident set size (kbytes): 1468532
            \tExit status: 70
            """;

    @Test
    void readsWallCpuPeakRssAndExit() {
        GnuTime t = GnuTime.parse(FAILED);
        assertEquals(3723.0, t.wallSeconds(), 1e-9);
        assertEquals(104.75, t.cpuSeconds(), 1e-9);
        assertEquals(1_468_532, t.maxRssKb());
        assertEquals(70, t.exitStatus());
        assertEquals(0, t.signal());
    }

    @Test
    void readsTheSignalThatEndedTheCommand() {
        GnuTime t = GnuTime.parse("Command terminated by signal 9\n\tElapsed (wall clock) time (h:mm:ss or m:ss):"
                + " 0:07.25\n\tMaximum resident set size (kbytes): 2048\n\tExit status: 0\n");
        assertEquals(9, t.signal());
        assertEquals(7.25, t.wallSeconds(), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"0:00.00, 0", "0:47.46, 47.46", "2:03.50, 123.5", "1:00:00, 3600"})
    void clockTimes(String text, double seconds) {
        assertEquals(seconds, GnuTime.clock(text), 1e-9);
    }

    @Test
    void saysWhatIsMissing() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GnuTime.parse("bash: /usr/bin/time: No such file or directory"));
        assertTrue(e.getMessage().contains("Elapsed (wall clock) time"), e.getMessage());
        assertTrue(e.getMessage().contains("No such file"), e.getMessage());
    }
}
