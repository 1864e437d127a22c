package io.twinbench.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A batch of system calls as one value: each call's fields in a fixed order (strings as modified
 * UTF-8, an absent error as an empty one). A row per call held H2 under 60,000 calls a second; a
 * row per batch is what lets a session's recording keep up with a traced service.
 */
final class SyscallBatches {

    private static final int VERSION = 1;

    private SyscallBatches() {
    }

    static byte[] encode(List<ShadowRecordings.Syscall> calls) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(calls.size() * 160);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(calls.size());
            for (ShadowRecordings.Syscall s : calls) {
                out.writeInt(s.pid());
                out.writeLong(s.micros());
                out.writeUTF(s.name());
                out.writeUTF(PlanDeliveries.cut(s.arguments(), 1200));
                out.writeLong(s.result());
                out.writeUTF(s.error() == null ? "" : s.error());
                out.writeLong(s.durationMicros());
                out.writeByte(Math.min(s.paths().size(), 16));
                for (String path : s.paths().subList(0, Math.min(s.paths().size(), 16))) {
                    out.writeUTF(PlanDeliveries.cut(path, 4096));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    static List<ShadowRecordings.Syscall> decode(long firstSeq, byte[] data) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
            int version = in.readUnsignedByte();
            if (version != VERSION) {
                throw new IOException("a batch of system calls of version " + version + ", not " + VERSION);
            }
            int count = in.readInt();
            List<ShadowRecordings.Syscall> calls = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int pid = in.readInt();
                long micros = in.readLong();
                String name = in.readUTF();
                String arguments = in.readUTF();
                long result = in.readLong();
                String error = in.readUTF();
                long duration = in.readLong();
                int paths = in.readUnsignedByte();
                List<String> list = new ArrayList<>(paths);
                for (int p = 0; p < paths; p++) {
                    list.add(in.readUTF());
                }
                calls.add(new ShadowRecordings.Syscall(firstSeq + i, pid, micros, name, arguments, result, error.isEmpty() ? null : error, duration, list));
            }
            return calls;
        }
    }
}
