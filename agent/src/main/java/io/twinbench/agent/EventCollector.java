package io.twinbench.agent;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import io.twinbench.protocol.Event;

/**
 * The endpoint's events each round: lines of the followed application logs, and security
 * events from the authentication and audit logs. Positions move on only when
 * {@link #committed()} says the events are in the spool, so a crash repeats at most one
 * round's lines and never loses any.
 */
final class EventCollector {

    private static final Logger LOG = Logger.getLogger(EventCollector.class.getName());
    private static final Path JOURNAL = Path.of("systemd-journal");

    /** A followed file and what its lines become (empty: not an event). */
    record Source(Path file, Function<String, Optional<Event>> parser) {
    }

    private final List<Source> sources;
    private final JournalTail journal;
    private final Function<String, Optional<Event>> journalParser;
    private final LogPositions positions;
    private final Map<Path, LogTail> tails = new LinkedHashMap<>();
    private final Map<Path, String> unreadable = new LinkedHashMap<>();
    private final java.util.Set<Path> unparsable = new java.util.HashSet<>();
    private Map<Path, LogTail.Position> saved = Map.of();

    EventCollector(List<Source> sources, LogPositions positions) throws IOException {
        this(sources, null, null, positions);
    }

    /** journal: the systemd journal's authentication entries, read with journalParser (null: no journal). */
    EventCollector(List<Source> sources, JournalTail journal, Function<String, Optional<Event>> journalParser, LogPositions positions)
            throws IOException {
        this.sources = List.copyOf(sources);
        this.journal = journal;
        this.journalParser = journalParser;
        this.positions = positions;
        Map<Path, LogTail.Position> known = positions.load();
        for (Source source : sources) {
            tails.put(source.file(), new LogTail(source.file(), known.get(source.file())));
        }
    }

    boolean isEmpty() {
        return sources.isEmpty() && journal == null;
    }

    /** The events written since the last round, oldest file first. A file that cannot be read is said once and skipped. */
    List<Event> collect() {
        List<Event> events = new ArrayList<>();
        for (Source source : sources) {
            LogTail tail = tails.get(source.file());
            List<String> lines;
            try {
                lines = tail.read();
                if (unreadable.remove(source.file()) != null) {
                    LOG.info("reading " + source.file() + " again");
                }
            } catch (IOException e) {
                if (unreadable.put(source.file(), e.toString()) == null) {
                    LOG.warning("cannot read " + source.file() + " (" + e + "); retrying every round");
                }
                continue;
            }
            for (String line : lines) {
                if (!line.isBlank()) {
                    parse(source.parser(), line, source.file()).ifPresent(events::add);
                }
            }
        }
        if (journal != null) {
            try {
                for (String line : journal.read()) {
                    parse(journalParser, line, JOURNAL).ifPresent(events::add);
                }
                if (unreadable.remove(JOURNAL) != null) {
                    LOG.info("reading the systemd journal again");
                }
            } catch (IOException | RuntimeException e) {
                if (unreadable.put(JOURNAL, e.toString()) == null) {
                    LOG.warning("cannot read the systemd journal (" + e + "); retrying every round");
                }
            }
        }
        return events;
    }

    /**
     * One line's event: a line the parser cannot take (anyone on the endpoint can write such lines)
     * costs that line, said once per file, never the round's other events.
     */
    private Optional<Event> parse(Function<String, Optional<Event>> parser, String line, Path file) {
        try {
            return parser.apply(line);
        } catch (RuntimeException e) {
            if (unparsable.add(file)) {
                LOG.warning("a line of " + file + " could not be read as an event (" + e + "); such lines are left out");
            }
            return Optional.empty();
        }
    }

    /** The events of the last round are in the spool: remember how far each file was read. */
    void committed() throws IOException {
        Map<Path, LogTail.Position> now = new LinkedHashMap<>();
        tails.forEach((path, tail) -> {
            if (tail.position() != null) {
                now.put(path, tail.position());
            }
        });
        if (!now.equals(saved)) { // a quiet round writes nothing
            positions.save(now);
            saved = now;
        }
        if (journal != null) {
            journal.committed();
        }
    }
}
