package io.twinbench.cases;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * One evidence file of JSON lines, written once and then only read. Each line's byte offset is
 * what the timeline keeps as its reference ("evidence/syscalls-….jsonl@1234").
 */
public final class EvidenceFile implements AutoCloseable {

    public interface Fields {
        void write(JsonGenerator json) throws IOException;
    }

    private static final JsonFactory JSON = new JsonFactory();

    private final String name;
    private final CountingOutputStream out;
    private final JsonGenerator json;

    EvidenceFile(CaseFolder folder, String name) throws IOException {
        this.name = name;
        Path file = folder.data().resolve(name);
        Files.createDirectories(file.getParent());
        long existing = Files.exists(file) ? Files.size(file) : 0;
        this.out = new CountingOutputStream(new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND), 1 << 16),
                existing);
        this.json = JSON.createGenerator(out, JsonEncoding.UTF8);
        // flushing the generator after each line (to know the next line's offset) must not flush the file
        json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
        json.setRootValueSeparator(null);
    }

    /** Writes one object on its own line and returns the reference to it. */
    String line(Fields fields) throws IOException {
        json.flush();
        long at = out.count();
        json.writeStartObject();
        fields.write(json);
        json.writeEndObject();
        json.flush();
        out.write('\n');
        return name + "@" + at;
    }

    @Override
    public void close() throws IOException {
        json.close();
        out.close();
    }
}
