package io.twinbench.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.twinbench.inventory.SecretRedactor;

/** The forms secrets take on command lines, in environments, configuration and logs, and what must stay readable. */
class SecretRedactorTest {

    private final SecretRedactor redactor = SecretRedactor.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            mysqld --password=hunter2                               | mysqld --password=***
            app --password "correct horse battery"                  | app --password "***"
            app --db-password 'two words'                           | app --db-password '***'
            PASSWORD='s3cr3t value' ./run                           | PASSWORD='***' ./run
            export API_TOKEN="abc def"                              | export API_TOKEN="***"
            mysql -uroot -phunter2 shop                             | mysql -uroot -p*** shop
            /usr/bin/mysqldump -u backup -pHunter2 --all-databases  | /usr/bin/mysqldump -u backup -p*** --all-databases
            sshpass -p hunter2 ssh deploy@web                       | sshpass -p *** ssh deploy@web
            redis-cli -h cache -a hunter2 ping                      | redis-cli -h cache -a *** ping
            ldapsearch -x -D cn=admin -w hunter2 -b dc=corp         | ldapsearch -x -D cn=admin -w *** -b dc=corp
            curl -u alice:hunter2 https://api.example               | curl -u alice:*** https://api.example
            curl --user alice:hunter2 https://api.example           | curl --user alice:*** https://api.example
            openssl pkcs12 -in a.p12 -passin pass:hunter2           | openssl pkcs12 -in a.p12 -passin pass:***
            Authorization: Token 9f8e7d6c5b4a                       | Authorization: Token ***
            authorization=Bearer eyJhbGciOi.x.y                     | authorization=Bearer ***
            `{"user": "a", "password": "hunter2"}`                  | `{"user": "a", "password": "***"}`
            `{"apiToken":"abc\\"def"}`                              | `{"apiToken":"***"}`
            <password>hunter2</password>                            | <password>***</password>
            <db:secret kind="x">hunter2</db:secret>                 | <db:secret kind="x">***</db:secret>
            postgres://app:hunter2@db.internal/shop                 | postgres://app:***@db.internal/shop
            key AKIAIOSFODNN7EXAMPLE in use                         | key *** in use
            token ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789 pushed  | token *** pushed
            glpat-abcdefghij0123456789 expired                      | *** expired
            slack xoxb-1234567890-abcdefghij                        | slack ***
            google AIzaSyA-0123456789abcdefghijklmnopqrstu ok       | google *** ok
            stripe sk_live_0123456789abcdefABCD                     | stripe ***
            jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NSJ9.c2lnbmF0dXJlX19f end | jwt *** end
            push github_pat_11ABCDEFG0123456789_abcdefghijklmnop done | push *** done
            npm npm_abcdefghijklmnopqrstuvwxyz0123456789            | npm ***
            pypi pypi-AgEIcHlwaS5vcmcCJDAwMDAwMDAwLTAwMDAtMDAwMC0wMDAw | pypi ***
            session ASIAIOSFODNN7EXAMPLE                            | session ***
            restricted rk_live_0123456789abcdef                     | restricted ***
            CURL -u alice:hunter2 https://x                         | CURL -u alice:*** https://x
            """)
    void secretsAreMasked(String line, String expected) {
        assertEquals(expected, redactor.redact(line));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            alice : TTY=pts/0 ; PWD=/home/alice ; USER=root ; COMMAND=/bin/ls
            ssh -p 2222 deploy@web
            mysql -P 3306 -h db shop
            app --password-file=/run/secrets/db
            DB_PASSWORD_FILE=/run/secrets/db
            Accepted publickey for alice from 10.0.0.5 port 51234 ssh2
            """)
    void whatNamesNoSecretStaysReadable(String line) {
        assertEquals(line, redactor.redact(line));
    }

    @Test
    void privateKeyBlocksOfEveryKindAreMaskedEvenCutShort() {
        String pgp = "-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF...\n=abcd\n-----END PGP PRIVATE KEY BLOCK-----";
        assertEquals("-----BEGIN PGP PRIVATE KEY BLOCK-----***-----END PGP PRIVATE KEY BLOCK-----", redactor.redact(pgp));
        String ssh = "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----";
        assertEquals("-----BEGIN OPENSSH PRIVATE KEY-----***-----END OPENSSH PRIVATE KEY-----", redactor.redact(ssh));
        assertEquals("-----BEGIN RSA PRIVATE KEY-----***", redactor.redact("-----BEGIN RSA PRIVATE KEY-----\nMIIEow..."),
                "a key cut short by a log line's end is masked to the end");
    }

    @Test
    void attributesAreMaskedByTheirNameAsWell() {
        for (String name : new String[] {"db.password", "DB_PWD", "apiToken", "AWS_SECRET_ACCESS_KEY", "client_secret", "private-key", "x-api-key"}) {
            assertTrue(SecretRedactor.isSecretName(name), name);
        }
        for (String name : new String[] {"PWD", "cwd", "user", "remoteAddress", "command", "keyboard", "passage"}) {
            assertFalse(SecretRedactor.isSecretName(name), name);
        }
        assertEquals(Map.of("db.password", "***", "user", "app", "url", "postgres://app:***@db/x"),
                redactor.redactAttributes(Map.of("db.password", "plain", "user", "app", "url", "postgres://app:pw@db/x")));
    }

    @Test
    void theAnalystsOwnPatternMasksItsWholeMatchGroupsOrNot(@TempDir Path dir) throws Exception {
        Path patterns = Files.writeString(dir.resolve("redact"), "# corporate keys\ncorp-(\\d+)-key\nEMPLOYEE-\\d{6}\n");
        SecretRedactor own = SecretRedactor.withFile(patterns);
        assertEquals("uses *** and ***", own.redact("uses corp-1234-key and EMPLOYEE-123456"));
        assertEquals("mysqld --password=***", own.redact("mysqld --password=x"), "the built-in ones still apply");
    }

    @Test
    void noCraftedLineMakesAPatternBacktrackForEver() {
        // lines an endpoint can send as event messages, at the longest the protocol allows: once, "a.a.a…" alone
        // took two seconds a line; twenty of each must not take the ten seconds given here
        String[] crafted = {"a.".repeat(4000), "password".repeat(1000), "mysql ".repeat(1300), "curl -u ".repeat(1000), "://x:".repeat(1600),
                "a-".repeat(4000), "x=".repeat(4000), "--p ".repeat(2000)};
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10), () -> {
            for (int i = 0; i < 20; i++) {
                for (String line : crafted) {
                    redactor.redact(line);
                }
            }
        });
    }
}
