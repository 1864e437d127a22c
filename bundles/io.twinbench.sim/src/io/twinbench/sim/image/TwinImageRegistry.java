package io.twinbench.sim.image;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Image;

import io.twinbench.sim.docker.DockerEngine;

/**
 * The twin images the local engine holds, found by their labels: listed newest first, removed
 * one by one, and pruned by a retention that keeps each twin's newest images.
 */
public final class TwinImageRegistry {

    private final DockerEngine engine;
    private final Clock clock;

    public TwinImageRegistry(DockerEngine engine, Clock clock) {
        this.engine = engine;
        this.clock = clock;
    }

    /** Keep each twin's newest {@code keepPerTwin} images, and none older than {@code maxAge} (null: no age limit) but the newest. */
    public record Retention(int keepPerTwin, Duration maxAge) {
        public Retention {
            if (keepPerTwin < 1) {
                throw new IllegalArgumentException("keep at least one image per twin (got " + keepPerTwin + ")");
            }
        }
    }

    public List<TwinImage> list() throws IOException {
        try (DockerClient docker = engine.connect()) {
            return list(docker);
        } catch (RuntimeException e) {
            throw new IOException("listing twin images failed: " + engine.explain(e), e);
        }
    }

    List<TwinImage> list(DockerClient docker) {
        List<TwinImage> images = new ArrayList<>();
        for (Image image : docker.listImagesCmd().withLabelFilter(TwinImage.LABEL_TWIN).exec()) {
            if (image.getLabels() != null && image.getLabels().containsKey(TwinImage.LABEL_TRIAL)) {
                continue; // a twin as a plan left it, kept only while its scenario runs again
            }
            images.add(of(image.getId(), image.getRepoTags(), image.getSize(), image.getCreated(), image.getLabels()));
        }
        images.sort(Comparator.comparing(TwinImage::created).reversed().thenComparing(image -> image.reference()));
        return images;
    }

    /** Removes one image, by reference or id; false when there was none. A running twin keeps its image. */
    public boolean remove(String referenceOrId) throws IOException {
        try (DockerClient docker = engine.connect()) {
            Optional<TwinImage> image = list(docker).stream()
                    .filter(i -> i.reference().equals(referenceOrId) || i.id().equals(referenceOrId) || i.id().startsWith("sha256:" + referenceOrId))
                    .findFirst();
            if (image.isEmpty()) {
                return false;
            }
            docker.removeImageCmd(image.get().id()).withForce(true).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        } catch (RuntimeException e) {
            throw new IOException("removing " + referenceOrId + " failed: " + engine.explain(e), e);
        }
    }

    /** Removes what the retention does not keep; returns what it removed. */
    public List<TwinImage> prune(Retention retention) throws IOException {
        Instant now = clock.instant();
        List<TwinImage> removed = new ArrayList<>();
        try (DockerClient docker = engine.connect()) {
            Map<String, List<TwinImage>> byTwin = list(docker).stream()
                    .collect(Collectors.groupingBy(TwinImage::twinId, java.util.TreeMap::new, Collectors.toList()));
            for (List<TwinImage> images : byTwin.values()) {
                for (int i = 1; i < images.size(); i++) {
                    TwinImage image = images.get(i);
                    boolean tooMany = i >= retention.keepPerTwin();
                    boolean tooOld = retention.maxAge() != null && image.age(now).compareTo(retention.maxAge()) > 0;
                    if (tooMany || tooOld) {
                        docker.removeImageCmd(image.id()).withForce(true).exec();
                        removed.add(image);
                    }
                }
            }
        } catch (RuntimeException e) {
            throw new IOException("pruning twin images failed: " + engine.explain(e), e);
        }
        return removed;
    }

    private static TwinImage of(String id, String[] tags, Long size, Long created, Map<String, String> labels) {
        String twin = labels.get(TwinImage.LABEL_TWIN);
        long version = parseLong(labels.get(TwinImage.LABEL_VERSION));
        String expected = TwinImage.reference(twin, version);
        List<String> refs = tags == null ? List.of() : Arrays.stream(tags).filter(t -> !t.equals("<none>:<none>")).toList();
        String reference = refs.contains(expected) ? expected : refs.isEmpty() ? id : refs.get(0);
        return new TwinImage(id, reference, twin, version, size == null ? 0 : size, Instant.ofEpochSecond(created == null ? 0 : created),
                labels.get(TwinImage.LABEL_SOURCE));
    }

    private static long parseLong(String value) {
        try {
            return value == null ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
