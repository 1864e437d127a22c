package io.twinbench.model.io;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Twin files from anywhere: refused with a TwinFormatException naming the line, or read; never fetches anything. */
class XmiFuzzTest {

    private static final TwinXmi XMI = new TwinXmi();

    @FuzzTest
    void twinFiles(byte[] data) {
        try {
            XMI.fromBytes(data, "fuzz");
        } catch (TwinFormatException e) {
            // refused with its line
        }
    }
}
