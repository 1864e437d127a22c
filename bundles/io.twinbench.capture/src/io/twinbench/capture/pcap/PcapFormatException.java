package io.twinbench.capture.pcap;

import java.io.IOException;

/** A capture stream that is not what it claims: the reason names the record and the field. */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    public PcapFormatException(String message) {
        super(message);
    }
}
