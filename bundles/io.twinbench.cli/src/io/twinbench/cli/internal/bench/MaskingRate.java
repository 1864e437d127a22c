package io.twinbench.cli.internal.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.regex.Pattern;

import io.twinbench.inventory.SecretRedactor;

/**
 * How fast secrets are masked in log lines, as the agent does for every event and the collector
 * again for every event and inventory item; beside one case-blind word search over the same
 * lines, the least any masking must cost, so instances of different speed compare.
 */
final class MaskingRate {

    /** Lines as endpoints write them: most hold no secret, some do. */
    private static final List<String> LINES = List.of(
            "Dec  6 08:00:01 web1 sshd[1234]: Accepted publickey for alice from 192.0.2.10 port 50522 ssh2: RSA SHA256:Yw3Hc9tq0mZ5b2Xk",
            "Dec  6 08:00:02 web1 sudo:    alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx",
            "2026-12-06 08:00:01,123 INFO  [http-nio-8080-exec-7] c.e.shop.OrderController - order 81723 placed by user 4412 total=129.95",
            "type=EXECVE msg=audit(1733472001.123:4567): argc=3 a0=\"curl\" a1=\"-s\" a2=\"https://example.org/api/v1/items?page=2&sort=asc\"",
            "192.0.2.44 - - [06/Dec/2026:08:00:03 +0000] \"GET /index.html HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\"",
            "2026-12-06T08:00:04Z ERROR db pool: connect failed url=jdbc:postgresql://app:s3cret@db:5432/shop password=hunter2 retry=3",
            "Dec  6 08:00:05 web1 CRON[2211]: (root) CMD (mysqldump -u backup -pB4ckup! shop | gzip > /var/backups/shop.sql.gz)",
            "2026-12-06 08:00:06 WARN outbound call Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjMifQ.c2lnbmF0dXJlMTIz failed 503");

    /** Where each run's results go, so the work cannot be optimised away. */
    private static volatile long sink;
    private final PrintWriter out;

    MaskingRate(PrintWriter out) {
        this.out = out;
    }

    void print(int seconds) {
        SecretRedactor redactor = SecretRedactor.defaults();
        Pattern oneWord = Pattern.compile("(?i)password");
        double masked = linesPerSecond(seconds, line -> redactor.redact(line).length());
        double searched = linesPerSecond(seconds, line -> oneWord.matcher(line).find() ? 1 : 0);
        double bytesPerLine = LINES.stream().mapToInt(String::length).average().orElse(0);
        out.printf("  %-44s %,.0f lines/s (%.1f MB/s) on one thread; one case-blind word search: %,.0f lines/s (masking %.0f× its cost)%n",
                "secret masking of log lines", masked, masked * bytesPerLine / 1e6, searched, searched / masked);
    }

    private static double linesPerSecond(int seconds, java.util.function.ToIntFunction<String> work) {
        long kept = 0;
        long warmUpEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            for (String line : LINES) {
                kept += work.applyAsInt(line);
            }
        }
        long lines = 0;
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        while (System.nanoTime() < end) {
            for (String line : LINES) {
                kept += work.applyAsInt(line);
            }
            lines += LINES.size();
        }
        sink = kept;
        return lines / ((System.nanoTime() - start) / 1e9);
    }
}
