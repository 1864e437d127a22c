package io.twinbench.cases;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import io.twinbench.remedy.trust.SigningKey;
import io.twinbench.remedy.trust.TrustException;

/**
 * A case as one file: the bag, zipped under a folder named after the case. Export hashes every
 * payload file while it is written, then adds the BagIt manifests and the analyst's signature;
 * verification reads the zip once and compares.
 */
public final class CaseBundle {

    public static final String EXTENSION = ".twincase";
    private static final int MAX_TAG_FILE = 64 << 20;
    private static final List<String> TAG_FILES = List.of(BagManifest.DECLARATION, BagManifest.INFO, BagManifest.PAYLOAD);

    public record Exported(Path file, long files, long bytes, String manifestDigest) {
    }

    private CaseBundle() {
    }

    /** Exports the case, signed with the analyst's key; the custody log gains the export first. progress gets bytes read. */
    public static Exported export(CaseFolder folder, Path target, SigningKey key, String actor, String tool, Instant now, LongConsumer progress) {
        CaseDefinition definition = CaseDefinition.read(folder.definition());
        new CustodyLog(folder.custody()).append(actor, "exported", "to " + target.getFileName() + ", signed by " + key.publicKey().name()
                + " (" + key.keyId() + ") with " + tool, "", now);
        Path tmp = target.resolveSibling(target.getFileName() + ".part");
        String prefix = folder.id() + "/";
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            Map<String, String> digests = new TreeMap<>();
            long bytes = 0;
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
                zip.setLevel(Deflater.BEST_SPEED);
                List<Path> files;
                try (Stream<Path> walk = Files.walk(folder.data())) {
                    files = walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
                }
                byte[] buffer = new byte[1 << 16];
                for (Path p : files) {
                    String rel = folder.bag().relativize(p).toString().replace('\\', '/');
                    if (rel.endsWith(".tmp")) {
                        continue;
                    }
                    zip.putNextEntry(new ZipEntry(prefix + rel));
                    MessageDigest sha = sha256();
                    try (InputStream in = new DigestInputStream(Files.newInputStream(p), sha)) {
                        int n;
                        while ((n = in.read(buffer)) > 0) {
                            zip.write(buffer, 0, n);
                            bytes += n;
                            progress.accept(n);
                        }
                    }
                    zip.closeEntry();
                    digests.put(rel, HexFormat.of().formatHex(sha.digest()));
                }
                BagManifest manifest = new BagManifest(digests);
                Map<String, byte[]> tags = new LinkedHashMap<>();
                tags.put(BagManifest.DECLARATION, "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n".getBytes(StandardCharsets.UTF_8));
                tags.put(BagManifest.INFO, bagInfo(definition, actor, tool, now, digests.size(), bytes));
                tags.put(BagManifest.PAYLOAD, manifest.bytes());
                Map<String, String> tagDigests = new TreeMap<>();
                tags.forEach((name, content) -> tagDigests.put(name, hex(content)));
                tags.put(BagManifest.TAGS, new BagManifest(tagDigests).bytes());
                Map<String, String> subjects = new TreeMap<>();
                subjects.put(BagManifest.PAYLOAD, hex(tags.get(BagManifest.PAYLOAD)));
                subjects.put(BagManifest.TAGS, hex(tags.get(BagManifest.TAGS)));
                tags.put(BagManifest.SIGNATURE, CaseSignature.sign(key, folder.id(), definition.name(), actor, now, tool, subjects, digests));
                for (Map.Entry<String, byte[]> tag : tags.entrySet()) {
                    zip.putNextEntry(new ZipEntry(prefix + tag.getKey()));
                    zip.write(tag.getValue());
                    zip.closeEntry();
                    // the folder keeps the last export's manifests, so it verifies like the bundle
                    Files.write(folder.bag().resolve(tag.getKey()), tag.getValue());
                }
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return new Exported(target, digests.size(), bytes, subjects.get(BagManifest.PAYLOAD));
            }
        } catch (IOException e) {
            throw new CaseException("cannot export case " + folder.id() + " to " + target + ": " + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the .part file is named after the bundle and harmless
            }
        }
    }

    /** Verifies a bundle (or a case's bag folder) without keeping anything. */
    public static BundleCheck verify(Path bundle, LongConsumer progress) {
        return read(bundle, null, progress);
    }

    /**
     * Verifies a bundle and, when extractTo is given, writes its files there (a new folder). Every
     * file is read once; nothing is trusted before the end, but nothing is left out either: a
     * tampered bundle is still opened, read-only, with its differences.
     */
    static BundleCheck read(Path bundle, Path extractTo, LongConsumer progress) {
        Map<String, String> payload = new TreeMap<>();
        Map<String, byte[]> tags = new TreeMap<>();
        List<String> unexpected = new ArrayList<>();
        long[] bytes = {0};
        String caseId;
        try (BagEntries entries = BagEntries.of(bundle)) {
            caseId = entries.caseId();
            byte[] buffer = new byte[1 << 16];
            entries.forEach((path, in) -> {
                boolean data = path.startsWith("data/");
                boolean tag = !data && (TAG_FILES.contains(path) || path.equals(BagManifest.TAGS) || path.equals(BagManifest.SIGNATURE));
                if (!data && !tag) {
                    unexpected.add(path);
                }
                OutputStream out = OutputStream.nullOutputStream();
                if (extractTo != null) {
                    Path target = extractTo.resolve(path).normalize();
                    if (!target.startsWith(extractTo)) {
                        throw new CaseException(bundle + ": entry " + path + " leads outside the case");
                    }
                    Files.createDirectories(target.getParent());
                    out = Files.newOutputStream(target, java.nio.file.StandardOpenOption.CREATE_NEW);
                }
                MessageDigest sha = sha256();
                ByteArrayOutputStream kept = tag || path.equals("data/custody.jsonl") ? new ByteArrayOutputStream() : null;
                try (OutputStream o = out) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        sha.update(buffer, 0, n);
                        o.write(buffer, 0, n);
                        bytes[0] += n;
                        progress.accept(n);
                        if (kept != null) {
                            if (kept.size() + n > MAX_TAG_FILE) {
                                throw new CaseException(bundle + ": " + path + " is larger than " + (MAX_TAG_FILE >> 20) + " MiB");
                            }
                            kept.write(buffer, 0, n);
                        }
                    }
                }
                if (data) {
                    payload.put(path, HexFormat.of().formatHex(sha.digest()));
                }
                if (kept != null) {
                    tags.put(path, kept.toByteArray());
                }
            });
        } catch (IOException e) {
            throw new CaseException("cannot read " + bundle + ": " + e.getMessage(), e);
        }
        return check(caseId, payload, tags, unexpected, bytes[0]);
    }

    private static BundleCheck check(String caseId, Map<String, String> payload, Map<String, byte[]> tags, List<String> unexpected, long bytes) {
        List<String> tagProblems = new ArrayList<>();
        unexpected.forEach(p -> tagProblems.add("added: " + p + " (outside data/, not a BagIt tag file)"));
        for (String required : List.of(BagManifest.DECLARATION, BagManifest.PAYLOAD, BagManifest.TAGS)) {
            if (!tags.containsKey(required)) {
                tagProblems.add("removed: " + required);
            }
        }
        BagManifest.Differences manifest = BagManifest.parse(BagManifest.PAYLOAD, tags.getOrDefault(BagManifest.PAYLOAD, new byte[0])).compare(payload);
        if (tags.containsKey(BagManifest.TAGS)) {
            Map<String, String> found = new TreeMap<>();
            for (String t : TAG_FILES) {
                if (tags.containsKey(t)) {
                    found.put(t, hex(tags.get(t)));
                }
            }
            BagManifest.parse(BagManifest.TAGS, tags.get(BagManifest.TAGS)).compare(found).lines().forEach(l -> tagProblems.add(l + " (against "
                    + BagManifest.TAGS + ")"));
        }
        String signer = "";
        String signatureProblem = "";
        BagManifest.Differences signed = new BagManifest.Differences(List.of(), List.of(), List.of());
        if (!tags.containsKey(BagManifest.SIGNATURE)) {
            signatureProblem = "the bundle carries no " + BagManifest.SIGNATURE;
        } else {
            try {
                CaseSignature.Statement statement = CaseSignature.verify(tags.get(BagManifest.SIGNATURE));
                signer = statement.signer().name() + " (" + statement.signer().keyId() + ")";
                signed = new BagManifest(statement.files()).compare(payload);
                for (Map.Entry<String, String> subject : statement.subjects().entrySet()) {
                    byte[] content = tags.get(subject.getKey());
                    if (content == null || !hex(content).equals(subject.getValue())) {
                        tagProblems.add("changed: " + subject.getKey() + " (against the signed statement)");
                    }
                }
                if (!statement.caseId().equals(caseId)) {
                    signatureProblem = "the signature is for case " + statement.caseId() + ", not " + caseId;
                }
            } catch (TrustException e) {
                signatureProblem = e.getMessage();
            }
        }
        CustodyLog.Check custody;
        try {
            custody = tags.containsKey("data/custody.jsonl")
                    ? CustodyLog.verify(CustodyLog.parse("data/custody.jsonl", tags.get("data/custody.jsonl")))
                    : new CustodyLog.Check(false, 0, "the bundle has no custody log", 0, "");
        } catch (CaseException e) {
            custody = new CustodyLog.Check(false, 0, e.getMessage(), 0, "");
        }
        return new BundleCheck(caseId, signed, manifest, tagProblems, signer, signatureProblem, custody, payload.size(), bytes);
    }

    private static byte[] bagInfo(CaseDefinition d, String actor, String tool, Instant now, int files, long bytes) {
        StringBuilder b = new StringBuilder();
        b.append("External-Identifier: ").append(d.id()).append('\n');
        b.append("External-Description: ").append(oneLine(d.name())).append('\n');
        b.append("Contact-Name: ").append(oneLine(actor)).append('\n');
        b.append("Bagging-Date: ").append(now.toString(), 0, 10).append('\n');
        b.append("Bag-Software-Agent: ").append(oneLine(tool)).append('\n');
        b.append("Payload-Oxum: ").append(bytes).append('.').append(files).append('\n');
        b.append("Twinbench-Endpoints: ").append(String.join(", ", d.endpoints())).append('\n');
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }
}
