package io.twinbench.cases;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a bag, from a bundle (zip) or a folder, as relative paths and streams. A bundle
 * comes from elsewhere: its entry names are checked before anything is read (one top folder
 * named like a case, no "..", no absolute or odd paths, no duplicates) and what is inflated is
 * bounded, so a crafted zip cannot write outside the case or fill the disk.
 */
abstract class BagEntries implements AutoCloseable {

    interface Visitor {
        void file(String path, InputStream in) throws IOException;
    }

    static final Pattern CASE_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._@+=,-]+(/[A-Za-z0-9._@+=,-]+)*");
    /** No JSON or pcapng file compresses a thousandfold: beyond that the entry is a zip bomb. */
    static final long MAX_RATIO = 1000;

    abstract String caseId();

    abstract void forEach(Visitor visitor) throws IOException;

    @Override
    public void close() throws IOException {
    }

    static BagEntries of(Path bundle) throws IOException {
        if (Files.isDirectory(bundle)) {
            return new Folder(bundle);
        }
        return new Zip(bundle);
    }

    static boolean safe(String path) {
        return SAFE_PATH.matcher(path).matches() && !path.contains("..") && path.length() <= 1000;
    }

    private static final class Folder extends BagEntries {
        private final Path root;

        Folder(Path root) {
            this.root = root;
        }

        @Override
        String caseId() {
            Path parent = root.toAbsolutePath().getParent();
            return parent == null ? root.getFileName().toString() : parent.getFileName().toString();
        }

        @Override
        void forEach(Visitor visitor) throws IOException {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(root)) {
                files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
            }
            for (Path p : files) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                try (InputStream in = Files.newInputStream(p)) {
                    visitor.file(rel, in);
                }
            }
        }
    }

    private static final class Zip extends BagEntries {
        private final Path file;
        private final ZipFile zip;
        private final String prefix;
        private final List<ZipEntry> entries = new ArrayList<>();

        Zip(Path file) throws IOException {
            this.file = file;
            try {
                this.zip = new ZipFile(file.toFile());
            } catch (java.util.zip.ZipException e) {
                throw new CaseException(file + " is not a case bundle (not a zip file: " + e.getMessage() + ")");
            }
            String top = null;
            Set<String> seen = new HashSet<>();
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                if (entries.size() >= BagManifest.MAX_FILES) {
                    throw new CaseException(file + " has more than " + BagManifest.MAX_FILES + " entries");
                }
                String name = e.getName();
                int slash = name.indexOf('/');
                String first = slash < 0 ? name : name.substring(0, slash);
                if (top == null) {
                    top = first;
                }
                if (!first.equals(top) || !CASE_ID.matcher(first).matches()) {
                    throw new CaseException(file + ": entry '" + printable(name) + "' is not inside one case folder");
                }
                if (e.isDirectory()) {
                    continue;
                }
                String rest = slash < 0 ? "" : name.substring(slash + 1);
                if (!safe(rest)) {
                    throw new CaseException(file + ": entry '" + printable(name) + "' has a path a case never writes");
                }
                if (!seen.add(rest)) {
                    throw new CaseException(file + ": entry '" + printable(name) + "' appears twice");
                }
                entries.add(e);
            }
            if (top == null) {
                throw new CaseException(file + " is empty");
            }
            this.prefix = top + "/";
        }

        @Override
        String caseId() {
            return prefix.substring(0, prefix.length() - 1);
        }

        @Override
        void forEach(Visitor visitor) throws IOException {
            for (ZipEntry e : entries) {
                try (InputStream in = new Bounded(zip.getInputStream(e), e.getName(), Math.max(1, e.getCompressedSize()))) {
                    visitor.file(e.getName().substring(prefix.length()), in);
                }
            }
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    /** Refuses an entry that inflates past a thousand times its compressed size. */
    private static final class Bounded extends java.io.FilterInputStream {
        private final String name;
        private final long limit;
        private long read;

        Bounded(InputStream in, String name, long compressed) {
            super(in);
            this.name = name;
            this.limit = compressed * MAX_RATIO + (1 << 20);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new CaseException("entry " + printable(name) + " inflates past " + MAX_RATIO + " times its size: refused as a zip bomb");
            }
        }
    }

    static String printable(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(200).forEach(c -> b.append(Character.isISOControl(c) ? '?' : Character.toString(c)));
        return b.toString();
    }
}
