package io.twinbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

import io.twinbench.model.twin.TwinPackage;
import io.twinbench.ui.properties.PropertyValueText;

/** What Properties shows for the values an analyst complained about: raw counts, zeros and blanks. */
class PropertyValueTextTest {

    private static final TwinPackage P = TwinPackage.eINSTANCE;

    @Test
    void sizesAndRatesReadInUnitsWithTheExactCountBeside() {
        assertEquals("2.88 MiB (3,022,848 bytes)", PropertyValueText.of(P.getProcess_ResidentBytes(), 3022848L));
        assertEquals("2.45 GHz", PropertyValueText.of(P.getProcessor_MaxFrequencyHz(), 2445432000L));
        assertEquals("512 B", PropertyValueText.of(P.getProcess_ResidentBytes(), 512L));
    }

    @Test
    void nothingReportedIsSaidWhileAMeaningfulZeroStays() {
        assertEquals("not reported", PropertyValueText.of(P.getProcess_ResidentBytes(), 0L));
        assertEquals("not reported", PropertyValueText.of(P.getProcess_CommandLine(), ""));
        assertEquals("not reported", PropertyValueText.of(P.getProcessor_MaxFrequencyHz(), 0L));
        assertNull(PropertyValueText.of(P.getUser_Uid(), 0L), "uid 0 is root, shown as the number");
        assertNull(PropertyValueText.of(P.getProcess_Pid(), 0));
    }

    @Test
    void timesAreWrittenInUtc() {
        assertEquals("2026-12-06 05:58:37 UTC", PropertyValueText.of(P.getElement_FirstSeen(),
                java.util.Date.from(java.time.Instant.parse("2026-12-06T05:58:37Z"))));
    }
}
